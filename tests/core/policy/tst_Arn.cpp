#include <string>

#include <QTest>

#include "core/policy/Arn.h"

using namespace iam;

class tst_Arn : public QObject {
    Q_OBJECT

private slots:
    void validArnHasItsParts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("partition");
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("resourceType");
        QTest::addColumn<QString>("resourceId");

        auto row = [](const char* name, const char* text, const char* partition, const char* service,
                      const char* region, const char* account, const char* type, const char* id) {
            QTest::newRow(name) << text << partition << service << region << account << type << id;
        };
        row("s3 bucket", "arn:aws:s3:::finance-reports", "aws", "s3", "", "", "", "");
        row("s3 object", "arn:aws:s3:::finance-reports/2026/q1.csv", "aws", "s3", "", "", "finance-reports",
            "2026/q1.csv");
        row("s3 every object", "arn:aws:s3:::finance-reports/*", "aws", "s3", "", "", "finance-reports", "*");
        row("s3 any bucket", "arn:aws:s3:::*", "aws", "s3", "", "", "", "");
        row("iam user with path", "arn:aws:iam::111122223333:user/division/alice", "aws", "iam", "",
            "111122223333", "user", "division/alice");
        row("iam role", "arn:aws:iam::111122223333:role/service-role/etl-runner", "aws", "iam", "", "111122223333",
            "role", "service-role/etl-runner");
        row("account root", "arn:aws:iam::111122223333:root", "aws", "iam", "", "111122223333", "", "");
        row("aws managed policy", "arn:aws:iam::aws:policy/ReadOnlyAccess", "aws", "iam", "", "aws", "policy",
            "ReadOnlyAccess");
        row("aws managed policy with path", "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole", "aws",
            "iam", "", "aws", "policy", "service-role/AWSLambdaBasicExecutionRole");
        row("lambda alias", "arn:aws:lambda:eu-west-1:111122223333:function:resize-images:live", "aws", "lambda",
            "eu-west-1", "111122223333", "function", "resize-images:live");
        row("dynamodb index", "arn:aws:dynamodb:us-east-1:111122223333:table/orders/index/by-date", "aws", "dynamodb",
            "us-east-1", "111122223333", "table", "orders/index/by-date");
        row("sns topic", "arn:aws:sns:us-west-2:111122223333:ops-alerts", "aws", "sns", "us-west-2", "111122223333",
            "", "");
        row("log group with colons", "arn:aws:logs:us-east-1:111122223333:log-group:/app/web:*", "aws", "logs",
            "us-east-1", "111122223333", "log-group", "/app/web:*");
        row("assumed role session", "arn:aws:sts::111122223333:assumed-role/deploy/session-1", "aws", "sts", "",
            "111122223333", "assumed-role", "deploy/session-1");
        row("wildcard region and account", "arn:aws:ec2:*:*:instance/*", "aws", "ec2", "*", "*", "instance", "*");
        row("wildcard inside parts", "arn:aws:ec2:eu-*:1111222233?3:volume/vol-*", "aws", "ec2", "eu-*",
            "1111222233?3", "volume", "vol-*");
        row("wildcard partition", "arn:*:s3:::shared-bucket", "*", "s3", "", "", "", "");
        row("variable in resource", "arn:aws:iam::*:user/${aws:username}", "aws", "iam", "", "*", "user",
            "${aws:username}");
        row("variable in account", "arn:aws:iam::${aws:PrincipalAccount}:role/reader", "aws", "iam", "",
            "${aws:PrincipalAccount}", "role", "reader");
        row("china", "arn:aws-cn:s3:::logs-beijing", "aws-cn", "s3", "", "", "", "");
        row("govcloud", "arn:aws-us-gov:ec2:us-gov-west-1:111122223333:vpc/vpc-0abc1234", "aws-us-gov", "ec2",
            "us-gov-west-1", "111122223333", "vpc", "vpc-0abc1234");
        row("api gateway", "arn:aws:execute-api:eu-central-1:111122223333:a1b2c3/prod/GET/pets", "aws",
            "execute-api", "eu-central-1", "111122223333", "a1b2c3", "prod/GET/pets");
        row("cloudwatch alarm", "arn:aws:cloudwatch:us-west-2:111122223333:alarm:*", "aws", "cloudwatch", "us-west-2",
            "111122223333", "alarm", "*");
    }

    void validArnHasItsParts()
    {
        QFETCH(QString, text);
        QFETCH(QString, partition);
        QFETCH(QString, service);
        QFETCH(QString, region);
        QFETCH(QString, account);
        QFETCH(QString, resourceType);
        QFETCH(QString, resourceId);
        const ArnParseResult result = parseArn(text.toStdString());
        QVERIFY2(result.arn, result.diagnostics.empty() ? "" : result.diagnostics.front().message.c_str());
        QVERIFY(result.diagnostics.empty());
        const Arn& arn = *result.arn;
        QCOMPARE(QString::fromStdString(arn.partition), partition);
        QCOMPARE(QString::fromStdString(arn.service), service);
        QCOMPARE(QString::fromStdString(arn.region), region);
        QCOMPARE(QString::fromStdString(arn.account), account);
        QCOMPARE(QString::fromStdString(arn.resourceType), resourceType);
        QCOMPARE(QString::fromStdString(arn.resourceId), resourceId);
        // The resource keeps its full text; type and id are only a reading of it.
        QVERIFY(text.endsWith(":" + QString::fromStdString(arn.resource)));
        if (!resourceType.isEmpty())
            QCOMPARE(arn.resource.substr(resourceType.size() + 1), resourceId.toStdString());
        QCOMPARE(QString::fromStdString(arn.toString()), text);
        QVERIFY(parseArn(arn.toString()).arn == arn);
    }

    void malformedArnIsExplained_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("codes");  // in the order reported
        QTest::addColumn<QList<int>>("columns");
        QTest::addColumn<QString>("helpPart");  // appears in the first diagnostic's help

        auto row = [](const char* name, const char* text, QStringList codes, QList<int> columns, const char* help) {
            QTest::newRow(name) << text << codes << columns << help;
        };
        row("missing prefix", "s3:::finance-reports", {"INVALID_ARN_PREFIX"}, {1}, "arn:partition:service");
        row("misspelt prefix", "arm:aws:s3:::finance-reports", {"INVALID_ARN_PREFIX"}, {1}, "arn:partition:service");
        row("uppercase prefix", "ARN:aws:s3:::finance-reports", {"INVALID_ARN_PREFIX"}, {1}, "lowercase");
        row("empty text", "", {"INVALID_ARN_PREFIX"}, {1}, "arn:partition:service");
        row("only a prefix", "arn:aws:s3", {"INVALID_ARN_TOO_FEW_PARTS"}, {1}, "keep every colon");
        row("one colon short", "arn:aws:iam:111122223333:user/bob", {"INVALID_ARN_TOO_FEW_PARTS"}, {1},
            "keep every colon");
        row("bad partition", "arn:asw:s3:::finance-reports", {"INVALID_ARN_PARTITION"}, {5}, "did you mean `aws`?");
        row("near china", "arn:aws-cm:s3:::finance-reports", {"INVALID_ARN_PARTITION"}, {5}, "did you mean `aws-cn`?");
        row("unknown partition", "arn:amazon:s3:::finance-reports", {"INVALID_ARN_PARTITION"}, {5}, "`aws-us-gov`");
        row("empty partition", "arn::s3:::finance-reports", {"INVALID_ARN_PARTITION"}, {5}, "`aws`");
        row("empty service", "arn:aws::us-east-1:111122223333:table/orders", {"INVALID_ARN_SERVICE"}, {9},
            "name the service");
        row("uppercase service", "arn:aws:S3:::finance-reports", {"INVALID_ARN_SERVICE"}, {9}, "lowercase");
        row("uppercase region", "arn:aws:ec2:US-EAST-1:111122223333:instance/i-0abc", {"INVALID_ARN_REGION"}, {13},
            "us-east-1");
        row("region without dashes", "arn:aws:ec2:useast1:111122223333:instance/i-0abc", {"INVALID_ARN_REGION"}, {13},
            "us-east-1");
        row("short account", "arn:aws:iam::12345:user/bob", {"INVALID_ARN_ACCOUNT"}, {14}, "12 digits");
        row("account with dashes", "arn:aws:iam::1111-2222-3333:root", {"INVALID_ARN_ACCOUNT"}, {14}, "12 digits");
        row("empty resource", "arn:aws:s3:::", {"INVALID_ARN_RESOURCE"}, {14}, "end it with the resource");
        row("every problem at once", "arn:aws:iam:eu:12:", {"INVALID_ARN_REGION", "INVALID_ARN_ACCOUNT",
                                                           "INVALID_ARN_RESOURCE"}, {13, 16, 19}, "us-east-1");
    }

    void malformedArnIsExplained()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, codes);
        QFETCH(QList<int>, columns);
        QFETCH(QString, helpPart);
        const ArnParseResult result = parseArn(text.toStdString());
        QVERIFY(!result.arn);
        QStringList actualCodes;
        QList<int> actualColumns;
        for (const auto& diagnostic : result.diagnostics) {
            actualCodes.append(QString::fromStdString(diagnostic.code));
            actualColumns.append(diagnostic.span.column);
            QCOMPARE(diagnostic.span.line, 1);
            QVERIFY(diagnostic.isError());
            QVERIFY(!diagnostic.message.empty() && !std::isupper(static_cast<unsigned char>(diagnostic.message[0])));
        }
        QCOMPARE(actualCodes, codes);
        QCOMPARE(actualColumns, columns);
        QVERIFY2(result.diagnostics.front().help.find(helpPart.toStdString()) != std::string::npos,
                 result.diagnostics.front().help.c_str());
    }

    // The span covers the faulty part, so an editor can underline exactly it.
    void spanCoversTheFaultyPart()
    {
        const std::string text = "arn:aws:iam::12345:user/bob";
        const ArnParseResult result = parseArn(text);
        QCOMPARE(result.diagnostics.size(), std::size_t{1});
        const SourceSpan& span = result.diagnostics.front().span;
        QCOMPARE(text.substr(span.offset, span.length), std::string("12345"));
        QVERIFY(result.diagnostics.front().message.find("`12345`") != std::string::npos);
    }

    void columnsCountCharactersNotBytes()
    {
        const ArnParseResult result = parseArn("arn:aws:s\xC3\xA9:us-east-1:12345:x");
        QCOMPARE(result.diagnostics.size(), std::size_t{2});
        QCOMPARE(result.diagnostics[0].code, std::string("INVALID_ARN_SERVICE"));
        QCOMPARE(result.diagnostics[1].code, std::string("INVALID_ARN_ACCOUNT"));
        QCOMPARE(result.diagnostics[1].span.column, 22);
        QCOMPARE(result.diagnostics[1].span.offset, std::size_t{22});
    }

    void knownPartitionsIncludeTheCommonOnes()
    {
        const auto& partitions = knownPartitions();
        for (const char* partition : {"aws", "aws-cn", "aws-us-gov"})
            QVERIFY(std::find(partitions.begin(), partitions.end(), partition) != partitions.end());
    }
};

QTEST_APPLESS_MAIN(tst_Arn)
#include "tst_Arn.moc"
