#pragma once

#include <QPlainTextEdit>

class QUndoStack;

namespace iam::ui {

class JsonHighlighter;

// A plain-text editor for JSON: monospace, no wrapping, line numbers in a gutter so the line of a
// finding can be found by eye, the current line and the matching bracket highlighted, indent kept
// on Enter, wavy underlines under the findings, and a way to put the cursor on a finding's position.
class JsonEditor final : public QPlainTextEdit {
    Q_OBJECT

public:
    explicit JsonEditor(QWidget* parent = nullptr);

    // Replaces the text without leaving an undo step, as opening a file should.
    void setTextSilently(const QString& text);
    // Shows a new version of the text that came from elsewhere (a form edit, an undo): only the part
    // that differs is replaced, so the cursor, the selection and the scroll position stay where the
    // user left them. Leaves no undo step in the editor's own history.
    void replaceTextKeepingView(const QString& text);
    void moveCursorToPosition(int position, bool focus = true);

    // Ctrl+Z and Ctrl+Shift+Z act on this stack instead of the editor's own history, so a document
    // edited from several views has one history. The editor's own undo is switched off.
    void setUndoStack(QUndoStack* stack);
    QUndoStack* undoStack() const { return m_undoStack; }
    // Whether going from `before` to `after` is plain typing (one character, or a new line with its
    // indent) rather than a paste, a cut or a deleted selection, which deserve an undo step each.
    static bool isTypingChange(const QString& before, const QString& after);

    // The text exactly as held, unlike toPlainText(), which turns no-break spaces into spaces.
    QString documentText() const;

    // The string a new indent level adds: the document's own (two or four spaces, a tab), or two
    // spaces when the text has no indented line yet.
    QString indentUnit() const;

    struct Marker {
        int start = 0; // text positions (UTF-16), as QTextCursor counts
        int end = 0;
        QColor color;
        QString toolTip;
    };
    // Underlines these ranges, replacing the previous markers.
    void setMarkers(const QList<Marker>& markers);
    QList<Marker> markers() const { return m_markers; }
    // The bracket pair highlighted for the cursor's position: {open, close}, or {-1, -1}. A bracket
    // without a partner is returned with -1 on the other side.
    QPair<int, int> matchedBrackets() const { return m_brackets; }

    int lineNumberAreaWidth() const;
    void paintLineNumbers(QPaintEvent* event);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool canInsertFromMimeData(const QMimeData* source) const override;
    bool event(QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    void updateLineNumberAreaWidth();
    void updateLineNumberArea(const QRect& rect, int dy);
    void applyMonospaceFont();
    void applyPaletteColors();
    void updateBracketMatch();
    void updateExtraSelections();
    bool insertNewLineWithIndent();
    bool dedentClosingBracket(const QString& bracket);

    QWidget* m_lineNumberArea;
    JsonHighlighter* m_highlighter;
    QUndoStack* m_undoStack = nullptr; // owned by the session, which outlives its views
    QList<Marker> m_markers;
    QPair<int, int> m_brackets { -1, -1 };
    QColor m_currentLineColor;
    QColor m_bracketColor;
};

} // namespace iam::ui
