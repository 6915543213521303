#pragma once

#include <string>

#include "core/diagnostics/Diagnostic.h"

namespace iam::test {

// Why `diagnostic` breaks the style users read every finding in (lowercase start, no final period,
// backticks in pairs, a help, a position), or an empty string when it follows it. Returned rather
// than asserted so the calling test fails on its own line, naming the message.
std::string diagnosticStyleProblem(const Diagnostic& diagnostic);

}  // namespace iam::test
