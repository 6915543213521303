#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "UiTestSupport.h"
#include "ui/session/PolicySession.h"

using iam::ui::PolicySession;

namespace {

// Plain literals, not raw strings: moc in Qt 6.4 loses track of classes after a raw string.
const QByteArray kValidPolicy =
    "{\n"
    "  \"Version\": \"2012-10-17\",\n"
    "  \"Statement\": [\n"
    "    {\n"
    "      \"Sid\": \"ReadReports\",\n"
    "      \"Effect\": \"Allow\",\n"
    "      \"Action\": \"s3:GetObject\",\n"
    "      \"Resource\": \"arn:aws:s3:::reports/*\"\n"
    "    }\n"
    "  ]\n"
    "}";

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

}  // namespace

class tst_PolicySession final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { useTestSettings(); }

    void typingMarksModifiedAndFindsProblemsAfterAPause()
    {
        PolicySession session;
        QSignalSpy modified(&session, &PolicySession::modifiedChanged);
        QSignalSpy diagnostics(&session, &PolicySession::diagnosticsChanged);
        session.setText(QStringLiteral("{\"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"Alow\", "
                                       "\"Action\": \"s3:GetObject\", \"Resource\": \"*\"}}"));
        QVERIFY(session.isModified());
        QCOMPARE(modified.count(), 1);
        QVERIFY(diagnostics.wait(2000));
        QVERIFY(session.hasErrors());
        QCOMPARE(session.diagnostics().front().code, std::string("INVALID_EFFECT"));
        QCOMPARE(session.diagnostics().front().span.line, 1);
    }

    void quickTypingIsCheckedOnce()
    {
        PolicySession session;
        QSignalSpy diagnostics(&session, &PolicySession::diagnosticsChanged);
        session.setText(QStringLiteral("{"));
        session.setText(QStringLiteral("{\""));
        session.setText(QString::fromUtf8(kValidPolicy));
        QVERIFY(diagnostics.wait(2000));
        QTest::qWait(300);
        QCOMPARE(diagnostics.count(), 1);
        QVERIFY(session.diagnostics().empty());
    }

    void blankDocumentHasNothingToReport()
    {
        PolicySession session;
        session.setText(QStringLiteral("   \n"));
        session.reparseNow();
        QVERIFY(session.diagnostics().empty());
    }

    void openThenSaveKeepsEveryByte()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("policy.json"));
        // A byte order mark, CRLF line ends, a tab and non-ASCII text: none may change on the way through.
        const QByteArray bytes = "\xEF\xBB\xBF{\r\n\t\"Id\": \"caf\xC3\xA9 \xF0\x9F\x94\x91\",\r\n" + kValidPolicy.mid(1);
        QVERIFY(writeFile(path, bytes));

        PolicySession session;
        QSignalSpy pathChanged(&session, &PolicySession::filePathChanged);
        QVERIFY2(session.load(path), qPrintable(session.lastError()));
        QVERIFY(!session.isModified());
        QCOMPARE(session.filePath(), path);
        QCOMPARE(session.displayName(), QStringLiteral("policy.json"));
        QCOMPARE(pathChanged.count(), 1);

        const QString copy = dir.filePath(QStringLiteral("copy.json"));
        QVERIFY(session.saveAs(copy));
        QCOMPARE(readFile(copy), bytes);
        QCOMPARE(session.filePath(), copy);
    }

    void saveWritesTheEditedText()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("policy.json"));
        QVERIFY(writeFile(path, kValidPolicy));
        PolicySession session;
        QVERIFY(session.load(path));
        session.setText(session.text().replace(QStringLiteral("reports"), QStringLiteral("invoices")));
        QVERIFY(session.isModified());
        QVERIFY(session.save());
        QVERIFY(!session.isModified());
        QVERIFY(readFile(path).contains("arn:aws:s3:::invoices/*"));
    }

    void failedSaveKeepsTheDocumentModified()
    {
        QTemporaryDir dir;
        const QString lockedDir = dir.filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkpath(lockedDir));
        QVERIFY(QFile::setPermissions(lockedDir, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        QString target = lockedDir + QStringLiteral("/policy.json");
        // root ignores directory permissions; a path through a plain file fails for everyone.
        if (writeFile(lockedDir + QStringLiteral("/probe"), "x")) {
            QVERIFY(writeFile(dir.filePath(QStringLiteral("plain-file")), "x"));
            target = dir.filePath(QStringLiteral("plain-file/policy.json"));
        }

        PolicySession session;
        session.setText(QString::fromUtf8(kValidPolicy));
        QVERIFY(!session.saveAs(target));
        QVERIFY(session.isModified());
        QVERIFY(session.filePath().isEmpty());
        QVERIFY(session.lastError().startsWith(QStringLiteral("Could not save policy.json")));
        QVERIFY(!QFile::exists(target));
        QFile::setPermissions(lockedDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }

    void saveWithoutAFileAsksForOne()
    {
        PolicySession session;
        session.setText(QStringLiteral("{}"));
        QVERIFY(!session.save());
        QVERIFY(session.isModified());
        QVERIFY(session.lastError().contains(QStringLiteral("Save As")));
    }

    void refusesFilesThatAreNotPolicies_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << QStringLiteral("binary");
        QTest::newRow("latin-1") << QByteArray("{\"Id\": \"caf\xE9\"}") << QStringLiteral("not valid UTF-8");
    }

    void refusesFilesThatAreNotPolicies()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("odd.json"));
        QVERIFY(writeFile(path, bytes));

        PolicySession session;
        session.setText(QStringLiteral("{}"));
        QVERIFY(!session.load(path));
        QVERIFY2(session.lastError().contains(reason), qPrintable(session.lastError()));
        QCOMPARE(session.text(), QStringLiteral("{}"));  // what was open stays open
        QVERIFY(session.isModified());
    }

    void refusesHugeFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(PolicySession::kMaxFileBytes + 1));
        file.close();

        PolicySession session;
        QVERIFY(!session.load(path));
        QVERIFY(session.lastError().contains(QStringLiteral("larger than 10 MB")));
    }

    void folderSaysSo()
    {
        QTemporaryDir dir;
        PolicySession session;
        QVERIFY(!session.load(dir.path()));
        QVERIFY2(session.lastError().contains(QStringLiteral("is a folder")), qPrintable(session.lastError()));
    }

    void missingFileSaysSo()
    {
        PolicySession session;
        QVERIFY(!session.load(QStringLiteral("/nonexistent/policy.json")));
        QVERIFY(session.lastError().startsWith(QStringLiteral("Could not open policy.json")));
    }

    void byteOffsetsBecomeTextPositions()
    {
        PolicySession session;
        // é is 2 bytes and 1 UTF-16 unit; the key emoji is 4 bytes and 2 UTF-16 units.
        const QString text = QStringLiteral("{\"Id\": \"é🔑\", \"X\": 1}");
        session.setText(text);
        const QByteArray utf8 = text.toUtf8();
        const auto offsetOfX = static_cast<std::size_t>(utf8.indexOf("\"X\""));
        QCOMPARE(session.textPositionForByteOffset(offsetOfX), text.indexOf(QStringLiteral("\"X\"")));
        QCOMPARE(session.textPositionForByteOffset(0), 0);
        QCOMPARE(session.textPositionForByteOffset(100000), text.size());
    }

    void clearStartsAnUntitledDocument()
    {
        PolicySession session;
        session.setText(QStringLiteral("{"));
        session.clear();
        QVERIFY(!session.isModified());
        QVERIFY(session.text().isEmpty());
        QCOMPARE(session.displayName(), QStringLiteral("Untitled"));
        QVERIFY(session.diagnostics().empty());
    }
};

QTEST_GUILESS_MAIN(tst_PolicySession)
#include "tst_PolicySession.moc"
