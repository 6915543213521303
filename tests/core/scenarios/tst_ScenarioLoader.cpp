#include <QTemporaryDir>
#include <QTest>

#include <fstream>
#include <string>

#include <nlohmann/json.hpp>

#include "core/scenarios/ScenarioCheck.h"
#include "core/scenarios/ScenarioLoader.h"
#include "core/scenarios/ScenarioSimulation.h"
#include "tests/support/DiagnosticStyle.h"
#include "tests/support/TestDiagnostics.h"

namespace {

using iam::test::findCode;

// A small valid scenario (`/ANY` stands for a slash and a star, which moc would read as a comment). Line numbers
// matter: the malformed cases below replace one piece of it and check the position reported. Line 1 is the opening
// brace.
const std::string kValid = R"({
  "id": "tiny",
  "title": "A tiny setup",
  "summary": "One role, one trust policy, one permission policy.",
  "level": "beginner",
  "tags": ["ec2"],
  "story": "First paragraph.\n\nSecond paragraph.",
  "diagram": {
    "nodes": [
      {"id": "ec2", "label": "EC2", "kind": "service", "explanation": "The machine."},
      {"id": "trust", "label": "Trust", "kind": "policy", "explanation": "Who may assume.", "policy": "Trust"}
    ],
    "edges": [{"from": "ec2", "to": "trust", "label": "assumes"}]
  },
  "policies": {
    "identity": [
      {"name": "Read", "kind": "identity", "role": "permission policy", "document": {"Version": "2012-10-17", "Statement": [{"Sid": "Read", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::example-bucket/ANY"}]}}
    ],
    "resource": [
      {"name": "Trust", "kind": "trust", "document": {"Version": "2012-10-17", "Statement": [{"Sid": "Ec2", "Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}}
    ]
  },
  "tryIt": [
    {"name": "reads", "request": {"principal": "arn:aws:sts::111122223333:assumed-role/R/s", "action": "s3:GetObject", "resource": "arn:aws:s3:::example-bucket/a"}, "expect": "allowed", "why": "The policy allows it."},
    {"name": "writes", "request": {"principal": "arn:aws:sts::111122223333:assumed-role/R/s", "action": "s3:PutObject", "resource": "arn:aws:s3:::example-bucket/a"}, "expect": "implicitDeny", "why": "Nothing allows it."},
    {"name": "ec2 assumes", "policies": ["Trust"], "request": {"principal": "ec2.amazonaws.com", "action": "sts:AssumeRole", "resource": "arn:aws:iam::111122223333:role/R"}, "expect": "allowed", "why": "The trust policy names EC2."}
  ],
  "breakIt": [
    {"task": "Let it write.", "tryIt": "writes", "expect": "allowed", "hint": "Add s3:PutObject.", "change": {"policy": "Read", "patch": [{"op": "add", "path": "/Statement/0/Action", "value": ["s3:GetObject", "s3:PutObject"]}]}}
  ],
  "tighten": ["Name the bucket prefix."]
}
)";

std::string withStars(std::string text)
{
    for (auto at = text.find("/ANY"); at != std::string::npos; at = text.find("/ANY", at))
        text.replace(at + 1, 3, "*");
    return text;
}

std::string replaced(std::string text, const std::string& from, const std::string& to)
{
    const auto at = text.find(from);
    if (at == std::string::npos)
        throw std::runtime_error("test text not found: " + from);
    text.replace(at, from.size(), to);
    return text;
}

iam::ScenarioLoadResult load(const std::string& text)
{
    return iam::loadScenario(withStars(text), "tiny.json");
}

} // namespace

class tst_ScenarioLoader : public QObject {
    Q_OBJECT

private:
    // The one error a malformed text gives: its code, pointer and position, in the user's style.
    void expectError(const std::string& text, const char* code, const char* pointer, int line, int column)
    {
        const iam::ScenarioLoadResult result = load(text);
        QVERIFY(!result.ok());
        QCOMPARE(result.fileName, std::string("tiny.json"));
        const iam::Diagnostic* found = findCode(result.diagnostics, code);
        QVERIFY2(found,
            (std::string("no ") + code + "; got "
                + (result.diagnostics.empty() ? "nothing" : result.diagnostics.front().code))
                .c_str());
        QCOMPARE(found->severity, iam::Severity::Error);
        QCOMPARE(found->pointer, std::string(pointer));
        QCOMPARE(found->span.line, line);
        QCOMPARE(found->span.column, column);
        const std::string style = iam::test::diagnosticStyleProblem(*found);
        QVERIFY2(style.empty(), style.c_str());
    }

private slots:
    void readsEveryPart()
    {
        const iam::ScenarioLoadResult result = load(kValid);
        QVERIFY2(result.ok(), result.diagnostics.empty() ? "" : result.diagnostics.front().message.c_str());
        QVERIFY(result.diagnostics.empty());
        const iam::Scenario& scenario = *result.scenario;
        QCOMPARE(scenario.id, std::string("tiny"));
        QCOMPARE(scenario.story, (std::vector<std::string> { "First paragraph.", "Second paragraph." }));
        QCOMPARE(scenario.nodes.size(), std::size_t(2));
        QCOMPARE(scenario.nodes[1].kind, iam::ScenarioNodeKind::Policy);
        QCOMPARE(scenario.nodes[1].policy, std::string("Trust"));
        QCOMPARE(scenario.edges.front().label, std::string("assumes"));
        QCOMPARE(scenario.policies.size(), std::size_t(2));
        QCOMPARE(scenario.policies[1].type, iam::PolicyType::Resource);
        QCOMPARE(scenario.policies[1].kind, iam::PolicyKind::Trust);
        QCOMPARE(scenario.policies[0].role, std::string("permission policy"));
        QCOMPARE(scenario.policies[0].pointer, std::string("/policies/identity/0"));
        QCOMPARE(scenario.tryIts[2].request.principal, std::string("ec2.amazonaws.com"));
        QCOMPARE(scenario.challenges.front().tryItIndex, std::size_t(1));
        QCOMPARE(scenario.challenges.front().expect, iam::Decision::Allowed);
        QVERIFY(!scenario.challenges.front().reference.patch.empty());
        QCOMPARE(scenario.tighten.size(), std::size_t(1));
    }

    // The documented default: a try-it that lists no policies weighs all but the trust policies.
    void trustPoliciesPlayOnlyWhenListed()
    {
        const iam::Scenario scenario = *load(kValid).scenario;
        QCOMPARE(scenario.tryIts[0].policies, std::vector<std::string> { "Read" });
        QVERIFY(!scenario.tryIts[0].policiesGiven);
        QCOMPARE(scenario.tryIts[2].policies, std::vector<std::string> { "Trust" });

        const iam::SimulationDocument document = iam::scenarioDocument(scenario, 0);
        QCOMPARE(document.policies.size(), std::size_t(2));
        QVERIFY(document.policies[0].enabled);
        QVERIFY(!document.policies[1].enabled); // kept, so the Simulator shows it, but switched off
        QCOMPARE(document.policies[1].type, iam::PolicyType::Resource);
        QCOMPARE(document.request.action, std::string("s3:GetObject"));
        // The try-its that weigh the same policies come along as the document's tests.
        QCOMPARE(document.tests.size(), std::size_t(2));
        QCOMPARE(document.tests[1].name, std::string("writes"));

        const iam::SimulationDocument assume = iam::scenarioDocument(scenario, 2);
        QVERIFY(!assume.policies[0].enabled);
        QVERIFY(assume.policies[1].enabled);
        QCOMPARE(assume.tests.size(), std::size_t(1));
        QCOMPARE(iam::runTryIt(scenario, 2).decision(), std::optional(iam::Decision::Allowed));
    }

    void missingFieldNamesTheField()
    {
        expectError(replaced(kValid, "  \"title\": \"A tiny setup\",\n", ""), "SCENARIO_MISSING_FIELD", "", 1, 1);
        const auto result = load(replaced(kValid, R"(, "why": "Nothing allows it.")", ""));
        const iam::Diagnostic* found = findCode(result.diagnostics, "SCENARIO_MISSING_FIELD");
        QVERIFY(found);
        QCOMPARE(found->pointer, std::string("/tryIt/1"));
        QVERIFY(found->message.find("`why`") != std::string::npos);
        QCOMPARE(found->span.line, 25);
    }

    void wrongTypeIsReportedWhereItStands()
    {
        expectError(replaced(kValid, R"("tags": ["ec2"])", R"("tags": "ec2")"), "INVALID_ELEMENT_TYPE", "/tags", 6, 11);
        expectError(replaced(kValid, R"("tighten": ["Name the bucket prefix."])", R"("tighten": 3)"),
            "INVALID_ELEMENT_TYPE", "/tighten", 31, 14);
    }

    void unknownExpectSuggestsTheWord()
    {
        const std::string text = replaced(kValid, R"("expect": "implicitDeny")", R"("expect": "implicitDenied")");
        expectError(text, "SCENARIO_INVALID_EXPECT", "/tryIt/1/expect", 25, 177);
        const auto result = load(text);
        QCOMPARE(
            findCode(result.diagnostics, "SCENARIO_INVALID_EXPECT")->help, std::string("did you mean `implicitDeny`?"));
        const auto denied = load(replaced(kValid, R"("expect": "implicitDeny")", R"("expect": "denied")"));
        QVERIFY(
            findCode(denied.diagnostics, "SCENARIO_INVALID_EXPECT")->help.find("explicitDeny") != std::string::npos);
    }

    // A policy is read by the simulation files' reader: its problems carry this file's pointers.
    void badPolicyPointsIntoTheFile()
    {
        expectError(replaced(kValid, R"("Effect": "Allow", "Action": "s3:GetObject")",
                        R"("Effect": "Alow", "Action": "s3:GetObject")"),
            "INVALID_EFFECT", "/policies/identity/0/document/Statement/0/Effect", 17, 151);
    }

    void misspeltFieldGetsDidYouMean()
    {
        const std::string text
            = replaced(kValid, R"("why": "The policy allows it.")", R"("wyh": "The policy allows it.")");
        expectError(text, "SCENARIO_UNKNOWN_FIELD", "/tryIt/0/wyh", 24, 187);
        QCOMPARE(findCode(load(text).diagnostics, "SCENARIO_UNKNOWN_FIELD")->help, std::string("did you mean `why`?"));
    }

    void namesMustResolve()
    {
        expectError(replaced(kValid, R"("policies": ["Trust"])", R"("policies": ["Trsut"])"), "SCENARIO_UNKNOWN_POLICY",
            "/tryIt/2/policies/0", 26, 42);
        expectError(replaced(kValid, R"("tryIt": "writes")", R"("tryIt": "write")"), "SCENARIO_UNKNOWN_TRY_IT",
            "/breakIt/0/tryIt", 29, 40);
        expectError(replaced(kValid, R"({"from": "ec2", "to": "trust")", R"({"from": "ec2", "to": "trusted")"),
            "SCENARIO_UNKNOWN_NODE", "/diagram/edges/0/to", 13, 37);
        expectError(replaced(kValid, R"("kind": "service")", R"("kind": "server")"), "SCENARIO_INVALID_NODE_KIND",
            "/diagram/nodes/0/kind", 10, 45);
    }

    void trustPolicyRules()
    {
        // A trust policy answers only sts: requests.
        expectError(replaced(kValid, R"("name": "reads", "request")",
                        R"("name": "reads", "policies": ["Read", "Trust"], "request")"),
            "SCENARIO_TRUST_POLICY_OUT_OF_PLACE", "/tryIt/0/policies", 24, 35);
        // An AssumeRole try-it must weigh the role's trust policy.
        expectError(replaced(kValid, R"("policies": ["Trust"])", R"("policies": ["Read"])"),
            "SCENARIO_ASSUME_WITHOUT_TRUST", "/tryIt/2/policies", 26, 41);
        // The kind must fit the slot.
        expectError(replaced(kValid, R"("name": "Read", "kind": "identity")", R"("name": "Read", "kind": "trust")"),
            "SCENARIO_KIND_MISMATCH", "/policies/identity/0/kind", 17, 32);
    }

    void challengeMustFlip()
    {
        expectError(replaced(kValid, R"("tryIt": "writes", "expect": "allowed")",
                        R"("tryIt": "writes", "expect": "implicitDeny")"),
            "SCENARIO_CHALLENGE_DOES_NOT_FLIP", "/breakIt/0/expect", 29, 60);
    }

    void contentRulesAreWarnings()
    {
        std::string text = replaced(kValid, R"("expect": "allowed", "why": "The trust policy names EC2.")",
            R"("expect": "implicitDeny", "why": "The trust policy names EC2.")");
        text = replaced(
            text, R"("expect": "allowed", "why": "The policy allows it.")", R"("expect": "implicitDeny", "why": "x.")");
        const auto result = load(text);
        QVERIFY(result.ok());
        const iam::Diagnostic* oneSided = findCode(result.diagnostics, "SCENARIO_TRY_ITS_ONE_SIDED");
        QVERIFY(oneSided);
        QCOMPARE(oneSided->severity, iam::Severity::Warning);
    }

    // Without `resourceAccount` the engine would weigh a request for another account's role as a
    // same-account one.
    void otherAccountWithoutResourceAccountIsFlagged()
    {
        const auto result = load(replaced(kValid, R"("principal": "ec2.amazonaws.com")",
            R"("principal": "arn:aws:iam::444455556666:user/dana")"));
        QVERIFY(result.ok());
        const iam::Diagnostic* found = findCode(result.diagnostics, "SCENARIO_RESOURCE_ACCOUNT_UNSET");
        QVERIFY(found);
        QCOMPARE(found->severity, iam::Severity::Warning);
        QCOMPARE(found->pointer, std::string("/tryIt/2/request"));
        QVERIFY(found->help.find("\"resourceAccount\": \"111122223333\"") != std::string::npos);
        QVERIFY(iam::test::diagnosticStyleProblem(*found).empty());

        const auto given = load(replaced(kValid, R"("principal": "ec2.amazonaws.com")",
            R"("principal": "arn:aws:iam::444455556666:user/dana", "resourceAccount": "111122223333")"));
        QVERIFY(given.diagnostics.empty());
    }

    void syntaxErrorIsPositioned()
    {
        const auto result = load(replaced(kValid, R"("level": "beginner",)", R"("level": "beginner")"));
        QVERIFY(!result.ok());
        QCOMPARE(result.diagnostics.front().code, std::string("JSON_SYNTAX_ERROR"));
        QCOMPARE(result.diagnostics.front().span.line, 6);
    }

    // User input never throws past core: every prefix of the file, and every value swapped for a value of
    // another type, gives a result (with an error when it is refused), and what loads can be checked.
    void neverThrowsOnDamagedFiles()
    {
        const std::string valid = withStars(kValid);
        for (std::size_t length = 0; length < valid.size(); length += 7) {
            const auto result = iam::loadScenario(valid.substr(0, length), "cut.json");
            QVERIFY(!result.ok());
            QVERIFY(iam::hasErrors(result.diagnostics));
        }
        const auto original = nlohmann::ordered_json::parse(valid);
        const auto flat = original.flatten();
        const std::vector<nlohmann::ordered_json> replacements
            = { nullptr, 7, "x", nlohmann::ordered_json::array(), nlohmann::ordered_json::object() };
        std::size_t refused = 0;
        for (const auto& [pointer, unused] : flat.items()) {
            // Each leaf and each of its containers.
            for (std::string at = pointer; !at.empty(); at = at.substr(0, at.rfind('/'))) {
                for (const auto& replacement : replacements) {
                    nlohmann::ordered_json changed = original;
                    changed[nlohmann::ordered_json::json_pointer(at)] = replacement;
                    const auto result = iam::loadScenario(changed.dump(), "changed.json");
                    if (!result.ok()) {
                        ++refused;
                        QVERIFY(iam::hasErrors(result.diagnostics));
                        continue;
                    }
                    const auto report = iam::checkScenario(*result.scenario, &result.sourceMap);
                    QCOMPARE(report.items.size(), result.scenario->policies.size() + result.scenario->tryIts.size()
                            + result.scenario->challenges.size());
                }
            }
        }
        QVERIFY(refused > 100);
    }

    // A broken file is reported on its own; the folder's other files still load.
    void folderLoadsTheOthers()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const std::string base = folder.path().toStdString();
        std::ofstream(base + "/a-good.json") << withStars(kValid);
        std::ofstream(base + "/b-broken.json")
            << withStars(replaced(kValid, R"("expect": "allowed")", R"("expect": "yes")"));
        std::ofstream(base + "/c-same-id.json") << withStars(kValid);
        std::ofstream(base + "/notes.txt") << "not a scenario";
        const auto results = iam::loadScenarioFolder(base);
        QCOMPARE(results.size(), std::size_t(3));
        QVERIFY(results[0].ok());
        QVERIFY(!results[1].ok());
        QCOMPARE(results[1].fileName, base + "/b-broken.json");
        QVERIFY(findCode(results[1].diagnostics, "SCENARIO_INVALID_EXPECT"));
        QVERIFY(!results[2].ok());
        QVERIFY(findCode(results[2].diagnostics, "SCENARIO_DUPLICATE_ID"));

        const auto missing = iam::loadScenarioFile(base + "/absent.json");
        QVERIFY(!missing.ok());
        QCOMPARE(missing.diagnostics.front().code, std::string("SCENARIO_UNREADABLE_FILE"));
    }
};

QTEST_APPLESS_MAIN(tst_ScenarioLoader)
#include "tst_ScenarioLoader.moc"
