#include "tests/support/DiagnosticStyle.h"

#include <algorithm>
#include <cctype>

namespace iam::test {

std::string diagnosticStyleProblem(const Diagnostic& diagnostic)
{
    const std::string& message = diagnostic.message;
    if (message.empty() || std::isupper(static_cast<unsigned char>(message.front())))
        return "message is empty or starts with a capital: " + message;
    if (message.back() == '.')
        return "message ends with a period: " + message;
    if (std::count(message.begin(), message.end(), '`') % 2 != 0)
        return "message has an unpaired backtick: " + message;
    if (diagnostic.help.empty())
        return "message has no help: " + message;
    if (!diagnostic.span.isKnown())
        return "message has no position: " + message;
    return {};
}

}  // namespace iam::test
