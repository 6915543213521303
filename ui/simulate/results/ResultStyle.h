#pragma once

#include <QColor>
#include <QPalette>
#include <QRectF>
#include <QString>

#include "core/eval/EvaluationResult.h"

class QPainter;

namespace iam::ui {

// The colours and symbols every results view shares, so "allowed", "explicit deny" and "implicit
// deny" look the same in the banner, the flow, the trace and the what-if. Colours are chosen from the
// palette's lightness, so each reads on the light and the dark theme; a symbol always goes with the
// colour, because colour alone says nothing to a colour-blind reader.
class ResultStyle final {
public:
    enum class Tone { Allowed, ExplicitDeny, ImplicitDeny, Neutral };
    enum class Symbol { Check, Cross, Stop, Dash, Dot };

    static Tone toneOf(Decision decision);
    static Symbol symbolOf(Decision decision);
    static bool isDark(const QPalette& palette);

    // Text and strokes in this tone, readable on the palette's Base and Window.
    static QColor foreground(Tone tone, const QPalette& palette);
    // A soft fill behind text written in foreground() or in the palette's text colour.
    static QColor background(Tone tone, const QPalette& palette);
    // The border of a box filled with background().
    static QColor border(Tone tone, const QPalette& palette);

    // A filled circle holding the symbol, drawn in `color` with the symbol in `symbolColor`.
    static void paintSymbol(
        QPainter& painter, const QRectF& rect, Symbol symbol, const QColor& color, const QColor& symbolColor);

    // "Allowed", "Denied — an explicit Deny", "Denied — nothing allows it".
    static QString decisionTitle(Decision decision);
    // Plain text whose `quoted` names (as core writes them) become bold monospace, HTML-escaped.
    static QString richText(const QString& text);
    // Short words for tight places: "Allowed", "Explicit deny", "Implicit deny".
    static QString decisionShort(Decision decision);
};

} // namespace iam::ui
