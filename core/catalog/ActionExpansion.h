#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/catalog/AccessLevel.h"
#include "core/catalog/CatalogAction.h"
#include "core/diagnostics/Diagnostic.h"

namespace iam {

class Catalog;

// What an Action value really grants: `s3:Get*` spelled out action by action, so a learner sees
// that a short wildcard can hide dozens of permissions.
struct ActionExpansion {
    std::string pattern;
    // Grouped by access level in kAccessLevels order, then by full name. Point into the catalog.
    std::vector<const CatalogAction*> actions;
    // Why nothing matched (unknown service, no such action, not `service:action`), with "did you mean".
    std::vector<Diagnostic> diagnostics;

    std::size_t count(AccessLevel level) const;
};

ActionExpansion expandActions(const Catalog& catalog, std::string_view pattern);

}  // namespace iam
