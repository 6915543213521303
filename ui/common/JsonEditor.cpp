#include "ui/common/JsonEditor.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QPainter>
#include <QTextBlock>
#include <QToolTip>

#include "ui/common/JsonHighlighter.h"

namespace iam::ui {

namespace {

// The gutter is painted by the editor, which knows the block geometry; this only forwards events.
class LineNumberArea final : public QWidget {
public:
    explicit LineNumberArea(JsonEditor* editor)
        : QWidget(editor)
        , m_editor(editor)
    {
    }

    QSize sizeHint() const override { return {m_editor->lineNumberAreaWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent* event) override { m_editor->paintLineNumbers(event); }

private:
    JsonEditor* m_editor;
};

}  // namespace

JsonEditor::JsonEditor(QWidget* parent)
    : QPlainTextEdit(parent)
    , m_lineNumberArea(new LineNumberArea(this))
    , m_highlighter(new JsonHighlighter(document()))
{
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setAccessibleName(tr("Policy JSON"));
    setFrameShape(QFrame::NoFrame);
    applyMonospaceFont();
    connect(this, &QPlainTextEdit::blockCountChanged, this, &JsonEditor::updateLineNumberAreaWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &JsonEditor::updateLineNumberArea);
    // The current line's number is drawn stronger, so the gutter follows the cursor.
    connect(this, &QPlainTextEdit::cursorPositionChanged, m_lineNumberArea, qOverload<>(&QWidget::update));
    updateLineNumberAreaWidth();
    m_highlighter->setDarkBackground(palette().color(QPalette::Base).lightness() < 128);
}

void JsonEditor::setTextSilently(const QString& text)
{
    const bool undo = isUndoRedoEnabled();
    setUndoRedoEnabled(false);  // clears the undo stack: undo must not bring back the previous file
    setPlainText(text);
    setUndoRedoEnabled(undo);
}

void JsonEditor::setMarkers(const QList<Marker>& markers)
{
    m_markers = markers;
    QList<QTextEdit::ExtraSelection> selections;
    const int last = document()->characterCount() - 1;
    for (const Marker& marker : markers) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document());
        selection.cursor.setPosition(qBound(0, marker.start, last));
        selection.cursor.setPosition(qBound(0, marker.end, last), QTextCursor::KeepAnchor);
        selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        selection.format.setUnderlineColor(marker.color);
        selections << selection;
    }
    setExtraSelections(selections);
}

void JsonEditor::keyPressEvent(QKeyEvent* event)
{
    // Policies are written with two-space indents: Tab inserts them, and a new line keeps the
    // indent of the line before (one level more after an opening bracket).
    if (event->key() == Qt::Key_Tab && event->modifiers() == Qt::NoModifier) {
        textCursor().insertText(QStringLiteral("  "));
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && event->modifiers() == Qt::NoModifier) {
        QTextCursor cursor = textCursor();
        const QString before = cursor.block().text().left(cursor.positionInBlock());
        QString indent;
        for (const QChar c : before) {
            if (c != QLatin1Char(' ') && c != QLatin1Char('\t'))
                break;
            indent += c;
        }
        const QString trimmed = before.trimmed();
        if (trimmed.endsWith(QLatin1Char('{')) || trimmed.endsWith(QLatin1Char('[')))
            indent += QStringLiteral("  ");
        cursor.insertText(QLatin1Char('\n') + indent);
        setTextCursor(cursor);
        ensureCursorVisible();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

bool JsonEditor::canInsertFromMimeData(const QMimeData* source) const
{
    // A dropped file is for the window to open, not a path to paste into the policy.
    return !source->hasUrls() && QPlainTextEdit::canInsertFromMimeData(source);
}

bool JsonEditor::event(QEvent* event)
{
    // Hovering an underlined place tells what is wrong there, without a trip to the findings list.
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QPoint inViewport = viewport()->mapFromGlobal(help->globalPos());
        const int position = cursorForPosition(inViewport).position();
        QStringList tips;
        for (const Marker& marker : std::as_const(m_markers)) {
            if (position >= marker.start && position <= marker.end && !marker.toolTip.isEmpty())
                tips << marker.toolTip;
        }
        if (tips.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tips.join(QStringLiteral("\n\n")), this);
        return true;
    }
    return QPlainTextEdit::event(event);
}

void JsonEditor::moveCursorToPosition(int position)
{
    QTextCursor cursor = textCursor();
    cursor.setPosition(qBound(0, position, document()->characterCount() - 1));
    setTextCursor(cursor);
    centerCursor();
    setFocus(Qt::OtherFocusReason);
}

int JsonEditor::lineNumberAreaWidth() const
{
    const int digits = QString::number(qMax(1, blockCount())).size();
    return fontMetrics().horizontalAdvance(QLatin1Char('9')) * qMax(3, digits) + 24;
}

void JsonEditor::paintLineNumbers(QPaintEvent* event)
{
    QPainter painter(m_lineNumberArea);
    const QPalette pal = palette();
    painter.fillRect(event->rect(), pal.color(QPalette::Base));
    QColor number = pal.color(QPalette::Text);
    number.setAlphaF(0.4f);
    QColor current = pal.color(QPalette::Text);
    current.setAlphaF(0.8f);
    const int currentBlock = textCursor().blockNumber();

    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top()) {
            painter.setPen(block.blockNumber() == currentBlock ? current : number);
            painter.drawText(0, top, m_lineNumberArea->width() - 12, fontMetrics().height(), Qt::AlignRight,
                             QString::number(block.blockNumber() + 1));
        }
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
    }
}

void JsonEditor::resizeEvent(QResizeEvent* event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect area = contentsRect();
    m_lineNumberArea->setGeometry(QRect(area.left(), area.top(), lineNumberAreaWidth(), area.height()));
}

void JsonEditor::changeEvent(QEvent* event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        m_highlighter->setDarkBackground(palette().color(QPalette::Base).lightness() < 128);
    if (event->type() == QEvent::FontChange) {
        updateLineNumberAreaWidth();
        setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 4);
    }
}

void JsonEditor::updateLineNumberAreaWidth()
{
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
}

void JsonEditor::updateLineNumberArea(const QRect& rect, int dy)
{
    if (dy != 0)
        m_lineNumberArea->scroll(0, dy);
    else
        m_lineNumberArea->update(0, rect.y(), m_lineNumberArea->width(), rect.height());
    if (rect.contains(viewport()->rect()))
        updateLineNumberAreaWidth();
}

void JsonEditor::applyMonospaceFont()
{
    // Only the family is set, so the size still follows the window's zoom.
    QFont mono;
    mono.setFamilies({QStringLiteral("DejaVu Sans Mono"), QStringLiteral("Monospace")});
    mono.setStyleHint(QFont::Monospace);
    mono.setFixedPitch(true);
    setFont(mono);
}

}  // namespace iam::ui
