#pragma once

#include <string_view>
#include <vector>

#include "core/diagnostics/Diagnostic.h"

namespace iam {

// The JSON text of a managed policy's default version, as AWS publishes it (compact, no spacing).
// Empty, with a diagnostic saying why, only when that part of the bundle is damaged.
struct ManagedPolicyDocument {
    std::string_view text; // lives as long as the library it came from
    std::vector<Diagnostic> diagnostics;

    bool ok() const { return diagnostics.empty(); }
};

} // namespace iam
