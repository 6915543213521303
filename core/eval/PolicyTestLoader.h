#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/diagnostics/Diagnostic.h"
#include "core/eval/PolicyTest.h"
#include "core/json/SourceMap.h"

namespace iam {

struct PolicyTestLoadResult {
    std::optional<PolicyTestFile> file; // set when no error was found
    std::vector<Diagnostic> diagnostics; // pointers and positions are those of the file
    SourceMap sourceMap;

    bool ok() const { return file.has_value(); }
};

// Reads a simulation file together with its `tests` list (see docs/simulation-files.md). A file
// with tests needs no top-level `request`. Every bad test entry is reported, with its position.
// Never throws on any input.
PolicyTestLoadResult loadPolicyTests(std::string_view text);
// The same from an already parsed file and its source map (kept in the result).
PolicyTestLoadResult loadPolicyTests(const nlohmann::ordered_json& root, SourceMap sourceMap);

// The decision named as the file spells it: `allowed`, `explicitDeny` or `implicitDeny`.
std::optional<Decision> decisionFromName(std::string_view name);

} // namespace iam
