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

const QByteArray kAllowed
    = R"({"id": "a", "policies": {"identity": [{"Version": "2012-10-17", "Statement": [{"Sid": "Read", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}]}, "request": {"action": "s3:GetObject", "resource": "arn:aws:s3:::b/k"}})";
const QByteArray kDenied
    = R"({"id": 2, "policies": {"identity": [{"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Action": "s3:*", "Resource": "*"}]}]}, "request": {"action": "s3:GetObject", "resource": "arn:aws:s3:::b/k"}})";
const QByteArray kImplicit
    = R"({"policies": {"identity": []}, "request": {"action": "s3:GetObject", "resource": "arn:aws:s3:::b/k"}})";

} // namespace

class tst_SimulateCli : public QObject {
    Q_OBJECT

private slots:
    void printsTheDecisionAsJson()
    {
        const CliRun run = runCli({ "simulate", "-" }, kAllowed);
        QCOMPARE(run.exitCode, 0);
        const QJsonObject result = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(result.value("decision").toString(), QStringLiteral("allowed"));
        QCOMPARE(result.value("decidedBy").toArray().at(0).toObject().value("sid").toString(), QStringLiteral("Read"));
        QCOMPARE(result.value("gates").toObject().value("identity").toString(), QStringLiteral("allow"));
        QCOMPARE(result.value("gates").toObject().value("scp").toString(), QStringLiteral("notInPlay"));
        QCOMPARE(result.value("trace").toArray().size(), 1);
        QVERIFY(result.value("missingContextKeys").isArray());
        // The decision keys come first, in the documented order.
        const QByteArray first = run.out.left(run.out.indexOf(','));
        QVERIFY(first.contains("\"decision\""));
    }

    void deniesAreStillExitZero()
    {
        QCOMPARE(runCli({ "simulate", "-" }, kDenied).exitCode, 0);
        QCOMPARE(runCli({ "simulate", "-" }, kImplicit).exitCode, 0);
    }

    void textFormatIsForPeople()
    {
        const CliRun run = runCli({ "simulate", "--format", "text", "-" }, kDenied);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith("Decision: explicitDeny"));
        QVERIFY(run.out.contains("Decided by:"));
    }

    // A cross-account request needs both sides (docs/simulation-files.md, "the smallest fix"); the
    // switched-off full-access policy in the file is not weighed.
    void fixNamesBothSidesOfACrossAccountRequest()
    {
        const QString file = iam::test::dataPath(QStringLiteral("simdocs/cross-account-denied.json"));
        const CliRun json = runCli({ "simulate", "--fix", file });
        QCOMPARE(json.exitCode, 0);
        const QJsonObject result = json.outJson();
        QCOMPARE(result.value("decision").toString(), QStringLiteral("implicitDeny"));
        const QJsonObject fix = result.value("smallestFix").toObject();
        QCOMPARE(fix.value("kind").toString(), QStringLiteral("addAllow"));
        const QJsonArray steps = fix.value("steps").toArray();
        QCOMPARE(steps.size(), 2);
        QCOMPARE(steps.at(0).toObject().value("policyType").toString(), QStringLiteral("resource"));
        QCOMPARE(
            steps.at(0).toObject().value("statement").toObject().value("Principal").toObject().value("AWS").toString(),
            QStringLiteral("arn:aws:iam::444455556666:role/Reader"));
        QCOMPARE(steps.at(1).toObject().value("policy").toString(), QStringLiteral("Reader"));
        QCOMPARE(steps.at(1).toObject().value("statement").toObject().value("Resource").toString(),
            QStringLiteral("arn:aws:s3:::shared/report.csv"));

        const CliRun text = runCli({ "simulate", "--format", "text", "--fix", file });
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.startsWith("Decision: implicitDeny"));
        const qsizetype section = text.out.indexOf("\nSmallest fix: ");
        QVERIFY(section > 0);
        QVERIFY(
            text.out.indexOf("add to the identity-based policy `Reader`:\n    {\n      \"Sid\": \"AllowS3GetObject\",")
            > section);

        // Without --fix nothing changes.
        QVERIFY(!runCli({ "simulate", file }).outJson().contains("smallestFix"));
    }

    void fixForAnExplicitDenyNamesTheDeny()
    {
        const CliRun run = runCli({ "simulate", "--fix", "-" }, kDenied);
        QCOMPARE(run.exitCode, 0);
        const QJsonObject fix = run.outJson().value("smallestFix").toObject();
        QCOMPARE(fix.value("kind").toString(), QStringLiteral("changeDeny"));
        QCOMPARE(fix.value("denyStatements").toArray().size(), 1);
        QVERIFY(fix.value("summary").toString().contains("always wins"));
        QCOMPARE(runCli({ "simulate", "--fix", "--jsonl", "-" }, kDenied).exitCode, 2);
    }

    void unusableInputNamesPointerAndPosition()
    {
        const CliRun run = runCli({ "simulate", "-" },
            "{\"policies\": {\"identity\": []},\n \"request\": {\"action\": 5, \"resource\": \"*\"}}");
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains("<stdin>:2:24:"), run.err.constData());
        QVERIFY(run.err.contains("/request/action"));
        const CliRun notJson = runCli({ "simulate", "-" }, "{\"policies\": ");
        QCOMPARE(notJson.exitCode, 2);
        QCOMPARE(runCli({ "simulate", "/nonexistent/file.json" }).exitCode, 2);
        QCOMPARE(runCli({ "simulate", "--format", "yaml", "-" }, kAllowed).exitCode, 2);
    }

    void jsonlKeepsOrderIdsAndGoesOnAfterABadLine()
    {
        const QByteArray input = kAllowed + "\n" + kDenied + "\n\n{not json\n" + kImplicit + "\n";
        const CliRun run = runCli({ "simulate", "--jsonl", "-" }, input);
        QCOMPARE(run.exitCode, 2);
        const auto lines = run.outLines();
        QCOMPARE(lines.size(), 4);
        const QJsonObject first = QJsonDocument::fromJson(lines[0].toUtf8()).object();
        QCOMPARE(first.value("id").toString(), QStringLiteral("a"));
        QCOMPARE(first.value("line").toInt(), 1);
        QCOMPARE(first.value("decision").toString(), QStringLiteral("allowed"));
        const QJsonObject second = QJsonDocument::fromJson(lines[1].toUtf8()).object();
        QCOMPARE(second.value("id").toInt(), 2);
        QCOMPARE(second.value("decision").toString(), QStringLiteral("explicitDeny"));
        const QJsonObject bad = QJsonDocument::fromJson(lines[2].toUtf8()).object();
        QCOMPARE(bad.value("line").toInt(), 4);
        QVERIFY(!bad.contains("decision"));
        QCOMPARE(bad.value("error").toObject().value("line").toInt(), 4);
        QVERIFY(run.err.contains("<stdin>:4:"));
        const QJsonObject last = QJsonDocument::fromJson(lines[3].toUtf8()).object();
        QCOMPARE(last.value("line").toInt(), 5);
        QVERIFY(!last.contains("id"));
        QCOMPARE(last.value("decision").toString(), QStringLiteral("implicitDeny"));
    }

    void jsonlAllGoodIsExitZero()
    {
        const CliRun run = runCli({ "simulate", "--jsonl", "-" }, kAllowed + "\n" + kImplicit);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.outLines().size(), 2);
    }

    // A batch of 10,000 requests finishes (the timing itself is measured outside the tests).
    void jsonlHandlesLargeBatches()
    {
        QByteArray input;
        for (int i = 0; i < 10000; ++i)
            input += (i % 2 ? kAllowed : kDenied) + "\n";
        const CliRun run = runCli({ "simulate", "--jsonl", "-" }, input);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.outLines().size(), 10000);
    }
};

QTEST_GUILESS_MAIN(tst_SimulateCli)
#include "tst_SimulateCli.moc"
