#pragma once

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>

// UI tests must never read or change the user's own settings: test mode moves QSettings and the
// standard paths under ~/.qttest, and each test starts from empty settings.
inline void useTestSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("iam-studio-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("iam-studio-tests"));
    QSettings().clear();
}
