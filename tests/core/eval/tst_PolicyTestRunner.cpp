#include <QTest>

#include "core/eval/PolicyTestLoader.h"
#include "core/eval/PolicyTestRunner.h"
#include "tests/support/TestFiles.h"

using namespace iam;

namespace {

std::vector<PolicyTestOutcome> runFile(const QString& relative)
{
    const auto loaded = loadPolicyTests(iam::test::readFileBytes(iam::test::dataPath(relative)));
    if (!loaded.ok())
        return {};
    return runPolicyTests(*loaded.file);
}

} // namespace

class tst_PolicyTestRunner : public QObject {
    Q_OBJECT

private slots:
    void everyTestOfAGoodFilePasses()
    {
        const auto outcomes = runFile(QStringLiteral("simtests/passing.json"));
        QCOMPARE(outcomes.size(), std::size_t(4));
        for (const auto& outcome : outcomes)
            QVERIFY2(outcome.passed(), (outcome.name + ": " + outcome.reason).c_str());
        QCOMPARE(outcomes[0].actual(), Decision::Allowed);
        QCOMPARE(outcomes[0].reason,
            std::string("allowed by identity-based policy `ReportsReader` (#0), statement 0 `ReadReports`"));
        QCOMPARE(outcomes[2].actual(), Decision::ExplicitDeny);
        QCOMPARE(outcomes[2].reason,
            std::string("denied by identity-based policy `ReportsReader` (#0), statement 1 `NeverDelete`"));
        QCOMPARE(outcomes[3].reason, std::string("no identity-based policy allows it"));
        QCOMPARE(outcomes[3].pointer, std::string("/tests/3"));
    }

    void failuresSayWhatCameOutAndWhy()
    {
        const auto outcomes = runFile(QStringLiteral("simtests/failing.json"));
        QCOMPARE(outcomes.size(), std::size_t(3));
        QVERIFY(outcomes[0].passed());
        QVERIFY(!outcomes[1].passed());
        QCOMPARE(outcomes[1].expected, Decision::Allowed);
        QCOMPARE(outcomes[1].actual(), Decision::ImplicitDeny);
        // The condition could not be met because the request never said where it came from.
        QCOMPARE(outcomes[1].reason,
            std::string("no identity-based policy allows it; the request has no `aws:SourceIp` context key"));
        QVERIFY(!outcomes[2].passed());
        QCOMPARE(outcomes[2].actual(), Decision::ImplicitDeny);
    }

    void testsUseTheirOwnRequestNotTheFilesOne()
    {
        // The top-level request would be allowed; the test's request is for another action.
        const auto loaded = loadPolicyTests(R"({
            "policies": {"identity": [{"Version": "2012-10-17",
                "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}]},
            "request": {"action": "s3:GetObject", "resource": "arn:aws:s3:::b/k"},
            "tests": [{"name": "put", "request": {"action": "s3:PutObject", "resource": "arn:aws:s3:::b/k"},
                       "expect": "allowed"}]})");
        QVERIFY(loaded.ok());
        const auto outcomes = runPolicyTests(*loaded.file);
        QCOMPARE(outcomes.size(), std::size_t(1));
        QCOMPARE(outcomes[0].actual(), Decision::ImplicitDeny);
        QVERIFY(!outcomes[0].passed());
    }

    void everyPolicyTypeOfTheFileTakesPart()
    {
        // The boundary allows only reads, so a write the identity policy allows is implicitly denied.
        const auto loaded = loadPolicyTests(R"({
            "policies": {
                "identity": [{"Version": "2012-10-17",
                    "Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}]}],
                "permissionBoundary": [{"Version": "2012-10-17",
                    "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}]},
            "tests": [
                {"name": "read", "request": {"action": "s3:GetObject", "resource": "arn:aws:s3:::b/k"},
                 "expect": "allowed"},
                {"name": "write", "request": {"action": "s3:PutObject", "resource": "arn:aws:s3:::b/k"},
                 "expect": "implicitDeny"}
            ]})");
        QVERIFY(loaded.ok());
        const auto outcomes = runPolicyTests(*loaded.file);
        QCOMPARE(outcomes.size(), std::size_t(2));
        QVERIFY(outcomes[0].passed());
        QVERIFY(outcomes[1].passed());
        QCOMPARE(outcomes[1].reason, std::string("no permissions boundary allows it"));
    }
};

QTEST_APPLESS_MAIN(tst_PolicyTestRunner)
#include "tst_PolicyTestRunner.moc"
