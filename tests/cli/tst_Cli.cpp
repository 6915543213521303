#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/CliRun.h"
#include "tests/support/TestFiles.h"

using namespace iam;

namespace {

using test::CliRun;

CliRun runCli(const QStringList& arguments, const QByteArray& input = {})
{
    return test::runCli(QStringLiteral(IAM_CLI_PATH), arguments, input);
}

QString valid(const QString& name)
{
    return test::dataPath("policies/valid/" + name);
}

QString invalid(const QString& name)
{
    return test::dataPath("policies/invalid/" + name);
}

QByteArray fileBytes(const QString& path)
{
    return QByteArray::fromStdString(test::readFileBytes(path));
}

// `file:line:col: severity: message [CODE]`, the shape editors and CI annotate from.
const QRegularExpression kDiagnosticLine(
    QStringLiteral("^(.+):(\\d+):(\\d+): (error|security warning|warning|suggestion): (.+) \\[([A-Z_]+)\\]$"));

}  // namespace

class tst_Cli : public QObject {
    Q_OBJECT

private slots:
    void helpListsTheCommandsAndExitsZero()
    {
        const CliRun run = runCli({"--help"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("validate FILE"));
        QVERIFY(run.out.contains("format FILE"));
        QVERIFY(run.out.contains("Exit codes"));
        QVERIFY(run.err.isEmpty());
    }

    void versionPrintsTheProjectVersion()
    {
        const CliRun run = runCli({"--version"});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QByteArray("iam-studio-cli " IAM_STUDIO_VERSION "\n"));
    }

    void validatePolicyWithoutProblemsIsSilent()
    {
        const CliRun run = runCli({"validate", valid("kms-key-admins-and-users.json")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.isEmpty());
        QVERIFY(run.err.isEmpty());
    }

    void validateReportsFindingsAsCompilerLines()
    {
        const QString path = invalid("effect-wrong-case.json");
        const CliRun run = runCli({"validate", path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.isEmpty());
        const QStringList lines = run.outLines();
        QCOMPARE(lines.size(), 3);
        for (const QString& line : lines) {
            const auto match = kDiagnosticLine.match(line);
            QVERIFY2(match.hasMatch(), qPrintable(line));
            QCOMPARE(match.captured(1), path);
            QCOMPARE(match.captured(6), QStringLiteral("INVALID_EFFECT"));
        }
        QCOMPARE(lines.front(), path + ":4:16: error: `allow` is not an effect [INVALID_EFFECT]");
    }

    void validateOfTextThatIsNotJsonExitsTwoOnStderr()
    {
        const QString path = invalid("syntax-trailing-comma.json");
        const CliRun run = runCli({"validate", path});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY(run.errLines().front().startsWith(path + ":4:68: error: "));
        QVERIFY(run.errLines().front().endsWith("[JSON_SYNTAX_ERROR]"));
    }

    void validateJsonCarriesCodesPointersAndPositions()
    {
        const QString path = invalid("many-problems-at-once.json");
        const CliRun run = runCli({"validate", "--json", path});
        QCOMPARE(run.exitCode, 1);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QJsonArray files = document.object().value("files").toArray();
        QCOMPARE(files.size(), 1);
        const QJsonObject file = files.at(0).toObject();
        QCOMPARE(file.value("file").toString(), path);
        QCOMPARE(file.value("valid").toBool(true), false);
        QCOMPARE(file.value("usable").toBool(false), true);
        const QJsonArray diagnostics = file.value("diagnostics").toArray();
        QCOMPARE(diagnostics.size(), 5);
        const QJsonObject first = diagnostics.at(0).toObject();
        QCOMPARE(first.value("code").toString(), QStringLiteral("INVALID_VERSION"));
        QCOMPARE(first.value("severity").toString(), QStringLiteral("ERROR"));
        QCOMPARE(first.value("pointer").toString(), QStringLiteral("/Version"));
        QCOMPARE(first.value("line").toInt(), 2);
        QCOMPARE(first.value("column").toInt(), 14);
        QVERIFY(first.value("message").toString().contains("`2012-10-18`"));
        QVERIFY(!first.value("help").toString().isEmpty());
        const QJsonObject last = diagnostics.at(4).toObject();
        QCOMPARE(last.value("pointer").toString(), QStringLiteral("/Statement/2/Principals"));
        QCOMPARE(last.value("column").toInt(), 99);
    }

    // Bytes that are not UTF-8 once made the JSON writer throw and the process abort.
    void validateJsonOfBrokenBytesStillWritesJson()
    {
        for (const char* name : {"syntax-invalid-utf8.json", "syntax-number-too-large.json"}) {
            const CliRun run = runCli({"validate", "--json", invalid(name)});
            QCOMPARE(run.exitCode, 2);
            const QJsonObject report = run.outJson();
            const QJsonObject file = report.value("files").toArray().at(0).toObject();
            QCOMPARE(file.value("usable").toBool(true), false);
            QCOMPARE(file.value("diagnostics").toArray().at(0).toObject().value("code").toString(),
                     QStringLiteral("JSON_SYNTAX_ERROR"));
            QCOMPARE(run.errLines().size(), 1);
        }
    }

    void validateReadsStandardInput()
    {
        const CliRun ok = runCli({"validate", "-"}, fileBytes(valid("lambda-execution-trust.json")));
        QCOMPARE(ok.exitCode, 0);
        QVERIFY(ok.out.isEmpty());
        const CliRun findings = runCli({"validate", "-"}, fileBytes(invalid("effect-missing.json")));
        QCOMPARE(findings.exitCode, 1);
        QCOMPARE(findings.outLines(),
                 QStringList{"<stdin>:5:5: error: the statement has no `Effect` [MISSING_EFFECT]"});
    }

    void validateSeveralFilesReportsEachAndTheWorstExitCode()
    {
        const CliRun findings = runCli({"validate", valid("numeric-limits.json"), invalid("action-missing.json"),
                                        invalid("version-unknown-date.json")});
        QCOMPARE(findings.exitCode, 1);
        const QStringList lines = findings.outLines();
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines[0].startsWith(invalid("action-missing.json") + ":3:16: "));
        QVERIFY(lines[1].startsWith(invalid("version-unknown-date.json") + ":2:14: "));

        const CliRun unusable = runCli({"validate", invalid("syntax-empty.json"), invalid("action-missing.json")});
        QCOMPARE(unusable.exitCode, 2);
        QCOMPARE(unusable.outLines().size(), 1);
        QCOMPARE(unusable.errLines().size(), 1);
    }

    void validateOfMissingFileExitsTwoWithOneLine()
    {
        const QString missing = QDir::temp().filePath("iam-studio-no-such-policy.json");
        const CliRun run = runCli({"validate", missing, valid("bucket-public-website.json")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY(run.errLines().front().startsWith(missing + ": "));
    }

    void validateOfPathThroughAFileExitsTwoWithOneLine()
    {
        const QString path = valid("bucket-public-website.json") + "/inner.json";
        const CliRun run = runCli({"validate", path});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        // The reason in brackets comes from the system, in the user's language.
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY(run.errLines().front().startsWith(path + ": cannot open file ("));
    }

    void validateJsonListsUnreadableFilesBesideTheOthers()
    {
        const QString missing = QDir::temp().filePath("iam-studio-no-such-policy.json");
        const CliRun run = runCli({"validate", "--json", missing, "-"}, fileBytes(valid("numeric-limits.json")));
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.errLines().size(), 1);
        const QJsonArray files = run.outJson().value("files").toArray();
        QCOMPARE(files.size(), 2);
        QCOMPARE(files.at(0).toObject().value("file").toString(), missing);
        QCOMPARE(files.at(0).toObject().value("usable").toBool(true), false);
        QVERIFY(files.at(0).toObject().value("error").toString().contains("cannot open file"));
        QCOMPARE(files.at(1).toObject().value("file").toString(), QStringLiteral("<stdin>"));
        QCOMPARE(files.at(1).toObject().value("valid").toBool(false), true);
        QCOMPARE(files.at(1).toObject().value("diagnostics").toArray().size(), 0);
    }

    void validateOfAFolderExitsTwoWithOneLine()
    {
        const QString folder = test::dataPath("policies/valid");
        const CliRun run = runCli({"validate", folder});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.errLines(), QStringList{folder + ": is a folder, not a file"});
    }

    void validateOfUnreadableFileExitsTwoWithOneLine()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath("locked.json");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(fileBytes(valid("bucket-public-website.json")));
        file.close();
        QVERIFY(file.setPermissions(QFileDevice::WriteOwner));
        if (QFile(path).open(QIODevice::ReadOnly))
            QSKIP("running with rights that read any file (root); permissions cannot make it unreadable");
        const CliRun run = runCli({"validate", path});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY(run.errLines().front().startsWith(path + ": cannot open file"));
    }

    void formatPrintsTheCanonicalForm_data() { test::addPathRows(test::dataPath("policies/canonical"), "*.json"); }

    // Each canonical file is the formatted form of the valid policy of the same name.
    void formatPrintsTheCanonicalForm()
    {
        QFETCH(QString, path);
        const QByteArray expected = fileBytes(path);
        const QString source = valid(QFileInfo(path).fileName());
        const CliRun fromSource = runCli({"format", source});
        QCOMPARE(fromSource.exitCode, 0);
        QCOMPARE(fromSource.out, expected);
        QVERIFY(fromSource.err.isEmpty());
        const CliRun again = runCli({"format", path});
        QCOMPARE(again.out, expected);
        const CliRun fromStdin = runCli({"format", "-"}, fileBytes(source));
        QCOMPARE(fromStdin.exitCode, 0);
        QCOMPARE(fromStdin.out, expected);
    }

    void formatOfInvalidPolicyExitsOneAndPrintsNoPolicy()
    {
        const CliRun run = runCli({"format", invalid("action-and-not-action.json")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY(kDiagnosticLine.match(run.errLines().front()).hasMatch());
    }

    void formatOfTextThatIsNotJsonExitsTwo()
    {
        const CliRun run = runCli({"format", invalid("syntax-single-quotes.json")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY(run.err.contains("[JSON_SYNTAX_ERROR]"));
    }

    void unknownOrMissingCommandExitsTwo()
    {
        const CliRun unknown = runCli({"validat", valid("bucket-public-website.json")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.out.isEmpty());
        QVERIFY(unknown.err.contains("validat"));
        const CliRun none = runCli({});
        QCOMPARE(none.exitCode, 2);
        QVERIFY(!none.err.isEmpty());
        const CliRun noFile = runCli({"validate"});
        QCOMPARE(noFile.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_Cli.moc"
