#include <algorithm>

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include "tests/support/CliRun.h"

namespace {

using iam::test::CliRun;

CliRun runCli(const QStringList& arguments)
{
    return iam::test::runCli(QStringLiteral(IAM_CLI_PATH), arguments);
}

}  // namespace

class tst_CatalogCli : public QObject {
    Q_OBJECT

private slots:
    void expandListsActionsByLevel()
    {
        const CliRun run = runCli({"expand", "s3:Get*"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("\nRead ("));
        QVERIFY(run.out.contains("  s3:GetObject "));
        QVERIFY(!run.out.contains("s3:PutObject"));
        QVERIFY(run.err.isEmpty());
    }

    void expandSeveralPatternsGivesTheirUnion()
    {
        const CliRun run = runCli({"expand", "--json", "s3:GetObject", "s3:Get*", "s3:PutObject"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = run.outJson();
        const QJsonArray read = json["accessLevels"].toObject()["Read"].toArray();
        const auto getObjects = std::count(read.begin(), read.end(), QJsonValue(QStringLiteral("s3:GetObject")));
        QCOMPARE(getObjects, 1);  // matched twice, listed once
        QVERIFY(json["accessLevels"].toObject()["Write"].toArray().contains(QJsonValue("s3:PutObject")));
        QCOMPARE(json["patterns"].toArray().size(), 3);
        QCOMPARE(json["count"].toInt(), read.size() + 1);
        QVERIFY(!json["catalog"].toObject()["version"].toString().isEmpty());
    }

    void expandUnknownSuggestsAndFails()
    {
        const CliRun run = runCli({"expand", "s3:GetObjects"});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("did you mean `s3:GetObject`?"));
        QVERIFY(run.err.contains("[UNKNOWN_ACTION]"));
    }

    void expandWithoutPatternIsAUsageError()
    {
        const CliRun run = runCli({"expand"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("expand:"));
    }

    void explainShowsTemplatesAndKeys()
    {
        const CliRun run = runCli({"explain", "s3:GetObject"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("Access level: Read"));
        QVERIFY(run.out.contains("ARN: arn:${Partition}:s3:::${BucketName}/${ObjectName}"));
        QVERIFY(run.out.contains("s3:TlsVersion"));
    }

    void explainJson()
    {
        const CliRun run = runCli({"explain", "--json", "iam:passrole"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = run.outJson();
        QCOMPARE(json["action"].toString(), QStringLiteral("iam:PassRole"));
        QCOMPARE(json["accessLevel"].toString(), QStringLiteral("Write"));
        const QJsonObject role = json["resourceTypes"].toArray().first().toObject();
        QCOMPARE(role["name"].toString(), QStringLiteral("role"));
        QVERIFY(role["required"].toBool());
        QCOMPARE(role["arnTemplates"].toArray().first().toString(),
                 QStringLiteral("arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}"));
        bool typed = false;
        for (const auto& key : json["conditionKeys"].toArray()) {
            if (key.toObject()["name"].toString() == QLatin1String("iam:PassedToService"))
                typed = key.toObject()["type"].toString() == QLatin1String("String");
        }
        QVERIFY(typed);
    }

    void explainUnknownSuggestsAndFails()
    {
        const CliRun text = runCli({"explain", "s3:GetObjects"});
        QCOMPARE(text.exitCode, 1);
        QVERIFY(text.out.isEmpty());
        QVERIFY(text.err.contains("did you mean `s3:GetObject`?"));

        const CliRun json = runCli({"explain", "--json", "s3:GetObjects"});
        QCOMPARE(json.exitCode, 1);
        const QJsonObject object = json.outJson();
        QCOMPARE(object["found"].toBool(true), false);
        QCOMPARE(
            object["diagnostics"].toArray().first().toObject()["code"].toString(), QStringLiteral("UNKNOWN_ACTION"));
    }

    void explainNeedsExactlyOneAction()
    {
        QCOMPARE(runCli({"explain"}).exitCode, 2);
        QCOMPARE(runCli({"explain", "s3:GetObject", "s3:PutObject"}).exitCode, 2);
    }
};

QTEST_APPLESS_MAIN(tst_CatalogCli)
#include "tst_CatalogCli.moc"
