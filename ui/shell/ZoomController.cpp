#include "ui/shell/ZoomController.h"

#include <QApplication>
#include <QFont>
#include <QVariant>

namespace iam::ui {

namespace {

// The font the platform gave the app, remembered on first use: later windows must scale from it,
// not from a font an earlier window already zoomed.
qreal platformPointSize()
{
    static const char* const kProperty = "iamStudioPlatformPointSize";
    QVariant size = qApp->property(kProperty);
    if (!size.isValid()) {
        size = QApplication::font().pointSizeF();
        qApp->setProperty(kProperty, size);
    }
    return size.toReal();
}

}  // namespace

ZoomController::ZoomController(QObject* parent)
    : QObject(parent)
    , m_basePointSize(qMax(kMinimumBasePointSize, platformPointSize()))
{
    apply();
}

void ZoomController::setZoomPercent(int percent)
{
    percent = qBound(kMinPercent, percent, kMaxPercent);
    if (percent == m_percent)
        return;
    m_percent = percent;
    apply();
    emit zoomChanged(percent);
}

void ZoomController::setPresentation(bool presentation)
{
    if (presentation == m_presentation)
        return;
    m_presentation = presentation;
    apply();
}

qreal ZoomController::pointSize() const
{
    return m_basePointSize * m_percent / 100.0 * (m_presentation ? kPresentationFactor : 1.0);
}

void ZoomController::apply()
{
    QFont font = QApplication::font();
    font.setPointSizeF(pointSize());
    QApplication::setFont(font);
    // Under an application style sheet a new application font reaches no widget until the sheet
    // is applied again (Qt 6.4), so re-apply it.
    if (!qApp->styleSheet().isEmpty())
        qApp->setStyleSheet(qApp->styleSheet());
}

}  // namespace iam::ui
