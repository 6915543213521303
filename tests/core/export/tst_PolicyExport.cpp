#include <string>

#include <QTest>

#include "core/export/CloudFormationExport.h"
#include "core/export/PolicyExport.h"
#include "core/export/TerraformExport.h"
#include "core/policy/PolicyParser.h"
#include "tests/support/TestFiles.h"

using namespace iam;

namespace {

// Expected outputs live in files beside this test: they are reviewed as diffs, and moc would read
// their `#` comment lines as preprocessor directives inside raw strings.
std::string golden(const char* name)
{
    return test::readFileBytes(QStringLiteral(IAM_SOURCE_DIR "/tests/core/export/golden/") + name);
}

// Three statements with what each format has to get right: principals of three shapes, NotAction
// and NotResource, policy variables, conditions of strings, a number and a boolean, and single
// strings beside lists.
std::string threeStatements()
{
    return golden("three-statements.json");
}

Policy parsed(const std::string& text)
{
    PolicyParseResult result = parsePolicy(text);
    if (!result.ok())
        qFatal("test policy does not parse: %s", result.diagnostics.front().message.c_str());
    return *result.policy;
}

const std::string kTrust = R"({"Version": "2012-10-17", "Statement": {"Sid": "Ci", "Effect": "Allow",
    "Principal": {"Federated": "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"},
    "Action": "sts:AssumeRoleWithWebIdentity",
    "Condition": {"StringLike": {"token.actions.githubusercontent.com:sub": "repo:example-org/example-repo:*"}}}})";

const std::string kSmall = R"({"Version": "2012-10-17", "Statement": [{"Sid": "Read", "Effect": "Allow",
    "Action": "sqs:ReceiveMessage", "Resource": "arn:aws:sqs:us-east-1:111122223333:example-queue"}]})";

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

}  // namespace

// The exports users paste into their infrastructure code: a wrong quote or escape there fails a
// deployment far from this app, so the expected outputs are exact.
class tst_PolicyExport : public QObject {
    Q_OBJECT

private slots:
    void terraformWritesTheProviderBlock()
    {
        const std::string expected = golden("three-statements.resource.tf");
        QCOMPARE(exportPolicy(parsed(threeStatements()), ExportFormat::Terraform, "bucket policy", PolicyKind::Resource),
                 expected);
    }

    void cloudFormationWritesABucketPolicyForOneBucket()
    {
        const std::string expected = golden("three-statements.resource.yaml");
        QCOMPARE(exportPolicy(parsed(threeStatements()), ExportFormat::CloudFormation, "bucket policy",
                              PolicyKind::Resource),
                 expected);
    }

    void awsCliSavesTheJsonAndSetsTheBucketPolicy()
    {
        const std::string expected = golden("three-statements.resource.sh");
        QCOMPARE(exportPolicy(parsed(threeStatements()), ExportFormat::AwsCli, "bucket policy", PolicyKind::Resource),
                 expected);
    }

    void yamlScalarQuotesWhatYamlWouldReadDifferently_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("word stays plain") << "Allow" << "Allow";
        QTest::newRow("operator stays plain") << "StringEquals" << "StringEquals";
        QTest::newRow("dashes stay plain") << "example-bucket" << "example-bucket";
        QTest::newRow("star is an alias") << "*" << "\"*\"";
        QTest::newRow("colon") << "s3:GetObject" << "\"s3:GetObject\"";
        QTest::newRow("colon space") << "a: b" << "\"a: b\"";
        QTest::newRow("true stays a string") << "true" << "\"true\"";
        QTest::newRow("False stays a string") << "False" << "\"False\"";
        QTest::newRow("yes is a YAML 1.1 boolean") << "yes" << "\"yes\"";
        QTest::newRow("Off is a YAML 1.1 boolean") << "Off" << "\"Off\"";
        QTest::newRow("Null is null") << "Null" << "\"Null\"";
        QTest::newRow("date") << "2012-10-17" << "\"2012-10-17\"";
        QTest::newRow("number") << "10" << "\"10\"";
        QTest::newRow("empty") << "" << "\"\"";
        QTest::newRow("comment") << "#x" << "\"#x\"";
        QTest::newRow("sequence dash") << "- a" << "\"- a\"";
        QTest::newRow("variable") << "${aws:username}" << "\"${aws:username}\"";
        QTest::newRow("quote and backslash") << "a\"b\\c" << "\"a\\\"b\\\\c\"";
        QTest::newRow("newline and tab") << "a\nb\tc" << "\"a\\nb\\tc\"";
        QTest::newRow("control character") << QString(QChar(1)) << "\"\\x01\"";
        QTest::newRow("line separator") << QString("a") + QChar(0x2028) + "b" << "\"a\\Lb\"";
        QTest::newRow("accent kept") << QString("caf") + QChar(0xe9) << QString("\"caf") + QChar(0xe9) + "\"";
    }

    void yamlScalarQuotesWhatYamlWouldReadDifferently()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(QString::fromStdString(yamlScalar(text.toStdString())), expected);
    }

    void terraformStringEscapesForHcl_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "s3:GetObject" << "\"s3:GetObject\"";
        QTest::newRow("AWS variable") << "home/${aws:username}/*" << "\"home/&{aws:username}/*\"";
        QTest::newRow("tag variable") << "${aws:PrincipalTag/team}" << "\"&{aws:PrincipalTag/team}\"";
        QTest::newRow("dollar without brace") << "$5" << "\"$5\"";
        QTest::newRow("template directive") << "%{if}" << "\"%%{if}\"";
        QTest::newRow("percent alone") << "100%" << "\"100%\"";
        QTest::newRow("quote and backslash") << "a\"b\\c" << "\"a\\\"b\\\\c\"";
        QTest::newRow("newline") << "a\nb" << "\"a\\nb\"";
        QTest::newRow("control character") << QString(QChar(1)) << "\"\\u0001\"";
    }

    void terraformStringEscapesForHcl()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(QString::fromStdString(terraformString(text.toStdString())), expected);
    }

    void terraformKeepsIdAndOmitsAMissingVersion()
    {
        const std::string text = R"({"Id": "ExampleId", "Statement": {"Effect": "Allow", "Action": "s3:ListBucket",
            "Resource": "arn:aws:s3:::example-bucket"}})";
        const std::string expected = golden("id-without-version.tf");
        QCOMPARE(exportPolicy(parsed(text), ExportFormat::Terraform, "reader"), expected);
    }

    void trustPolicyBecomesARole()
    {
        const std::string expected = golden("trust-role.yaml");
        const Policy trust = parsed(kTrust);
        QCOMPARE(exportPolicy(trust, ExportFormat::CloudFormation, "ci-deploy", PolicyKind::Trust), expected);
        QVERIFY(contains(exportPolicy(trust, ExportFormat::AwsCli, "ci-deploy", PolicyKind::Trust),
                         "\naws iam create-role --role-name ci-deploy --assume-role-policy-document "
                         "file://ci-deploy.json\n"));
        QVERIFY(contains(exportPolicy(trust, ExportFormat::Terraform, "ci-deploy", PolicyKind::Trust),
                         "# The trust policy of a role: assume_role_policy = "
                         "data.aws_iam_policy_document.ci_deploy.json in an aws_iam_role.\n"));
    }

    void identityPolicyBecomesAManagedPolicy()
    {
        const std::string expected = golden("queue-reader-managed.yaml");
        QCOMPARE(exportPolicy(parsed(kSmall), ExportFormat::CloudFormation, "queue-reader"), expected);
    }

    void organizationPoliciesGoThroughOrganizations()
    {
        const Policy policy = parsed(kSmall);
        const std::string scp = exportPolicy(policy, ExportFormat::CloudFormation, "guardrail", PolicyKind::Scp);
        QVERIFY(contains(scp, "    Type: AWS::Organizations::Policy\n    Properties:\n      Name: guardrail\n"
                              "      Type: SERVICE_CONTROL_POLICY\n      Content:\n        Version: \"2012-10-17\"\n"));
        const std::string rcp = exportPolicy(policy, ExportFormat::AwsCli, "guardrail", PolicyKind::Rcp);
        QVERIFY(contains(rcp, "\naws organizations create-policy --name guardrail --type RESOURCE_CONTROL_POLICY "
                              "--description 'Exported from IAM Studio' --content file://guardrail.json\n"));
    }

    void resourcePolicyOutsideS3IsADocumentToPlace()
    {
        const Policy policy = parsed(kSmall);
        const std::string yaml = exportPolicy(policy, ExportFormat::CloudFormation, "queue", PolicyKind::Resource);
        QVERIFY(!contains(yaml, "Resources:"));
        QVERIFY(contains(yaml, "\nPolicyDocument:\n  Version: \"2012-10-17\"\n  Statement:\n    - Sid: Read\n"));
        const std::string cli = exportPolicy(policy, ExportFormat::AwsCli, "queue", PolicyKind::Resource);
        QVERIFY(!contains(cli, "\naws "));
        QVERIFY(contains(cli, "aws sqs set-queue-attributes"));
    }

    void sessionPolicyIsPassedWhenAssumingARole()
    {
        const std::string cli = exportPolicy(parsed(kSmall), ExportFormat::AwsCli, "narrow", PolicyKind::Session);
        QVERIFY(contains(cli, "\naws sts assume-role --role-arn arn:aws:iam::111122223333:role/example-role "
                              "--role-session-name narrow --policy file://narrow.json\n"));
        const std::string yaml = exportPolicy(parsed(kSmall), ExportFormat::CloudFormation, "narrow", PolicyKind::Session);
        QVERIFY(yaml.rfind("# Pass its ARN in PolicyArns when assuming a role", 0) == 0);
        QVERIFY(contains(yaml, "    Type: AWS::IAM::ManagedPolicy\n"));
    }

    void namesAreMadeSafeForEachFormat()
    {
        const Policy policy = parsed(kSmall);
        const std::string name = "Read-only caf\xC3\xA9 policy!";
        QVERIFY(contains(exportPolicy(policy, ExportFormat::Terraform, name),
                         "data \"aws_iam_policy_document\" \"read_only_caf_policy\" {\n"));
        const std::string yaml = exportPolicy(policy, ExportFormat::CloudFormation, name);
        QVERIFY(contains(yaml, "\n  ReadOnlyCafPolicy:\n"));
        QVERIFY(contains(yaml, "\n      ManagedPolicyName: Read-only-caf-policy\n"));
        QVERIFY(contains(exportPolicy(policy, ExportFormat::AwsCli, name),
                         "cat > Read-only-caf-policy.json <<'POLICY'\n"));

        QVERIFY(contains(exportPolicy(policy, ExportFormat::Terraform, ""), "\"my_policy\" {\n"));
        QVERIFY(contains(exportPolicy(policy, ExportFormat::CloudFormation, ""), "\n  MyPolicy:\n"));
        QVERIFY(contains(exportPolicy(policy, ExportFormat::AwsCli, ""), "--policy-name my-policy "));
        QVERIFY(contains(exportPolicy(policy, ExportFormat::Terraform, "9 lives"), "\"policy_9_lives\" {\n"));
        QVERIFY(contains(exportPolicy(policy, ExportFormat::CloudFormation, "9 lives"), "\n  Policy9Lives:\n"));
    }

    void formatNamesRoundTrip()
    {
        for (const auto format : {ExportFormat::Terraform, ExportFormat::CloudFormation, ExportFormat::AwsCli})
            QCOMPARE(exportFormatFromName(exportFormatName(format)), std::optional<ExportFormat>(format));
        QCOMPARE(exportFormatName(ExportFormat::AwsCli), std::string_view("aws-cli"));
        QCOMPARE(exportFormatTitle(ExportFormat::CloudFormation), std::string_view("CloudFormation"));
        QVERIFY(!exportFormatFromName("hcl"));
        QVERIFY(!exportFormatFromName("Terraform"));
    }
};

QTEST_APPLESS_MAIN(tst_PolicyExport)
#include "tst_PolicyExport.moc"
