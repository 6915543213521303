#pragma once

#include <QAction>
#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QString>

// UI tests must never read or change the user's own settings: test mode moves QSettings and the
// standard paths under ~/.qttest, and each test starts from empty settings. A test that runs in
// parallel with others' windows passes its own `applicationName`, so no other test reads its settings.
inline void useTestSettings(const QString& applicationName = QStringLiteral("iam-studio-tests"))
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("iam-studio-tests"));
    QCoreApplication::setApplicationName(applicationName);
    QSettings().clear();
}

// Where a review picture goes: IAM_SCREENSHOT_DIR/<area>-<light|dark>-<what>.png.
inline QString screenshotPath(const QString& name)
{
    return QStringLiteral(IAM_SCREENSHOT_DIR "/%1.png").arg(name);
}

inline bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// The bytes on disk, or nothing when the file cannot be read.
inline QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A named child the test cannot do without: a missing one stops the run, naming it.
template <typename T> T* child(const QObject& parent, const char* name)
{
    auto* found = parent.findChild<T*>(QString::fromLatin1(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

inline QAction* action(const QObject& window, const char* name)
{
    auto* found = window.findChild<QAction*>(QString::fromLatin1(name));
    if (!found)
        qFatal("no action %s", name);
    return found;
}
