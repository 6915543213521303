#pragma once

#include <optional>
#include <string_view>

namespace iam {

// Access Analyzer's four finding types, so our findings read like the ones AWS users meet.
enum class Severity { Error, SecurityWarning, Warning, Suggestion };

std::string_view severityName(Severity severity);  // "error", "security warning", ...
std::string_view severityCode(Severity severity);  // "ERROR", "SECURITY_WARNING", ...
std::optional<Severity> severityFromCode(std::string_view code);

}  // namespace iam
