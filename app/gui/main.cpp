#include <iostream>

#include <QApplication>

#include "ui/session/PolicySession.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Screenshot.h"
#include "ui/shell/StartupOptions.h"

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("iam-studio"));
    QApplication::setApplicationName(QStringLiteral("iam-studio"));
    QApplication::setApplicationVersion(QStringLiteral(IAM_STUDIO_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("iam-studio"));

    iam::ui::StartupOptions options;
    if (!options.parse(QApplication::arguments())) {
        std::cerr << "iam-studio: " << options.errorText().toStdString() << "\n\n" << options.helpText().toStdString();
        return 2;
    }
    if (options.helpRequested() || options.versionRequested()) {
        std::cout << (options.helpRequested() ? options.helpText().toStdString() : "iam-studio " IAM_STUDIO_VERSION "\n");
        return 0;
    }

    iam::ui::PolicySession session;
    iam::ui::MainWindow window(session);
    window.applyStartupOptions(options);
    if (!options.screenshotPath().isEmpty())
        return iam::ui::showAndWriteScreenshot(window, options.screenshotPath());
    window.show();
    return QApplication::exec();
}
