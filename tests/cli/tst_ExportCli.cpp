#include <QRegularExpression>
#include <QTest>

#include "core/export/PolicyExport.h"
#include "core/policy/PolicyParser.h"
#include "tests/support/CliRun.h"
#include "tests/support/TestFiles.h"

using namespace iam;

namespace {

using test::CliRun;

CliRun runCli(const QStringList& arguments, const QByteArray& input = {})
{
    return test::runCli(QStringLiteral(IAM_CLI_PATH), arguments, input);
}

QString templatePath(const QString& name)
{
    return QStringLiteral(IAM_SOURCE_DIR "/resources/templates/") + name;
}

QString invalid(const QString& name)
{
    return test::dataPath("policies/invalid/" + name);
}

// What the core export gives for a file, to compare the CLI's output with byte for byte.
QByteArray coreExport(const QString& path, ExportFormat format, const std::string& name, PolicyKind kind)
{
    const PolicyParseResult parsed = parsePolicy(test::readFileBytes(path));
    if (!parsed.ok())
        return {};
    return QByteArray::fromStdString(exportPolicy(*parsed.policy, format, name, kind));
}

const QRegularExpression kDiagnosticLine(
    QStringLiteral("^(.+):(\\d+):(\\d+): (error|security warning|warning|suggestion): (.+) \\[([A-Z_]+)\\]$"));

}  // namespace

// `iam-studio-cli export` through the real binary: formats, names, kinds, and what a script sees
// when the input is missing or broken.
class tst_ExportCli : public QObject {
    Q_OBJECT

private slots:
    void helpListsExport()
    {
        const CliRun run = runCli({"--help"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("export FILE|-"));
        QVERIFY(run.out.contains("terraform|cloudformation|aws-cli"));
    }

    void eachFormatPrintsTheCoreExportNamedAfterTheFile_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("expected");
        QTest::newRow("terraform") << "terraform" << int(ExportFormat::Terraform);
        QTest::newRow("cloudformation") << "cloudformation" << int(ExportFormat::CloudFormation);
        QTest::newRow("aws-cli") << "aws-cli" << int(ExportFormat::AwsCli);
    }

    void eachFormatPrintsTheCoreExportNamedAfterTheFile()
    {
        QFETCH(QString, format);
        QFETCH(int, expected);
        const QString path = templatePath("s3-read-only-bucket.json");
        const CliRun run = runCli({"export", "--format", format, path});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        QCOMPARE(run.out,
                 coreExport(path, ExportFormat(expected), "s3-read-only-bucket", PolicyKind::Identity));
    }

    void terraformBlockIsNamedAfterTheFile()
    {
        const CliRun run = runCli({"export", "--format", "terraform", templatePath("s3-read-only-bucket.json")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("data \"aws_iam_policy_document\" \"s3_read_only_bucket\" {\n"));
        QVERIFY(run.out.contains("    actions = [\n      \"s3:GetBucketLocation\",\n      \"s3:ListBucket\",\n    ]\n"));
    }

    void nameOptionNamesThePolicyFileAndCommand()
    {
        const QByteArray policy = QByteArray::fromStdString(test::readFileBytes(templatePath("s3-read-only-bucket.json")));
        const CliRun run = runCli({"export", "--format", "aws-cli", "--name", "bucket-reader", "-"}, policy);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith("# Save the policy as bucket-reader.json:\ncat > bucket-reader.json <<'POLICY'\n{\n"));
        QVERIFY(run.out.endsWith("aws iam create-policy --policy-name bucket-reader --policy-document "
                                 "file://bucket-reader.json\n"));
    }

    void standardInputWithoutNameIsMyPolicy()
    {
        const QByteArray policy = QByteArray::fromStdString(test::readFileBytes(templatePath("s3-read-only-bucket.json")));
        const CliRun run = runCli({"export", "--format", "cloudformation", "-"}, policy);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("\n  MyPolicy:\n    Type: AWS::IAM::ManagedPolicy\n"));
        QVERIFY(run.out.contains("      ManagedPolicyName: my-policy\n"));
    }

    void kindTrustCreatesARole()
    {
        const QString path = templatePath("github-actions-oidc-trust.json");
        const CliRun cloudFormation = runCli({"export", "--format", "cloudformation", "--kind", "trust", path});
        QCOMPARE(cloudFormation.exitCode, 0);
        QCOMPARE(cloudFormation.out,
                 coreExport(path, ExportFormat::CloudFormation, "github-actions-oidc-trust", PolicyKind::Trust));
        QVERIFY(cloudFormation.out.contains("    Type: AWS::IAM::Role\n"));
        QVERIFY(cloudFormation.out.contains("      AssumeRolePolicyDocument:\n"));
        const CliRun cli = runCli({"export", "--format", "aws-cli", "--kind", "trust", path});
        QCOMPARE(cli.exitCode, 0);
        QVERIFY(cli.out.contains("aws iam create-role --role-name github-actions-oidc-trust "
                                 "--assume-role-policy-document file://github-actions-oidc-trust.json\n"));
    }

    void missingFileExitsTwoWithOneLine()
    {
        const QString missing = test::dataPath("policies/no-such-file.json");
        const CliRun run = runCli({"export", "--format", "terraform", missing});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY(run.errLines().front().contains(missing));
    }

    void invalidPolicyExitsOneWithCompilerLinesAndNoExport()
    {
        const QString path = invalid("effect-wrong-case.json");
        const CliRun run = runCli({"export", "--format", "cloudformation", path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        const QStringList lines = run.errLines();
        QCOMPARE(lines.size(), 3);
        for (const QString& line : lines) {
            const auto match = kDiagnosticLine.match(line);
            QVERIFY2(match.hasMatch(), qPrintable(line));
            QCOMPARE(match.captured(1), path);
            QCOMPARE(match.captured(4), QStringLiteral("error"));
        }
        QCOMPARE(lines.front(), path + ":4:16: error: `allow` is not an effect [INVALID_EFFECT]");
    }

    void textThatIsNotJsonExitsTwo()
    {
        const QString path = invalid("syntax-single-quotes.json");
        const CliRun run = runCli({"export", "--format", "aws-cli", path});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY(run.errLines().front().endsWith("[JSON_SYNTAX_ERROR]"));
    }

    void usageMistakesExitTwo()
    {
        const QString path = templatePath("s3-read-only-bucket.json");
        const CliRun noFormat = runCli({"export", path});
        QCOMPARE(noFormat.exitCode, 2);
        QVERIFY(noFormat.out.isEmpty());
        QVERIFY(noFormat.err.startsWith("export: --format must be terraform, cloudformation or aws-cli\n"));
        const CliRun badFormat = runCli({"export", "--format", "hcl", path});
        QCOMPARE(badFormat.exitCode, 2);
        QVERIFY(badFormat.err.startsWith("export: --format must be"));
        const CliRun badKind = runCli({"export", "--format", "terraform", "--kind", "role", path});
        QCOMPARE(badKind.exitCode, 2);
        QVERIFY(badKind.err.startsWith("export: --kind must be"));
        const CliRun twoFiles = runCli({"export", "--format", "terraform", path, path});
        QCOMPARE(twoFiles.exitCode, 2);
        QVERIFY(twoFiles.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_ExportCli)
#include "tst_ExportCli.moc"
