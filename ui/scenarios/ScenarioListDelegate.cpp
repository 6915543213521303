#include "ui/scenarios/ScenarioListDelegate.h"

#include <algorithm>

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>

#include "ui/scenarios/ScenarioListModel.h"

namespace iam::ui {

namespace {

QFont titleFont(const QFont& base)
{
    QFont font = base;
    font.setBold(true);
    return font;
}

} // namespace

void ScenarioListDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor detail = text;
    detail.setAlphaF(selected ? 0.85 : 0.65);

    const int padding = option.fontMetrics.height() / 2;
    const QRect area = option.rect.adjusted(padding, padding, -padding, -padding);
    const QFont title = titleFont(option.font);
    const QFontMetrics titleMetrics(title);
    painter->save();
    painter->setFont(title);
    painter->setPen(text);
    const QString titleText = index.data(Qt::DisplayRole).toString();
    const QRect titleRect = titleMetrics.boundingRect(
        QRect(area.left(), area.top(), area.width(), 10000), Qt::TextWordWrap | Qt::AlignLeft, titleText);
    painter->drawText(titleRect, Qt::TextWordWrap | Qt::AlignLeft, titleText);
    painter->setFont(option.font);
    painter->setPen(detail);
    const QString detailText = option.fontMetrics.elidedText(
        index.data(ScenarioListModel::DetailRole).toString(), Qt::ElideRight, area.width());
    painter->drawText(QRect(area.left(), titleRect.bottom() + 1, area.width(), option.fontMetrics.height()),
        Qt::AlignLeft, detailText);
    painter->restore();
}

QSize ScenarioListDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    // Long titles wrap instead of being cut, so the row is as tall as the title needs at the list's width.
    const QFontMetrics titleMetrics(titleFont(option.font));
    const int padding = option.fontMetrics.height() / 2;
    const auto* view = qobject_cast<const QAbstractItemView*>(option.widget);
    const int width = view ? view->viewport()->width() : option.fontMetrics.averageCharWidth() * 32;
    const QRect title = titleMetrics.boundingRect(QRect(0, 0, std::max(1, width - 2 * padding), 10000),
        Qt::TextWordWrap | Qt::AlignLeft, index.data(Qt::DisplayRole).toString());
    return { width, title.height() + option.fontMetrics.height() + padding * 2 };
}

} // namespace iam::ui
