#include <QDirIterator>
#include <QTest>

#include <nlohmann/json.hpp>

#include "core/eval/Evaluator.h"
#include "core/eval/PolicyTestLoader.h"
#include "core/eval/SimulationDocumentFile.h"
#include "core/eval/SimulationLoader.h"
#include "tests/support/TestFiles.h"

using namespace iam;

namespace {

using nlohmann::ordered_json;

// A policy text in the writer's own layout (two-space indent, keys in the order written).
std::string policyText(const std::string& json)
{
    return ordered_json::parse(json).dump(2);
}

SimulationDocumentPolicy policy(
    PolicyType type, std::string name, const std::string& json, int level = 0, bool enabled = true)
{
    return { type, level, std::move(name), policyText(json), enabled };
}

const char* const kAllowRead
    = R"({"Version": "2012-10-17", "Statement": [{"Sid": "Read", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]})";
const char* const kAllowAll
    = R"({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]})";
const char* const kBucketPolicy = R"({"Version": "2012-10-17", "Statement": [{"Sid": "Shared", "Effect": "Allow",
    "Principal": {"AWS": "arn:aws:iam::444455556666:role/Reader"}, "Action": "s3:GetObject",
    "Resource": "arn:aws:s3:::shared/report.csv"}]})";
const char* const kDenyDelete
    = R"({"Version": "2012-10-17", "Statement": {"Effect": "Deny", "Action": "s3:DeleteObject", "Resource": "*"}})";

Request request(std::string action = "s3:GetObject", std::string resource = "arn:aws:s3:::shared/report.csv")
{
    Request result;
    result.action = std::move(action);
    result.resource = std::move(resource);
    return result;
}

SimulationDocument everyShape()
{
    SimulationDocument document;
    document.policies = {
        policy(PolicyType::Identity, "Reader", kAllowRead),
        policy(PolicyType::Identity, "Old grant", kAllowAll, 0, false),
        policy(PolicyType::Identity, "", kDenyDelete),
        policy(PolicyType::Resource, "Bucket policy", kBucketPolicy),
        policy(PolicyType::PermissionBoundary, "Boundary", kAllowAll),
        policy(PolicyType::Scp, "FullAWSAccess", kAllowAll, 0),
        policy(PolicyType::Scp, "Workloads OU", kAllowRead, 1),
        policy(PolicyType::Scp, "No deletes", kDenyDelete, 1, false),
        policy(PolicyType::Scp, "Account", kAllowAll, 2),
        policy(PolicyType::Rcp, "RCPFullAWSAccess",
            R"({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*"}]})"),
        policy(PolicyType::Session, "Session", kAllowRead),
    };
    document.request = request();
    document.request.principal = "arn:aws:sts::444455556666:assumed-role/Reader/alice";
    document.request.resourceAccount = "111122223333";
    document.request.context = { { "aws:SourceIp", { "203.0.113.7" }, false },
        { "aws:TagKeys", { "team", "env" }, true }, { "aws:MultiFactorAuthPresent", { "true" }, false } };
    PolicyTest reads { "reads the report", request(), Decision::Allowed, {} };
    PolicyTest deletes { "cannot delete", request("s3:DeleteObject"), Decision::ExplicitDeny, {} };
    deletes.request.context = { { "aws:PrincipalTag/team", { "blue" }, false } };
    document.tests = { reads, deletes };
    return document;
}

std::string describe(const std::vector<Diagnostic>& diagnostics)
{
    std::string text;
    for (const auto& diagnostic : diagnostics)
        text += diagnostic.pointer + ": " + diagnostic.message + "\n";
    return text;
}

SimulationDocument roundTrip(const SimulationDocument& document)
{
    const SimulationDocumentLoad loaded = loadSimulationDocument(saveSimulationDocument(document));
    if (!loaded.document) {
        qWarning("%s", describe(loaded.diagnostics).c_str());
        return {};
    }
    return *loaded.document;
}

const Diagnostic* findCode(const std::vector<Diagnostic>& diagnostics, const std::string& code)
{
    for (const auto& diagnostic : diagnostics) {
        if (diagnostic.code == code)
            return &diagnostic;
    }
    return nullptr;
}

} // namespace

class tst_SimulationDocumentFile : public QObject {
    Q_OBJECT

private slots:
    void everyShapeRoundTrips()
    {
        const SimulationDocument document = everyShape();
        const SimulationDocument back = roundTrip(document);
        QCOMPARE(back.policies.size(), document.policies.size());
        for (std::size_t i = 0; i < document.policies.size(); ++i)
            QVERIFY2(back.policies[i] == document.policies[i], document.policies[i].name.c_str());
        QVERIFY(back.request == document.request);
        QVERIFY(back.tests == document.tests);
        QVERIFY(back == document);
    }

    void smallDocumentsRoundTrip()
    {
        SimulationDocument empty;
        empty.request = request();
        QVERIFY(roundTrip(empty) == empty);

        SimulationDocument onlyOff;
        onlyOff.policies = { policy(PolicyType::Identity, "Off", kAllowRead, 0, false),
            policy(PolicyType::Session, "Session off", kAllowRead, 0, false) };
        onlyOff.request = request();
        QVERIFY(roundTrip(onlyOff) == onlyOff);

        // Two resource policies (one switched off) and an RCP level that only the account has.
        SimulationDocument twoBucketPolicies;
        twoBucketPolicies.policies = { policy(PolicyType::Resource, "Current", kBucketPolicy),
            policy(PolicyType::Resource, "Draft", kAllowAll, 0, false) };
        twoBucketPolicies.request = request();
        twoBucketPolicies.request.principal = "lambda.amazonaws.com";
        QVERIFY(roundTrip(twoBucketPolicies) == twoBucketPolicies);
    }

    void aPolicyThatIsNotJsonIsKeptAsText()
    {
        SimulationDocument document;
        document.request = request();
        document.policies
            = { { PolicyType::Identity, 0, "Half written", "{\"Version\": \"2012-10-17\", \"Statem", true },
                  { PolicyType::Session, 0, "Duplicate keys", R"({"Version": "1", "Version": "2012-10-17"})", false } };
        const std::string saved = saveSimulationDocument(document);
        const ordered_json file = ordered_json::parse(saved);
        QCOMPARE(file["policies"]["identity"][0]["text"].get<std::string>(), document.policies[0].text);
        QVERIFY(!file["policies"]["identity"][0].contains("document"));
        QCOMPARE(file["policies"]["session"][0]["text"].get<std::string>(), document.policies[1].text);
        QVERIFY(roundTrip(document) == document);

        // The command line refuses to weigh it and says why; switched off it would not matter.
        const SimulationLoadResult loaded = loadSimulation(saved);
        QVERIFY(!loaded.ok());
        const Diagnostic* notJson = findCode(loaded.diagnostics, "POLICY_NOT_JSON");
        QVERIFY(notJson);
        QCOMPARE(notJson->pointer, std::string("/policies/identity/0/text"));
        QVERIFY(notJson->message.find("`Half written`") != std::string::npos);
        QVERIFY(notJson->span.line > 0);
        QVERIFY(!findCode(loaded.diagnostics, "INVALID_ELEMENT_TYPE"));
    }

    void theFileIsLaidOutAsDocumented()
    {
        const std::string saved = saveSimulationDocument(everyShape());
        QVERIFY(saved.ends_with("}\n"));
        QVERIFY(saved.find('\r') == std::string::npos);
        QVERIFY(saved.starts_with("{\n  \"policies\": {\n    \"identity\": [\n"));
        const ordered_json file = ordered_json::parse(saved);
        const ordered_json& policies = file["policies"];
        QCOMPARE(policies["identity"][1]["enabled"].get<bool>(), false);
        QVERIFY(!policies["identity"][0].contains("enabled"));
        QVERIFY(!policies["identity"][2].contains("name")); // nameless stays nameless
        QVERIFY(policies["resource"].is_object()); // one resource policy: the plain form
        QCOMPARE(policies["scp"].size(), std::size_t(3)); // three levels, root first
        QCOMPARE(policies["scp"][1][1]["name"].get<std::string>(), std::string("No deletes"));
        QVERIFY(policies["rcp"][0].is_object()); // one level: a flat list
        QCOMPARE(file["tests"].size(), std::size_t(2));
        QCOMPARE(file["request"]["resourceAccount"].get<std::string>(), std::string("111122223333"));
    }

    void sparseLevelsAreWrittenWithoutGaps()
    {
        // An empty level would be weighed as one that allows nothing: levels 0 and 2 become 0 and 1,
        // still root first and account last.
        SimulationDocument document;
        document.request = request();
        document.policies = { policy(PolicyType::Identity, "Reader", kAllowRead),
            policy(PolicyType::Scp, "Root", kAllowAll, 0), policy(PolicyType::Scp, "Account", kAllowRead, 2) };
        const SimulationDocument back = roundTrip(document);
        QCOMPARE(back.policies.size(), std::size_t(3));
        QCOMPARE(back.policies[2].level, 1);
        QCOMPARE(back.policies[2].name, std::string("Account"));
        const SimulationLoadResult cli = loadSimulation(saveSimulationDocument(document));
        QVERIFY(cli.ok());
        QCOMPARE(cli.simulation->scp->size(), std::size_t(2));
        QCOMPARE(evaluate(*cli.simulation).decision, Decision::Allowed);
    }

    // The command line weighs a saved page exactly as the page does: a switched-off policy is not
    // attached, and a type whose policies are all off is not in play.
    void theCommandLineSkipsSwitchedOffPolicies()
    {
        SimulationDocument document;
        document.request = request();
        document.policies = { policy(PolicyType::Identity, "Reader", kAllowRead),
            policy(PolicyType::Identity, "Deny everything",
                R"({"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Action": "*", "Resource": "*"}]})", 0,
                false),
            policy(PolicyType::PermissionBoundary, "Nothing", kDenyDelete, 0, false),
            policy(PolicyType::Scp, "Root", kAllowAll, 0), policy(PolicyType::Scp, "OU", kDenyDelete, 1, false) };
        const SimulationLoadResult loaded = loadSimulation(saveSimulationDocument(document));
        QVERIFY2(loaded.ok(), describe(loaded.diagnostics).c_str());
        QCOMPARE(loaded.simulation->identity.size(), std::size_t(1));
        QVERIFY(!loaded.simulation->permissionBoundary); // all off: not in play
        QCOMPARE(loaded.simulation->scp->size(), std::size_t(1)); // the OU level's only policy is off
        const EvaluationResult result = evaluate(*loaded.simulation);
        QCOMPARE(result.decision, Decision::Allowed);
        QCOMPARE(result.gate(PolicyType::PermissionBoundary), Gate::NotInPlay);

        // Switched on again, the deny decides.
        document.policies[1].enabled = true;
        const SimulationLoadResult on = loadSimulation(saveSimulationDocument(document));
        QCOMPARE(evaluate(*on.simulation).decision, Decision::ExplicitDeny);
    }

    void anEmptyListIsStillInPlayOnTheCommandLine()
    {
        const std::string file = R"({"policies": {"identity": [{"name": "Reader", "document": )"
            + std::string(kAllowRead)
            + R"(}], "permissionBoundary": []}, "request": {"action": "s3:GetObject", "resource": "*"}})";
        const SimulationLoadResult cli = loadSimulation(file);
        QCOMPARE(evaluate(*cli.simulation).decision, Decision::ImplicitDeny);
        // The page cannot hold an empty list, and says it reads the file differently.
        const SimulationDocumentLoad page = loadSimulationDocument(file);
        QVERIFY(page.document);
        const Diagnostic* empty = findCode(page.diagnostics, "EMPTY_POLICY_LIST");
        QVERIFY(empty);
        QCOMPARE(empty->severity, Severity::Warning);
        QCOMPARE(empty->pointer, std::string("/policies/permissionBoundary"));
        QCOMPARE(empty->span.line, 1);
    }

    void aFileWithTestsButNoRequestTakesTheFirstTestsRequest()
    {
        const SimulationDocumentLoad loaded
            = loadSimulationDocument(iam::test::readFileBytes(iam::test::dataPath("simtests/passing.json")));
        QVERIFY2(loaded.document, describe(loaded.diagnostics).c_str());
        const PolicyTestLoadResult tests
            = loadPolicyTests(iam::test::readFileBytes(iam::test::dataPath("simtests/passing.json")));
        QVERIFY(loaded.document->tests == tests.file->tests);
        QVERIFY(!loaded.document->tests.empty());
        if (tests.file->hasRequest)
            QVERIFY(loaded.document->request == tests.file->simulation.request);
        else
            QVERIFY(loaded.document->request == loaded.document->tests.front().request);
        QVERIFY(
            loadSimulationDocument(iam::test::readFileBytes(iam::test::dataPath("simtests/failing.json"))).document);
    }

    void malformedTestsAreReportedWhereTheyStand()
    {
        const SimulationDocumentLoad loaded
            = loadSimulationDocument(iam::test::readFileBytes(iam::test::dataPath("simtests/malformed.json")));
        QVERIFY(!loaded.document);
        const Diagnostic* expect = findCode(loaded.diagnostics, "INVALID_TEST_EXPECT");
        QVERIFY(expect);
        QCOMPARE(expect->pointer, std::string("/tests/0/expect"));
        QCOMPARE(expect->span.line, 4);
        const Diagnostic* field = findCode(loaded.diagnostics, "UNKNOWN_TEST_FIELD");
        QVERIFY(field);
        QCOMPARE(field->pointer, std::string("/tests/1/expected"));
        QCOMPARE(field->span.line, 5);
        bool actionReported = false;
        for (const auto& diagnostic : loaded.diagnostics)
            actionReported = actionReported || diagnostic.pointer == "/tests/2/request/action";
        QVERIFY(actionReported);
    }

    void errorsCarryPointerAndPosition_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("syntax") << "{\n  \"policies\": {\"identity\": [}\n}"
                                << "JSON_SYNTAX_ERROR"
                                << "" << 2 << 29;
        QTest::newRow("entry not an object") << "{\"policies\": {\n  \"identity\": [5]},\n \"request\": {\"action\": "
                                                "\"s3:GetObject\", \"resource\": \"*\"}}"
                                             << "INVALID_ELEMENT_TYPE"
                                             << "/policies/identity/0" << 2 << 16;
        QTest::newRow("enabled not a boolean")
            << "{\"policies\": {\"identity\": [\n {\"name\": \"A\", \"enabled\": \"no\", \"document\": {}}]},\n"
               " \"request\": {\"action\": \"s3:GetObject\", \"resource\": \"*\"}}"
            << "INVALID_ELEMENT_TYPE"
            << "/policies/identity/0/enabled" << 2 << 27;
        QTest::newRow("levels mixed") << "{\"policies\": {\"identity\": [],\n \"scp\": [[], {}]},\n \"request\": "
                                         "{\"action\": \"s3:GetObject\", \"resource\": \"*\"}}"
                                      << "MIXED_ORGANIZATION_LEVELS"
                                      << "/policies/scp" << 2 << 9;
        QTest::newRow("no identity")
            << "{\"policies\": {},\n \"request\": {\"action\": \"s3:GetObject\", \"resource\": \"*\"}}"
            << "SIMULATION_MISSING_FIELD"
            << "/policies" << 1 << 14;
        QTest::newRow("bad request action")
            << "{\"policies\": {\"identity\": []},\n \"request\": {\"action\": \"GetObject\", \"resource\": \"*\"}}"
            << "INVALID_REQUEST_ACTION"
            << "/request/action" << 2 << 24;
        QTest::newRow("document and text")
            << "{\"policies\": {\"identity\": [\n{\"document\": {}, \"text\": \"\"}]},\n \"request\": {\"action\": "
               "\"s3:GetObject\", \"resource\": \"*\"}}"
            << "POLICY_DOCUMENT_AND_TEXT"
            << "/policies/identity/0/text" << 2 << 26;
    }

    void errorsCarryPointerAndPosition()
    {
        QFETCH(QString, file);
        QFETCH(QString, code);
        QFETCH(QString, pointer);
        QFETCH(int, line);
        QFETCH(int, column);
        const SimulationDocumentLoad loaded = loadSimulationDocument(file.toStdString());
        QVERIFY(!loaded.document);
        const Diagnostic* found = findCode(loaded.diagnostics, code.toStdString());
        QVERIFY2(found, describe(loaded.diagnostics).c_str());
        QCOMPARE(QString::fromStdString(found->pointer), pointer);
        QCOMPARE(found->span.line, line);
        QCOMPARE(found->span.column, column);
    }

    // An invalid policy document is the page's to show (buildSimulation), not a reason to refuse the file.
    void anInvalidPolicyDocumentStillLoads()
    {
        const std::string file = R"({"policies": {"identity": [{"name": "Typo", "document": {"Version": "2012-10-17",
            "Statement": [{"Effect": "Alow", "Action": "s3:GetObject", "Resource": "*"}]}}]},
            "request": {"action": "s3:GetObject", "resource": "*"}})";
        QVERIFY(!loadSimulation(file).ok());
        const SimulationDocumentLoad loaded = loadSimulationDocument(file);
        QVERIFY2(loaded.document, describe(loaded.diagnostics).c_str());
        QVERIFY(loaded.document->policies[0].text.find("\"Alow\"") != std::string::npos);
        const SimulationBuild build = buildSimulation(*loaded.document);
        QVERIFY(!build.simulation);
        QCOMPARE(build.problems.front().policyIndex, std::size_t(0));
    }

    // Every case of the evaluation corpus opens on the page and is weighed there as the command line
    // weighs it (apart from empty lists, which the page warns about).
    void theCorpusOpensAndDecidesAlike()
    {
        QDirIterator files(iam::test::dataPath("eval"), { "*.json" }, QDir::Files, QDirIterator::Subdirectories);
        int opened = 0;
        int compared = 0;
        while (files.hasNext()) {
            const QString path = files.next();
            const std::string text = iam::test::readFileBytes(path);
            const SimulationDocumentLoad page = loadSimulationDocument(text);
            QVERIFY2(page.document, qPrintable(path + ": " + QString::fromStdString(describe(page.diagnostics))));
            ++opened;
            const SimulationLoadResult cli = loadSimulation(text);
            const SimulationBuild build = buildSimulation(*page.document);
            QVERIFY2(cli.ok() == build.simulation.has_value(), qPrintable(path));
            if (!cli.ok() || findCode(page.diagnostics, "EMPTY_POLICY_LIST"))
                continue;
            QVERIFY2(evaluate(*cli.simulation).decision == evaluate(*build.simulation).decision, qPrintable(path));
            // And saving what was opened changes nothing the command line weighs.
            const SimulationLoadResult saved = loadSimulation(saveSimulationDocument(*page.document));
            QVERIFY2(saved.ok(), qPrintable(path));
            QVERIFY2(evaluate(*saved.simulation).decision == evaluate(*cli.simulation).decision, qPrintable(path));
            ++compared;
        }
        QVERIFY(opened > 300);
        QVERIFY(compared > 300);
    }
};

QTEST_APPLESS_MAIN(tst_SimulationDocumentFile)
#include "tst_SimulationDocumentFile.moc"
