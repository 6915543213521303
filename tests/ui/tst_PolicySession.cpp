#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <nlohmann/json.hpp>

#include "UiTestSupport.h"
#include "core/edit/PolicyTextEditor.h"
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

const QByteArray kBucketPolicy =
    "{\n"
    "  \"Version\": \"2012-10-17\",\n"
    "  \"Statement\": [\n"
    "    {\n"
    "      \"Sid\": \"PartnerReads\",\n"
    "      \"Effect\": \"Allow\",\n"
    "      \"Principal\": {\"AWS\": \"arn:aws:iam::123456789012:root\"},\n"
    "      \"Action\": \"s3:GetObject\",\n"
    "      \"Resource\": \"arn:aws:s3:::reports/*\"\n"
    "    }\n"
    "  ]\n"
    "}";

bool hasCode(const PolicySession& session, const char* code)
{
    for (const auto& diagnostic : session.diagnostics()) {
        if (diagnostic.code == code)
            return true;
    }
    return false;
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

    void kindDecidesWhetherAPrincipalIsRight()
    {
        PolicySession session;
        QSignalSpy kindChanged(&session, &PolicySession::kindChanged);
        session.setText(QString::fromUtf8(kBucketPolicy));
        session.reparseNow();
        QCOMPARE(session.kind(), iam::PolicyKind::Identity);
        QVERIFY(hasCode(session, "UNSUPPORTED_PRINCIPAL"));  // a user's policy names no Principal

        session.setKind(iam::PolicyKind::Resource);
        QCOMPARE(kindChanged.count(), 1);
        QVERIFY(!hasCode(session, "UNSUPPORTED_PRINCIPAL"));  // re-checked at once, no pause
        QVERIFY(!session.hasErrors());
    }

    void brokenTextKeepsTheLastGoodPolicy()
    {
        PolicySession session;
        session.setText(QString::fromUtf8(kValidPolicy));
        session.reparseNow();
        QVERIFY(session.isPolicyCurrent());
        QVERIFY(session.policy().has_value());
        QCOMPARE(session.policy()->statements.size(), std::size_t(1));

        session.setText(QString::fromUtf8(kValidPolicy).replace(QStringLiteral("ReadReports\","),
                                                                  QStringLiteral("ReadReports\"")));
        session.reparseNow();
        QVERIFY(session.hasErrors());
        QVERIFY(!session.isPolicyCurrent());
        QVERIFY(session.policy().has_value());
        QCOMPARE(session.policy()->statements.size(), std::size_t(1));
    }

    void typingBurstIsOneEditJsonStep()
    {
        PolicySession session;
        session.setText(QStringLiteral("{"));
        session.setText(QStringLiteral("{\""));
        session.setText(QStringLiteral("{\"V"));
        QUndoStack* stack = session.undoStack();
        QCOMPARE(stack->count(), 1);
        QCOMPARE(stack->undoText(), QStringLiteral("Edit JSON"));
        stack->undo();
        QVERIFY(session.text().isEmpty());
        QVERIFY(!session.isModified());
        stack->redo();
        QCOMPARE(session.text(), QStringLiteral("{\"V"));

        // After a pause, the next keystroke is a step of its own.
        QTest::qWait(1200);
        session.setText(QStringLiteral("{\"Ve"));
        QCOMPARE(stack->count(), 2);
        stack->undo();
        QCOMPARE(session.text(), QStringLiteral("{\"V"));
    }

    void typingAndDeletingAgainLeavesNothingToUndo()
    {
        PolicySession session;
        session.setText(QStringLiteral("{}"));
        QTest::qWait(1200);
        session.setText(QStringLiteral("{x}"));
        session.setText(QStringLiteral("{}"));
        QCOMPARE(session.undoStack()->count(), 1);
        QCOMPARE(session.text(), QStringLiteral("{}"));
    }

    void undoingBackToTheSavedTextClearsModified()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("policy.json"));
        QVERIFY(writeFile(path, kValidPolicy));
        PolicySession session;
        QVERIFY(session.load(path));
        QSignalSpy modified(&session, &PolicySession::modifiedChanged);
        session.setText(session.text().replace(QStringLiteral("reports"), QStringLiteral("invoices")));
        QVERIFY(session.isModified());
        session.undoStack()->undo();
        QVERIFY(!session.isModified());
        QCOMPARE(session.text().toUtf8(), kValidPolicy);
        QCOMPARE(modified.count(), 2);
        session.undoStack()->redo();
        QVERIFY(session.isModified());
        QVERIFY(session.save());
        QVERIFY(!session.isModified());
        // Now the saved text is the edited one: undoing past it is a change again.
        session.undoStack()->undo();
        QVERIFY(session.isModified());
    }

    void openingAFileStartsAFreshHistory()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("policy.json"));
        QVERIFY(writeFile(path, kValidPolicy));
        PolicySession session;
        session.setText(QStringLiteral("{}"));
        QVERIFY(session.load(path));
        QVERIFY(!session.undoStack()->canUndo());
        session.clear();
        QVERIFY(!session.undoStack()->canUndo());
    }

    void formEditIsANamedStepCheckedAtOnce()
    {
        PolicySession session;
        session.setText(QString::fromUtf8(kValidPolicy));
        session.reparseNow();
        QSignalSpy diagnostics(&session, &PolicySession::diagnosticsChanged);
        const bool changed = session.applyEdit(QStringLiteral("Add action s3:PutObject"), [](iam::PolicyTextEditor& editor) {
            return editor.insertElement("/Statement/0/Action", 1, nlohmann::ordered_json("s3:PutObject"));
        });
        QVERIFY(changed);
        QCOMPARE(diagnostics.count(), 1);  // no pause: the form shows the result at once
        QVERIFY(session.areDiagnosticsCurrent());
        QVERIFY(session.text().contains(QStringLiteral("\"s3:PutObject\"")));
        QVERIFY(session.text().contains(QStringLiteral("\"Sid\": \"ReadReports\"")));  // the rest stays
        QCOMPARE(session.undoStack()->undoText(), QStringLiteral("Add action s3:PutObject"));
        QCOMPARE(session.policy()->statements.front().action->values.size(), std::size_t(2));

        session.undoStack()->undo();
        QCOMPARE(session.text().toUtf8(), kValidPolicy);
        QCOMPARE(session.undoStack()->redoText(), QStringLiteral("Add action s3:PutObject"));
    }

    void fieldTypedLetterByLetterIsOneStep()
    {
        PolicySession session;
        session.setText(QString::fromUtf8(kValidPolicy));
        session.reparseNow();
        const int steps = session.undoStack()->count();
        for (const char* sid : {"R", "Re", "Rea", "Read"}) {
            QVERIFY(session.applyEdit(
                QStringLiteral("Rename statement to %1").arg(QLatin1String(sid)),
                [sid](iam::PolicyTextEditor& editor) { return editor.setValue("/Statement/0/Sid", nlohmann::ordered_json(sid)); },
                QStringLiteral("sid/Statement/0")));
        }
        QCOMPARE(session.undoStack()->count(), steps + 1);
        QCOMPARE(session.undoStack()->undoText(), QStringLiteral("Rename statement to Read"));
        // Another field's edit is a step of its own.
        QVERIFY(session.applyEdit(QStringLiteral("Set effect to Deny"), [](iam::PolicyTextEditor& editor) {
            return editor.setValue("/Statement/0/Effect", nlohmann::ordered_json("Deny"));
        }));
        QCOMPARE(session.undoStack()->count(), steps + 2);
        session.undoStack()->undo();
        session.undoStack()->undo();
        QCOMPARE(session.text().toUtf8(), kValidPolicy);
    }

    void editThatChangesNothingLeavesNoStep()
    {
        PolicySession session;
        session.setText(QString::fromUtf8(kValidPolicy));
        const int steps = session.undoStack()->count();
        QVERIFY(!session.applyEdit(QStringLiteral("Nothing"), [](iam::PolicyTextEditor&) { return false; }));
        QVERIFY(!session.applyEdit(QStringLiteral("Same"), [](iam::PolicyTextEditor& editor) {
            return editor.setValue("/Version", nlohmann::ordered_json("2012-10-17"));
        }));
        QCOMPARE(session.undoStack()->count(), steps);
    }

    void formEditEndsATypingStep()
    {
        PolicySession session;
        session.setText(QStringLiteral("{\"Version\": \"2012-10-17\"}"));
        QVERIFY(session.applyEdit(QStringLiteral("Set Id"), [](iam::PolicyTextEditor& editor) {
            return editor.setValue("/Id", nlohmann::ordered_json("reports"));
        }));
        session.setText(session.text() + QLatin1Char(' '));
        QCOMPARE(session.undoStack()->count(), 3);
        QCOMPARE(session.undoStack()->text(0), QStringLiteral("Edit JSON"));
        QCOMPARE(session.undoStack()->text(1), QStringLiteral("Set Id"));
        QCOMPARE(session.undoStack()->text(2), QStringLiteral("Edit JSON"));
    }

    void fixIsAStepNamedAfterIt()
    {
        PolicySession session;
        const QString text = QStringLiteral("{\"Statement\": []}");
        session.setText(text);
        session.reparseNow();
        iam::Diagnostic diagnostic;
        diagnostic.code = "MISSING_VERSION";
        diagnostic.fixTitle = "Add Version";
        diagnostic.fixEdits.push_back({1, 0, "\"Version\": \"2012-10-17\", "});
        QVERIFY(session.applyFix(diagnostic));
        QCOMPARE(session.text(), QStringLiteral("{\"Version\": \"2012-10-17\", \"Statement\": []}"));
        QCOMPARE(session.undoStack()->undoText(), QStringLiteral("Add Version"));
        session.undoStack()->undo();
        QCOMPARE(session.text(), text);

        // Offsets of a finding made before the latest keystroke would land in the wrong place.
        session.setText(QStringLiteral(" ") + text);
        QVERIFY(!session.areDiagnosticsCurrent());
        QVERIFY(!session.applyFix(diagnostic));
        iam::Diagnostic noFix;
        session.reparseNow();
        QVERIFY(!session.applyFix(noFix));
    }

    void readOnlyDocumentRefusesChanges()
    {
        PolicySession session;
        QSignalSpy readOnly(&session, &PolicySession::readOnlyChanged);
        session.startUntitled(QString::fromUtf8(kValidPolicy), false);
        session.setReadOnly(true);
        QCOMPARE(readOnly.count(), 1);
        QVERIFY(!session.isModified());
        session.setText(QStringLiteral("{}"));
        QCOMPARE(session.text().toUtf8(), kValidPolicy);
        QVERIFY(!session.applyEdit(QStringLiteral("Set Id"), [](iam::PolicyTextEditor& editor) {
            return editor.setValue("/Id", nlohmann::ordered_json("x"));
        }));
        QTemporaryDir dir;
        QVERIFY(!session.saveAs(dir.filePath(QStringLiteral("copy.json"))));
        QVERIFY(session.lastError().contains(QStringLiteral("Duplicate as my policy")));

        session.setReadOnly(false);  // "Duplicate as my policy"
        session.setText(QStringLiteral("{}"));
        QCOMPARE(session.text(), QStringLiteral("{}"));
        session.clear();
        QVERIFY(!session.isReadOnly());
    }

    void templateStartsModifiedWithNothingToUndo()
    {
        PolicySession session;
        session.startUntitled(QString::fromUtf8(kValidPolicy), true);
        QVERIFY(session.isModified());
        QVERIFY(!session.undoStack()->canUndo());
        QVERIFY(session.filePath().isEmpty());
        QVERIFY(session.areDiagnosticsCurrent());
        session.clear();
        QVERIFY(!session.isModified());
    }

    void openingAFileFollowsItsPrincipals()
    {
        QTemporaryDir dir;
        const QString bucket = dir.filePath(QStringLiteral("bucket.json"));
        const QString trust = dir.filePath(QStringLiteral("trust.json"));
        const QString identity = dir.filePath(QStringLiteral("identity.json"));
        QVERIFY(writeFile(bucket, kBucketPolicy));
        QVERIFY(writeFile(trust, "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Principal\": "
                                 "{\"Service\": \"lambda.amazonaws.com\"}, \"Action\": \"sts:AssumeRole\"}]}"));
        QVERIFY(writeFile(identity, kValidPolicy));

        PolicySession session;
        QVERIFY(session.load(bucket));
        QCOMPARE(session.kind(), iam::PolicyKind::Resource);
        QVERIFY(!session.hasErrors());
        QVERIFY(session.load(trust));
        QCOMPARE(session.kind(), iam::PolicyKind::Trust);
        QVERIFY(!session.hasErrors());
        QVERIFY(session.load(identity));
        QCOMPARE(session.kind(), iam::PolicyKind::Identity);
        // A kind the file does not contradict is kept: an SCP names no Principal either.
        session.setKind(iam::PolicyKind::Scp);
        QVERIFY(session.load(identity));
        QCOMPARE(session.kind(), iam::PolicyKind::Scp);
    }

    void quotaCountsCharactersNotWhiteSpace()
    {
        PolicySession session;
        // 2 braces, "Id" (4), colon, "a b é" (7 characters; é is one though two bytes) = 14.
        session.setText(QStringLiteral("{\n  \"Id\" :  \"a b é\"\n}\n"));
        QCOMPARE(session.quotaCharacterCount(), 14);
        QCOMPARE(session.sizeQuota(), 6144);
        session.setKind(iam::PolicyKind::Trust);
        QCOMPARE(session.sizeQuota(), 2048);
        session.setKind(iam::PolicyKind::Scp);
        QCOMPARE(session.sizeQuota(), 5120);
    }
};

QTEST_GUILESS_MAIN(tst_PolicySession)
#include "tst_PolicySession.moc"
