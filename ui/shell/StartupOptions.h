#pragma once

#include <optional>

#include <QString>
#include <QStringList>

#include "ui/shell/PageId.h"
#include "ui/shell/ThemeManager.h"

namespace iam::ui {

// The GUI's command line: `iam-studio [FILE] [--page P] [--theme T] [--screenshot OUT.png]`.
class StartupOptions final {
public:
    // False when the arguments make no sense; errorText() then says why in plain words.
    bool parse(const QStringList& arguments);

    QString errorText() const { return m_errorText; }
    QString helpText() const { return m_helpText; }
    bool helpRequested() const { return m_helpRequested; }
    bool versionRequested() const { return m_versionRequested; }

    QString file() const { return m_file; }
    std::optional<PageId> page() const { return m_page; }
    std::optional<Theme> theme() const { return m_theme; }
    QString screenshotPath() const { return m_screenshotPath; }

private:
    QString m_errorText;
    QString m_helpText;
    bool m_helpRequested = false;
    bool m_versionRequested = false;
    QString m_file;
    std::optional<PageId> m_page;
    std::optional<Theme> m_theme;
    QString m_screenshotPath;
};

}  // namespace iam::ui
