#pragma once

#include <QPlainTextEdit>

namespace iam::ui {

class JsonHighlighter;

// A plain-text editor for JSON: monospace, no wrapping, line numbers in a gutter so the line of a
// finding can be found by eye, wavy underlines under the findings, and a way to put the cursor on
// a finding's position.
class JsonEditor final : public QPlainTextEdit {
    Q_OBJECT

public:
    explicit JsonEditor(QWidget* parent = nullptr);

    // Replaces the text without leaving an undo step, as opening a file should.
    void setTextSilently(const QString& text);
    void moveCursorToPosition(int position);

    struct Marker {
        int start = 0;  // text positions (UTF-16), as QTextCursor counts
        int end = 0;
        QColor color;
        QString toolTip;
    };
    // Underlines these ranges, replacing the previous markers.
    void setMarkers(const QList<Marker>& markers);
    QList<Marker> markers() const { return m_markers; }
    int lineNumberAreaWidth() const;
    void paintLineNumbers(QPaintEvent* event);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool canInsertFromMimeData(const QMimeData* source) const override;
    bool event(QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void updateLineNumberAreaWidth();
    void updateLineNumberArea(const QRect& rect, int dy);
    void applyMonospaceFont();

    QWidget* m_lineNumberArea;
    JsonHighlighter* m_highlighter;
    QList<Marker> m_markers;
};

}  // namespace iam::ui
