#include "core/cli/CliCommands.h"

#include <algorithm>
#include <ostream>

#include <nlohmann/json.hpp>

#include "core/cli/CliInput.h"
#include "core/diagnostics/DiagnosticJson.h"
#include "core/policy/PolicyParser.h"
#include "core/policy/PolicySerializer.h"

namespace iam {
namespace {

bool isSyntaxFailure(const PolicyParseResult& result)
{
    return result.sourceMap.empty() && hasErrors(result.diagnostics);
}

}  // namespace

int runValidate(const std::vector<std::string>& files, bool asJson, CliStreams streams)
{
    int exitCode = kExitOk;
    nlohmann::ordered_json report;
    report["files"] = nlohmann::ordered_json::array();
    for (const auto& file : files) {
        std::string error;
        const auto input = readCliInput(file, streams.in, error);
        if (!input) {
            streams.err << error << '\n';
            exitCode = kExitUnusable;
            report["files"].push_back({{"file", file}, {"usable", false}, {"error", error}});
            continue;
        }
        const PolicyParseResult result = parsePolicy(input->text);
        const bool unusable = isSyntaxFailure(result);
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
        // Unusable input is explained on stderr in both modes, so a script that reads stdout as
        // JSON still has a reason to show beside exit code 2.
        if (asJson && !unusable)
            continue;
        for (const auto& diagnostic : result.diagnostics)
            (unusable ? streams.err : streams.out) << formatDiagnosticLine(input->name, diagnostic) << '\n';
    }
    // File names come from the command line and may hold bytes that are not UTF-8; replacing them
    // keeps dump() from throwing.
    if (asJson)
        streams.out << report.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
    return exitCode;
}

int runFormat(const std::string& file, CliStreams streams)
{
    std::string error;
    const auto input = readCliInput(file, streams.in, error);
    if (!input) {
        streams.err << error << '\n';
        return kExitUnusable;
    }
    const PolicyParseResult result = parsePolicy(input->text);
    if (!result.ok()) {
        for (const auto& diagnostic : result.diagnostics)
            streams.err << formatDiagnosticLine(input->name, diagnostic) << '\n';
        return isSyntaxFailure(result) ? kExitUnusable : kExitFindings;
    }
    streams.out << serializePolicy(*result.policy);
    return kExitOk;
}

}  // namespace iam
