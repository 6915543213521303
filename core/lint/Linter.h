#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "core/diagnostics/Diagnostic.h"
#include "core/lint/LintRule.h"
#include "core/lint/PolicyKind.h"
#include "core/policy/PolicyParser.h"

namespace iam {

class Catalog;

// Every rule the linter runs, in one list: adding a check is adding a line to it.
const std::vector<std::unique_ptr<LintRule>>& lintRules();

// The parser's findings plus every rule's, sorted by position. `text` must be the text `parsed`
// came from (size and leaked-key checks read it). Never throws on any input.
std::vector<Diagnostic> lint(const PolicyParseResult& parsed, std::string_view text, PolicyKind kind,
                             const Catalog* catalog = nullptr);
std::vector<Diagnostic> lint(std::string_view text, PolicyKind kind, const Catalog* catalog = nullptr);

}  // namespace iam
