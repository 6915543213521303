#include <QTest>

#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include <set>
#include <string>

#include "core/eval/PolicyTestLoader.h"
#include "core/eval/PolicyTestRunner.h"
#include "core/eval/SimulationDocumentFile.h"
#include "core/scenarios/ScenarioCheck.h"
#include "core/scenarios/ScenarioLoader.h"
#include "core/scenarios/ScenarioSimulation.h"

namespace {

std::string scenarioFolder()
{
    return std::string(IAM_SOURCE_DIR) + "/resources/scenarios";
}

// moc reads a slash-star inside a raw string as the start of a comment, so these are plain literals.
const char* const kPatchElsewhere = "[{\"op\": \"add\", \"path\": \"/Statement/-\", \"value\": {\"Sid\": \"Other\", "
                                    "\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": "
                                    "\"arn:aws:s3:::elsewhere/"
                                    "*\"}}]";
const char* const kPatchMissingPath = R"([{"op": "replace", "path": "/Statement/9/Action", "value": "s3:*"}])";

std::string describe(const iam::ScenarioLoadResult& result)
{
    std::string text;
    for (const auto& diagnostic : result.diagnostics)
        text += "\n  " + formatDiagnosticLine(result.fileName, diagnostic) + " at " + diagnostic.pointer;
    return text;
}

} // namespace

// Every scenario we ship, proven: it loads without a single finding, its policies lint exactly as
// declared, the engine gives each try-it the stated decision, and each challenge can be solved.
class tst_ScenarioContent : public QObject {
    Q_OBJECT

private slots:
    void everyShippedScenarioHoldsUp_data()
    {
        QTest::addColumn<int>("index");
        const auto results = iam::loadScenarioFolder(scenarioFolder());
        for (std::size_t i = 0; i < results.size(); ++i)
            QTest::newRow(results[i].fileName.substr(results[i].fileName.rfind('/') + 1).c_str())
                << static_cast<int>(i);
    }

    void everyShippedScenarioHoldsUp()
    {
        QFETCH(int, index);
        const auto results = iam::loadScenarioFolder(scenarioFolder());
        const iam::ScenarioLoadResult& result = results[static_cast<std::size_t>(index)];
        QVERIFY2(result.ok() && result.diagnostics.empty(), describe(result).c_str());
        const iam::Scenario& scenario = *result.scenario;

        // The file's name is its id, so an instructor finds a scenario by what the page shows.
        QCOMPARE(result.fileName, scenarioFolder() + "/" + scenario.id + ".json");
        QVERIFY(scenario.story.size() >= 2);
        QVERIFY(scenario.nodes.size() >= 3);
        QVERIFY(!scenario.edges.empty());
        QVERIFY(!scenario.tighten.empty());
        QVERIFY(scenario.tryIts.size() >= 3);
        QVERIFY(!scenario.challenges.empty());
        std::set<iam::Decision> decisions;
        for (const auto& tryIt : scenario.tryIts)
            decisions.insert(tryIt.expect);
        QVERIFY(decisions.count(iam::Decision::Allowed));
        QVERIFY(decisions.size() >= 2);

        const iam::ScenarioCheckReport report = iam::checkScenario(scenario, &result.sourceMap);
        QCOMPARE(report.items.size(), scenario.policies.size() + scenario.tryIts.size() + scenario.challenges.size());
        for (const auto& item : report.items)
            QVERIFY2(item.passed, (item.name + ": " + item.detail).c_str());
        QVERIFY(report.findings.empty());

        // Every example account is one of the documentation's example ids, never a real one.
        for (const auto& policy : scenario.policies) {
            for (std::size_t at = policy.text.find(":iam::"); at != std::string::npos;
                 at = policy.text.find(":iam::", at + 1)) {
                const std::string account = policy.text.substr(at + 6, 12);
                QVERIFY2(account == "111122223333" || account == "444455556666" || account.front() == '*',
                    (policy.name + " names account " + account).c_str());
            }
        }
    }

    // "Open in Simulator" carries a try-it across unchanged: the document saved as a simulation file
    // and run by `iam-studio-cli test`'s runner gets every try-it's decision that weighs the same policies.
    void everyTryItRunsTheSameInASimulationFile()
    {
        for (const auto& result : iam::loadScenarioFolder(scenarioFolder())) {
            QVERIFY(result.scenario);
            const iam::Scenario& scenario = *result.scenario;
            for (std::size_t i = 0; i < scenario.tryIts.size(); ++i) {
                const std::string text = iam::saveSimulationDocument(iam::scenarioDocument(scenario, i));
                const iam::PolicyTestLoadResult loaded = iam::loadPolicyTests(text);
                const std::string where = scenario.id + " / " + scenario.tryIts[i].name;
                QVERIFY2(loaded.ok(), (where + ": " + (loaded.diagnostics.empty() ? "" : loaded.diagnostics.front().message)).c_str());
                QVERIFY(!loaded.file->tests.empty());
                for (const auto& outcome : iam::runPolicyTests(*loaded.file))
                    QVERIFY2(outcome.passed(), (where + ": test `" + outcome.name + "`: " + outcome.reason).c_str());
            }
        }
    }

    void theIssuesElevenSetupsAreThere()
    {
        std::set<std::string> ids;
        for (const auto& result : iam::loadScenarioFolder(scenarioFolder())) {
            if (result.scenario)
                ids.insert(result.scenario->id);
        }
        for (const char* id :
            { "ec2-mcp-server", "lambda-mcp-tools", "bedrock-agent", "developer-personal-setup", "ec2-read-one-secret",
                "cross-account-prod-read-only", "github-actions-oidc-ecr", "permission-boundary-delegation",
                "s3-bucket-shared-cross-account", "scp-region-and-cloudtrail-guardrail", "abac-team-tags" })
            QVERIFY2(ids.count(id), id);
    }

    // The README's JSON Schema is JSON and names the fields every shipped file has, in the same order.
    void readmeSchemaMatchesTheFiles()
    {
        std::ifstream readme(scenarioFolder() + "/README.md");
        std::stringstream text;
        text << readme.rdbuf();
        const std::string markdown = text.str();
        const auto heading = markdown.find("## JSON Schema");
        QVERIFY(heading != std::string::npos);
        const auto start = markdown.find("```json\n", heading);
        const auto end = markdown.find("\n```", start + 8);
        QVERIFY(start != std::string::npos && end != std::string::npos);
        const auto schema = nlohmann::ordered_json::parse(markdown.substr(start + 8, end - start - 8), nullptr, false);
        QVERIFY(!schema.is_discarded());
        std::vector<std::string> required;
        for (const auto& field : schema["required"])
            required.push_back(field.get<std::string>());
        std::ifstream file(scenarioFolder() + "/ec2-mcp-server.json");
        const auto scenario = nlohmann::ordered_json::parse(file, nullptr, false);
        std::vector<std::string> keys;
        for (const auto& [key, value] : scenario.items())
            keys.push_back(key);
        QCOMPARE(keys, required);

        // The node kinds the schema lists are exactly the ones the loader accepts.
        const auto& kinds = schema["properties"]["diagram"]["properties"]["nodes"]["items"]["properties"]["kind"]["enum"];
        QVERIFY(kinds.is_array() && !kinds.empty());
        for (const auto& kind : kinds)
            QVERIFY2(iam::scenarioNodeKindFromName(kind.get<std::string>()), kind.get<std::string>().c_str());
        QVERIFY(!iam::scenarioNodeKindFromName("person"));
        QCOMPARE(kinds.size(), std::size_t(9));
    }

    // The checker itself must be able to fail, or the test above proves nothing.
    void checkerCatchesWrongClaims()
    {
        auto result = iam::loadScenarioFile(scenarioFolder() + "/ec2-mcp-server.json");
        QVERIFY(result.ok());
        iam::Scenario scenario = *result.scenario;
        scenario.tryIts[2].expect = iam::Decision::ImplicitDeny; // "the server lists the buckets"
        scenario.policies[0].expectFindings = { "MISSING_VERSION" };
        scenario.challenges[0].reference.patch = kPatchElsewhere;
        const iam::ScenarioCheckReport report = iam::checkScenario(scenario, &result.sourceMap);
        QCOMPARE(report.failures(), std::size_t(3));
        const auto& lint = report.items[0];
        QVERIFY(!lint.passed);
        QVERIFY(lint.detail.find("`MISSING_VERSION`") != std::string::npos);
        const auto& tryIt = report.items[scenario.policies.size() + 2];
        QVERIFY(!tryIt.passed);
        QVERIFY2(tryIt.detail.starts_with("expected implicitDeny, got allowed (allowed by"), tryIt.detail.c_str());
        const auto& challenge = report.items.back();
        QVERIFY(!challenge.passed);
        QVERIFY2(challenge.detail.find("got implicitDeny") != std::string::npos, challenge.detail.c_str());

        // A patch that cannot apply is a failed check, not a crash.
        scenario.challenges[0].reference.patch = kPatchMissingPath;
        const auto broken = iam::checkScenario(scenario, &result.sourceMap);
        QVERIFY(!broken.items.back().passed);
        QVERIFY(broken.items.back().detail.find("cannot be applied") != std::string::npos);
    }

    // An undeclared lint finding is placed in the scenario file, so an author can jump to it.
    void undeclaredFindingPointsIntoTheFile()
    {
        auto result = iam::loadScenarioFile(scenarioFolder() + "/abac-team-tags.json");
        QVERIFY(result.ok());
        iam::Scenario scenario = *result.scenario;
        scenario.policies[0].text
            = "{\"Statement\": [{\"Sid\": \"A\", \"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", "
              "\"Resource\": \"*\"}]}";
        const auto report = iam::checkScenario(scenario, &result.sourceMap);
        QVERIFY(!report.passed());
        QVERIFY(!report.findings.empty());
        QCOMPARE(report.findings.front().code, std::string("MISSING_VERSION"));
        QVERIFY(report.findings.front().pointer.starts_with("/policies/identity/0/document"));
        QVERIFY(report.findings.front().span.isKnown());
    }
};

QTEST_APPLESS_MAIN(tst_ScenarioContent)
#include "tst_ScenarioContent.moc"
