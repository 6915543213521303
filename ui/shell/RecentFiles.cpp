#include "ui/shell/RecentFiles.h"

#include <QFileInfo>
#include <QSettings>

namespace iam::ui {

namespace {

const QString kSettingsKey = QStringLiteral("recentFiles");

}  // namespace

RecentFiles::RecentFiles(QObject* parent)
    : QObject(parent)
    , m_files(QSettings().value(kSettingsKey).toStringList())
{
}

void RecentFiles::add(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_files.removeAll(absolute);
    m_files.prepend(absolute);
    while (m_files.size() > kMaxFiles)
        m_files.removeLast();
    store();
}

void RecentFiles::remove(const QString& path)
{
    if (m_files.removeAll(QFileInfo(path).absoluteFilePath()) > 0)
        store();
}

void RecentFiles::clear()
{
    m_files.clear();
    store();
}

void RecentFiles::store()
{
    QSettings().setValue(kSettingsKey, m_files);
    emit changed();
}

}  // namespace iam::ui
