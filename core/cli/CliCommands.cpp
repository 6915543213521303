#include "core/cli/CliCommands.h"

#include <algorithm>
#include <ostream>

#include <nlohmann/json.hpp>

#include "core/cli/CliOutput.h"
#include "core/diagnostics/DiagnosticJson.h"
#include "core/policy/PolicyParser.h"
#include "core/policy/PolicySerializer.h"

namespace iam {

int runValidate(const std::vector<std::string>& files, bool asJson, CliStreams streams)
{
    int exitCode = kExitOk;
    nlohmann::ordered_json report;
    report["files"] = nlohmann::ordered_json::array();
    for (const auto& file : files) {
        const auto input = readInputOrReport(file, streams, report["files"], exitCode);
        if (!input)
            continue;
        const PolicyParseResult result = parsePolicy(input->text);
        const bool unusable = isUnusableInput(result);
        if (unusable)
            exitCode = kExitUnusable;
        else if (!result.ok())
            exitCode = std::max(exitCode, kExitFindings);
        if (asJson) {
            report["files"].push_back({{"file", input->name},
                                       {"usable", !unusable},
                                       {"valid", result.ok()},
                                       {"diagnostics", diagnosticsToJson(result.diagnostics)}});
        }
        printFileDiagnostics(input->name, result.diagnostics, unusable, asJson, streams);
    }
    if (asJson)
        streams.out << dumpJson(report) << '\n';
    return exitCode;
}

int runFormat(const std::string& file, CliStreams streams)
{
    int exitCode = kExitOk;
    const auto policy = readPolicyOrExplain(file, streams, exitCode);
    if (!policy)
        return exitCode;
    streams.out << serializePolicy(*policy);
    return kExitOk;
}

}  // namespace iam
