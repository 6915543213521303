#include "ui/common/JsonEditor.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QToolTip>
#include <QUndoStack>

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

    QSize sizeHint() const override { return { m_editor->lineNumberAreaWidth(), 0 }; }

protected:
    void paintEvent(QPaintEvent* event) override { m_editor->paintLineNumbers(event); }

private:
    JsonEditor* m_editor;
};

bool isOpening(QChar c)
{
    return c == QLatin1Char('{') || c == QLatin1Char('[');
}

bool isClosing(QChar c)
{
    return c == QLatin1Char('}') || c == QLatin1Char(']');
}

bool isPair(QChar open, QChar close)
{
    return (open == QLatin1Char('{') && close == QLatin1Char('}'))
        || (open == QLatin1Char('[') && close == QLatin1Char(']'));
}

QString leadingWhitespace(const QString& line)
{
    int i = 0;
    while (i < line.size() && (line.at(i) == QLatin1Char(' ') || line.at(i) == QLatin1Char('\t')))
        ++i;
    return line.left(i);
}

int countNonWhitespace(QStringView text)
{
    int count = 0;
    for (const QChar c : text) {
        if (!c.isSpace())
            ++count;
    }
    return count;
}

} // namespace

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
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &JsonEditor::updateBracketMatch);
    // Brackets move when text is typed elsewhere on the line; the cursor may not.
    connect(this, &QPlainTextEdit::textChanged, this, &JsonEditor::updateBracketMatch);
    updateLineNumberAreaWidth();
    applyPaletteColors();
}

void JsonEditor::setTextSilently(const QString& text)
{
    const bool undo = isUndoRedoEnabled();
    setUndoRedoEnabled(false); // clears the undo stack: undo must not bring back the previous file
    setPlainText(text);
    setUndoRedoEnabled(undo);
}

void JsonEditor::replaceTextKeepingView(const QString& text)
{
    const QString old = documentText();
    if (old == text)
        return;
    const qsizetype shorter = qMin(old.size(), text.size());
    qsizetype prefix = 0;
    while (prefix < shorter && old.at(prefix) == text.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix && old.at(old.size() - 1 - suffix) == text.at(text.size() - 1 - suffix))
        ++suffix;
    // Never cut a character made of two UTF-16 units in half.
    if (prefix > 0 && old.at(prefix - 1).isHighSurrogate())
        --prefix;
    if (suffix > 0 && old.at(old.size() - suffix).isLowSurrogate())
        --suffix;

    // Scrolling follows the cursor only when the cursor is moved; the view's own cursor is not.
    const int scroll = verticalScrollBar()->value();
    const int hscroll = horizontalScrollBar()->value();
    QTextCursor cursor(document());
    cursor.setPosition(static_cast<int>(prefix));
    cursor.setPosition(static_cast<int>(old.size() - suffix), QTextCursor::KeepAnchor);
    const bool undo = isUndoRedoEnabled();
    setUndoRedoEnabled(false);
    cursor.insertText(text.mid(prefix, text.size() - prefix - suffix));
    setUndoRedoEnabled(undo);
    verticalScrollBar()->setValue(scroll);
    horizontalScrollBar()->setValue(hscroll);
}

QString JsonEditor::documentText() const
{
    QString text = document()->toRawText();
    text.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    return text;
}

void JsonEditor::setUndoStack(QUndoStack* stack)
{
    m_undoStack = stack;
    setUndoRedoEnabled(stack == nullptr);
}

bool JsonEditor::isTypingChange(const QString& before, const QString& after)
{
    const qsizetype shorter = qMin(before.size(), after.size());
    qsizetype prefix = 0;
    while (prefix < shorter && before.at(prefix) == after.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix && before.at(before.size() - 1 - suffix) == after.at(after.size() - 1 - suffix))
        ++suffix;
    const QStringView removed = QStringView(before).mid(prefix, before.size() - prefix - suffix);
    const QStringView inserted = QStringView(after).mid(prefix, after.size() - prefix - suffix);
    // One key's worth: a character in or out, plus any indent the editor added or took away with it.
    return countNonWhitespace(removed) + countNonWhitespace(inserted) <= 1;
}

QString JsonEditor::indentUnit() const
{
    // The smallest indent in the document is its unit: a file written with four spaces stays so.
    int smallest = 0;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        const QString indent = leadingWhitespace(block.text());
        if (indent.isEmpty() || indent.size() == block.text().size())
            continue;
        if (indent.startsWith(QLatin1Char('\t')))
            return QStringLiteral("\t");
        if (smallest == 0 || indent.size() < smallest)
            smallest = static_cast<int>(indent.size());
    }
    return QString(smallest == 0 ? 2 : qMin(smallest, 8), QLatin1Char(' '));
}

void JsonEditor::setMarkers(const QList<Marker>& markers)
{
    m_markers = markers;
    updateExtraSelections();
}

void JsonEditor::updateBracketMatch()
{
    QPair<int, int> found { -1, -1 };
    const QString text = documentText();
    const int position = textCursor().position();
    // The bracket after the cursor wins, then the one before it, as in most code editors.
    int candidate = -1;
    if (position < text.size() && (isOpening(text.at(position)) || isClosing(text.at(position))))
        candidate = position;
    else if (position > 0 && (isOpening(text.at(position - 1)) || isClosing(text.at(position - 1))))
        candidate = position - 1;

    if (candidate >= 0) {
        // One pass from the top that skips strings: brackets inside a Sid or an ARN do not count.
        QList<int> open;
        bool inString = false;
        bool escaped = false;
        bool done = false;
        for (int i = 0; i < text.size() && !done; ++i) {
            const QChar c = text.at(i);
            if (inString) {
                if (i == candidate)
                    done = true; // a bracket inside a string is just a character
                else if (escaped)
                    escaped = false;
                else if (c == QLatin1Char('\\'))
                    escaped = true;
                else if (c == QLatin1Char('"'))
                    inString = false;
                continue;
            }
            if (c == QLatin1Char('"')) {
                inString = true;
            } else if (isOpening(c)) {
                open.append(i);
            } else if (isClosing(c)) {
                const int partner = open.isEmpty() ? -1 : open.takeLast();
                const bool paired = partner >= 0 && isPair(text.at(partner), c);
                if (i == candidate) {
                    found = { paired ? partner : -1, i };
                    done = true;
                } else if (partner == candidate) {
                    found = { candidate, paired ? i : -1 };
                    done = true;
                }
            }
        }
        if (!done && open.contains(candidate))
            found = { candidate, -1 }; // never closed
    }
    m_brackets = found;
    updateExtraSelections();
}

void JsonEditor::updateExtraSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    const int last = document()->characterCount() - 1;

    // The current line first, so underlines and brackets draw over it.
    if (!isReadOnly() || hasFocus()) {
        QTextEdit::ExtraSelection line;
        line.format.setBackground(m_currentLineColor);
        line.format.setProperty(QTextFormat::FullWidthSelection, true);
        line.cursor = textCursor();
        line.cursor.clearSelection();
        selections << line;
    }

    for (const Marker& marker : std::as_const(m_markers)) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document());
        selection.cursor.setPosition(qBound(0, marker.start, last));
        selection.cursor.setPosition(qBound(0, marker.end, last), QTextCursor::KeepAnchor);
        selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        selection.format.setUnderlineColor(marker.color);
        selections << selection;
    }

    const auto bracketSelection = [&](int position, bool matched) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document());
        selection.cursor.setPosition(qBound(0, position, last));
        selection.cursor.setPosition(qBound(0, position + 1, last), QTextCursor::KeepAnchor);
        if (matched) {
            selection.format.setBackground(m_bracketColor);
        } else {
            // A bracket with no partner is the usual cause of "unexpected end of input".
            QColor unmatched(0xd6, 0x45, 0x45);
            unmatched.setAlpha(90);
            selection.format.setBackground(unmatched);
        }
        selection.format.setFontWeight(QFont::Bold);
        selections << selection;
    };
    const bool matched = m_brackets.first >= 0 && m_brackets.second >= 0;
    if (m_brackets.first >= 0)
        bracketSelection(m_brackets.first, matched);
    if (m_brackets.second >= 0)
        bracketSelection(m_brackets.second, matched);

    setExtraSelections(selections);
}

void JsonEditor::keyPressEvent(QKeyEvent* event)
{
    // One history for the whole document: the session's, shared with the form.
    if (m_undoStack) {
        if (event->matches(QKeySequence::Undo)) {
            m_undoStack->undo();
            return;
        }
        if (event->matches(QKeySequence::Redo)
            || (event->key() == Qt::Key_Z && event->modifiers() == (Qt::ControlModifier | Qt::ShiftModifier))) {
            m_undoStack->redo();
            return;
        }
    }
    if (isReadOnly()) {
        QPlainTextEdit::keyPressEvent(event);
        return;
    }
    if (event->key() == Qt::Key_Tab && event->modifiers() == Qt::NoModifier) {
        textCursor().insertText(indentUnit());
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && (event->modifiers() == Qt::NoModifier || event->modifiers() == Qt::KeypadModifier)) {
        if (insertNewLineWithIndent())
            return;
    }
    if (event->modifiers() == Qt::NoModifier || event->modifiers() == Qt::ShiftModifier) {
        const QString typed = event->text();
        if ((typed == QLatin1String("}") || typed == QLatin1String("]")) && dedentClosingBracket(typed))
            return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

bool JsonEditor::insertNewLineWithIndent()
{
    // A new line keeps the indent of the line before, one level more after an opening bracket;
    // Enter between `{` and `}` opens an empty indented line with the closing bracket below it.
    QTextCursor cursor = textCursor();
    const QString blockText = cursor.block().text();
    const QString before = blockText.left(cursor.positionInBlock());
    const QString after = blockText.mid(cursor.positionInBlock()).trimmed();
    const QString indent = leadingWhitespace(before);
    const QString trimmed = before.trimmed();
    const bool opens = !trimmed.isEmpty() && isOpening(trimmed.back());
    const QString unit = indentUnit();
    cursor.beginEditBlock();
    cursor.removeSelectedText();
    if (opens && !after.isEmpty() && isClosing(after.front()) && isPair(trimmed.back(), after.front())) {
        cursor.insertText(QLatin1Char('\n') + indent + unit);
        const int inside = cursor.position();
        cursor.insertText(QLatin1Char('\n') + indent);
        cursor.setPosition(inside);
    } else {
        cursor.insertText(QLatin1Char('\n') + indent + (opens ? unit : QString()));
    }
    cursor.endEditBlock();
    setTextCursor(cursor);
    ensureCursorVisible();
    return true;
}

bool JsonEditor::dedentClosingBracket(const QString& bracket)
{
    // A closing bracket typed on a line of only indent goes back one level, under its opening line.
    QTextCursor cursor = textCursor();
    if (cursor.hasSelection())
        return false;
    const QString before = cursor.block().text().left(cursor.positionInBlock());
    if (before.isEmpty() || !before.trimmed().isEmpty())
        return false;
    const QString unit = indentUnit();
    const int remove = before.endsWith(unit) ? static_cast<int>(unit.size()) : 1;
    cursor.beginEditBlock();
    cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, remove);
    cursor.insertText(bracket);
    cursor.endEditBlock();
    setTextCursor(cursor);
    return true;
}

void JsonEditor::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu* menu = createStandardContextMenu(event->pos());
    if (m_undoStack) {
        // The menu's own Undo and Redo would act on the editor's switched-off history.
        for (QAction* action : menu->actions()) {
            const bool undo = action->objectName() == QLatin1String("edit-undo");
            const bool redo = action->objectName() == QLatin1String("edit-redo");
            if (!undo && !redo)
                continue;
            QAction* replacement = undo ? m_undoStack->createUndoAction(menu, tr("&Undo"))
                                        : m_undoStack->createRedoAction(menu, tr("&Redo"));
            replacement->setShortcut(action->shortcut());
            menu->insertAction(action, replacement);
            menu->removeAction(action);
        }
    }
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
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

void JsonEditor::moveCursorToPosition(int position, bool focus)
{
    QTextCursor cursor = textCursor();
    cursor.setPosition(qBound(0, position, document()->characterCount() - 1));
    setTextCursor(cursor);
    centerCursor();
    if (focus)
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
        applyPaletteColors();
    if (event->type() == QEvent::FontChange) {
        updateLineNumberAreaWidth();
        setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 4);
    }
    if (event->type() == QEvent::ReadOnlyChange)
        updateExtraSelections();
}

void JsonEditor::applyPaletteColors()
{
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    m_highlighter->setDarkBackground(dark);
    // Faint enough to read through, strong enough to find the cursor's line on a projector.
    m_currentLineColor = dark ? QColor(255, 255, 255, 18) : QColor(0, 0, 0, 12);
    QColor bracket = palette().color(QPalette::Highlight);
    bracket.setAlpha(70);
    m_bracketColor = bracket;
    updateExtraSelections();
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
    mono.setFamilies({ QStringLiteral("DejaVu Sans Mono"), QStringLiteral("Monospace") });
    mono.setStyleHint(QFont::Monospace);
    mono.setFixedPitch(true);
    setFont(mono);
}

} // namespace iam::ui
