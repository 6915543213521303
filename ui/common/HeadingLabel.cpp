#include "ui/common/HeadingLabel.h"

#include <QApplication>
#include <QEvent>

namespace iam::ui {

HeadingLabel::HeadingLabel(const QString& text, qreal scale, QWidget* parent)
    : QLabel(text, parent)
    , m_scale(scale)
{
    setWordWrap(true);
    updateFont();
}

bool HeadingLabel::event(QEvent* event)
{
    const bool handled = QLabel::event(event);
    // Under a style sheet a new application font arrives as a style change, not a font change.
    switch (event->type()) {
    case QEvent::ApplicationFontChange:
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::Polish:
        updateFont();
        break;
    default:
        break;
    }
    return handled;
}

void HeadingLabel::updateFont()
{
    if (m_updating)
        return;
    m_updating = true;
    // Zoom works on the application font (see ZoomController), so headings scale from it.
    QFont base = QApplication::font();
    base.setPointSizeF(base.pointSizeF() * m_scale);
    base.setWeight(QFont::DemiBold);
    if (font() != base)
        setFont(base);
    m_updating = false;
}

}  // namespace iam::ui
