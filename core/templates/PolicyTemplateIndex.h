#pragma once

#include <string_view>
#include <vector>

#include "core/diagnostics/Diagnostic.h"
#include "core/templates/PolicyTemplate.h"

namespace iam {

// Reads the gallery's index, `{"templates": [{"id", "title", "description", "kind", "file"}, ...]}`.
// Entries with a problem are reported (with their JSON pointer) and left out; the good ones are
// returned in the index's order, so one broken entry does not empty the gallery. Never throws.
std::vector<PolicyTemplate> readPolicyTemplateIndex(std::string_view text, std::vector<Diagnostic>& diagnostics);

}  // namespace iam
