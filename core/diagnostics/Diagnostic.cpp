#include "core/diagnostics/Diagnostic.h"

#include <algorithm>
#include <tuple>

namespace iam {

void sortByPosition(std::vector<Diagnostic>& diagnostics)
{
    std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return std::tuple(a.span.offset, static_cast<int>(a.severity))
            < std::tuple(b.span.offset, static_cast<int>(b.severity));
    });
}

bool hasErrors(const std::vector<Diagnostic>& diagnostics)
{
    return std::any_of(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& d) { return d.isError(); });
}

std::string formatDiagnosticLine(const std::string& fileName, const Diagnostic& diagnostic)
{
    std::string line = fileName;
    line += ':' + std::to_string(std::max(diagnostic.span.line, 1));
    line += ':' + std::to_string(std::max(diagnostic.span.column, 1));
    line += ": ";
    line += severityName(diagnostic.severity);
    line += ": " + diagnostic.message + " [" + diagnostic.code + "]";
    return line;
}

}  // namespace iam
