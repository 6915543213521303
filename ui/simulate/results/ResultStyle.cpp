#include "ui/simulate/results/ResultStyle.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>

namespace iam::ui {

ResultStyle::Tone ResultStyle::toneOf(Decision decision)
{
    switch (decision) {
    case Decision::Allowed:
        return Tone::Allowed;
    case Decision::ExplicitDeny:
        return Tone::ExplicitDeny;
    case Decision::ImplicitDeny:
        return Tone::ImplicitDeny;
    }
    return Tone::Neutral;
}

ResultStyle::Symbol ResultStyle::symbolOf(Decision decision)
{
    switch (decision) {
    case Decision::Allowed:
        return Symbol::Check;
    case Decision::ExplicitDeny:
        return Symbol::Cross;
    case Decision::ImplicitDeny:
        return Symbol::Stop;
    }
    return Symbol::Dot;
}

bool ResultStyle::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor ResultStyle::foreground(Tone tone, const QPalette& palette)
{
    // Light theme: dark, saturated text (contrast above 4.5:1 on white). Dark theme: light tints of
    // the same hues, which keep that contrast on the near-black surfaces.
    const bool dark = isDark(palette);
    switch (tone) {
    case Tone::Allowed:
        return dark ? QColor(0x4a, 0xde, 0x80) : QColor(0x16, 0x6c, 0x34);
    case Tone::ExplicitDeny:
        return dark ? QColor(0xf8, 0x71, 0x71) : QColor(0xc0, 0x1c, 0x1c);
    case Tone::ImplicitDeny:
        return dark ? QColor(0xfb, 0xbf, 0x24) : QColor(0xa1, 0x4c, 0x00);
    case Tone::Neutral:
        return palette.color(QPalette::PlaceholderText);
    }
    return palette.color(QPalette::Text);
}

QColor ResultStyle::background(Tone tone, const QPalette& palette)
{
    const bool dark = isDark(palette);
    switch (tone) {
    case Tone::Allowed:
        return dark ? QColor(0x12, 0x33, 0x22) : QColor(0xe7, 0xf6, 0xec);
    case Tone::ExplicitDeny:
        return dark ? QColor(0x3d, 0x17, 0x1a) : QColor(0xfd, 0xec, 0xec);
    case Tone::ImplicitDeny:
        return dark ? QColor(0x3a, 0x2c, 0x0c) : QColor(0xff, 0xf3, 0xe0);
    case Tone::Neutral:
        return palette.color(QPalette::AlternateBase);
    }
    return palette.color(QPalette::Base);
}

QColor ResultStyle::border(Tone tone, const QPalette& palette)
{
    if (tone == Tone::Neutral)
        return palette.color(QPalette::Mid);
    QColor color = foreground(tone, palette);
    color.setAlpha(isDark(palette) ? 150 : 120);
    return color;
}

void ResultStyle::paintSymbol(
    QPainter& painter, const QRectF& rect, Symbol symbol, const QColor& color, const QColor& symbolColor)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal side = qMin(rect.width(), rect.height());
    const QRectF circle(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    if (symbol == Symbol::Dash || symbol == Symbol::Dot) {
        painter.setPen(QPen(color, qMax(1.0, side / 12)));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(circle.adjusted(side / 12, side / 12, -side / 12, -side / 12));
    } else {
        painter.drawEllipse(circle);
    }
    QPen pen(symbol == Symbol::Dash || symbol == Symbol::Dot ? color : symbolColor, qMax(1.5, side / 8));
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    const QPointF c = circle.center();
    const qreal r = side / 2;
    switch (symbol) {
    case Symbol::Check: {
        QPainterPath path;
        path.moveTo(c.x() - r * 0.45, c.y() + r * 0.02);
        path.lineTo(c.x() - r * 0.12, c.y() + r * 0.35);
        path.lineTo(c.x() + r * 0.48, c.y() - r * 0.32);
        painter.drawPath(path);
        break;
    }
    case Symbol::Cross:
        painter.drawLine(QPointF(c.x() - r * 0.35, c.y() - r * 0.35), QPointF(c.x() + r * 0.35, c.y() + r * 0.35));
        painter.drawLine(QPointF(c.x() + r * 0.35, c.y() - r * 0.35), QPointF(c.x() - r * 0.35, c.y() + r * 0.35));
        break;
    case Symbol::Stop:
        // A bar across the circle, as on a "no entry" sign: closed, though nothing forbade it.
        painter.drawLine(QPointF(c.x() - r * 0.48, c.y()), QPointF(c.x() + r * 0.48, c.y()));
        break;
    case Symbol::Dash:
        painter.drawLine(QPointF(c.x() - r * 0.35, c.y()), QPointF(c.x() + r * 0.35, c.y()));
        break;
    case Symbol::Dot:
        break;
    }
    painter.restore();
}

QString ResultStyle::decisionTitle(Decision decision)
{
    switch (decision) {
    case Decision::Allowed:
        return QCoreApplication::translate("ResultStyle", "Allowed");
    case Decision::ExplicitDeny:
        return QCoreApplication::translate("ResultStyle", "Denied — an explicit Deny");
    case Decision::ImplicitDeny:
        return QCoreApplication::translate("ResultStyle", "Denied — nothing allows it");
    }
    return {};
}

QString ResultStyle::richText(const QString& text)
{
    QString html;
    bool inCode = false;
    QString part;
    const auto flush = [&] {
        if (inCode)
            html += QStringLiteral("<code style=\"font-weight:600\">%1</code>").arg(part.toHtmlEscaped());
        else
            html += part.toHtmlEscaped();
        part.clear();
    };
    for (const QChar c : text) {
        if (c == QLatin1Char('`')) {
            flush();
            inCode = !inCode;
        } else {
            part += c;
        }
    }
    if (inCode)
        part.prepend(QLatin1Char('`')); // an unpaired backtick is just a character
    inCode = false;
    flush();
    return html;
}

QString ResultStyle::decisionShort(Decision decision)
{
    switch (decision) {
    case Decision::Allowed:
        return QCoreApplication::translate("ResultStyle", "Allowed");
    case Decision::ExplicitDeny:
        return QCoreApplication::translate("ResultStyle", "Explicit deny");
    case Decision::ImplicitDeny:
        return QCoreApplication::translate("ResultStyle", "Implicit deny");
    }
    return {};
}

} // namespace iam::ui
