#include "ui/shell/StartupOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace iam::ui {

bool StartupOptions::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("StartupOptions", "IAM Studio: learn AWS IAM and draft policies, offline."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        QCoreApplication::translate("StartupOptions", "Show this help."));
    const QCommandLineOption versionOption(QStringLiteral("version"),
                                           QCoreApplication::translate("StartupOptions", "Show the version."));
    const QCommandLineOption pageOption(
        QStringLiteral("page"), QCoreApplication::translate("StartupOptions", "Open on this page: %1.").arg(pageKeys()),
        QStringLiteral("page"));
    const QCommandLineOption themeOption(QStringLiteral("theme"),
                                         QCoreApplication::translate("StartupOptions", "Use this theme: light|dark."),
                                         QStringLiteral("theme"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("StartupOptions", "Render the window at 1280x800 into this PNG file and quit."),
        QStringLiteral("OUT.png"));
    parser.addOption(helpOption);
    parser.addOption(versionOption);
    parser.addOption(pageOption);
    parser.addOption(themeOption);
    parser.addOption(screenshotOption);
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("StartupOptions", "A policy to open in the Build page."),
                                 QStringLiteral("[FILE]"));
    m_helpText = parser.helpText();

    if (!parser.parse(arguments)) {
        m_errorText = parser.errorText();
        return false;
    }
    m_helpRequested = parser.isSet(helpOption);
    m_versionRequested = parser.isSet(versionOption);

    if (parser.isSet(pageOption)) {
        m_page = pageFromKey(parser.value(pageOption));
        if (!m_page) {
            m_errorText = QCoreApplication::translate("StartupOptions", "unknown page `%1`: choose one of %2")
                              .arg(parser.value(pageOption), pageKeys());
            return false;
        }
    }
    if (parser.isSet(themeOption)) {
        // System is what you get without --theme, so the option names only the two real choices.
        const auto theme = ThemeManager::themeFromKey(parser.value(themeOption));
        if (!theme || *theme == Theme::System) {
            m_errorText = QCoreApplication::translate("StartupOptions", "unknown theme `%1`: choose light or dark")
                              .arg(parser.value(themeOption));
            return false;
        }
        m_theme = theme;
    }
    if (parser.isSet(screenshotOption)) {
        m_screenshotPath = parser.value(screenshotOption);
        if (m_screenshotPath.isEmpty()) {
            m_errorText = QCoreApplication::translate("StartupOptions", "--screenshot needs a file name, e.g. shot.png");
            return false;
        }
    }

    const QStringList files = parser.positionalArguments();
    if (files.size() > 1) {
        m_errorText = QCoreApplication::translate("StartupOptions", "open one file at a time (got %1)").arg(files.size());
        return false;
    }
    if (!files.isEmpty())
        m_file = files.first();
    return true;
}

}  // namespace iam::ui
