#include <QTest>

#include "tests/support/CliRun.h"
#include "tests/support/TestFiles.h"

using namespace iam;

namespace {

const QString kCli = QStringLiteral(IAM_CLI_PATH);

}  // namespace

// `iam-studio-cli lint` as a user runs it: the --kind option reaches the linter, bad options are
// refused before any file is read.
class tst_LintCli : public QObject {
    Q_OBJECT

private slots:
    void kindDefaultsToIdentity()
    {
        const QString trust = test::dataPath("lint/missing-resource/nearmiss-trust.trust.json");
        const test::CliRun asIdentity = test::runCli(kCli, {"lint", trust});
        QCOMPARE(asIdentity.exitCode, 1);
        QVERIFY2(asIdentity.out.contains("[UNSUPPORTED_PRINCIPAL]"), asIdentity.out.constData());
        const test::CliRun asTrust = test::runCli(kCli, {"lint", "--kind", "trust", trust});
        QCOMPARE(asTrust.exitCode, 0);
        QCOMPARE(asTrust.out, QByteArray());
    }

    void unknownKindIsAUsageError()
    {
        const test::CliRun run = test::runCli(kCli, {"lint", "--kind", "bucket", "-"}, "{}");
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("--kind must be"), run.err.constData());
    }

    void readsStandardInputAndPrintsJson()
    {
        const test::CliRun run
            = test::runCli(kCli, {"lint", "--json", "--kind", "scp", "-"},
                           "{\"Statement\": {\"Effect\": \"Allow\", \"Action\": \"*\", \"Resource\": \"*\"}}");
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("\"kind\": \"scp\""), run.out.constData());
        QVERIFY2(run.out.contains("\"MISSING_VERSION\""), run.out.constData());
    }

    void noFileIsAUsageError() { QCOMPARE(test::runCli(kCli, {"lint"}).exitCode, 2); }
};

QTEST_GUILESS_MAIN(tst_LintCli)
#include "tst_LintCli.moc"
