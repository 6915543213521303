#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "core/diagnostics/Diagnostic.h"
#include "core/json/SourceMap.h"
#include "core/policy/Policy.h"

namespace iam {

struct PolicyParseResult {
    std::optional<Policy> policy;  // set when no error was found; warnings may remain
    std::vector<Diagnostic> diagnostics;  // every problem at once, sorted by position
    SourceMap sourceMap;  // empty when the text is not JSON

    bool ok() const { return policy.has_value(); }
};

// Reads a policy document from text. Never throws on any input.
PolicyParseResult parsePolicy(std::string_view text);

}  // namespace iam
