#include <QTest>

#include "core/eval/PolicyTestLoader.h"
#include "tests/support/DiagnosticStyle.h"
#include "tests/support/TestDiagnostics.h"
#include "tests/support/TestFiles.h"

using namespace iam;
using iam::test::findCode;
using iam::test::findPointer;

namespace {

std::string withTests(const std::string& tests)
{
    return R"({"policies": {"identity": []}, "tests": )" + tests + "}";
}

} // namespace

class tst_PolicyTestLoader : public QObject {
    Q_OBJECT

private slots:
    void readsTestsWithoutATopLevelRequest()
    {
        const auto loaded = loadPolicyTests(iam::test::readFileBytes(iam::test::dataPath("simtests/passing.json")));
        QVERIFY(loaded.ok());
        QVERIFY(loaded.diagnostics.empty());
        const PolicyTestFile& file = *loaded.file;
        QVERIFY(!file.hasRequest);
        QVERIFY(file.simulation.request.action.empty());
        QCOMPARE(file.simulation.identity.size(), std::size_t(1));
        QCOMPARE(file.tests.size(), std::size_t(4));
        QCOMPARE(file.tests[0].name, std::string("reads a report from the office"));
        QCOMPARE(file.tests[0].expect, Decision::Allowed);
        QCOMPARE(file.tests[0].request.action, std::string("s3:GetObject"));
        QCOMPARE(file.tests[0].request.context.at(0).key, std::string("aws:SourceIp"));
        QCOMPARE(file.tests[0].request.context.at(0).values.at(0), std::string("203.0.113.7"));
        QCOMPARE(file.tests[1].expect, Decision::ImplicitDeny);
        QCOMPARE(file.tests[2].expect, Decision::ExplicitDeny);
        QCOMPARE(file.tests[2].pointer, std::string("/tests/2"));
        // Defaults of a request apply to a test's request too.
        QCOMPARE(file.tests[2].request.principal, std::string(kDefaultPrincipal));
    }

    void keepsTheTopLevelRequestWhenThereIsOne()
    {
        const auto loaded = loadPolicyTests(iam::test::readFileBytes(iam::test::dataPath("simtests/failing.json")));
        QVERIFY(loaded.ok());
        QVERIFY(loaded.file->hasRequest);
        QCOMPARE(loaded.file->simulation.request.resource, std::string("arn:aws:s3:::reports/a.pdf"));
        QCOMPARE(loaded.file->tests.size(), std::size_t(3));
    }

    void badEntriesAreEachPlacedWithLineAndColumn()
    {
        const auto loaded = loadPolicyTests(iam::test::readFileBytes(iam::test::dataPath("simtests/malformed.json")));
        QVERIFY(!loaded.ok());

        const Diagnostic* expect = findCode(loaded.diagnostics, "INVALID_TEST_EXPECT");
        QVERIFY(expect);
        QCOMPARE(expect->pointer, std::string("/tests/0/expect"));
        QCOMPARE(expect->message, std::string("`alowed` is not a decision"));
        QCOMPARE(expect->help, std::string("did you mean `allowed`?"));
        QCOMPARE(expect->span.line, 4);
        QCOMPARE(expect->span.column, 104);

        const Diagnostic* field = findCode(loaded.diagnostics, "UNKNOWN_TEST_FIELD");
        QVERIFY(field);
        QCOMPARE(field->pointer, std::string("/tests/1/expected"));
        QCOMPARE(field->help, std::string("did you mean `expect`?"));
        QCOMPARE(field->span.line, 5);
        QCOMPARE(field->span.column, 89);
        // The misspelt field also leaves the test without `expect`: said once more, on the test.
        const Diagnostic* noExpect = findPointer(loaded.diagnostics, "/tests/1");
        QVERIFY(noExpect);
        QCOMPARE(noExpect->message, std::string("this test has no `expect`"));

        // The request is read as the top-level one is, and its findings point into the test.
        const Diagnostic* action = findPointer(loaded.diagnostics, "/tests/2/request/action");
        QVERIFY(action);
        QCOMPARE(action->code, std::string("INVALID_ELEMENT_TYPE"));
        QCOMPARE(action->span.line, 6);
        QCOMPARE(action->span.column, 58);
        QVERIFY2(action->help.find("`/tests/2/request/action`") != std::string::npos, action->help.c_str());

        // Listed top to bottom, as the file reads, each in the house style.
        for (std::size_t i = 1; i < loaded.diagnostics.size(); ++i)
            QVERIFY(loaded.diagnostics[i - 1].span.line <= loaded.diagnostics[i].span.line);
        for (const auto& diagnostic : loaded.diagnostics) {
            const std::string problem = iam::test::diagnosticStyleProblem(diagnostic);
            QVERIFY2(problem.empty(), problem.c_str());
        }
    }

    void eachMissingFieldIsNamed()
    {
        const auto loaded = loadPolicyTests(withTests(R"([{}])"));
        QVERIFY(!loaded.ok());
        std::vector<std::string> messages;
        for (const auto& diagnostic : loaded.diagnostics) {
            QCOMPARE(diagnostic.pointer, std::string("/tests/0"));
            messages.push_back(diagnostic.message);
        }
        std::sort(messages.begin(), messages.end());
        QCOMPARE(messages,
            (std::vector<std::string> {
                "this test has no `expect`", "this test has no `name`", "this test has no `request`" }));
    }

    void wrongShapesAreRefused()
    {
        const auto notList = loadPolicyTests(withTests(R"({"name": "x"})"));
        QVERIFY(!notList.ok());
        QCOMPARE(notList.diagnostics.at(0).pointer, std::string("/tests"));
        QCOMPARE(notList.diagnostics.at(0).message, std::string("`tests` must be an array of tests, not an object"));

        const auto notObject = loadPolicyTests(withTests(R"(["allowed"])"));
        QVERIFY(!notObject.ok());
        QCOMPARE(notObject.diagnostics.at(0).pointer, std::string("/tests/0"));

        const auto emptyName = loadPolicyTests(withTests(
            R"([{"name": " ", "request": {"action": "s3:GetObject", "resource": "*"}, "expect": "allowed"}])"));
        QVERIFY(!emptyName.ok());
        QVERIFY(findCode(emptyName.diagnostics, "EMPTY_TEST_NAME"));

        const auto numberExpect = loadPolicyTests(
            withTests(R"([{"name": "n", "request": {"action": "s3:GetObject", "resource": "*"}, "expect": true}])"));
        QVERIFY(!numberExpect.ok());
        QCOMPARE(numberExpect.diagnostics.at(0).pointer, std::string("/tests/0/expect"));
    }

    void aPlainDenyAsksWhichKind()
    {
        const auto loaded = loadPolicyTests(withTests(
            R"([{"name": "n", "request": {"action": "s3:GetObject", "resource": "*"}, "expect": "denied"}])"));
        QVERIFY(!loaded.ok());
        const Diagnostic* expect = findCode(loaded.diagnostics, "INVALID_TEST_EXPECT");
        QVERIFY(expect);
        QVERIFY2(expect->help.find("`explicitDeny`") != std::string::npos
                && expect->help.find("`implicitDeny`") != std::string::npos,
            expect->help.c_str());
    }

    void aFileNeedsARequestOrTests()
    {
        const auto loaded = loadPolicyTests(R"({"policies": {"identity": []}})");
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.diagnostics.size(), std::size_t(1));
        QCOMPARE(loaded.diagnostics[0].message, std::string("the file has neither a `request` nor `tests`"));
    }

    void policyProblemsAreStillFoundWithoutARequest()
    {
        const auto loaded = loadPolicyTests(
            "{\"policies\": {\"identity\": [{\"Version\": \"2012-10-17\",\n"
            " \"Statement\": [{\"Effect\": \"Alow\", \"Action\": \"s3:GetObject\", \"Resource\": \"*\"}]}]},\n"
            " \"tests\": [{\"name\": \"n\", \"request\": {\"action\": \"s3:GetObject\", \"resource\": \"*\"}, "
            "\"expect\": \"allowed\"}]}");
        QVERIFY(!loaded.ok());
        const Diagnostic* effect = findPointer(loaded.diagnostics, "/policies/identity/0/Statement/0/Effect");
        QVERIFY(effect);
        QCOMPARE(effect->span.line, 2);
    }

    void sameNameTwiceIsOnlyAWarning()
    {
        const std::string test
            = R"({"name": "same", "request": {"action": "s3:GetObject", "resource": "*"}, "expect": "implicitDeny"})";
        const auto loaded = loadPolicyTests(withTests("[" + test + ", " + test + "]"));
        QVERIFY(loaded.ok());
        const Diagnostic* duplicate = findCode(loaded.diagnostics, "DUPLICATE_TEST_NAME");
        QVERIFY(duplicate);
        QCOMPARE(duplicate->severity, Severity::Warning);
        QCOMPARE(duplicate->pointer, std::string("/tests/1/name"));
    }

    void oddShapesAreRefusedWithoutThrowing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("null test") << withTests("[null]").c_str();
        QTest::newRow("null name") << withTests(R"([{"name": null, "request": {}, "expect": "allowed"}])").c_str();
        QTest::newRow("context object") << withTests(
            R"([{"name": "n", "request": {"action": "s3:GetObject", "resource": "*",)"
            R"( "context": {"k": {"a": 1}}}, "expect": "allowed"}])")
                                               .c_str();
        QTest::newRow("tests null") << withTests("null").c_str();
        QTest::newRow("root array") << "[]";
        QTest::newRow("policies missing") << R"({"tests": []})";
        QTest::newRow("duplicate key") << withTests(
            R"([{"name": "a", "name": "b", "request": {"action": "s3:GetObject", "resource": "*"},)"
            R"( "expect": "allowed"}])")
                                              .c_str();
    }

    void oddShapesAreRefusedWithoutThrowing()
    {
        QFETCH(QString, text);
        const auto loaded = loadPolicyTests(text.toStdString());
        QVERIFY(!loaded.ok());
        QVERIFY(hasErrors(loaded.diagnostics));
        for (const auto& diagnostic : loaded.diagnostics) {
            const std::string problem = iam::test::diagnosticStyleProblem(diagnostic);
            QVERIFY2(problem.empty(), (diagnostic.code + ": " + problem).c_str());
        }
    }

    void syntaxErrorsAndDecisionNames()
    {
        QVERIFY(!loadPolicyTests("{\"tests\": [").ok());
        QCOMPARE(decisionFromName("explicitDeny"), std::optional<Decision>(Decision::ExplicitDeny));
        QCOMPARE(decisionFromName("Allowed"), std::optional<Decision>());
    }
};

QTEST_APPLESS_MAIN(tst_PolicyTestLoader)
#include "tst_PolicyTestLoader.moc"
