#include <algorithm>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTest>

#include "tests/support/TestFiles.h"

namespace {

const QStringList kDecisions = {"allowed", "explicitDeny", "implicitDeny"};
const QStringList kExpectKeys = {"decision", "decidedBy", "missingContextKeys", "gates"};
const QStringList kTopics = {"actions", "resources", "principals", "conditions-string", "conditions-numeric",
                             "conditions-date", "conditions-bool-binary-ip-arn-null", "set-operators", "ifexists",
                             "variables", "evaluation-order", "cross-account", "boundaries", "sessions", "scp-rcp",
                             "defaults", "missing-keys"};

QString corpusRoot()
{
    return QDir::cleanPath(iam::test::dataPath("eval"));
}

// Every case file under tests/data/eval, as paths relative to it, sorted so rows keep a stable order.
QStringList caseFiles()
{
    QStringList files;
    QDirIterator it(corpusRoot(), {"*.json"}, QDir::Files, QDirIterator::Subdirectories);
    const QDir root(corpusRoot());
    while (it.hasNext())
        files.append(root.relativeFilePath(it.next()));
    std::sort(files.begin(), files.end());
    return files;
}

QJsonObject readCase(const QString& relative, QString* error)
{
    QFile file(corpusRoot() + '/' + relative);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = "cannot read the file";
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        *error = "not a JSON object: " + parseError.errorString();
        return {};
    }
    return document.object();
}

QString compact(const QJsonValue& value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
}

// An expected decidedBy entry names only the fields it cares about; an actual entry matches when it agrees on all.
bool entryMatches(const QJsonObject& expected, const QJsonObject& actual)
{
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        if (actual.value(it.key()) != it.value())
            return false;
    }
    return true;
}

QSet<QString> lowerSet(const QJsonArray& array)
{
    QSet<QString> set;
    for (const QJsonValue& value : array)
        set.insert(value.toString().toLower());
    return set;
}

// What went wrong with one case, or an empty string when the engine gave the expected answer.
QString compareWithExpectation(const QJsonObject& expect, const QJsonObject& result)
{
    QStringList problems;
    const QString decision = result.value("decision").toString();
    if (decision != expect.value("decision").toString())
        problems << QString("decision: expected %1, engine said %2").arg(expect.value("decision").toString(), decision);

    const QJsonArray decidedBy = result.value("decidedBy").toArray();
    for (const QJsonValue& wanted : expect.value("decidedBy").toArray()) {
        const bool found = std::any_of(decidedBy.begin(), decidedBy.end(), [&](const QJsonValue& actual) {
            return entryMatches(wanted.toObject(), actual.toObject());
        });
        if (!found)
            problems << "decidedBy: no entry matches " + compact(wanted) + ", engine listed " + compact(decidedBy);
    }

    if (expect.contains("missingContextKeys")) {
        const QJsonArray wanted = expect.value("missingContextKeys").toArray();
        const QJsonArray actual = result.value("missingContextKeys").toArray();
        if (lowerSet(wanted) != lowerSet(actual))
            problems << "missingContextKeys: expected " + compact(wanted) + ", engine said " + compact(actual);
    }

    const QJsonObject gates = result.value("gates").toObject();
    const QJsonObject wantedGates = expect.value("gates").toObject();
    for (auto it = wantedGates.begin(); it != wantedGates.end(); ++it) {
        if (gates.value(it.key()) != it.value())
            problems << QString("gates.%1: expected %2, engine said %3")
                            .arg(it.key(), it.value().toString(), compact(gates.value(it.key())));
    }
    return problems.join("\n  ");
}

}  // namespace

// Runs every simulation file of tests/data/eval through the real `iam-studio-cli simulate --jsonl` (one run for the
// whole corpus) and checks each answer against the file's `expect` block, which was written from AWS's documentation
// (each file names its page). A failing row names the file; see tests/data/eval/README.md.
class tst_EvalCorpus : public QObject {
    Q_OBJECT

    QStringList m_files;
    QHash<QString, QJsonObject> m_results;  // by relative file path
    QString m_runError;

private slots:
    void initTestCase()
    {
        m_files = caseFiles();
        QByteArray input;
        for (const QString& relative : m_files) {
            QFile file(corpusRoot() + '/' + relative);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(relative));
            // Newlines never occur inside JSON strings, so a pretty-printed file becomes one line by dropping them.
            QByteArray line = file.readAll();
            line.replace('\r', ' ').replace('\n', ' ');
            input += line.trimmed() + '\n';
        }

        QProcess cli;
        cli.start(QStringLiteral(IAM_CLI_PATH), {"simulate", "--jsonl", "-"});
        if (!cli.waitForStarted(30000)) {
            m_runError = "cannot start " + QStringLiteral(IAM_CLI_PATH);
            return;
        }
        cli.write(input);
        cli.closeWriteChannel();
        if (!cli.waitForFinished(120000)) {
            cli.kill();
            m_runError = "simulate --jsonl did not finish";
            return;
        }
        const QList<QByteArray> lines = cli.readAllStandardOutput().split('\n');
        if (cli.exitCode() != 0)
            m_runError = QString("simulate --jsonl exited with %1: %2")
                             .arg(cli.exitCode())
                             .arg(QString::fromUtf8(cli.readAllStandardError()).left(2000));
        int index = 0;
        for (const QByteArray& line : lines) {
            if (line.trimmed().isEmpty())
                continue;
            if (index < m_files.size())
                m_results.insert(m_files.at(index), QJsonDocument::fromJson(line).object());
            ++index;
        }
    }

    void corpusCoversEveryTopic()
    {
        QVERIFY2(m_files.size() >= 150, qPrintable(QString("only %1 case files").arg(m_files.size())));
        for (const QString& topic : kTopics) {
            const auto inTopic = std::count_if(m_files.begin(), m_files.end(),
                                               [&](const QString& file) { return file.startsWith(topic + '/'); });
            QVERIFY2(inTopic >= 5, qPrintable(QString("topic %1 has only %2 cases").arg(topic).arg(inTopic)));
        }
    }

    void caseIsWellFormed_data()
    {
        QTest::addColumn<QString>("relative");
        for (const QString& relative : caseFiles())
            QTest::newRow(qPrintable(relative)) << relative;
    }

    // A case explains itself and cites the AWS page its answer comes from, so a reviewer can check the answer.
    void caseIsWellFormed()
    {
        QFETCH(QString, relative);
        QString error;
        const QJsonObject body = readCase(relative, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(body.value("id").toString(), relative.chopped(5));
        QVERIFY2(!body.value("note").toString().trimmed().isEmpty(), "a case needs a note saying what it checks");
        QVERIFY2(body.value("doc").toString().startsWith("https://docs.aws.amazon.com/"),
                 "a case names the AWS documentation page it follows in `doc`");
        const QJsonObject expect = body.value("expect").toObject();
        QVERIFY2(kDecisions.contains(expect.value("decision").toString()), "expect.decision must be an AWS decision");
        for (const QString& key : expect.keys())
            QVERIFY2(kExpectKeys.contains(key), qPrintable("unknown expect field " + key));
    }

    void caseGivesExpectedAnswer_data() { caseIsWellFormed_data(); }

    void caseGivesExpectedAnswer()
    {
        QFETCH(QString, relative);
        QVERIFY2(m_runError.isEmpty(), qPrintable(m_runError));
        QString error;
        const QJsonObject body = readCase(relative, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(m_results.contains(relative), "the CLI gave no result line for this file");
        const QJsonObject result = m_results.value(relative);
        QCOMPARE(result.value("id").toString(), body.value("id").toString());
        QVERIFY2(result.contains("decision"), qPrintable("no decision: " + compact(result)));

        const QString problems = compareWithExpectation(body.value("expect").toObject(), result);
        QVERIFY2(problems.isEmpty(), qPrintable(relative + " (" + body.value("note").toString() + ")\n  " + problems
                                                + "\n  see " + body.value("doc").toString()));
    }
};

// QProcess needs an application object to reap the child process; no GUI is involved.
QTEST_GUILESS_MAIN(tst_EvalCorpus)
#include "tst_EvalCorpus.moc"
