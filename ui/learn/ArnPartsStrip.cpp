#include "ui/learn/ArnPartsStrip.h"

#include <QApplication>
#include <QEvent>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include "ui/learn/LessonText.h"

namespace iam::ui {

namespace {

constexpr int kBoxPadding = 8;
constexpr int kRowGap = 10;

} // namespace

ArnPartsStrip::ArnPartsStrip(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    setMouseTracking(true);
}

void ArnPartsStrip::setSegments(QVector<Segment> segments)
{
    m_segments = std::move(segments);
    updateGeometry();
    update();
}

QFont ArnPartsStrip::valueFont() const
{
    // Zoom works on the application font, so the sizes follow it.
    QFont mono = QApplication::font();
    mono.setFamilies({QStringLiteral("DejaVu Sans Mono"), QStringLiteral("Monospace")});
    mono.setStyleHint(QFont::Monospace);
    mono.setPointSizeF(QApplication::font().pointSizeF() * 1.1);
    return mono;
}

QFont ArnPartsStrip::labelFont() const
{
    QFont font = QApplication::font();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    return font;
}

QVector<ArnPartsStrip::Placed> ArnPartsStrip::layoutFor(int width, int* height) const
{
    const QFontMetrics value(valueFont());
    const QFontMetrics label(labelFont());
    const int boxHeight = value.height() + kBoxPadding;
    const int rowHeight = boxHeight + 6 + label.height();
    QVector<Placed> placed;
    int x = 0;
    int y = 0;
    for (const Segment& segment : m_segments) {
        const int gapWidth = segment.gap.isEmpty() ? 0 : value.horizontalAdvance(segment.gap) + 4;
        const int valueWidth = segment.value.isEmpty() ? value.horizontalAdvance(QStringLiteral("  ")) : value.horizontalAdvance(segment.value);
        // A very long object name gets the whole line and is shortened in the middle.
        const int boxWidth = std::min(std::max(valueWidth, label.horizontalAdvance(segment.label)) + 2 * kBoxPadding,
                                      std::max(width, 40));
        if (x > 0 && x + gapWidth + boxWidth > width) {
            x = 0;
            y += rowHeight + kRowGap;
        }
        Placed p;
        p.gap = QRect(x, y, gapWidth, boxHeight);
        x += gapWidth;
        p.box = QRect(x, y, boxWidth, boxHeight);
        x += boxWidth;
        placed.push_back(p);
    }
    if (height)
        *height = m_segments.isEmpty() ? 0 : y + rowHeight + 2;
    return placed;
}

QRect ArnPartsStrip::segmentRect(int index) const
{
    const auto placed = layoutFor(width(), nullptr);
    return index >= 0 && index < placed.size() ? placed[index].box : QRect();
}

int ArnPartsStrip::heightForWidth(int width) const
{
    int height = 0;
    layoutFor(width, &height);
    return height;
}

QSize ArnPartsStrip::sizeHint() const
{
    return QSize(QFontMetrics(valueFont()).horizontalAdvance(QLatin1Char('m')) * 48, heightForWidth(width() > 0 ? width() : 600));
}

QSize ArnPartsStrip::minimumSizeHint() const
{
    return QSize(QFontMetrics(valueFont()).horizontalAdvance(QLatin1Char('m')) * 12, 0);
}

bool ArnPartsStrip::event(QEvent* event)
{
    switch (event->type()) {
    case QEvent::ApplicationFontChange:
    case QEvent::StyleChange:
    case QEvent::FontChange:
        updateGeometry();
        update();
        break;
    case QEvent::ToolTip: {
        const auto* help = static_cast<QHelpEvent*>(event);
        const auto placed = layoutFor(width(), nullptr);
        for (int i = 0; i < placed.size(); ++i) {
            if (placed[i].box.contains(help->pos())) {
                QToolTip::showText(help->globalPos(), m_segments[i].toolTip, this, placed[i].box);
                return true;
            }
        }
        QToolTip::hideText();
        return true;
    }
    default:
        break;
    }
    return QWidget::event(event);
}

void ArnPartsStrip::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const auto placed = layoutFor(width(), nullptr);
    const QFont value = valueFont();
    const QFont label = labelFont();
    const QColor muted = palette().color(QPalette::PlaceholderText);
    const QColor text = palette().color(QPalette::Text);
    for (int i = 0; i < placed.size(); ++i) {
        const Segment& segment = m_segments[i];
        painter.setFont(value);
        painter.setPen(muted);
        painter.drawText(placed[i].gap, Qt::AlignCenter, segment.gap);

        const QRectF box = QRectF(placed[i].box).adjusted(1, 1, -1, -1);
        QPainterPath path;
        path.addRoundedRect(box, 6, 6);
        if (segment.value.isEmpty()) {
            painter.setPen(QPen(segment.color, 1.2, Qt::DashLine));
            painter.drawPath(path);
        } else {
            painter.fillPath(path, softFill(segment.color, palette(), 0.22));
            painter.setPen(QPen(segment.color, 1.2));
            painter.drawPath(path);
            painter.setPen(text);
            const QString shown = QFontMetrics(value).elidedText(segment.value, Qt::ElideMiddle,
                                                                 placed[i].box.width() - 2 * kBoxPadding + 2);
            painter.drawText(box, Qt::AlignCenter, shown);
        }
        if (segment.problem.isValid()) {
            // A wavy line under the box, as spell checkers mark a misspelt word.
            QPainterPath wave;
            const qreal y = box.bottom() + 2.5;
            wave.moveTo(box.left() + 2, y);
            for (qreal x = box.left() + 2; x < box.right() - 2; x += 4)
                wave.quadTo(x + 1, (static_cast<int>(x) / 4) % 2 ? y - 2 : y + 2, x + 4, y);
            painter.setPen(QPen(segment.problem, 1.6));
            painter.drawPath(wave);
        }
        painter.setFont(label);
        painter.setPen(segment.color);
        const QRect labelRect(placed[i].box.left(), placed[i].box.bottom() + 5, placed[i].box.width(),
                              QFontMetrics(label).height());
        painter.drawText(labelRect, Qt::AlignHCenter | Qt::AlignTop, segment.label);
    }
}

void ArnPartsStrip::mousePressEvent(QMouseEvent* event)
{
    const auto placed = layoutFor(width(), nullptr);
    for (int i = 0; i < placed.size(); ++i) {
        if (placed[i].box.contains(event->position().toPoint())) {
            emit segmentClicked(i);
            return;
        }
    }
    QWidget::mousePressEvent(event);
}

} // namespace iam::ui
