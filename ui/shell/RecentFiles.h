#pragma once

#include <QObject>
#include <QStringList>

namespace iam::ui {

// The files opened last, newest first, kept in the settings so they survive a restart.
class RecentFiles final : public QObject {
    Q_OBJECT

public:
    static constexpr int kMaxFiles = 8;

    explicit RecentFiles(QObject* parent = nullptr);

    QStringList files() const { return m_files; }
    void add(const QString& path);
    void remove(const QString& path);
    void clear();

signals:
    void changed();

private:
    void store();

    QStringList m_files;
};

}  // namespace iam::ui
