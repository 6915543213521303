#include "ui/shell/Screenshot.h"

#include <iostream>

#include <QApplication>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImageWriter>
#include <QPixmap>
#include <QTimer>
#include <QWidget>

namespace iam::ui {

bool writeScreenshot(QWidget& window, const QString& path, QString* error)
{
    if (window.isFullScreen() || window.isMaximized())
        window.showNormal();
    window.resize(kScreenshotSize);
    // Let the layouts settle at the new size before painting.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QPixmap pixmap = window.grab(QRect(QPoint(0, 0), kScreenshotSize));
    pixmap.setDevicePixelRatio(1.0);
    QImage image = pixmap.toImage();
    if (image.size() != kScreenshotSize)
        image = image.scaled(kScreenshotSize, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);

    QImageWriter writer(path, "png");
    if (!writer.write(image)) {
        if (error)
            *error = QCoreApplication::translate("Screenshot", "could not write the screenshot to %1: %2")
                         .arg(QFileInfo(path).absoluteFilePath(), writer.errorString());
        return false;
    }
    return true;
}

}  // namespace iam::ui

namespace iam::ui {

int showAndWriteScreenshot(QWidget& window, const QString& path)
{
    window.resize(kScreenshotSize);
    window.show();
    int exitCode = 0;
    // Queued behind the show and layout events, so the picture is of the finished window.
    QTimer::singleShot(0, &window, [&window, &path, &exitCode] {
        QString error;
        if (!writeScreenshot(window, path, &error)) {
            std::cerr << "iam-studio: " << error.toStdString() << '\n';
            exitCode = 2;
        }
        QApplication::exit(exitCode);
    });
    QApplication::exec();
    return exitCode;
}

}  // namespace iam::ui
