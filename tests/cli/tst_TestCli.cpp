#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "tests/support/CliRun.h"
#include "tests/support/TestFiles.h"

namespace {

using iam::test::CliRun;

CliRun runCli(const QStringList& arguments, const QByteArray& input = {})
{
    return iam::test::runCli(QStringLiteral(IAM_CLI_PATH), arguments, input);
}

QString simtest(const char* name)
{
    return iam::test::dataPath(QStringLiteral("simtests/") + QLatin1String(name));
}

} // namespace

class tst_TestCli : public QObject {
    Q_OBJECT

private slots:
    void passingFileExitsZero()
    {
        const CliRun run = runCli({ "test", simtest("passing.json") });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.outLines(),
            QStringList({ "PASS reads a report from the office", "PASS cannot read from outside the office",
                "PASS never deletes", "PASS cannot touch other buckets", "4 tests: 4 passed, 0 failed" }));
        QVERIFY(run.err.isEmpty());
    }

    void failingFileSaysExpectedGotAndWhy()
    {
        const CliRun run = runCli({ "test", simtest("failing.json") });
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.outLines(),
            QStringList({ "PASS reads a report",
                "FAIL reads a report without saying where from: expected allowed, got implicitDeny (no "
                "identity-based policy allows it; the request has no `aws:SourceIp` context key)",
                "FAIL cannot write reports: expected explicitDeny, got implicitDeny (no identity-based policy "
                "allows it)",
                "3 tests: 1 passed, 2 failed" }));
    }

    void malformedFileExitsTwoWithPositions()
    {
        const QString path = simtest("malformed.json");
        const CliRun run = runCli({ "test", path });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains((path
                     + ":4:104: error: `alowed` is not a decision [INVALID_TEST_EXPECT] at "
                       "/tests/0/expect")
                                      .toUtf8()),
            run.err.constData());
        QVERIFY(run.err.contains("help: did you mean `allowed`?"));
        QVERIFY(run.err.contains((path + ":5:89:").toUtf8()));
        QVERIFY(run.err.contains((path + ":6:58:").toUtf8()));
        QCOMPARE(run.outLines(), QStringList({ "0 tests: 0 passed, 0 failed; 1 file could not be used" }));
    }

    void severalFilesAreEachNamedAndTheWorstExitWins()
    {
        const CliRun run = runCli({ "test", simtest("passing.json"), simtest("failing.json") });
        QCOMPARE(run.exitCode, 1);
        const QStringList lines = run.outLines();
        QCOMPARE(lines.first(), simtest("passing.json"));
        QVERIFY(lines.contains(simtest("failing.json")));
        QCOMPARE(lines.last(), QStringLiteral("7 tests: 5 passed, 2 failed"));

        const CliRun withBad = runCli({ "test", simtest("failing.json"), simtest("malformed.json") });
        QCOMPARE(withBad.exitCode, 2);
        // The usable file still ran.
        QVERIFY(withBad.out.contains("PASS reads a report"));
        QCOMPARE(runCli({ "test", "/nonexistent/tests.json" }).exitCode, 2);
        QCOMPARE(runCli({ "test" }).exitCode, 2);
    }

    void jsonReportForScripts()
    {
        const CliRun run = runCli({ "test", "--json", simtest("failing.json") });
        QCOMPARE(run.exitCode, 1);
        const QJsonObject report = run.outJson();
        const QJsonObject summary = report.value("summary").toObject();
        QCOMPARE(summary.value("tests").toInt(), 3);
        QCOMPARE(summary.value("passed").toInt(), 1);
        QCOMPARE(summary.value("failed").toInt(), 2);
        QCOMPARE(summary.value("unusableFiles").toInt(), 0);
        const QJsonArray tests = report.value("files").toArray().at(0).toObject().value("tests").toArray();
        QCOMPARE(tests.size(), 3);
        const QJsonObject first = tests.at(0).toObject();
        QCOMPARE(first.value("name").toString(), QStringLiteral("reads a report"));
        QCOMPARE(first.value("passed").toBool(), true);
        QCOMPARE(first.value("actual").toString(), QStringLiteral("allowed"));
        QCOMPARE(
            first.value("decidedBy").toArray().at(0).toObject().value("sid").toString(), QStringLiteral("ReadReports"));
        const QJsonObject second = tests.at(1).toObject();
        QCOMPARE(second.value("passed").toBool(), false);
        QCOMPARE(second.value("expected").toString(), QStringLiteral("allowed"));
        QCOMPARE(second.value("actual").toString(), QStringLiteral("implicitDeny"));
        QCOMPARE(second.value("pointer").toString(), QStringLiteral("/tests/1"));
        QCOMPARE(second.value("line").toInt(), 28);
        QCOMPARE(second.value("missingContextKeys").toArray().at(0).toString(), QStringLiteral("aws:SourceIp"));

        const CliRun bad = runCli({ "test", "--json", simtest("malformed.json") });
        QCOMPARE(bad.exitCode, 2);
        const QJsonObject badFile = bad.outJson().value("files").toArray().at(0).toObject();
        QCOMPARE(badFile.value("diagnostics").toArray().at(0).toObject().value("code").toString(),
            QStringLiteral("INVALID_TEST_EXPECT"));
    }

    void readsStandardInput()
    {
        const QByteArray file
            = R"({"policies": {"identity": []}, "tests": [{"name": "nothing allowed",)"
              R"( "request": {"action": "s3:GetObject", "resource": "*"}, "expect": "implicitDeny"}]})";
        const CliRun run = runCli({ "test", "-" }, file);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.outLines().first(), QStringLiteral("PASS nothing allowed"));
    }

    void aFileWithoutTestsWarnsThatNothingWasChecked()
    {
        const QByteArray file
            = R"({"policies": {"identity": []}, "request": {"action": "s3:GetObject", "resource": "*"}})";
        const CliRun run = runCli({ "test", "-" }, file);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains("warning: the file has no `tests`, so nothing was checked [NO_TESTS]"),
            run.err.constData());
        QCOMPARE(run.outLines(), QStringList({ "0 tests: 0 passed, 0 failed" }));
    }
};

QTEST_APPLESS_MAIN(tst_TestCli)
#include "tst_TestCli.moc"
