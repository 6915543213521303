#include "core/cli/TestCommand.h"

#include <ostream>

#include <nlohmann/json.hpp>

#include "core/cli/CliInput.h"
#include "core/cli/CliOutput.h"
#include "core/diagnostics/DiagnosticJson.h"
#include "core/eval/EvaluationReport.h"
#include "core/eval/PolicyTestLoader.h"
#include "core/eval/PolicyTestRunner.h"

namespace iam {
namespace {

using nlohmann::ordered_json;

// Whether the document has a `tests` member at all (an empty list is already reported by the loader).
bool hasTestList(const PolicyTestLoadResult& loaded)
{
    return loaded.sourceMap.find("/tests") != nullptr;
}

} // namespace

int runTest(const std::vector<std::string>& files, bool json, CliStreams streams)
{
    std::size_t passed = 0;
    std::size_t failed = 0;
    std::size_t unusable = 0;
    ordered_json report = ordered_json::object();
    report["files"] = ordered_json::array();
    for (const auto& file : files) {
        ordered_json fileReport = ordered_json::object();
        fileReport["file"] = file == "-" ? "<stdin>" : file;
        std::string error;
        const auto input = readCliInput(file, streams.in, error);
        if (!input) {
            ++unusable;
            streams.err << error << '\n';
            fileReport["error"] = error;
            report["files"].push_back(std::move(fileReport));
            continue;
        }
        PolicyTestLoadResult loaded = loadPolicyTests(input->text);
        fileReport["file"] = input->name;
        if (loaded.ok() && loaded.file->tests.empty() && !hasTestList(loaded)) {
            // A CI job pointed at a plain simulation file would otherwise pass while checking nothing.
            loaded.diagnostics.push_back(
                { "NO_TESTS", Severity::Warning, "the file has no `tests`, so nothing was checked",
                    "add `\"tests\": [{\"name\": \"...\", \"request\": {...}, \"expect\": \"allowed\"}]` beside "
                    "`policies`, or run `iam-studio-cli simulate` for the file's one request",
                    "", loaded.sourceMap.valueSpan(""), {}, {} });
        }
        for (const auto& diagnostic : loaded.diagnostics)
            streams.err << formatDiagnosticWithHelp(input->name, diagnostic) << '\n';
        if (!loaded.diagnostics.empty())
            fileReport["diagnostics"] = diagnosticsToJson(loaded.diagnostics);
        if (!loaded.ok()) {
            ++unusable;
            report["files"].push_back(std::move(fileReport));
            continue;
        }
        if (!json && files.size() > 1)
            streams.out << input->name << '\n';
        fileReport["tests"] = ordered_json::array();
        for (const auto& outcome : runPolicyTests(*loaded.file)) {
            const std::string expected(decisionName(outcome.expected));
            const std::string actual(decisionName(outcome.actual()));
            if (outcome.passed())
                ++passed;
            else
                ++failed;
            if (!json) {
                streams.out << (outcome.passed() ? "PASS " : "FAIL ") << outcome.name;
                if (!outcome.passed())
                    streams.out << ": expected " << expected << ", got " << actual << " (" << outcome.reason << ")";
                streams.out << '\n';
            }
            ordered_json test = ordered_json::object();
            test["name"] = outcome.name;
            test["passed"] = outcome.passed();
            test["expected"] = expected;
            test["actual"] = actual;
            test["reason"] = outcome.reason;
            test["pointer"] = outcome.pointer;
            if (const auto span = loaded.sourceMap.valueSpan(outcome.pointer); span.isKnown())
                test["line"] = span.line;
            test["decidedBy"] = evaluationToJson(outcome.result)["decidedBy"];
            test["missingContextKeys"] = outcome.result.missingContextKeys;
            fileReport["tests"].push_back(std::move(test));
        }
        report["files"].push_back(std::move(fileReport));
    }
    return finishPassFailReport(report, "test", passed, failed, unusable, json, streams);
}

} // namespace iam
