#pragma once

#include <optional>

#include <QObject>
#include <QPalette>

namespace iam::ui {

enum class Theme { System, Light, Dark };

// Light and dark palettes plus a small style sheet for our own parts (navigation, banners,
// panels). System picks light or dark after the palette the platform gave the app at start.
class ThemeManager final : public QObject {
    Q_OBJECT

public:
    explicit ThemeManager(QObject* parent = nullptr);

    Theme theme() const { return m_theme; }
    void setTheme(Theme theme);
    bool isDark() const;  // what is on screen, also when System picked a dark palette

    static QString themeKey(Theme theme);  // "system", "light", "dark"
    static std::optional<Theme> themeFromKey(const QString& key);

signals:
    void themeChanged(Theme theme);

private:
    void apply();

    Theme m_theme = Theme::System;
    QPalette m_systemPalette;
};

}  // namespace iam::ui
