#include <string>

#include <QTest>

#include "core/catalog/Catalog.h"
#include "core/edit/StatementSummary.h"
#include "core/policy/PolicyParser.h"

using namespace iam;

namespace {

// moc misreads a `/` followed by `*` inside raw strings, so the cases write `/@` for `/*`.
void unstar(std::string& text)
{
    for (auto at = text.find("/@"); at != std::string::npos; at = text.find("/@", at))
        text.replace(at, 2, "/*");
}

// The summary of the only statement of a policy written as JSON; the parser builds the model so
// each case reads as what an author would type.
std::string summary(std::string statementJson, const Catalog* catalog)
{
    unstar(statementJson);
    const PolicyParseResult parsed = parsePolicy("{\"Version\": \"2012-10-17\", \"Statement\": " + statementJson + "}");
    if (!parsed.ok() || parsed.policy->statements.size() != 1)
        return "<not a single statement>";
    return summarizeStatement(parsed.policy->statements.front(), catalog);
}

} // namespace

class tst_StatementSummary : public QObject {
    Q_OBJECT

private slots:
    void summaries_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<bool>("withCatalog");
        QTest::addColumn<QString>("expected");

        QTest::newRow("three S3 read actions")
            << R"({"Effect": "Allow", "Action": ["s3:GetObject", "s3:GetObjectVersion", "s3:GetObjectTagging"], "Resource": "arn:aws:s3:::my-bucket/@"})"
            << true << "Allow 3 S3 read actions on my-bucket/@";
        QTest::newRow("mixed access levels")
            << R"({"Effect": "Allow", "Action": ["s3:GetObject", "s3:ListBucket"], "Resource": ["arn:aws:s3:::my-bucket", "arn:aws:s3:::my-bucket/@"]})"
            << true << "Allow 2 S3 actions on 2 resources";
        QTest::newRow("everything") << R"({"Effect": "Deny", "Action": "*", "Resource": "*"})" << true
                                    << "Deny all actions on everything";
        QTest::newRow("one action, two resources")
            << R"({"Effect": "Allow", "Action": "s3:GetObject", "Resource": ["arn:aws:s3:::a/@", "arn:aws:s3:::b/@"]})"
            << true << "Allow s3:GetObject on 2 resources";
        QTest::newRow("not action") << R"({"Effect": "Allow", "NotAction": "iam:*", "Resource": "*"})" << true
                                    << "Allow everything except iam:* (NotAction)";
        QTest::newRow("not action on a bucket")
            << R"({"Effect": "Deny", "NotAction": ["iam:*", "sts:*"], "Resource": "arn:aws:s3:::my-bucket"})" << true
            << "Deny everything except 2 actions (NotAction) on my-bucket";
        QTest::newRow("conditions")
            << R"({"Effect": "Deny", "Action": "*", "Resource": "*", "Condition": {"Bool": {"aws:SecureTransport": "false"}, "StringNotEquals": {"aws:RequestedRegion": ["eu-west-1"]}}})"
            << true << "Deny all actions on everything when 2 conditions hold";
        QTest::newRow("one condition")
            << R"({"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": {"Bool": {"aws:MultiFactorAuthPresent": "true"}}})"
            << true << "Allow s3:GetObject on everything when 1 condition holds";
        QTest::newRow("whole service") << R"({"Effect": "Allow", "Action": "dynamodb:*", "Resource": "*"})" << true
                                       << "Allow all DynamoDB actions on everything";
        QTest::newRow("service named by its acronym") << R"({"Effect": "Allow", "Action": "iam:*", "Resource": "*"})"
                                                      << true << "Allow all IAM actions on everything";
        QTest::newRow("several services")
            << R"({"Effect": "Allow", "Action": ["s3:GetObject", "sqs:SendMessage"], "Resource": "*"})" << true
            << "Allow 2 actions in 2 services on everything";
        QTest::newRow("not resource")
            << R"({"Effect": "Deny", "Action": "s3:DeleteObject", "NotResource": "arn:aws:s3:::logs/@"})" << true
            << "Deny s3:DeleteObject on everything except logs/@";
        QTest::newRow("trust policy")
            << R"({"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"})"
            << true << "Allow sts:AssumeRole for ec2.amazonaws.com";
        QTest::newRow("account principal")
            << R"({"Effect": "Allow", "Principal": {"AWS": "111122223333"}, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::my-bucket/@"})"
            << true << "Allow s3:GetObject on my-bucket/@ for account 111122223333";
        QTest::newRow("anyone")
            << R"({"Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "arn:aws:s3:::b/@"})" << true
            << "Deny all S3 actions on b/@ for anyone";
        QTest::newRow("not principal")
            << R"({"Effect": "Deny", "NotPrincipal": {"AWS": "arn:aws:iam::111122223333:role/admin"}, "Action": "s3:DeleteBucket", "Resource": "arn:aws:s3:::b", "Condition": {"Bool": {"aws:SecureTransport": "false"}}})"
            << true << "Deny s3:DeleteBucket on b for anyone except role/admin when 1 condition holds";
        QTest::newRow("role ARN")
            << R"({"Effect": "Allow", "Action": "iam:PassRole", "Resource": "arn:aws:iam::111122223333:role/app"})"
            << true << "Allow iam:PassRole on role/app";
        QTest::newRow("wildcard without catalog")
            << R"({"Effect": "Allow", "Action": ["s3:Get*", "s3:List*"], "Resource": "*"})" << false
            << "Allow 2 actions on everything";
        QTest::newRow("service without catalog") << R"({"Effect": "Allow", "Action": "s3:*", "Resource": "*"})" << false
                                                 << "Allow all s3 actions on everything";
        QTest::newRow("unknown pattern with catalog")
            << R"({"Effect": "Allow", "Action": "nosuchservice:Get*", "Resource": "*"})" << true
            << "Allow nosuchservice:Get* on everything";
    }

    void summaries()
    {
        QFETCH(QString, statement);
        QFETCH(bool, withCatalog);
        QFETCH(QString, expected);
        const Catalog* catalog = withCatalog ? &Catalog::builtIn() : nullptr;
        std::string wanted = expected.toStdString();
        unstar(wanted);
        QCOMPARE(QString::fromStdString(summary(statement.toStdString(), catalog)), QString::fromStdString(wanted));
    }

    void wildcardsAreCountedFromTheCatalog()
    {
        // The number comes from the catalog, so the test asks it rather than hard-coding a count
        // that changes with each catalog update.
        const Catalog& catalog = Catalog::builtIn();
        const std::size_t count = catalog.matchActions("s3:Get*").size();
        QVERIFY(count > 20);
        const std::string text = summary(R"({"Effect": "Allow", "Action": "s3:Get*", "Resource": "*"})", &catalog);
        QCOMPARE(QString::fromStdString(text), QString("Allow %1 S3 read actions on everything").arg(count));
    }
};

QTEST_APPLESS_MAIN(tst_StatementSummary)
#include "tst_StatementSummary.moc"
