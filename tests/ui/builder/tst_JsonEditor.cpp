#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include "../UiTestSupport.h"
#include "ui/common/JsonEditor.h"

using iam::ui::JsonEditor;

namespace {

// Plain literals, not raw strings: moc in Qt 6.4 loses track of classes after a raw string.
const QString kFourSpaces = QStringLiteral("{\n"
                                           "    \"Version\": \"2012-10-17\",\n"
                                           "    \"Statement\": []\n"
                                           "}");

} // namespace

class tst_JsonEditor final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Settings of our own: UI tests run in parallel, and another's window must not read ours.
        useTestSettings(QStringLiteral("tst_JsonEditor"));
    }

    void init()
    {
        m_editor = std::make_unique<JsonEditor>();
        m_editor->resize(600, 400);
        m_editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
        m_editor->setFocus();
    }

    void cleanup() { m_editor.reset(); }

    void enterKeepsTheDocumentsOwnIndent()
    {
        m_editor->setPlainText(kFourSpaces);
        QCOMPARE(m_editor->indentUnit(), QStringLiteral("    "));
        // Enter between [ and ] opens an indented line with the ] under its line's start.
        m_editor->moveCursorToPosition(kFourSpaces.indexOf(QStringLiteral("[]")) + 1);
        QTest::keyClick(m_editor.get(), Qt::Key_Return);
        QTest::keyClicks(m_editor.get(), QStringLiteral("{"));
        QTest::keyClick(m_editor.get(), Qt::Key_Return);
        QTest::keyClicks(m_editor.get(), QStringLiteral("\"Effect\": \"Allow\""));
        QTest::keyClick(m_editor.get(), Qt::Key_Return);
        QTest::keyClicks(m_editor.get(), QStringLiteral("}")); // goes back one level
        QCOMPARE(m_editor->toPlainText(),
            QStringLiteral("{\n"
                           "    \"Version\": \"2012-10-17\",\n"
                           "    \"Statement\": [\n"
                           "        {\n"
                           "            \"Effect\": \"Allow\"\n"
                           "        }\n"
                           "    ]\n"
                           "}"));
    }

    void newDocumentIndentsByTwoSpaces()
    {
        QCOMPARE(m_editor->indentUnit(), QStringLiteral("  "));
        QTest::keyClicks(m_editor.get(), QStringLiteral("{"));
        QTest::keyClick(m_editor.get(), Qt::Key_Return);
        QCOMPARE(m_editor->toPlainText(), QStringLiteral("{\n  "));
    }

    void bracketsAreMatchedOutsideStrings()
    {
        const QString text = QStringLiteral("{\"Sid\": \"a}b\", \"Action\": [\"s3:Get*\"]}");
        m_editor->setPlainText(text);
        m_editor->moveCursorToPosition(0);
        QCOMPARE(m_editor->matchedBrackets(), qMakePair(0, static_cast<int>(text.size()) - 1));
        // After the [ of Action: its ] pairs with it, the } inside the Sid string is ignored.
        const int open = static_cast<int>(text.indexOf(QLatin1Char('[')));
        m_editor->moveCursorToPosition(open + 1);
        QCOMPARE(m_editor->matchedBrackets(), qMakePair(open, static_cast<int>(text.indexOf(QLatin1Char(']')))));
        // Inside the string, no bracket is matched.
        m_editor->moveCursorToPosition(static_cast<int>(text.indexOf(QStringLiteral("}b"))));
        QCOMPARE(m_editor->matchedBrackets(), qMakePair(-1, -1));
    }

    void unclosedBracketHasNoPartner()
    {
        m_editor->setPlainText(QStringLiteral("{\"Statement\": ["));
        m_editor->moveCursorToPosition(0);
        QCOMPARE(m_editor->matchedBrackets(), qMakePair(0, -1));
    }

    void undoKeysGoToTheSharedHistory()
    {
        QUndoStack stack;
        m_editor->setUndoStack(&stack);
        QVERIFY(!m_editor->isUndoRedoEnabled());
        int undone = 0;
        int redone = 0;
        struct Counter : QUndoCommand {
            int& u;
            int& r;
            Counter(int& undoCount, int& redoCount)
                : u(undoCount)
                , r(redoCount)
            {
            }
            void undo() override { ++u; }
            void redo() override { ++r; }
        };
        stack.push(new Counter(undone, redone));
        QTest::keyClick(m_editor.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(undone, 1);
        QTest::keyClick(m_editor.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(redone, 2); // the push, then the redo key
    }

    void outsideChangeKeepsCursorAndScroll()
    {
        QString text;
        for (int i = 0; i < 200; ++i)
            text += QStringLiteral("  \"Key%1\": \"value\",\n").arg(i);
        m_editor->setPlainText(text);
        const int position = static_cast<int>(text.indexOf(QStringLiteral("Key150")));
        m_editor->moveCursorToPosition(position);
        const int scroll = m_editor->verticalScrollBar()->value();
        QVERIFY(scroll > 0);

        // A change above the cursor (a form edit on line 3) shifts the cursor with its text.
        QString changed = text;
        changed.replace(QStringLiteral("Key2\""), QStringLiteral("KeyTwo\""));
        m_editor->replaceTextKeepingView(changed);
        QCOMPARE(m_editor->toPlainText(), changed);
        QCOMPARE(m_editor->textCursor().position(), position + 2);
        QCOMPARE(m_editor->verticalScrollBar()->value(), scroll);
        QVERIFY(!m_editor->document()->isUndoAvailable());
    }

    void typingIsToldApartFromPasting()
    {
        QVERIFY(JsonEditor::isTypingChange(QStringLiteral("{}"), QStringLiteral("{a}")));
        QVERIFY(JsonEditor::isTypingChange(QStringLiteral("{a}"), QStringLiteral("{}")));
        QVERIFY(JsonEditor::isTypingChange(QStringLiteral("{"), QStringLiteral("{\n    ")));
        QVERIFY(!JsonEditor::isTypingChange(QStringLiteral("{}"), QStringLiteral("{\"Sid\"}")));
        QVERIFY(!JsonEditor::isTypingChange(QStringLiteral("{\"Sid\"}"), QStringLiteral("{}")));
    }

    void textIsKeptExactly()
    {
        // A no-break space stays one; toPlainText() would turn it into a plain space.
        const QString text = QStringLiteral("{\"Sid\": \"a\u00a0b\"}");
        m_editor->setPlainText(text);
        QCOMPARE(m_editor->documentText(), text);
    }

private:
    std::unique_ptr<JsonEditor> m_editor;
};

QTEST_MAIN(tst_JsonEditor)
#include "tst_JsonEditor.moc"
