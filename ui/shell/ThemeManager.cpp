#include "ui/shell/ThemeManager.h"

#include <QApplication>
#include <QPointer>
#include <QStyle>
#include <QStyleFactory>

#include "ui/shell/IndicatorContrastStyle.h"

namespace iam::ui {

namespace {

struct Colors {
    QColor window, surface, text, muted, border, navigation, hover, accent, accentSoft, accentText, placeholder;
};

Colors lightColors()
{
    return {QColor(0xf6, 0xf7, 0xf9), QColor(0xff, 0xff, 0xff), QColor(0x1f, 0x23, 0x28), QColor(0x5b, 0x63, 0x6e),
            QColor(0xdc, 0xdf, 0xe4), QColor(0xee, 0xf0, 0xf4), QColor(0xe3, 0xe6, 0xeb), QColor(0x4f, 0x46, 0xe5),
            QColor(0xe8, 0xe7, 0xfc), QColor(0x37, 0x30, 0xa3), QColor(0x8a, 0x91, 0x9b)};
}

Colors darkColors()
{
    return {QColor(0x1d, 0x20, 0x26), QColor(0x16, 0x18, 0x1d), QColor(0xe6, 0xe8, 0xeb), QColor(0xa0, 0xa7, 0xb1),
            QColor(0x33, 0x38, 0x41), QColor(0x17, 0x19, 0x1e), QColor(0x2a, 0x2e, 0x36), QColor(0x81, 0x8c, 0xf8),
            QColor(0x2c, 0x2b, 0x52), QColor(0xc7, 0xcb, 0xff), QColor(0x76, 0x7e, 0x89)};
}

QPalette paletteFrom(const Colors& c, bool dark)
{
    QPalette p;
    p.setColor(QPalette::Window, c.window);
    p.setColor(QPalette::WindowText, c.text);
    p.setColor(QPalette::Base, c.surface);
    p.setColor(QPalette::AlternateBase, dark ? c.window : QColor(0xf8, 0xf9, 0xfb));
    p.setColor(QPalette::Text, c.text);
    p.setColor(QPalette::Button, dark ? QColor(0x2a, 0x2e, 0x36) : QColor(0xfb, 0xfb, 0xfc));
    p.setColor(QPalette::ButtonText, c.text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, c.accent);
    p.setColor(QPalette::HighlightedText, dark ? QColor(0x10, 0x12, 0x16) : QColor(Qt::white));
    p.setColor(QPalette::PlaceholderText, c.placeholder);
    p.setColor(QPalette::ToolTipBase, c.surface);
    p.setColor(QPalette::ToolTipText, c.text);
    p.setColor(QPalette::Link, c.accent);
    p.setColor(QPalette::LinkVisited, c.accent);
    p.setColor(QPalette::Light, dark ? QColor(0x3a, 0x3f, 0x48) : QColor(Qt::white));
    p.setColor(QPalette::Midlight, dark ? QColor(0x30, 0x34, 0x3c) : QColor(0xe9, 0xeb, 0xee));
    p.setColor(QPalette::Mid, c.border);
    p.setColor(QPalette::Dark, dark ? QColor(0x10, 0x12, 0x16) : QColor(0xb8, 0xbd, 0xc4));
    p.setColor(QPalette::Shadow, dark ? QColor(0, 0, 0) : QColor(0x9a, 0xa0, 0xa8));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, c.placeholder);
    return p;
}

QString styleSheetFor(const Colors& c)
{
    // Only our own named parts are styled; everything else keeps Fusion's look with our palette.
    return QStringLiteral(R"(
QListWidget#navigation { background: %1; border: none; border-right: 1px solid %2; padding: 14px 10px; outline: 0; }
QListWidget#navigation::item { color: %3; padding: 9px 10px; margin: 2px 0px; border-radius: 8px; }
QListWidget#navigation::item:hover { background: %4; }
QListWidget#navigation::item:selected { background: %5; color: %6; }
QLabel#banner { background: %5; color: %6; border-radius: 8px; padding: 10px 14px; }
QLabel#comingSoonBadge { background: %5; color: %6; border-radius: 10px; padding: 6px 16px; }
QLabel#pagePromise, QLabel#findingsSummary, QLabel#aboutDetails { color: %7; }
QFrame#editorFrame { background: %8; border: 1px solid %2; border-radius: 8px; }
QTreeView#findingsView, QTreeWidget#shortcutsView { background: %8; border: 1px solid %2; border-radius: 8px; }
QToolBar#mainToolBar { background: %9; border: none; border-bottom: 1px solid %2; padding: 4px 10px; spacing: 2px; }
QToolBar#mainToolBar QToolButton { border-radius: 6px; padding: 5px; }
QToolBar#mainToolBar QToolButton:hover { background: %4; }
QStatusBar { background: %9; border-top: 1px solid %2; color: %7; padding-left: 8px; }
QStatusBar::item { border: none; }
QMenuBar { background: %9; border-bottom: 1px solid %2; }
QLabel#cursorPosition { padding: 0px 12px; }
QHeaderView::section { background: %8; color: %7; border: none; border-bottom: 1px solid %2; padding: 5px 6px; }
QScrollBar:vertical { background: transparent; width: 12px; margin: 2px; }
QScrollBar:horizontal { background: transparent; height: 12px; margin: 2px; }
QScrollBar::handle:vertical { background: %2; border-radius: 4px; min-height: 28px; }
QScrollBar::handle:horizontal { background: %2; border-radius: 4px; min-width: 28px; }
QScrollBar::handle:hover { background: %7; }
QScrollBar::add-line, QScrollBar::sub-line { width: 0px; height: 0px; }
QScrollBar::add-page, QScrollBar::sub-page { background: none; }
)")
        .arg(c.navigation.name(), c.border.name(), c.text.name(), c.hover.name(), c.accentSoft.name(),
             c.accentText.name(), c.muted.name(), c.surface.name(), c.window.name());
}

bool isDarkPalette(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

}  // namespace

ThemeManager::ThemeManager(QObject* parent)
    : QObject(parent)
    , m_systemPalette(QApplication::palette())
{
}

void ThemeManager::setTheme(Theme theme)
{
    const bool changed = theme != m_theme;
    m_theme = theme;
    apply();
    if (changed)
        emit themeChanged(theme);
}

bool ThemeManager::isDark() const
{
    return m_theme == Theme::Dark || (m_theme == Theme::System && isDarkPalette(m_systemPalette));
}

QString ThemeManager::themeKey(Theme theme)
{
    switch (theme) {
    case Theme::System: return QStringLiteral("system");
    case Theme::Light: return QStringLiteral("light");
    case Theme::Dark: return QStringLiteral("dark");
    }
    return QStringLiteral("system");
}

std::optional<Theme> ThemeManager::themeFromKey(const QString& key)
{
    for (Theme theme : {Theme::System, Theme::Light, Theme::Dark}) {
        if (themeKey(theme) == key.trimmed().toLower())
            return theme;
    }
    return std::nullopt;
}

void ThemeManager::apply()
{
    // Fusion draws every control from the palette, so both themes look the same on every desktop.
    // Once per application: the style sheet below wraps the style, so QApplication::style() no
    // longer answers which one is underneath; a guarded pointer does, and notices a replaced style.
    static QPointer<IndicatorContrastStyle> installed;
    if (!installed) {
        installed = new IndicatorContrastStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setStyle(installed);
    }
    const bool dark = isDark();
    Colors colors;
    QPalette palette;
    switch (m_theme) {
    case Theme::Light:
        colors = lightColors();
        palette = paletteFrom(colors, false);
        break;
    case Theme::Dark:
        colors = darkColors();
        palette = paletteFrom(colors, true);
        break;
    case Theme::System:
        // Qt 6.4 cannot ask the desktop for its colour scheme; the palette it starts with tells
        // light from dark, and we show our own palette of that kind.
        colors = dark ? darkColors() : lightColors();
        palette = paletteFrom(colors, dark);
        break;
    }
    QApplication::setPalette(palette);
    qApp->setStyleSheet(styleSheetFor(colors));
}

}  // namespace iam::ui
