#pragma once

#include <QSize>
#include <QString>

class QWidget;

namespace iam::ui {

// The size of the README's pictures and of review screenshots.
inline constexpr QSize kScreenshotSize{1280, 800};

// Lays the window out at kScreenshotSize and writes it as a PNG. False (with a reason) when the
// file cannot be written.
bool writeScreenshot(QWidget& window, const QString& path, QString* error);

// For `--screenshot`: shows the window, writes the PNG once the event loop has laid it out, and
// returns the process exit code (0 written, 2 not, with the reason on standard error).
int showAndWriteScreenshot(QWidget& window, const QString& path);

}  // namespace iam::ui
