#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/CliRun.h"

namespace {

using iam::test::CliRun;

CliRun runCli(const QStringList& arguments)
{
    return iam::test::runCli(QStringLiteral(IAM_CLI_PATH), arguments);
}

QString shipped(const char* name = nullptr)
{
    const QString folder = QStringLiteral(IAM_SOURCE_DIR "/resources/scenarios");
    return name ? folder + QLatin1Char('/') + QLatin1String(name) : folder;
}

QByteArray shippedBytes(const char* name)
{
    QFile file(shipped(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString writeFile(const QTemporaryDir& folder, const QString& name, const QByteArray& bytes)
{
    const QString path = folder.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return path;
}

} // namespace

class tst_ScenarioCli : public QObject {
    Q_OBJECT

private slots:
    void shippedScenariosPass()
    {
        const CliRun run = runCli({ "scenario", "check", shipped() });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        const QStringList lines = run.outLines();
        QVERIFY(
            lines.contains(QStringLiteral("PASS ec2-mcp-server: 2 policies lint as declared, 6 try-its, 1 break-it")));
        QVERIFY(lines.last().endsWith(QStringLiteral(" passed, 0 failed")));
        QCOMPARE(lines.size() - 1, lines.filter(QRegularExpression(QStringLiteral("^PASS "))).size());
    }

    void wrongDecisionFailsWithOne()
    {
        QTemporaryDir folder;
        QByteArray bytes = shippedBytes("ec2-read-one-secret.json");
        // "the app lists every secret" claims the wrong decision.
        const qsizetype tryIt = bytes.indexOf("\"the app lists every secret\"");
        const qsizetype expect = bytes.indexOf("\"expect\": \"implicitDeny\"", tryIt);
        QVERIFY(tryIt > 0 && expect > tryIt);
        bytes.replace(expect, qsizetype(sizeof("\"expect\": \"implicitDeny\"") - 1), "\"expect\": \"allowed\"");
        const QString path = writeFile(folder, QStringLiteral("wrong.json"), bytes);
        const CliRun run = runCli({ "scenario", "check", path });
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.outLines(),
            QStringList({ QStringLiteral("FAIL ec2-read-one-secret (%1)").arg(path),
                QStringLiteral("  try-it `the app lists every secret`: expected allowed, got implicitDeny (no "
                               "identity-based policy allows it)"),
                QStringLiteral("1 scenario: 0 passed, 1 failed") }));
    }

    void malformedFileExitsTwoWithItsPosition()
    {
        QTemporaryDir folder;
        QByteArray bytes = shippedBytes("ec2-mcp-server.json");
        bytes.replace("\"expect\": \"allowed\"", "\"expect\": \"alowed\"");
        const QString bad = writeFile(folder, QStringLiteral("bad.json"), bytes);
        writeFile(folder, QStringLiteral("good.json"), shippedBytes("abac-team-tags.json"));
        const CliRun run = runCli({ "scenario", "check", folder.path() });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains((bad + ":").toUtf8()), run.err.constData());
        QVERIFY(run.err.contains("error: `alowed` is not a decision [SCENARIO_INVALID_EXPECT] at /tryIt/0/expect"));
        QVERIFY(run.err.contains("help: did you mean `allowed`?"));
        // The good file in the same folder still ran.
        QVERIFY(run.out.contains("PASS abac-team-tags"));
        QCOMPARE(run.outLines().last(), QStringLiteral("1 scenario: 1 passed, 0 failed; 1 file could not be used"));
    }

    void jsonReportListsEveryCheck()
    {
        const CliRun run = runCli({ "scenario", "check", "--json", shipped("bedrock-agent.json") });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject report = run.outJson();
        QCOMPARE(report.value("summary").toObject().value("passed").toInt(), 1);
        const QJsonObject file = report.value("files").toArray().first().toObject();
        QCOMPARE(file.value("id").toString(), QStringLiteral("bedrock-agent"));
        QVERIFY(file.value("passed").toBool());
        const QJsonArray checks = file.value("checks").toArray();
        QCOMPARE(checks.size(), 3 + 7 + 1); // policies, try-its, break-its
        QCOMPARE(checks.first().toObject().value("kind").toString(), QStringLiteral("policy"));
        QCOMPARE(checks.last().toObject().value("kind").toString(), QStringLiteral("break-it"));
        QVERIFY(checks.last().toObject().value("line").toInt() > 1);
    }

    void missingPathIsAUsageError()
    {
        QCOMPARE(runCli({ "scenario", "check" }).exitCode, 2);
        QCOMPARE(runCli({ "scenario", "run", shipped() }).exitCode, 2);
        const CliRun absent = runCli({ "scenario", "check", QStringLiteral("/nonexistent/scenario.json") });
        QCOMPARE(absent.exitCode, 2);
        QVERIFY(absent.err.contains("SCENARIO_UNREADABLE_FILE"));
    }
};

QTEST_APPLESS_MAIN(tst_ScenarioCli)
#include "tst_ScenarioCli.moc"
