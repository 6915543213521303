#include "core/eval/PolicyTestLoader.h"

#include <algorithm>
#include <array>

#include <nlohmann/json.hpp>

#include "core/diagnostics/FuzzyMatch.h"
#include "core/eval/SimulationLoader.h"
#include "core/json/JsonPointer.h"
#include "core/policy/PolicyReader.h"

namespace iam {
namespace {

using nlohmann::ordered_json;

// AWS's EvalDecision words (https://docs.aws.amazon.com/IAM/latest/APIReference/API_EvaluationResult.html),
// the same `simulate` prints, so a test's expectation reads like the simulator's answer.
constexpr std::array<std::string_view, 3> kDecisionNames = { "allowed", "explicitDeny", "implicitDeny" };
constexpr std::array<std::string_view, 4> kTestFields = { "name", "request", "expect", "note" };

class TestsReader {
public:
    TestsReader(const SourceMap& sourceMap, std::vector<Diagnostic>& diagnostics)
        : m_map(sourceMap)
        , m_diagnostics(diagnostics)
    {
    }

    std::vector<PolicyTest> read(const ordered_json& tests)
    {
        std::vector<PolicyTest> result;
        if (!tests.is_array()) {
            m_diagnostics.push_back(wrongTypeDiagnostic(m_map, "/tests", "`tests`", "an array of tests", tests));
            return result;
        }
        if (tests.empty()) {
            add("EMPTY_TEST_LIST", Severity::Warning, "/tests", m_map.valueSpan("/tests"), "`tests` is empty",
                "add a test such as `{\"name\": \"reads the report\", \"request\": {...}, \"expect\": \"allowed\"}`, "
                "or remove `tests`");
        }
        for (std::size_t i = 0; i < tests.size(); ++i) {
            if (auto test = readTest(tests[i], appendPointer("/tests", i)))
                result.push_back(std::move(*test));
        }
        return result;
    }

private:
    void add(std::string code, Severity severity, const std::string& pointer, SourceSpan span, std::string message,
        std::string help)
    {
        m_diagnostics.push_back(
            { std::move(code), severity, std::move(message), std::move(help), pointer, std::move(span), {}, {} });
    }

    void missing(const std::string& pointer, std::string message, std::string help)
    {
        add("SIMULATION_MISSING_FIELD", Severity::Error, pointer, m_map.valueSpan(pointer), std::move(message),
            std::move(help));
    }

    std::optional<PolicyTest> readTest(const ordered_json& entry, const std::string& pointer)
    {
        if (!entry.is_object()) {
            m_diagnostics.push_back(
                wrongTypeDiagnostic(m_map, pointer, "a test", "an object with `name`, `request` and `expect`", entry));
            return std::nullopt;
        }
        const std::size_t errorsBefore = errorCount();
        PolicyTest test;
        test.pointer = pointer;
        for (const auto& [key, value] : entry.items()) {
            if (std::find(kTestFields.begin(), kTestFields.end(), key) != kTestFields.end())
                continue;
            const std::vector<std::string> candidates(kTestFields.begin(), kTestFields.end());
            const auto suggestion = closestMatch(key, candidates);
            const std::string memberPointer = appendPointer(pointer, key);
            // A misspelt `expect` would otherwise leave a test that checks nothing.
            add("UNKNOWN_TEST_FIELD", Severity::Error, memberPointer, m_map.keySpan(memberPointer),
                "`" + key + "` is not a field of a test",
                suggestion ? "did you mean `" + *suggestion + "`?"
                           : "a test has `name`, `request`, `expect` and optionally `note`; remove `" + key + "`");
        }
        readName(entry, pointer, test);
        readExpect(entry, pointer, test);
        readRequest(entry, pointer, test);
        if (errorCount() != errorsBefore)
            return std::nullopt;
        return test;
    }

    void readName(const ordered_json& entry, const std::string& pointer, PolicyTest& test)
    {
        const auto name = entry.find("name");
        if (name == entry.end()) {
            missing(pointer, "this test has no `name`",
                "add `\"name\": \"...\"`: the name is how the results tell the tests apart");
            return;
        }
        const std::string namePointer = appendPointer(pointer, "name");
        if (!name->is_string()) {
            m_diagnostics.push_back(wrongTypeDiagnostic(m_map, namePointer, "`name`", "a string", *name));
            return;
        }
        test.name = name->get<std::string>();
        if (test.name.find_first_not_of(" \t") == std::string::npos) {
            add("EMPTY_TEST_NAME", Severity::Error, namePointer, m_map.valueSpan(namePointer),
                "the test's `name` is empty",
                "give the test a short name that says what it checks, e.g. `\"interns cannot delete\"`");
            return;
        }
        for (const auto& [earlier, earlierPointer] : m_names) {
            if (earlier == test.name) {
                add("DUPLICATE_TEST_NAME", Severity::Warning, namePointer, m_map.valueSpan(namePointer),
                    "two tests are named `" + test.name + "` (the other is at `" + earlierPointer + "`)",
                    "give each test its own name, so a failure says which one failed");
                break;
            }
        }
        m_names.emplace_back(test.name, pointer);
    }

    void readExpect(const ordered_json& entry, const std::string& pointer, PolicyTest& test)
    {
        const auto expect = entry.find("expect");
        if (expect == entry.end()) {
            missing(pointer, "this test has no `expect`",
                "add `\"expect\": \"allowed\"`, `\"explicitDeny\"` or `\"implicitDeny\"`: the decision the request "
                "must get");
            return;
        }
        const std::string expectPointer = appendPointer(pointer, "expect");
        if (!expect->is_string()) {
            m_diagnostics.push_back(wrongTypeDiagnostic(m_map, expectPointer, "`expect`",
                "one of the strings `allowed`, `explicitDeny`, `implicitDeny`", *expect));
            return;
        }
        const std::string value = expect->get<std::string>();
        if (const auto decision = decisionFromName(value)) {
            test.expect = *decision;
            return;
        }
        std::string help;
        const std::vector<std::string> candidates(kDecisionNames.begin(), kDecisionNames.end());
        if (const auto suggestion = closestMatch(value, candidates)) {
            help = "did you mean `" + *suggestion + "`?";
        } else if (value == "deny" || value == "denied" || value == "Deny" || value == "Denied") {
            help = "say which kind of deny: `explicitDeny` (a Deny statement matches) or `implicitDeny` (nothing "
                   "allows the request)";
        } else {
            help = "write `allowed`, `explicitDeny` (a Deny statement matches) or `implicitDeny` (nothing allows "
                   "the request)";
        }
        add("INVALID_TEST_EXPECT", Severity::Error, expectPointer, m_map.valueSpan(expectPointer),
            "`" + value + "` is not a decision", std::move(help));
    }

    // The request reads exactly as the file's top-level `request` does: the simulation loader reads
    // it inside a stand-in file, and its findings are moved to where the test's request stands.
    void readRequest(const ordered_json& entry, const std::string& pointer, PolicyTest& test)
    {
        const auto request = entry.find("request");
        if (request == entry.end()) {
            missing(pointer, "this test has no `request`",
                "add e.g. `\"request\": {\"action\": \"s3:GetObject\", \"resource\": \"arn:aws:s3:::my-bucket/key\"}`");
            return;
        }
        if (auto read = loadEmbeddedRequest(*request, m_map, appendPointer(pointer, "request"), m_diagnostics))
            test.request = std::move(*read);
    }

    std::size_t errorCount() const
    {
        std::size_t count = 0;
        for (const auto& diagnostic : m_diagnostics)
            count += diagnostic.isError() ? 1 : 0;
        return count;
    }

    const SourceMap& m_map;
    std::vector<Diagnostic>& m_diagnostics;
    std::vector<std::pair<std::string, std::string>> m_names; // name, pointer of its test
};

} // namespace

std::optional<Decision> decisionFromName(std::string_view name)
{
    for (Decision decision : { Decision::Allowed, Decision::ExplicitDeny, Decision::ImplicitDeny }) {
        if (decisionName(decision) == name)
            return decision;
    }
    return std::nullopt;
}

PolicyTestLoadResult loadPolicyTests(std::string_view text)
{
    ordered_json root;
    SourceMap sourceMap;
    std::vector<Diagnostic> parseDiagnostics;
    if (!parseJsonText(text, root, sourceMap, parseDiagnostics)) {
        PolicyTestLoadResult result;
        result.diagnostics = std::move(parseDiagnostics);
        return result;
    }
    PolicyTestLoadResult result = loadPolicyTests(root, std::move(sourceMap));
    if (!parseDiagnostics.empty()) {
        if (hasErrors(parseDiagnostics))
            result.file.reset();
        result.diagnostics.insert(result.diagnostics.end(), parseDiagnostics.begin(), parseDiagnostics.end());
        sortByPosition(result.diagnostics);
    }
    return result;
}

PolicyTestLoadResult loadPolicyTests(const ordered_json& root, SourceMap sourceMap)
{
    PolicyTestLoadResult result;
    result.sourceMap = std::move(sourceMap);
    const bool isObject = root.is_object();
    const bool hasRequest = isObject && root.contains("request");
    const bool hasTests = isObject && root.contains("tests");
    PolicyTestFile file;
    file.hasRequest = hasRequest;
    SimulationLoadResult simulation;
    if (hasRequest || !isObject) {
        simulation = loadSimulation(root, result.sourceMap);
    } else {
        // Only the policies are read from the file; a stand-in request keeps the loader from asking for one.
        ordered_json policiesOnly = ordered_json::object();
        if (const auto policies = root.find("policies"); policies != root.end())
            policiesOnly["policies"] = *policies;
        policiesOnly["request"] = { { "action", "iam:Placeholder" }, { "resource", "*" } };
        simulation = loadSimulation(policiesOnly, result.sourceMap);
        if (!hasTests) {
            result.diagnostics.push_back({ "SIMULATION_MISSING_FIELD", Severity::Error,
                "the file has neither a `request` nor `tests`",
                "add `\"tests\": [{\"name\": \"...\", \"request\": {...}, \"expect\": \"allowed\"}]` with the requests "
                "to check and the decision each must get",
                "", result.sourceMap.valueSpan(""), {}, {} });
        }
    }
    result.diagnostics.insert(result.diagnostics.end(), simulation.diagnostics.begin(), simulation.diagnostics.end());
    if (simulation.simulation)
        file.simulation = std::move(*simulation.simulation);
    if (!hasRequest)
        file.simulation.request = Request {}; // not the stand-in: nothing the file said
    if (hasTests)
        file.tests = TestsReader(result.sourceMap, result.diagnostics).read(root["tests"]);
    sortByPosition(result.diagnostics);
    if (!hasErrors(result.diagnostics))
        result.file = std::move(file);
    return result;
}

} // namespace iam
