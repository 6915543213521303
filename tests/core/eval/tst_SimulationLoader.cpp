#include <QTest>

#include <nlohmann/json.hpp>

#include "core/eval/RequestContext.h"
#include "core/eval/SimulationLoader.h"
#include "tests/support/TestDiagnostics.h"

using namespace iam;
using iam::test::findCode;

class tst_SimulationLoader : public QObject {
    Q_OBJECT

private slots:
    void minimalFileGetsDefaults()
    {
        const auto loaded = loadSimulation(
            R"({"policies": {"identity": []}, "request": {"action": "s3:GetObject", "resource": "arn:aws:s3:::b/k"}})");
        QVERIFY(loaded.ok());
        const Simulation& simulation = *loaded.simulation;
        QCOMPARE(simulation.request.principal, std::string("arn:aws:iam::111122223333:user/default"));
        QVERIFY(!simulation.resource);
        QVERIFY(!simulation.permissionBoundary);
        QVERIFY(!simulation.scp);
        QVERIFY(!simulation.rcp);
        QVERIFY(!simulation.session);
        const RequestContext context(simulation.request);
        QCOMPARE(context.resourceAccount(), std::string("111122223333"));
        QCOMPARE(context.find("aws:username")->front(), std::string("default"));
        QCOMPARE(context.find("aws:principaltype")->front(), std::string("User"));
        QCOMPARE(context.find("aws:principalaccount")->front(), std::string("111122223333"));
        QCOMPARE(context.find("aws:principalarn")->front(), std::string("arn:aws:iam::111122223333:user/default"));
        QVERIFY(!context.find("aws:currenttime")); // time keys only when given
    }

    void namedAndBareDocumentsAndLevels()
    {
        const auto loaded = loadSimulation(R"({
            "id": 7, "note": "ignored", "expect": {"decision": "allowed"},
            "policies": {
                "identity": [{"name": "Reader", "document": {"Version": "2012-10-17", "Statement": []}},
                             {"Version": "2012-10-17", "Statement": []}],
                "resource": null,
                "scp": [[{"Version": "2012-10-17", "Statement": []}], []],
                "rcp": [{"Version": "2012-10-17", "Statement": []}],
                "session": [],
                "somethingNew": true
            },
            "request": {"action": "s3:GetObject", "resource": "*", "resourceAccount": "444455556666",
                        "context": {"n": 5, "b": false, "list": ["x", 1, true]}}})");
        QVERIFY(loaded.ok());
        const Simulation& simulation = *loaded.simulation;
        QCOMPARE(simulation.identity.size(), std::size_t { 2 });
        QCOMPARE(simulation.identity[0].name, std::string("Reader"));
        QCOMPARE(simulation.identity[0].pointer, std::string("/policies/identity/0/document"));
        QCOMPARE(simulation.identity[1].name, std::string());
        QVERIFY(!simulation.resource); // null: no resource policy
        QCOMPARE(simulation.scp->size(), std::size_t { 2 });
        QCOMPARE(simulation.scp->at(1).size(), std::size_t { 0 });
        QCOMPARE(simulation.rcp->size(), std::size_t { 1 });
        QVERIFY(simulation.session && simulation.session->empty());
        QCOMPARE(simulation.request.resourceAccount, std::optional<std::string>("444455556666"));
        const auto& context = simulation.request.context;
        QCOMPARE(context.size(), std::size_t { 3 });
        QCOMPARE(context[0].values, std::vector<std::string> { "5" });
        QCOMPARE(context[1].values, std::vector<std::string> { "false" });
        QCOMPARE(context[2].values, (std::vector<std::string> { "x", "1", "true" }));
        QVERIFY(context[2].isList);
    }

    void missingRequiredFieldsAreNamedByPointer()
    {
        const auto loaded = loadSimulation("{\n  \"policies\": {},\n  \"request\": {\"resource\": \"*\"}\n}");
        QVERIFY(!loaded.ok());
        const Diagnostic* identity = findCode(loaded.diagnostics, "SIMULATION_MISSING_FIELD");
        QVERIFY(identity);
        QCOMPARE(identity->pointer, std::string("/policies"));
        QCOMPARE(identity->span.line, 2);
        bool actionReported = false;
        for (const auto& diagnostic : loaded.diagnostics)
            actionReported
                |= diagnostic.pointer == "/request" && diagnostic.message.find("`action`") != std::string::npos;
        QVERIFY(actionReported);
    }

    void policyErrorsCarryTheSimulationFilesPointerAndPosition()
    {
        const auto loaded = loadSimulation(
            "{\"policies\": {\"identity\": [\n"
            "  {\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Alow\", \"Action\": \"s3:*\"}]}\n"
            "]}, \"request\": {\"action\": \"s3:GetObject\", \"resource\": \"*\"}}");
        QVERIFY(!loaded.ok());
        const Diagnostic* effect = findCode(loaded.diagnostics, "INVALID_EFFECT");
        QVERIFY(effect);
        QCOMPARE(effect->pointer, std::string("/policies/identity/0/Statement/0/Effect"));
        QCOMPARE(effect->span.line, 2);
        QVERIFY(effect->span.column > 1);
    }

    void wrongTypesAndBadRequestValues()
    {
        auto codeAt = [](const std::string& text, const std::string& pointer) {
            const auto loaded = loadSimulation(text);
            for (const auto& diagnostic : loaded.diagnostics) {
                if (diagnostic.pointer == pointer)
                    return diagnostic.code;
            }
            return std::string("none");
        };
        QCOMPARE(codeAt(R"({"policies": {"identity": {}}, "request": {"action": "s3:x", "resource": "*"}})",
                     "/policies/identity"),
            std::string("INVALID_ELEMENT_TYPE"));
        QCOMPARE(codeAt(R"({"policies": {"identity": []}, "request": {"action": "GetObject", "resource": "*"}})",
                     "/request/action"),
            std::string("INVALID_REQUEST_ACTION"));
        QCOMPARE(
            codeAt(
                R"({"policies": {"identity": []}, "request": {"principal": "alice", "action": "s3:x", "resource": "*"}})",
                "/request/principal"),
            std::string("INVALID_REQUEST_PRINCIPAL"));
        QCOMPARE(
            codeAt(
                R"({"policies": {"identity": []}, "request": {"action": "s3:x", "resource": "*", "context": {"k": null}}})",
                "/request/context/k"),
            std::string("INVALID_ELEMENT_TYPE"));
        QCOMPARE(
            codeAt(R"({"policies": {"identity": [], "scp": [[], {}]}, "request": {"action": "s3:x", "resource": "*"}})",
                "/policies/scp"),
            std::string("MIXED_ORGANIZATION_LEVELS"));
        QCOMPARE(
            codeAt(R"({"policies": {"identity": []}, "request": {"action": "s3:x", "resource": "*"}, "request": {}})",
                "/request"),
            std::string("DUPLICATE_KEY"));
    }

    void notJsonIsReportedWithPosition()
    {
        const auto loaded = loadSimulation("{\"policies\": {\n  \"identity\": [,]\n}}");
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.diagnostics.at(0).code, std::string("JSON_SYNTAX_ERROR"));
        QCOMPARE(loaded.diagnostics.at(0).span.line, 2);
    }

    void loadsFromParsedJsonToo()
    {
        const auto value = nlohmann::ordered_json::parse(
            R"({"policies": {"identity": []}, "request": {"principal": "arn:aws:sts::111122223333:assumed-role/R/s", "action": "s3:x", "resource": "*"}})");
        const auto loaded = loadSimulation(value, SourceMap());
        QVERIFY(loaded.ok());
        const RequestContext context(loaded.simulation->request);
        QCOMPARE(context.principal().kind, PrincipalIdentity::Kind::AssumedRole);
        QCOMPARE(context.find("aws:principalarn")->front(), std::string("arn:aws:iam::111122223333:role/R"));
        QVERIFY(!context.find("aws:username"));
    }

    void givenKeysWinOverDerivedOnes()
    {
        const auto loaded = loadSimulation(
            R"({"policies": {"identity": []}, "request": {"action": "s3:x", "resource": "*", "context": {"AWS:USERNAME": "bob"}}})");
        const RequestContext context(loaded.simulation->request);
        QCOMPARE(*context.find("aws:username"), std::vector<std::string> { "bob" });
    }
};

QTEST_APPLESS_MAIN(tst_SimulationLoader)
#include "tst_SimulationLoader.moc"
