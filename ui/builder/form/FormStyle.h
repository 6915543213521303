#pragma once

#include "core/diagnostics/Diagnostic.h"

class QAbstractItemView;
class QLabel;
class QPushButton;

namespace iam::ui {

// How the form marks its notes: a severity-coloured stripe and tint over the palette's own colours,
// so the same note reads well in the light and the dark theme.
class FormStyle final {
public:
    FormStyle() = delete;

    // A boxed note (the stale-form banner, "everyone" warnings).
    static void makeBanner(QLabel* label, Severity severity);
    // A short inline message under a field (validation errors): severity-coloured text.
    static void makeFieldMessage(QLabel* label, Severity severity);
    // Smaller, muted explanatory text.
    static void makeHint(QLabel* label);
    // A two-way switch half (Allow | Deny): the chosen side filled with the highlight colour.
    static void makeSwitchButton(QPushButton* button);
    // Sizes a list to its rows (within bounds), so short lists leave no empty box and long ones scroll.
    static void fitToRows(QAbstractItemView* view, int rows, int minRows, int maxRows);
};

} // namespace iam::ui
