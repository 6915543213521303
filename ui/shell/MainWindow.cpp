#include "ui/shell/MainWindow.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QRegularExpression>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTextBlock>
#include <QTextEdit>
#include <QToolBar>
#include <QUndoStack>

#include "core/lint/PolicyKind.h"
#include "ui/builder/BuildPage.h"
#include "ui/common/ComingSoonPage.h"
#include "ui/common/JsonEditor.h"
#include "ui/common/ThemedIcons.h"
#include "ui/learn/LearnPage.h"
#include "ui/scenarios/ScenariosPage.h"
#include "ui/session/PolicySession.h"
#include "ui/shell/AboutDialog.h"
#include "ui/shell/NavigationList.h"
#include "ui/shell/RecentFiles.h"
#include "ui/shell/ShortcutsDialog.h"
#include "ui/shell/StartupOptions.h"
#include "ui/shell/ThemeManager.h"
#include "ui/shell/ZoomController.h"
#include "ui/simulate/SimulatePage.h"
#include "ui/simulate/SimulationSession.h"

namespace iam::ui {

namespace {

// Some platforms define no key for a standard action (Save As, Quit under plain X11); then the
// common one is used, so every menu entry the shortcuts list shows has a key where users expect it.
QList<QKeySequence> standardKeys(QKeySequence::StandardKey key, const QKeySequence& fallback)
{
    const QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    return keys.isEmpty() ? QList<QKeySequence>{fallback} : keys;
}

}  // namespace

MainWindow::MainWindow(PolicySession& session, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_theme(new ThemeManager(this))
    , m_zoom(new ZoomController(this))
    , m_recentFiles(new RecentFiles(this))
    , m_navigation(new NavigationList(this))
    , m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(applicationIcon());
    setMinimumSize(800, 560);
    setAcceptDrops(true);  // drop a policy file anywhere on the window to open it

    createPages();
    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    createActions();
    statusBar()->setSizeGripEnabled(false);
    statusBar()->setContentsMargins(8, 0, 0, 0);
    m_cursorPosition = new QLabel(this);
    m_cursorPosition->setObjectName(QStringLiteral("cursorPosition"));
    statusBar()->addPermanentWidget(m_cursorPosition);
    connect(m_buildPage->editor(), &QPlainTextEdit::cursorPositionChanged, this, &MainWindow::updateCursorPosition);

    connect(m_navigation, &NavigationList::pageSelected, this, [this](PageId page) {
        m_pages->setCurrentIndex(static_cast<int>(page));
        updateCursorPosition();
    });
    connect(&m_session, &PolicySession::modifiedChanged, this, &MainWindow::updateTitle);
    connect(&m_session, &PolicySession::filePathChanged, this, &MainWindow::updateTitle);
    connect(&m_session, &PolicySession::displayNameChanged, this, &MainWindow::updateTitle);
    connect(&m_session, &PolicySession::readOnlyChanged, this, &MainWindow::updateTitle);
    connectPages();
    connect(m_recentFiles, &RecentFiles::changed, this, &MainWindow::updateRecentFilesMenu);
    connect(m_theme, &ThemeManager::themeChanged, this, &MainWindow::updateIcons);

    readSettings();
    updateTitle();
    updateRecentFilesMenu();
}

PageId MainWindow::currentPage() const
{
    return static_cast<PageId>(m_pages->currentIndex());
}

void MainWindow::showPage(PageId page)
{
    m_navigation->setCurrentPage(page);
    m_pages->setCurrentIndex(static_cast<int>(page));
    updateCursorPosition();
}

QWidget* MainWindow::page(PageId page) const
{
    return m_pages->widget(static_cast<int>(page));
}

bool MainWindow::openFile(const QString& path)
{
    const PolicyKind kindBefore = m_session.kind();
    if (!m_session.load(path)) {
        if (!QFileInfo::exists(path))
            m_recentFiles->remove(path);
        showError(tr("Could not open the file"), m_session.lastError());
        return false;
    }
    m_recentFiles->add(m_session.filePath());
    showPage(PageId::Build);
    if (m_session.kind() != kindBefore)
        statusBar()->showMessage(tr("Opened %1 and checked it as %2, from its Principals. Change the kind above "
                                    "if it is attached elsewhere.")
                                     .arg(m_session.displayName(),
                                          QString::fromStdString(policyKindWithArticle(m_session.kind()))),
                                 8000);
    else
        statusBar()->showMessage(tr("Opened %1").arg(m_session.displayName()), 4000);
    return true;
}

void MainWindow::applyStartupOptions(const StartupOptions& options)
{
    if (options.theme())
        m_theme->setTheme(*options.theme());
    if (!options.file().isEmpty())
        openFile(options.file());
    if (options.page())
        showPage(*options.page());
}

void MainWindow::setPresentationMode(bool on)
{
    if (on == m_presentationMode)
        return;
    m_presentationMode = on;
    m_zoom->setPresentation(on);
    m_navigation->setCompact(on);
    m_toolBar->setVisible(!on);
    statusBar()->setVisible(!on);
    m_presentationAction->setChecked(on);
    m_leavePresentationAction->setEnabled(on);
    if (on)
        statusBar()->clearMessage();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    if (maybeSave())
        openFile(urls.first().toLocalFile());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (maybeSave() && m_simulatePage->maybeSave()) {
        writeSettings();
        event->accept();
    } else {
        event->ignore();
    }
}

void MainWindow::createPages()
{
    for (PageId page : kAllPages) {
        QWidget* widget = nullptr;
        switch (page) {
        case PageId::Learn:
            widget = m_learnPage = new LearnPage(m_pages);
            break;
        case PageId::Build:
            widget = m_buildPage = new BuildPage(m_session, m_pages);
            break;
        case PageId::Simulate:
            widget = m_simulatePage = new SimulatePage(m_session, m_pages);
            break;
        case PageId::Scenarios:
            widget = m_scenariosPage = new ScenariosPage(m_pages);
            break;
        case PageId::Quiz:
            widget = new ComingSoonPage(pageIconName(page), tr("Quiz"),
                tr("Short questions to check what you have learned, graded by the same engine that checks your "
                   "policies, with an explanation for every answer."),
                m_pages);
            break;
        }
        widget->setObjectName(pageKey(page) + QStringLiteral("Page"));
        m_pages->addWidget(widget);
    }
}

void MainWindow::connectPages()
{
    m_buildPage->setDiscardCheck([this] { return maybeSave(); });
    connect(m_buildPage, &BuildPage::statusMessage, this, [this](const QString& text) {
        statusBar()->showMessage(text, 5000);
    });
    connect(m_buildPage, &BuildPage::testPolicyRequested, this, [this] {
        showPage(PageId::Simulate);
        m_simulatePage->testBuildPolicy();
    });
    connect(m_simulatePage, &SimulatePage::statusMessage, this, [this](const QString& text) {
        statusBar()->showMessage(text, 5000);
    });
    connect(m_learnPage, &LearnPage::pageLinkActivated, this, &MainWindow::followPageLink);
    connect(m_learnPage, &LearnPage::policyToBuildRequested, this, [this](const QString& json) {
        if (!m_buildPage->openPolicyText(json, PolicyKind::Identity, tr("Lesson example")))
            return;
        m_session.followPrincipalsForKind();
        showPage(PageId::Build);
    });
    connect(m_scenariosPage, &ScenariosPage::openInBuilderRequested, this,
        [this](const QString& json, PolicyKind kind) {
            if (m_buildPage->openPolicyText(json, kind, tr("Scenario policy")))
                showPage(PageId::Build);
        });
    connect(m_scenariosPage, &ScenariosPage::openInSimulatorRequested, this,
        [this](const SimulationDocument& document) {
            if (!m_simulatePage->maybeSave())
                return;
            m_simulatePage->session().setDocument(document);
            showPage(PageId::Simulate);
        });
}

void MainWindow::followPageLink(const QString& link)
{
    // `build?template=<id>` opens one of the gallery's templates; anything else names a page.
    const QString templatePrefix = QStringLiteral("build?template=");
    if (link.startsWith(templatePrefix)) {
        if (m_buildPage->openTemplate(link.mid(templatePrefix.size())))
            showPage(PageId::Build);
        return;
    }
    if (const std::optional<PageId> page = pageFromKey(link))
        showPage(*page);
}

void MainWindow::createActions()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* newAction = fileMenu->addAction(tr("&New"), this, &MainWindow::newFile);
    newAction->setObjectName(QStringLiteral("actionNew"));
    newAction->setShortcut(QKeySequence::New);
    newAction->setStatusTip(tr("Start a new, empty policy"));
    QAction* openAction = fileMenu->addAction(tr("&Open…"), this, &MainWindow::open);
    openAction->setObjectName(QStringLiteral("actionOpen"));
    openAction->setShortcut(QKeySequence::Open);
    openAction->setStatusTip(tr("Open a policy file"));
    QAction* templateAction = fileMenu->addAction(tr("New from &Template…"), this, [this] {
        showPage(PageId::Build);
        m_buildPage->showTemplateGallery();
    });
    templateAction->setObjectName(QStringLiteral("actionNewFromTemplate"));
    templateAction->setStatusTip(tr("Start from one of our example policies"));
    QAction* managedAction = fileMenu->addAction(tr("Open AWS &Managed Policy…"), this, [this] {
        showPage(PageId::Build);
        m_buildPage->showManagedPolicyPicker();
    });
    managedAction->setObjectName(QStringLiteral("actionOpenManaged"));
    managedAction->setStatusTip(tr("Look at a policy AWS wrote, read-only"));
    m_recentMenu = fileMenu->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    QAction* saveAction = fileMenu->addAction(tr("&Save"), this, &MainWindow::save);
    saveAction->setObjectName(QStringLiteral("actionSave"));
    saveAction->setShortcut(QKeySequence::Save);
    QAction* saveAsAction = fileMenu->addAction(tr("Save &As…"), this, &MainWindow::saveAs);
    saveAsAction->setObjectName(QStringLiteral("actionSaveAs"));
    saveAsAction->setShortcuts(standardKeys(QKeySequence::SaveAs, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)));
    fileMenu->addSeparator();
    QAction* quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setObjectName(QStringLiteral("actionQuit"));
    quitAction->setShortcuts(standardKeys(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)));
    quitAction->setMenuRole(QAction::QuitRole);

    QMenu* editMenu = menuBar()->addMenu(tr("&Edit"));
    struct EditAction {
        QString text;
        QKeySequence::StandardKey key;
        const char* slot;
        const char* name;
    };
    const EditAction editActions[] = {
        {tr("&Undo"), QKeySequence::Undo, "undo", "actionUndo"},
        {tr("&Redo"), QKeySequence::Redo, "redo", "actionRedo"},
        {tr("Cu&t"), QKeySequence::Cut, "cut", "actionCut"},
        {tr("&Copy"), QKeySequence::Copy, "copy", "actionCopy"},
        {tr("&Paste"), QKeySequence::Paste, "paste", "actionPaste"},
        {tr("Select &All"), QKeySequence::SelectAll, "selectAll", "actionSelectAll"},
    };
    QAction* undoAction = nullptr;
    QAction* redoAction = nullptr;
    for (const EditAction& edit : editActions) {
        if (qstrcmp(edit.slot, "cut") == 0 || qstrcmp(edit.slot, "selectAll") == 0)
            editMenu->addSeparator();
        const bool history = qstrcmp(edit.slot, "undo") == 0 || qstrcmp(edit.slot, "redo") == 0;
        QAction* action = editMenu->addAction(edit.text, this, [this, slot = edit.slot, history] {
            history ? undoOrRedo(slot) : forwardToEditor(slot);
        });
        action->setObjectName(QString::fromLatin1(edit.name));
        action->setShortcut(edit.key);
        // The editors handle these keys themselves; the menu entry is for discovery and the mouse.
        action->setShortcutContext(Qt::WidgetShortcut);
        if (qstrcmp(edit.slot, "undo") == 0)
            undoAction = action;
        if (qstrcmp(edit.slot, "redo") == 0)
            redoAction = action;
    }
    // The menu names the step it takes back ("Undo Add action s3:GetObject"), as the history has it.
    QUndoStack* stack = m_session.undoStack();
    const auto updateHistoryActions = [this, undoAction, redoAction, stack] {
        undoAction->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
        redoAction->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
    };
    connect(stack, &QUndoStack::indexChanged, this, updateHistoryActions);
    connect(stack, &QUndoStack::cleanChanged, this, updateHistoryActions);
    updateHistoryActions();
    editMenu->addSeparator();
    QAction* copyJsonAction = editMenu->addAction(tr("Copy &JSON"), this, [this] { m_buildPage->copyJson(); });
    copyJsonAction->setObjectName(QStringLiteral("actionCopyJson"));
    copyJsonAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    copyJsonAction->setStatusTip(tr("Copy the whole policy as JSON, to paste it into the AWS console"));

    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    QAction* zoomInAction = viewMenu->addAction(tr("Zoom &In"), m_zoom, &ZoomController::zoomIn);
    zoomInAction->setObjectName(QStringLiteral("actionZoomIn"));
    zoomInAction->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    QAction* zoomOutAction = viewMenu->addAction(tr("Zoom &Out"), m_zoom, &ZoomController::zoomOut);
    zoomOutAction->setObjectName(QStringLiteral("actionZoomOut"));
    zoomOutAction->setShortcut(QKeySequence::ZoomOut);
    QAction* zoomResetAction = viewMenu->addAction(tr("&Reset Zoom"), m_zoom, &ZoomController::resetZoom);
    zoomResetAction->setObjectName(QStringLiteral("actionZoomReset"));
    zoomResetAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    viewMenu->addSeparator();

    QMenu* themeMenu = viewMenu->addMenu(tr("&Theme"));
    m_themeGroup = new QActionGroup(this);
    m_themeGroup->setExclusive(true);
    for (const auto& [theme, text] : {std::pair{Theme::Light, tr("&Light")}, std::pair{Theme::Dark, tr("&Dark")},
                                      std::pair{Theme::System, tr("&System")}}) {
        QAction* action = themeMenu->addAction(text);
        action->setObjectName(QStringLiteral("actionTheme") + ThemeManager::themeKey(theme));
        action->setCheckable(true);
        action->setData(static_cast<int>(theme));
        m_themeGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, theme = theme] { m_theme->setTheme(theme); });
    }
    connect(m_theme, &ThemeManager::themeChanged, this, [this](Theme theme) {
        for (QAction* action : m_themeGroup->actions())
            action->setChecked(action->data().toInt() == static_cast<int>(theme));
    });

    // Ctrl+1 … Ctrl+5 reach a page without the mouse, handy at a projector.
    QMenu* goMenu = viewMenu->addMenu(tr("&Go To"));
    for (PageId page : kAllPages) {
        QAction* action = goMenu->addAction(pageTitle(page), this, [this, page] { showPage(page); });
        action->setObjectName(QStringLiteral("actionGo") + pageKey(page));
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + static_cast<int>(page))));
    }
    viewMenu->addSeparator();

    m_presentationAction = viewMenu->addAction(tr("&Presentation Mode"));
    m_presentationAction->setObjectName(QStringLiteral("actionPresentation"));
    m_presentationAction->setCheckable(true);
    m_presentationAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_presentationAction->setStatusTip(tr("Larger text and a simpler layout for projectors; Esc leaves it"));
    connect(m_presentationAction, &QAction::toggled, this, &MainWindow::setPresentationMode);
    // In the menu, so the shortcuts list shows Esc; enabled only while presenting, so Esc is free otherwise.
    m_leavePresentationAction = viewMenu->addAction(tr("&Leave Presentation Mode"));
    m_leavePresentationAction->setObjectName(QStringLiteral("actionLeavePresentation"));
    m_leavePresentationAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_leavePresentationAction->setEnabled(false);
    connect(m_leavePresentationAction, &QAction::triggered, this, [this] { setPresentationMode(false); });

    m_fullScreenAction = viewMenu->addAction(tr("&Full Screen"));
    m_fullScreenAction->setShortcuts(standardKeys(QKeySequence::FullScreen, QKeySequence(Qt::Key_F11)));
    m_fullScreenAction->setObjectName(QStringLiteral("actionFullScreen"));
    m_fullScreenAction->setCheckable(true);
    connect(m_fullScreenAction, &QAction::toggled, this, [this](bool on) { on ? showFullScreen() : showNormal(); });

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction* shortcutsAction = helpMenu->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    shortcutsAction->setObjectName(QStringLiteral("actionShortcuts"));
    shortcutsAction->setShortcut(QKeySequence::HelpContents);
    QAction* aboutAction = helpMenu->addAction(tr("&About IAM Studio"), this, &MainWindow::showAbout);
    aboutAction->setObjectName(QStringLiteral("actionAbout"));
    aboutAction->setMenuRole(QAction::AboutRole);

    m_toolBar = addToolBar(tr("Main"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setFloatable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_toolBar->toggleViewAction()->setVisible(false);
    const struct {
        QAction* action;
        const char* icon;
    } toolActions[] = {{newAction, "new"},         {openAction, "open"},        {saveAction, "save"},
                       {undoAction, "undo"},       {redoAction, "redo"},        {zoomOutAction, "zoom-out"},
                       {zoomInAction, "zoom-in"},  {m_presentationAction, "presentation"}};
    for (const auto& tool : toolActions) {
        tool.action->setProperty("iconName", QString::fromLatin1(tool.icon));
        if (tool.action == undoAction || tool.action == zoomOutAction || tool.action == m_presentationAction)
            m_toolBar->addSeparator();
        m_toolBar->addAction(tool.action);
        tool.action->setToolTip(QStringLiteral("%1 (%2)").arg(
            tool.action->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")),
            tool.action->shortcut().toString(QKeySequence::NativeText)));
    }
}

void MainWindow::readSettings()
{
    QSettings settings;
    const QByteArray geometry = settings.value(QStringLiteral("window/geometry")).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1280, 800);
    m_theme->setTheme(ThemeManager::themeFromKey(settings.value(QStringLiteral("view/theme")).toString())
                          .value_or(Theme::System));
    // setTheme only announces a change; the first theme also needs its menu entry ticked.
    for (QAction* action : m_themeGroup->actions())
        action->setChecked(action->data().toInt() == static_cast<int>(m_theme->theme()));
    m_zoom->setZoomPercent(settings.value(QStringLiteral("view/zoom"), 100).toInt());
    showPage(pageFromKey(settings.value(QStringLiteral("view/page")).toString()).value_or(PageId::Learn));
    updateIcons();
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("view/theme"), ThemeManager::themeKey(m_theme->theme()));
    settings.setValue(QStringLiteral("view/zoom"), m_zoom->zoomPercent());
    settings.setValue(QStringLiteral("view/page"), pageKey(currentPage()));
}

bool MainWindow::maybeSave()
{
    if (!m_session.isModified())
        return true;
    const auto answer =
        QMessageBox::warning(this, tr("Unsaved changes"),
                             tr("%1 has changes that are not saved yet. Save them before you go on?")
                                 .arg(m_session.displayName()),
                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::newFile()
{
    if (!maybeSave())
        return;
    m_session.clear();
    showPage(PageId::Build);
    m_buildPage->editor()->setFocus();
}

void MainWindow::open()
{
    if (!maybeSave())
        return;
    const QString start = m_session.filePath().isEmpty()
                              ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                              : QFileInfo(m_session.filePath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a policy"), start, tr("IAM policies (*.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::save()
{
    if (m_session.isReadOnly()) {
        showError(tr("This policy is read-only"),
                  tr("%1 is an AWS managed policy. Choose \"Duplicate as my policy\" to make your own copy, then "
                     "save that.")
                      .arg(m_session.displayName()));
        return false;
    }
    if (m_session.filePath().isEmpty())
        return saveAs();
    if (!m_session.save()) {
        showError(tr("Could not save the file"), m_session.lastError());
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(m_session.displayName()), 4000);
    return true;
}

bool MainWindow::saveAs()
{
    if (m_session.isReadOnly())
        return save();  // says why it cannot
    // A template or a copy is offered under its own name ("read-one-s3-bucket.json"), not "policy".
    QString name = QStringLiteral("policy");
    if (m_session.filePath().isEmpty() && m_session.displayName() != tr("Untitled")) {
        name = m_session.displayName().toLower();
        name.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
        name.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
        if (name.isEmpty())
            name = QStringLiteral("policy");
    }
    const QString start = m_session.filePath().isEmpty()
                              ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                                    QLatin1Char('/') + name + QStringLiteral(".json")
                              : m_session.filePath();
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the policy as"), start, tr("IAM policies (*.json);;All files (*)"));
    if (path.isEmpty())
        return false;
    if (!m_session.saveAs(path)) {
        showError(tr("Could not save the file"), m_session.lastError());
        return false;
    }
    m_recentFiles->add(path);
    statusBar()->showMessage(tr("Saved %1").arg(m_session.displayName()), 4000);
    return true;
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(*menuBar(), this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::forwardToEditor(const char* slot)
{
    // Edit actions act on whichever text field has the focus; with none, on the policy editor.
    QWidget* target = QApplication::focusWidget();
    if (!target || !QMetaObject::invokeMethod(target, slot))
        QMetaObject::invokeMethod(m_buildPage->editor(), slot);
}

void MainWindow::undoOrRedo(const char* slot)
{
    // A form's text field keeps its own small history while it has the focus; everything else,
    // the JSON editor included, shares the document's.
    QWidget* focus = QApplication::focusWidget();
    const bool ownHistory = (qobject_cast<QLineEdit*>(focus) || qobject_cast<QAbstractSpinBox*>(focus) ||
                             qobject_cast<QTextEdit*>(focus) || qobject_cast<QPlainTextEdit*>(focus)) &&
                            !qobject_cast<JsonEditor*>(focus);
    if (ownHistory) {
        QMetaObject::invokeMethod(focus, slot);
        return;
    }
    if (qstrcmp(slot, "undo") == 0)
        m_session.undoStack()->undo();
    else
        m_session.undoStack()->redo();
}

void MainWindow::updateTitle()
{
    const QString readOnly = m_session.isReadOnly() ? tr(" (read-only)") : QString();
    setWindowTitle(QStringLiteral("%1%2%3 — IAM Studio")
                       .arg(m_session.displayName(), m_session.isModified() ? QStringLiteral("*") : QString(),
                            readOnly));
}

void MainWindow::updateCursorPosition()
{
    m_cursorPosition->setVisible(currentPage() == PageId::Build);
    const QTextCursor cursor = m_buildPage->editor()->textCursor();
    // Columns count characters, as the findings do, so "5:33" in the list is "Column 33" here.
    const int column = static_cast<int>(cursor.block().text().left(cursor.positionInBlock()).toUcs4().size()) + 1;
    m_cursorPosition->setText(tr("Line %1, Column %2").arg(cursor.blockNumber() + 1).arg(column));
}

void MainWindow::updateRecentFilesMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_recentFiles->files();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        QAction* action = m_recentMenu->addAction(QStringLiteral("&%1  %2").arg(i + 1).arg(QFileInfo(path).fileName()),
                                                  this, [this, path] {
                                                      if (maybeSave())
                                                          openFile(path);
                                                  });
        action->setProperty("dynamic", true);
        action->setStatusTip(path);
    }
    if (files.isEmpty()) {
        QAction* none = m_recentMenu->addAction(tr("No recent files"));
        none->setEnabled(false);
        none->setProperty("dynamic", true);
        return;
    }
    m_recentMenu->addSeparator();
    QAction* clearAction = m_recentMenu->addAction(tr("&Clear List"), m_recentFiles, &RecentFiles::clear);
    clearAction->setProperty("dynamic", true);
}

void MainWindow::updateIcons()
{
    // The application palette is already the new theme's; the window's own may not have caught up.
    const QColor color = QApplication::palette().color(QPalette::WindowText);
    for (QAction* action : m_toolBar->actions()) {
        const QString name = action->property("iconName").toString();
        if (!name.isEmpty())
            action->setIcon(themedIcon(name, color));
    }
}

void MainWindow::showError(const QString& title, const QString& text)
{
    // Window-modal but not blocking: the window stays scriptable (tests, --screenshot) while it shows.
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("errorMessage"));
    box->open();
}

}  // namespace iam::ui
