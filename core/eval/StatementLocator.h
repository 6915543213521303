#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "core/diagnostics/SourceSpan.h"

namespace iam {

// Where statement `statementIndex` of a policy stands in the policy's own text: the object at
// `/Statement/<index>`, or `/Statement` itself when the policy writes its one statement as an object
// (index 0), so a view can highlight the lines a trace or decision names without parsing JSON.
// Nothing when the text is not valid JSON or holds no such statement. Never throws.
std::optional<SourceSpan> locateStatement(std::string_view policyText, std::size_t statementIndex);

} // namespace iam
