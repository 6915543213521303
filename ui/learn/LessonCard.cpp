#include "ui/learn/LessonCard.h"

#include <QApplication>
#include <QEvent>
#include <QPainter>
#include <QPainterPath>

namespace iam::ui {

LessonCard::LessonCard(QWidget* parent)
    : QWidget(parent)
{
    updateMargins();
}

bool LessonCard::event(QEvent* event)
{
    const bool handled = QWidget::event(event);
    // Zoom changes the application font; under the app's style sheet that arrives as a style change.
    if (event->type() == QEvent::ApplicationFontChange || event->type() == QEvent::StyleChange
        || event->type() == QEvent::FontChange)
        updateMargins();
    return handled;
}

void LessonCard::updateMargins()
{
    const int margin = QFontMetrics(QApplication::font()).height();
    const QMargins wanted(margin, margin * 3 / 4, margin, margin * 3 / 4);
    if (contentsMargins() != wanted)
        setContentsMargins(wanted);
}

void LessonCard::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath path;
    path.addRoundedRect(area, 10, 10);
    painter.fillPath(path, palette().color(QPalette::Base));
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    painter.drawPath(path);
}

} // namespace iam::ui
