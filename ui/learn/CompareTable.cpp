#include "ui/learn/CompareTable.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

#include "ui/common/HeadingLabel.h"
#include "ui/learn/LessonText.h"

namespace iam::ui {

CompareTable::CompareTable(LessonCompareTable table, QWidget* parent)
    : LessonCard(parent)
    , m_table(std::move(table))
{
    setObjectName(QStringLiteral("compareTable"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new HeadingLabel(QString::fromStdString(m_table.title), 1.15, this));
    m_label = new QLabel(this);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::RichText);
    layout->addWidget(m_label);
    render();
}

void CompareTable::render()
{
    const QString border = palette().color(QPalette::Mid).name();
    const QString head = softFill(palette().color(QPalette::Highlight), palette(), 0.14).name();
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"7\" style=\"border-collapse:collapse\">");
    html += QStringLiteral("<tr><th style=\"background:%1\"></th>").arg(head);
    for (const std::string& column : m_table.columns)
        html += QStringLiteral("<th align=\"left\" style=\"background:%1\">%2</th>").arg(head, inlineMarkdownToHtml(column));
    html += QStringLiteral("</tr>");
    for (const LessonCompareTable::Row& row : m_table.rows) {
        html += QStringLiteral("<tr><td valign=\"top\" style=\"border-top:1px solid %1\"><b>%2</b></td>")
                    .arg(border, inlineMarkdownToHtml(row.label));
        for (const std::string& cell : row.cells)
            html += QStringLiteral("<td valign=\"top\" style=\"border-top:1px solid %1\">%2</td>")
                        .arg(border, inlineMarkdownToHtml(cell));
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    if (!m_table.note.empty())
        html += QStringLiteral("<p>%1</p>").arg(inlineMarkdownToHtml(m_table.note));
    m_label->setText(html);
}

QString CompareTable::tableText() const
{
    return htmlToPlainText(m_label->text());
}

void CompareTable::changeEvent(QEvent* event)
{
    LessonCard::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        render();
}

} // namespace iam::ui
