#include <cctype>
#include <string>

#include <QTest>

#include "core/catalog/Catalog.h"
#include "core/learn/ArnExplanation.h"

using namespace iam;

namespace {

QString labelsOf(const ArnExplanation& explanation)
{
    QStringList labels;
    for (const ArnPart& part : explanation.parts)
        labels << QString::fromStdString(part.label + "=" + part.value);
    return labels.join(QLatin1Char('|'));
}

QString codesOf(const ArnExplanation& explanation)
{
    QStringList codes;
    for (const Diagnostic& diagnostic : explanation.diagnostics)
        codes << QString::fromStdString(diagnostic.code);
    return codes.join(QLatin1Char(','));
}

// Everything the dissector shows in words, to look for a sentence a learner needs.
QString allWords(const ArnExplanation& explanation)
{
    QStringList words;
    for (const ArnPart& part : explanation.parts)
        words << QString::fromStdString(part.explanation);
    for (const std::string& fact : explanation.facts)
        words << QString::fromStdString(fact);
    for (const Diagnostic& diagnostic : explanation.diagnostics)
        words << QString::fromStdString(diagnostic.message + " — " + diagnostic.help);
    return words.join(QLatin1Char('\n'));
}

} // namespace

class tst_ArnExplanation final : public QObject {
    Q_OBJECT

private slots:
    void explainsEachPart_data()
    {
        QTest::addColumn<QString>("arn");
        QTest::addColumn<QString>("labels"); // label=value of every part, in order
        QTest::addColumn<QString>("codes"); // diagnostic codes, in position order
        QTest::addColumn<QString>("says"); // a sentence (part) the learner must see

        const QString pre = QStringLiteral("prefix=arn|partition=aws|");
        auto row = [](const char* name, const char* arn, const QString& labels, const char* codes, const char* says) {
            QTest::newRow(name) << QString::fromUtf8(arn) << labels << QString::fromUtf8(codes) << QString::fromUtf8(says);
        };
        // Well-formed ARNs of the services a beginner meets first.
        row("s3 bucket", "arn:aws:s3:::my-bucket", pre + "service=s3|region=|account=|bucket name=my-bucket", "",
            "bucket names are unique across all of AWS");
        row("s3 object", "arn:aws:s3:::my-bucket/photos/cat.jpg",
            pre + "service=s3|region=|account=|bucket name=my-bucket|object name=photos/cat.jpg", "",
            "`s3:ListBucket` needs the bucket itself, `arn:aws:s3:::my-bucket`");
        row("s3 every object", "arn:aws:s3:::my-bucket/*",
            pre + "service=s3|region=|account=|bucket name=my-bucket|object name=*", "", "`*` stands for any object name");
        row("s3 everything", "arn:aws:s3:::*", pre + "service=s3|region=|account=|resource=*", "",
            "`*` stands for every resource of this service");
        row("s3 per-user folder", "arn:aws:s3:::home/${aws:username}/*",
            pre + "service=s3|region=|account=|bucket name=home|object name=${aws:username}/*", "", "policy variable");
        row("s3 in china", "arn:aws-cn:s3:::china-bucket",
            "prefix=arn|partition=aws-cn|service=s3|region=|account=|bucket name=china-bucket", "", "AWS in China");
        row("iam role", "arn:aws:iam::123456789012:role/MyRole",
            pre + "service=iam|region=|account=123456789012|resource type=role|role name=MyRole", "",
            "IAM is global, the same in every region");
        row("iam user with path", "arn:aws:iam::123456789012:user/division/alice",
            pre + "service=iam|region=|account=123456789012|resource type=user|user name=division/alice", "",
            "is a path");
        row("aws managed policy", "arn:aws:iam::aws:policy/ReadOnlyAccess",
            pre + "service=iam|region=|account=aws|resource type=policy|policy name=ReadOnlyAccess", "",
            "AWS itself owns this");
        row("account root", "arn:aws:iam::123456789012:root",
            pre + "service=iam|region=|account=123456789012|resource type=root", "", "the account itself");
        row("role session", "arn:aws:sts::123456789012:assumed-role/MyRole/build-42",
            pre + "service=sts|region=|account=123456789012|resource type=assumed-role|role name=MyRole|role session name=build-42",
            "", "one session of a role");
        row("lambda function", "arn:aws:lambda:us-east-1:123456789012:function:myFunc",
            pre + "service=lambda|region=us-east-1|account=123456789012|resource type=function|function name=myFunc", "",
            "US East (N. Virginia)");
        row("lambda alias", "arn:aws:lambda:eu-west-1:123456789012:function:myFunc:prod",
            pre + "service=lambda|region=eu-west-1|account=123456789012|resource type=function|function name=myFunc|alias=prod",
            "", "Europe (Ireland)");
        row("dynamodb table", "arn:aws:dynamodb:us-east-1:123456789012:table/AgentMemory",
            pre + "service=dynamodb|region=us-east-1|account=123456789012|resource type=table|table name=AgentMemory", "",
            "a DynamoDB table");
        row("dynamodb index", "arn:aws:dynamodb:us-east-1:123456789012:table/Orders/index/ByDate",
            pre
                + "service=dynamodb|region=us-east-1|account=123456789012|resource type=table|table name=Orders|fixed "
                  "word=index|index name=ByDate",
            "", "what follows is the index name");
        row("bedrock model", "arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-*",
            pre + "service=bedrock|region=us-east-1|account=|resource type=foundation-model|resource ID=anthropic.claude-*",
            "", "any resource ID that starts with `anthropic.claude-`");
        row("ec2 instance", "arn:aws:ec2:us-west-2:123456789012:instance/i-0abc",
            pre + "service=ec2|region=us-west-2|account=123456789012|resource type=instance|instance ID=i-0abc", "",
            "a virtual server");
        row("sns topic has no type", "arn:aws:sns:us-east-1:123456789012:alerts",
            pre + "service=sns|region=us-east-1|account=123456789012|topic name=alerts", "", "The topic name");
        row("logs wildcards", "arn:aws:logs:*:*:*", pre + "service=logs|region=*|account=*|resource=*", "",
            "`*` stands for any region");
        row("region prefix pattern", "arn:aws:dynamodb:eu-*:123456789012:table/Orders",
            pre + "service=dynamodb|region=eu-*|account=123456789012|resource type=table|table name=Orders", "",
            "any region that starts with `eu-`");
        row("organizations ou", "arn:aws:organizations::123456789012:ou/o-abc123/ou-xyz789",
            pre
                + "service=organizations|region=|account=123456789012|resource type=ou|organization ID=o-abc123|"
                  "organizational unit ID=ou-xyz789",
            "", "AWS Organizations is global");

        // Mistakes beginners make, each explained with where it is.
        row("s3 with a region", "arn:aws:s3:us-east-1::my-bucket",
            pre + "service=s3|region=us-east-1|account=|bucket name=my-bucket", "ARN_REGION_NOT_USED",
            "leave the region empty: `arn:aws:s3:::my-bucket`");
        row("s3 with an account", "arn:aws:s3::123456789012:my-bucket",
            pre + "service=s3|region=|account=123456789012|bucket name=my-bucket", "ARN_ACCOUNT_NOT_USED",
            "leave the account empty: `arn:aws:s3:::my-bucket`");
        row("iam with a region", "arn:aws:iam:us-east-1:123456789012:role/MyRole",
            pre + "service=iam|region=us-east-1|account=123456789012|resource type=role|role name=MyRole",
            "ARN_REGION_NOT_USED", "IAM is global; leave the region empty");
        row("iam without account", "arn:aws:iam:::role/MyRole",
            pre + "service=iam|region=|account=|resource type=role|role name=MyRole", "ARN_ACCOUNT_MISSING",
            "`arn:aws:iam::111122223333:role/MyRole`");
        row("lambda without region", "arn:aws:lambda::123456789012:function:myFunc",
            pre + "service=lambda|region=|account=123456789012|resource type=function|function name=myFunc",
            "ARN_REGION_MISSING", "lives in one region");
        row("iam roles plural", "arn:aws:iam::123456789012:roles/MyRole",
            pre + "service=iam|region=|account=123456789012|resource type=roles|resource ID or path=MyRole",
            "ARN_UNKNOWN_RESOURCE", "did you mean a `role`?");
        row("unknown service", "arn:aws:s4:::my-bucket", pre + "service=s4|region=|account=|resource=my-bucket",
            "ARN_UNKNOWN_SERVICE", "did you mean `s3`?");
        row("short account", "arn:aws:iam::12345:user/bob",
            pre + "service=iam|region=|account=12345|resource type=user|user name=bob", "INVALID_ARN_ACCOUNT",
            "exactly 12 digits");
        row("bad partition", "arn:awz:s3:::x", "prefix=arn|partition=awz|service=s3|region=|account=|bucket name=x",
            "INVALID_ARN_PARTITION", "did you mean `aws`?");
        row("bad region", "arn:aws:iam:useast1:123456789012:user/x",
            pre + "service=iam|region=useast1|account=123456789012|resource type=user|resource ID or path=x",
            "INVALID_ARN_REGION", "does not know a region called `useast1`");
        row("upper-case prefix", "ARN:aws:s3:::x", "", "INVALID_ARN_PREFIX", "write `arn:` in lowercase");
        row("an s3 url", "s3://my-bucket", "", "INVALID_ARN_PREFIX", "e.g. `arn:aws:s3:::my-bucket`");
        row("half typed", "arn:aws:s3", pre + "service=s3", "INVALID_ARN_TOO_FEW_PARTS", "3 of the 6 parts");
        row("no resource", "arn:aws:s3:::", pre + "service=s3|region=|account=|resource=", "INVALID_ARN_RESOURCE",
            "the resource comes last");
        row("empty service", "arn:aws::us-east-1:123456789012:thing", pre + "service=|region=us-east-1|account=123456789012|"
                                                                              "resource=thing",
            "INVALID_ARN_SERVICE", "The service is missing");
    }

    void explainsEachPart()
    {
        QFETCH(QString, arn);
        QFETCH(QString, labels);
        QFETCH(QString, codes);
        QFETCH(QString, says);
        const std::string text = arn.toStdString();
        const ArnExplanation explanation = explainArn(text, &Catalog::builtIn());
        QCOMPARE(labelsOf(explanation), labels);
        QCOMPARE(codesOf(explanation), codes);
        QVERIFY2(allWords(explanation).contains(says), qPrintable(allWords(explanation)));
        QCOMPARE(explanation.ok(), !codes.contains(QLatin1String("INVALID_")));
        // Every part is where it says it is, and explained in words.
        for (const ArnPart& part : explanation.parts) {
            QCOMPARE(QString::fromStdString(text.substr(part.offset, part.value.size())), QString::fromStdString(part.value));
            QVERIFY(!part.explanation.empty());
        }
        // Every problem points at its place, 1-based as the dissector shows it.
        for (const Diagnostic& diagnostic : explanation.diagnostics) {
            QVERIFY(diagnostic.span.column >= 1);
            QVERIFY(!diagnostic.message.empty());
            const char first = diagnostic.message[0];
            QVERIFY2(first == '`' || std::islower(static_cast<unsigned char>(first)), diagnostic.message.c_str());
            QVERIFY(!diagnostic.help.empty());
        }
    }

    void pointsAtTheWrongPart()
    {
        const ArnExplanation explanation = explainArn("arn:aws:s3:us-east-1::my-bucket", &Catalog::builtIn());
        QCOMPARE(explanation.diagnostics.size(), std::size_t(1));
        QCOMPARE(explanation.diagnostics.front().span.column, 12); // the `u` of us-east-1
        QCOMPARE(explanation.diagnostics.front().severity, Severity::Warning);
    }

    void namesTheService()
    {
        QCOMPARE(explainArn("arn:aws:s3:::b", &Catalog::builtIn()).serviceName, std::string("Amazon S3"));
        QCOMPARE(explainArn("arn:aws:dynamodb:us-east-1:123456789012:table/T", &Catalog::builtIn()).resourceTypes,
                 std::vector<std::string>{"table"});
    }

    void withoutCatalogStillSplitsTheParts()
    {
        const ArnExplanation explanation = explainArn("arn:aws:iam::123456789012:role/MyRole", nullptr);
        QCOMPARE(labelsOf(explanation),
                 QStringLiteral("prefix=arn|partition=aws|service=iam|region=|account=123456789012|resource type=role|"
                                "resource ID or path=MyRole"));
        QVERIFY(explanation.ok());
    }

    void neverThrowsOnOddText_data()
    {
        QTest::addColumn<QString>("text");
        for (const char* text : {"", "arn", "arn:", ":::::", "arn:::::", "arn:${", "arn:aws:s3:::${aws:username",
                                 "arn:aws:iam::123456789012:role/", "arn:aws:s3:::a/b/c/d/e/f/g/h/i/j/k", "arn:aws:*:*:*:*",
                                 "arn:aws:s3:::ñandú/café", "arn:aws:lambda:us-east-1:123456789012:function:"})
            QTest::newRow(text) << QString::fromUtf8(text);
    }

    void neverThrowsOnOddText()
    {
        QFETCH(QString, text);
        const std::string input = text.toStdString();
        const ArnExplanation explanation = explainArn(input, &Catalog::builtIn());
        for (const ArnPart& part : explanation.parts)
            QVERIFY(part.offset + part.value.size() <= input.size());
        QVERIFY(!explanation.parts.empty() || !explanation.diagnostics.empty());
    }

    void regionNames()
    {
        QCOMPARE(regionDisplayName("eu-central-1"), std::string("Europe (Frankfurt)"));
        QCOMPARE(regionDisplayName("mars-north-1"), std::string());
    }
};

QTEST_APPLESS_MAIN(tst_ArnExplanation)
#include "tst_ArnExplanation.moc"
