#include "ui/builder/form/FormStyle.h"

#include <algorithm>

#include <QAbstractItemView>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>

#include "ui/common/DiagnosticsModel.h"

namespace iam::ui {

void FormStyle::makeBanner(QLabel* label, Severity severity)
{
    const QColor color = DiagnosticsModel::severityColor(severity);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(QStringLiteral("QLabel { border: 1px solid rgba(%1, %2, %3, 150); border-left: 5px solid %4; "
                                        "border-radius: 6px; padding: 8px 10px; background: rgba(%1, %2, %3, 38); }")
                             .arg(color.red())
                             .arg(color.green())
                             .arg(color.blue())
                             .arg(color.name()));
}

void FormStyle::makeFieldMessage(QLabel* label, Severity severity)
{
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, DiagnosticsModel::severityColor(severity));
    label->setPalette(palette);
}

void FormStyle::makeHint(QLabel* label)
{
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
}

void FormStyle::makeSwitchButton(QPushButton* button)
{
    button->setCheckable(true);
    button->setStyleSheet(QStringLiteral("QPushButton:checked { background-color: palette(highlight); "
                                         "color: palette(highlighted-text); border: 1px solid palette(highlight); "
                                         "border-radius: 4px; padding: 4px 16px; font-weight: bold; } "
                                         "QPushButton:checked:disabled { background-color: palette(mid); "
                                         "border-color: palette(mid); color: palette(window); }"));
}

void FormStyle::fitToRows(QAbstractItemView* view, int rows, int minRows, int maxRows)
{
    const int shown = std::clamp(rows, minRows, maxRows);
    auto* table = qobject_cast<QTableView*>(view);
    // A table's rows are as high as its vertical header says, not as its cells ask.
    int rowHeight = table ? table->verticalHeader()->defaultSectionSize() : (rows > 0 ? view->sizeHintForRow(0) : -1);
    if (rowHeight <= 0)
        rowHeight = view->fontMetrics().height() + 6;
    int height = shown * rowHeight + 2 * view->frameWidth() + 2;
    if (table && !table->horizontalHeader()->isHidden())
        height += table->horizontalHeader()->sizeHint().height();
    view->setFixedHeight(height);
}

} // namespace iam::ui
