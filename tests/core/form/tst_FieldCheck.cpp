#include <QTest>

#include "core/form/FieldCheck.h"

using iam::FieldCheck;

// The form's field checks: a wrong value gets a sentence that says what to write, a right one none.
class tst_FieldCheck final : public QObject {
    Q_OBJECT

private slots:
    void sidTakesLettersAndDigitsOnly()
    {
        QVERIFY(FieldCheck::sidProblem("ReadReports2026").empty());
        QVERIFY(FieldCheck::sidProblem("").empty());
        const std::string problem = FieldCheck::sidProblem("read reports-2026");
        QVERIFY(problem.find("letters") != std::string::npos);
        QVERIFY2(problem.find("\"readreports2026\"") != std::string::npos, problem.c_str());
    }

    void arnFields_data()
    {
        QTest::addColumn<QString>("placeholder");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("partition aws") << "Partition" << "aws" << true;
        QTest::newRow("partition china") << "Partition" << "aws-cn" << true;
        QTest::newRow("partition typo") << "Partition" << "amazon" << false;
        QTest::newRow("region") << "Region" << "eu-west-2" << true;
        QTest::newRow("gov region") << "Region" << "us-gov-west-1" << true;
        QTest::newRow("region wildcard") << "Region" << "us-*" << true;
        QTest::newRow("region without number") << "Region" << "us-east" << false;
        QTest::newRow("region upper case") << "Region" << "US-EAST-1" << false;
        QTest::newRow("account") << "Account" << "111122223333" << true;
        QTest::newRow("account variable") << "Account" << "${aws:PrincipalAccount}" << true;
        QTest::newRow("account short") << "Account" << "11112222333" << false;
        QTest::newRow("account letters") << "AccountId" << "11112222333x" << false;
        QTest::newRow("bucket") << "BucketName" << "team-reports.2026" << true;
        QTest::newRow("bucket wildcard") << "BucketName" << "team-*" << true;
        QTest::newRow("bucket upper case") << "BucketName" << "TeamReports" << false;
        QTest::newRow("bucket with path") << "BucketName" << "team-reports/2026" << false;
        QTest::newRow("bucket too short") << "BucketName" << "ab" << false;
        QTest::newRow("empty") << "ObjectName" << "" << false;
        QTest::newRow("space") << "ObjectName" << "my report" << false;
        QTest::newRow("any object") << "ObjectName" << "reports/*" << true;
    }

    void arnFields()
    {
        QFETCH(QString, placeholder);
        QFETCH(QString, value);
        QFETCH(bool, accepted);
        const std::string problem = FieldCheck::arnFieldProblem(placeholder.toStdString(), value.toStdString());
        QVERIFY2(problem.empty() == accepted, problem.c_str());
    }

    void bucketWithPathSaysWhereThePathGoes()
    {
        QVERIFY(FieldCheck::arnFieldProblem("BucketName", "reports/2026").find("object field") != std::string::npos);
    }

    void principals_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("account") << "AWS" << "111122223333" << true;
        QTest::newRow("role arn") << "AWS" << "arn:aws:iam::111122223333:role/Auditor" << true;
        QTest::newRow("session arn") << "AWS" << "arn:aws:sts::111122223333:assumed-role/Auditor/ana" << true;
        QTest::newRow("everyone") << "AWS" << "*" << true;
        QTest::newRow("s3 arn is not a principal") << "AWS" << "arn:aws:s3:::bucket" << false;
        QTest::newRow("user name alone") << "AWS" << "ana" << false;
        QTest::newRow("service") << "Service" << "lambda.amazonaws.com" << true;
        QTest::newRow("service in china") << "Service" << "ec2.amazonaws.com.cn" << true;
        QTest::newRow("service short name") << "Service" << "lambda" << false;
        QTest::newRow("oidc provider") << "Federated"
                                       << "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"
                                       << true;
        QTest::newRow("web identity name") << "Federated" << "cognito-identity.amazonaws.com" << true;
        QTest::newRow("federated word") << "Federated" << "github" << false;
        QTest::newRow("empty") << "AWS" << "" << false;
    }

    void principals()
    {
        QFETCH(QString, type);
        QFETCH(QString, value);
        QFETCH(bool, accepted);
        const std::string problem = FieldCheck::principalProblem(type.toStdString(), value.toStdString());
        QVERIFY2(problem.empty() == accepted, problem.c_str());
    }

    void conditionValues_data()
    {
        QTest::addColumn<QString>("keyType");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("ipv4 range") << "IPAddress" << "203.0.113.0/24" << true;
        QTest::newRow("ipv6 range") << "IPAddress" << "2001:db8::/32" << true;
        QTest::newRow("single address") << "IPAddress" << "198.51.100.7" << true;
        QTest::newRow("octet too big") << "IPAddress" << "203.0.113.300" << false;
        QTest::newRow("prefix too long") << "IPAddress" << "203.0.113.0/33" << false;
        QTest::newRow("number") << "Numeric" << "3600" << true;
        QTest::newRow("decimal") << "Numeric" << "-2.5" << true;
        QTest::newRow("not a number") << "Numeric" << "an hour" << false;
        QTest::newRow("true") << "Bool" << "true" << true;
        QTest::newRow("yes") << "Bool" << "yes" << false;
        QTest::newRow("iso date") << "Date" << "2026-12-31T23:59:59Z" << true;
        QTest::newRow("day") << "Date" << "2026-12-31" << true;
        QTest::newRow("epoch seconds") << "Date" << "1798761599" << true;
        QTest::newRow("month name") << "Date" << "31 December 2026" << false;
        QTest::newRow("arn") << "ARN" << "arn:aws:iam::111122223333:role/Deployer" << true;
        QTest::newRow("array of arn") << "ArrayOfARN" << "arn:aws:iam::111122223333:role/Deployer" << true;
        QTest::newRow("not an arn") << "ARN" << "role/Deployer" << false;
        QTest::newRow("variable") << "IPAddress" << "${aws:SourceIp}" << true;
        QTest::newRow("any string") << "String" << "Project Blue" << true;
        QTest::newRow("array of string") << "ArrayOfString" << "team" << true;
        QTest::newRow("empty") << "String" << "" << false;
    }

    void conditionValues()
    {
        QFETCH(QString, keyType);
        QFETCH(QString, value);
        QFETCH(bool, accepted);
        const std::string problem = FieldCheck::conditionValueProblem(keyType.toStdString(), value.toStdString());
        QVERIFY2(problem.empty() == accepted, problem.c_str());
    }

    void hintsAreExamplesOfAcceptedValues()
    {
        QVERIFY(FieldCheck::conditionValueProblem("IPAddress", "203.0.113.0/24").empty());
        QVERIFY(FieldCheck::conditionValueProblem("Date", FieldCheck::conditionValueHint("Date")).empty());
        QVERIFY(FieldCheck::conditionValueProblem("ARN", FieldCheck::conditionValueHint("ARN")).empty());
        QVERIFY(FieldCheck::principalProblem("Service", FieldCheck::principalHint("Service")).empty());
        QVERIFY(FieldCheck::principalProblem("Federated", FieldCheck::principalHint("Federated")).empty());
        QVERIFY(FieldCheck::arnFieldProblem("BucketName", FieldCheck::arnFieldHint("BucketName")).empty());
        QCOMPARE(FieldCheck::arnFieldDefault("Partition"), std::string("aws"));
        QVERIFY(FieldCheck::arnFieldDefault("Region").empty());
    }
};

QTEST_APPLESS_MAIN(tst_FieldCheck)
#include "tst_FieldCheck.moc"
