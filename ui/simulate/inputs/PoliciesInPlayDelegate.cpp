#include "ui/simulate/inputs/PoliciesInPlayDelegate.h"

#include <QApplication>
#include <QPainter>

#include "ui/simulate/inputs/PoliciesInPlayModel.h"

namespace iam::ui {

namespace {

bool isHeadingRow(const QModelIndex& index)
{
    return index.data(PoliciesInPlayModel::NodeKindRole).toInt()
        != static_cast<int>(PoliciesInPlayModel::NodeKind::Policy);
}

constexpr int kPadding = 3;
// Room above each type's group, so the six groups read as six blocks.
constexpr int kGroupGap = 6;

int gapAbove(const QModelIndex& index)
{
    return index.parent().isValid() ? 0 : kGroupGap;
}

} // namespace

void PoliciesInPlayDelegate::paint(
    QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    if (!isHeadingRow(index)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    const QString hint = index.data(PoliciesInPlayModel::HintRole).toString();
    const int count = index.data(PoliciesInPlayModel::CountRole).toInt();
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor textColor = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor hintColor = selected ? textColor : opt.palette.color(group, QPalette::PlaceholderText);

    const QRect area = opt.rect.adjusted(kPadding, kPadding + gapAbove(index), -kPadding, -kPadding);
    const QFontMetrics titleMetrics(opt.font);
    QFont hintFont = opt.font;
    hintFont.setBold(false);
    const QFontMetrics hintMetrics(hintFont);

    const QString countText = count == 0 ? tr("none") : QString::number(count);
    const int countWidth = hintMetrics.horizontalAdvance(countText) + 2 * kPadding;
    QRect titleRect(area.left(), area.top(), area.width() - countWidth, titleMetrics.height());
    QRect hintRect(area.left(), titleRect.bottom() + 1, area.width(), hintMetrics.height());

    painter->save();
    painter->setFont(opt.font);
    painter->setPen(textColor);
    painter->drawText(
        titleRect, Qt::AlignLeft | Qt::AlignVCenter, titleMetrics.elidedText(title, Qt::ElideRight, titleRect.width()));
    painter->setFont(hintFont);
    painter->setPen(hintColor);
    painter->drawText(QRect(area.right() - countWidth, area.top(), countWidth, titleMetrics.height()),
        Qt::AlignRight | Qt::AlignVCenter, countText);
    painter->drawText(
        hintRect, Qt::AlignLeft | Qt::AlignVCenter, hintMetrics.elidedText(hint, Qt::ElideRight, hintRect.width()));
    painter->restore();
}

QSize PoliciesInPlayDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (!isHeadingRow(index))
        return size;
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QFontMetrics metrics(opt.font);
    const QString hint = index.data(PoliciesInPlayModel::HintRole).toString();
    size.setHeight(2 * metrics.height() + 2 * kPadding + 1 + gapAbove(index));
    // Wide enough for the hint, so a wide panel shows it whole; narrower panels elide it.
    size.setWidth(std::max(size.width(), metrics.horizontalAdvance(hint) + 2 * kPadding));
    return size;
}

} // namespace iam::ui
