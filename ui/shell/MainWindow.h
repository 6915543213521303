#pragma once

#include <QMainWindow>

#include "ui/shell/PageId.h"

class QAction;
class QLabel;
class QActionGroup;
class QMenu;
class QStackedWidget;
class QToolBar;

namespace iam::ui {

class BuildPage;
class LearnPage;
class ScenariosPage;
class SimulatePage;
class NavigationList;
class PolicySession;
class RecentFiles;
class StartupOptions;
class ThemeManager;
class ZoomController;

// The shell, in the shape of Qt's application example: actions, menus, settings, and the question
// before unsaved work is lost. Pages sit in a stack, chosen from the list on the left.
class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(PolicySession& session, QWidget* parent = nullptr);

    PageId currentPage() const;
    void showPage(PageId page);
    // Opens a policy into the Build page. On failure the user is told why and nothing changes.
    bool openFile(const QString& path);
    // The command line's choices win over the saved settings for this run.
    void applyStartupOptions(const StartupOptions& options);

    ThemeManager& themeManager() const { return *m_theme; }
    ZoomController& zoomController() const { return *m_zoom; }
    NavigationList* navigation() const { return m_navigation; }
    BuildPage* buildPage() const { return m_buildPage; }
    SimulatePage* simulatePage() const { return m_simulatePage; }
    LearnPage* learnPage() const { return m_learnPage; }
    ScenariosPage* scenariosPage() const { return m_scenariosPage; }
    QWidget* page(PageId page) const;

    bool isPresentationMode() const { return m_presentationMode; }
    void setPresentationMode(bool on);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createPages();
    void connectPages();
    // A lesson's `iam:page/...` link: a page key, or `build?template=<id>`.
    void followPageLink(const QString& link);
    void readSettings();
    void writeSettings() const;
    bool maybeSave();

    void newFile();
    void open();
    bool save();
    bool saveAs();
    void showShortcuts();
    void showAbout();
    void forwardToEditor(const char* slot);
    void undoOrRedo(const char* slot);
    void updateTitle();
    void updateCursorPosition();
    void updateRecentFilesMenu();
    void updateIcons();
    void showError(const QString& title, const QString& text);

    PolicySession& m_session;
    ThemeManager* m_theme;
    ZoomController* m_zoom;
    RecentFiles* m_recentFiles;
    NavigationList* m_navigation;
    QStackedWidget* m_pages;
    BuildPage* m_buildPage = nullptr;
    SimulatePage* m_simulatePage = nullptr;
    LearnPage* m_learnPage = nullptr;
    ScenariosPage* m_scenariosPage = nullptr;
    QToolBar* m_toolBar = nullptr;
    QLabel* m_cursorPosition = nullptr;
    QMenu* m_recentMenu = nullptr;
    QActionGroup* m_themeGroup = nullptr;
    QAction* m_presentationAction = nullptr;
    QAction* m_leavePresentationAction = nullptr;
    QAction* m_fullScreenAction = nullptr;
    bool m_presentationMode = false;
};

}  // namespace iam::ui
