#include "core/cli/CliOutput.h"

#include <ostream>
#include <utility>

#include <nlohmann/json.hpp>

#include "core/policy/PolicyParser.h"

namespace iam {

void printProblem(std::ostream& err, const Diagnostic& diagnostic)
{
    err << "iam-studio-cli: " << severityName(diagnostic.severity) << ": " << diagnostic.message << " ["
        << diagnostic.code << "]\n";
    if (!diagnostic.help.empty())
        err << "  help: " << diagnostic.help << '\n';
}

std::string dumpJson(const nlohmann::ordered_json& json)
{
    return json.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

std::optional<CliInput> readInputOrReport(const std::string& file, CliStreams streams,
                                          nlohmann::ordered_json& fileReports, int& exitCode)
{
    std::string error;
    auto input = readCliInput(file, streams.in, error);
    if (!input) {
        streams.err << error << '\n';
        exitCode = kExitUnusable;
        fileReports.push_back({{"file", file}, {"usable", false}, {"error", error}});
    }
    return input;
}

std::optional<CliInput> readInputOrExplain(const std::string& file, CliStreams streams)
{
    std::string error;
    auto input = readCliInput(file, streams.in, error);
    if (!input)
        streams.err << error << '\n';
    return input;
}

std::optional<Policy> readPolicyOrExplain(const std::string& file, CliStreams streams, int& exitCode)
{
    const auto input = readInputOrExplain(file, streams);
    if (!input) {
        exitCode = kExitUnusable;
        return std::nullopt;
    }
    PolicyParseResult result = parsePolicy(input->text);
    if (!result.ok()) {
        for (const auto& diagnostic : result.diagnostics)
            streams.err << formatDiagnosticLine(input->name, diagnostic) << '\n';
        exitCode = isUnusableInput(result) ? kExitUnusable : kExitFindings;
        return std::nullopt;
    }
    exitCode = kExitOk;
    return std::move(result.policy);
}

std::string formatDiagnosticWithHelp(const std::string& name, const Diagnostic& diagnostic)
{
    std::string line = formatDiagnosticLine(name, diagnostic);
    if (!diagnostic.pointer.empty())
        line += " at " + diagnostic.pointer;
    if (!diagnostic.help.empty())
        line += "\n  help: " + diagnostic.help;
    return line;
}

bool isUnusableInput(const PolicyParseResult& parsed)
{
    return parsed.sourceMap.empty() && hasErrors(parsed.diagnostics);
}

void printFileDiagnostics(const std::string& name, const std::vector<Diagnostic>& diagnostics, bool unusable,
                          bool asJson, CliStreams streams)
{
    if (asJson && !unusable)
        return;
    for (const auto& diagnostic : diagnostics)
        (unusable ? streams.err : streams.out) << formatDiagnosticLine(name, diagnostic) << '\n';
}

std::string plural(std::size_t count, const char* word)
{
    return std::to_string(count) + " " + word + (count == 1 ? "" : "s");
}

int finishPassFailReport(nlohmann::ordered_json& report, const char* noun, std::size_t passed, std::size_t failed,
                         std::size_t unusable, bool asJson, CliStreams streams)
{
    if (asJson) {
        report["summary"] = { { std::string(noun) + "s", passed + failed }, { "passed", passed }, { "failed", failed },
            { "unusableFiles", unusable } };
        streams.out << dumpJson(report) << '\n';
    } else {
        streams.out << plural(passed + failed, noun) << ": " << passed << " passed, " << failed << " failed";
        if (unusable > 0)
            streams.out << "; " << plural(unusable, "file") << " could not be used";
        streams.out << '\n';
    }
    if (unusable > 0)
        return kExitUnusable;
    return failed > 0 ? kExitFindings : kExitOk;
}

}  // namespace iam
