#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

namespace iam::ui {

// Our line icons are drawn in `currentColor`; this paints one of them (`:/icons/<name>.svg`) in the
// given colour, so the same file serves the light and the dark theme.
// A selected colour, when given, paints the icon of a selected item (the current page, say).
QIcon themedIcon(const QString& name, const QColor& color, const QColor& selectedColor = QColor());
// The app's own icon, in its colours.
QIcon applicationIcon();

}  // namespace iam::ui
