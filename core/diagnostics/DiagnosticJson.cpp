#include "core/diagnostics/DiagnosticJson.h"

#include <nlohmann/json.hpp>

namespace iam {

nlohmann::ordered_json diagnosticToJson(const Diagnostic& diagnostic)
{
    nlohmann::ordered_json object;
    object["code"] = diagnostic.code;
    object["severity"] = severityCode(diagnostic.severity);
    object["message"] = diagnostic.message;
    object["help"] = diagnostic.help;
    object["pointer"] = diagnostic.pointer;
    object["line"] = diagnostic.span.line;
    object["column"] = diagnostic.span.column;
    object["offset"] = diagnostic.span.offset;
    object["length"] = diagnostic.span.length;
    return object;
}

nlohmann::ordered_json diagnosticsToJson(const std::vector<Diagnostic>& diagnostics)
{
    nlohmann::ordered_json array = nlohmann::ordered_json::array();
    for (const auto& diagnostic : diagnostics)
        array.push_back(diagnosticToJson(diagnostic));
    return array;
}

}  // namespace iam
