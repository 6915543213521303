#include "core/diagnostics/Severity.h"

namespace iam {

std::string_view severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error: return "error";
    case Severity::SecurityWarning: return "security warning";
    case Severity::Warning: return "warning";
    case Severity::Suggestion: return "suggestion";
    }
    return "error";
}

std::string_view severityCode(Severity severity)
{
    switch (severity) {
    case Severity::Error: return "ERROR";
    case Severity::SecurityWarning: return "SECURITY_WARNING";
    case Severity::Warning: return "WARNING";
    case Severity::Suggestion: return "SUGGESTION";
    }
    return "ERROR";
}

std::optional<Severity> severityFromCode(std::string_view code)
{
    for (auto severity : {Severity::Error, Severity::SecurityWarning, Severity::Warning, Severity::Suggestion}) {
        if (severityCode(severity) == code)
            return severity;
    }
    return std::nullopt;
}

}  // namespace iam
