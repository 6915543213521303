#include "ui/simulate/batch/BatchIcons.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

#include "ui/simulate/results/ResultStyle.h"

namespace iam::ui {

namespace {

QIcon symbolIcon(ResultStyle::Symbol symbol, ResultStyle::Tone tone, const QPalette& palette)
{
    const QColor color = ResultStyle::foreground(tone, palette);
    // The symbol is cut out of the disc in the surface colour, so it reads on any cell fill.
    const QColor symbolColor = palette.color(QPalette::Base);
    // A grid asks for a cell's icon every time it paints; drawing ten pixmaps each time would show.
    static QHash<QString, QIcon> cache;
    const QString key
        = QStringLiteral("%1/%2/%3").arg(static_cast<int>(symbol)).arg(color.rgba()).arg(symbolColor.rgba());
    if (const auto found = cache.constFind(key); found != cache.constEnd())
        return *found;
    QIcon icon;
    for (int size : { 12, 16, 20, 24, 32 }) {
        for (qreal ratio : { 1.0, 2.0 }) {
            QPixmap pixmap(QSize(size, size) * ratio);
            pixmap.setDevicePixelRatio(ratio);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            const qreal inset = size * 0.08;
            ResultStyle::paintSymbol(
                painter, QRectF(inset, inset, size - 2 * inset, size - 2 * inset), symbol, color, symbolColor);
            painter.end();
            icon.addPixmap(pixmap);
        }
    }
    cache.insert(key, icon);
    return icon;
}

} // namespace

QIcon decisionIcon(Decision decision, const QPalette& palette)
{
    return symbolIcon(ResultStyle::symbolOf(decision), ResultStyle::toneOf(decision), palette);
}

QIcon testOutcomeIcon(bool ran, bool passed, const QPalette& palette)
{
    if (!ran)
        return symbolIcon(ResultStyle::Symbol::Dot, ResultStyle::Tone::Neutral, palette);
    return passed ? symbolIcon(ResultStyle::Symbol::Check, ResultStyle::Tone::Allowed, palette)
                  : symbolIcon(ResultStyle::Symbol::Cross, ResultStyle::Tone::ExplicitDeny, palette);
}

} // namespace iam::ui
