#pragma once

#include <QProxyStyle>

namespace iam::ui {

// Fusion outlines check boxes and radio buttons in a shade darker than the window colour; on a dark
// palette that is nearly the colour of the box itself, so an unticked box disappears. This style
// draws those outlines from a light grey instead when the palette is dark, and leaves the rest to Fusion.
class IndicatorContrastStyle final : public QProxyStyle {
    Q_OBJECT

public:
    explicit IndicatorContrastStyle(QStyle* base);

    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget = nullptr) const override;
};

}  // namespace iam::ui
