#include "core/cli/ScenarioCommand.h"

#include <filesystem>
#include <ostream>

#include <nlohmann/json.hpp>

#include "core/cli/CliOutput.h"
#include "core/diagnostics/DiagnosticJson.h"
#include "core/scenarios/ScenarioCheck.h"
#include "core/scenarios/ScenarioLoader.h"

namespace iam {
namespace {

std::string_view itemWord(ScenarioCheckItem::Kind kind)
{
    switch (kind) {
    case ScenarioCheckItem::Kind::Lint:
        return "policy";
    case ScenarioCheckItem::Kind::TryIt:
        return "try-it";
    case ScenarioCheckItem::Kind::Challenge:
        return "break-it";
    }
    return "check";
}

} // namespace

int runScenarioCheck(const std::vector<std::string>& paths, bool json, CliStreams streams)
{
    std::vector<ScenarioLoadResult> loads;
    for (const auto& path : paths) {
        std::error_code code;
        if (std::filesystem::is_directory(path, code)) {
            for (auto& result : loadScenarioFolder(path))
                loads.push_back(std::move(result));
        } else {
            loads.push_back(loadScenarioFile(path));
        }
    }
    std::size_t passed = 0;
    std::size_t failed = 0;
    std::size_t unusable = 0;
    nlohmann::ordered_json files = nlohmann::ordered_json::array();
    for (const auto& load : loads) {
        nlohmann::ordered_json fileReport = nlohmann::ordered_json::object();
        fileReport["file"] = load.fileName;
        for (const auto& diagnostic : load.diagnostics)
            streams.err << formatDiagnosticWithHelp(load.fileName, diagnostic) << '\n';
        if (!load.scenario) {
            ++unusable;
            fileReport["diagnostics"] = diagnosticsToJson(load.diagnostics);
            fileReport["passed"] = false;
            files.push_back(std::move(fileReport));
            continue;
        }
        const Scenario& scenario = *load.scenario;
        const ScenarioCheckReport report = checkScenario(scenario, &load.sourceMap);
        for (const auto& finding : report.findings)
            streams.err << formatDiagnosticWithHelp(load.fileName, finding) << '\n';
        std::vector<Diagnostic> all = load.diagnostics;
        all.insert(all.end(), report.findings.begin(), report.findings.end());
        fileReport["id"] = scenario.id;
        if (!all.empty())
            fileReport["diagnostics"] = diagnosticsToJson(all);
        fileReport["passed"] = report.passed();
        fileReport["checks"] = nlohmann::ordered_json::array();
        for (const auto& item : report.items) {
            nlohmann::ordered_json check = nlohmann::ordered_json::object();
            check["kind"] = itemWord(item.kind);
            check["name"] = item.name;
            check["passed"] = item.passed;
            if (!item.passed)
                check["detail"] = item.detail;
            check["pointer"] = item.pointer;
            if (const auto span = load.sourceMap.valueSpan(item.pointer); span.isKnown())
                check["line"] = span.line;
            fileReport["checks"].push_back(std::move(check));
        }
        files.push_back(std::move(fileReport));
        if (report.passed()) {
            ++passed;
            if (json)
                continue;
            const std::size_t policies = scenario.policies.size();
            streams.out << "PASS " << scenario.id << ": " << policies
                        << (policies == 1 ? " policy lints" : " policies lint") << " as declared, "
                        << plural(scenario.tryIts.size(), "try-it") << ", "
                        << plural(scenario.challenges.size(), "break-it") << '\n';
            continue;
        }
        ++failed;
        if (json)
            continue;
        streams.out << "FAIL " << scenario.id << " (" << load.fileName << ")\n";
        for (const auto& item : report.items) {
            if (!item.passed)
                streams.out << "  " << itemWord(item.kind) << " `" << item.name << "`: " << item.detail << '\n';
        }
    }
    nlohmann::ordered_json overall = nlohmann::ordered_json::object();
    overall["files"] = std::move(files);
    return finishPassFailReport(overall, "scenario", passed, failed, unusable, json, streams);
}

} // namespace iam
