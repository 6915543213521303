#include "ui/shell/IndicatorContrastStyle.h"

#include <memory>

#include <QStyleOption>

namespace iam::ui {

IndicatorContrastStyle::IndicatorContrastStyle(QStyle* base)
    : QProxyStyle(base)
{
}

void IndicatorContrastStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                                           const QWidget* widget) const
{
    const bool indicator = element == PE_IndicatorCheckBox || element == PE_IndicatorRadioButton;
    if (!indicator || !option || option->palette.color(QPalette::Window).lightness() >= 128) {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        return;
    }
    // Fusion derives the outline as window.darker(140); a light window colour gives a visible one.
    std::unique_ptr<QStyleOption> copy;
    if (const auto* button = qstyleoption_cast<const QStyleOptionButton*>(option))
        copy = std::make_unique<QStyleOptionButton>(*button);
    else if (const auto* item = qstyleoption_cast<const QStyleOptionViewItem*>(option))
        copy = std::make_unique<QStyleOptionViewItem>(*item);
    else
        copy = std::make_unique<QStyleOption>(*option);
    copy->palette.setColor(QPalette::Window, QColor(0xb4, 0xba, 0xc4));
    QProxyStyle::drawPrimitive(element, copy.get(), painter, widget);
}

}  // namespace iam::ui
