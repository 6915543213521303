#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "core/scenarios/ScenarioSimulation.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/common/JsonEditor.h"
#include "ui/scenarios/ScenarioChallengePanel.h"
#include "ui/scenarios/ScenarioDiagramView.h"
#include "ui/scenarios/ScenarioLibrary.h"
#include "ui/scenarios/ScenarioTryItModel.h"
#include "ui/scenarios/ScenarioTryItPanel.h"
#include "ui/scenarios/ScenarioView.h"
#include "ui/scenarios/ScenariosPage.h"
#include "ui/shell/ThemeManager.h"
#include "ui/simulate/SimulationSession.h"
#include "ui/simulate/results/DecisionBanner.h"
#include "ui/simulate/results/ResultStyle.h"

using namespace iam;
using namespace iam::ui;

namespace {

QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}

QStringList scenarioFiles()
{
    return QDir(QStringLiteral(IAM_SOURCE_DIR "/resources/scenarios"))
        .entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
}

// Clicks the list's row that shows the scenario, as a learner would.
void clickScenario(ScenariosPage& page, const Scenario& scenario)
{
    QListView* list = page.list();
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        const QModelIndex index = list->model()->index(row, 0);
        if (index.data().toString() != fromStd(scenario.title))
            continue;
        list->scrollTo(index);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
        return;
    }
    QFAIL(qPrintable(QStringLiteral("no row for %1").arg(fromStd(scenario.title))));
}

void clickTab(ScenarioView& view, ScenarioView::Tab tab)
{
    QTabBar* bar = view.tabs()->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(tab).center());
    QCOMPARE(view.tabs()->currentIndex(), static_cast<int>(tab));
}

// Replaces the editor's text by typing, as a learner would after selecting everything.
void typeReplacing(JsonEditor& editor, const QString& text)
{
    editor.setFocus();
    QTest::keyClick(&editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(&editor, Qt::Key_Delete);
    QTest::keyClicks(&editor, text);
}

// The policy text on one line: typed quickly, and free of the editor's auto-indent.
QString compact(const std::string& json)
{
    return QString::fromUtf8(QJsonDocument::fromJson(QByteArray::fromStdString(json)).toJson(QJsonDocument::Compact));
}

// The page as drawn once pending layouts have run, as the user would see it a moment after a click.
QPixmap grabSettled(QWidget& widget)
{
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    return widget.grab();
}

} // namespace

class tst_ScenariosPage final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        useTestSettings(QStringLiteral("tst_ScenariosPage"));
        // No instructor folder: only the built-in scenarios.
        QDir(ScenarioLibrary::userFolder()).removeRecursively();
    }

    void init()
    {
        m_page = std::make_unique<ScenariosPage>();
        m_page->resize(1060, 760);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanup() { m_page.reset(); }

    void everyBuiltInScenarioIsListed()
    {
        const QStringList files = scenarioFiles();
        QVERIFY(files.size() >= 10);
        QVERIFY2(m_page->loadErrors().isEmpty(), qPrintable(m_page->loadErrors().join('\n')));
        QCOMPARE(m_page->scenarios().size(), static_cast<std::size_t>(files.size()));
        QCOMPARE(m_page->list()->model()->rowCount(), files.size());
        for (const Scenario& scenario : m_page->scenarios())
            QVERIFY2(files.contains(fromStd(scenario.id) + ".json"), scenario.id.c_str());
        QVERIFY(!child<QLabel>(*m_page, "scenarioLoadErrors")->isVisible());
    }

    void filterFindsByTag()
    {
        QTest::keyClicks(m_page->filter(), QStringLiteral("OIDC"));
        QAbstractItemModel* model = m_page->list()->model();
        QVERIFY(model->rowCount() >= 1);
        QVERIFY(model->rowCount() < static_cast<int>(m_page->scenarios().size()));
        bool github = false;
        for (int row = 0; row < model->rowCount(); ++row)
            github = github || model->index(row, 0).data().toString().contains(QStringLiteral("GitHub"));
        QVERIFY(github);
        QTest::keyClicks(m_page->filter(), QStringLiteral("zzz-nothing"));
        QCOMPARE(model->rowCount(), 0);
    }

    void everyDiagramShowsEveryNodeWithItsExplanation()
    {
        for (const Scenario& scenario : m_page->scenarios()) {
            clickScenario(*m_page, scenario);
            QCOMPARE(m_page->currentScenarioId(), fromStd(scenario.id));
            ScenarioView* view = m_page->currentView();
            QVERIFY(view);
            QCOMPARE(view->tabs()->currentIndex(), static_cast<int>(ScenarioView::OverviewTab));
            ScenarioDiagramView* diagram = view->diagram();
            QVERIFY(diagram->isVisible());
            QCOMPARE(diagram->nodes().size(), scenario.nodes.size());
            for (const ScenarioNode& node : scenario.nodes) {
                const QRect rect = diagram->nodeRect(fromStd(node.id));
                QVERIFY2(!rect.isEmpty(), node.id.c_str());
                QVERIFY2(diagram->rect().contains(rect), node.id.c_str()); // nothing clipped
                QCOMPARE(diagram->nodeAt(rect.center()), fromStd(node.id));
                QVERIFY2(diagram->toolTipAt(rect.center()).contains(fromStd(node.explanation)), node.id.c_str());
                for (const ScenarioNode& other : scenario.nodes) {
                    if (other.id != node.id)
                        QVERIFY2(!rect.intersects(diagram->nodeRect(fromStd(other.id))), node.id.c_str());
                }
            }
        }
    }

    void clickingAPolicyBoxShowsThePolicy()
    {
        QVERIFY(m_page->showScenario(QStringLiteral("ec2-mcp-server")));
        ScenarioView* view = m_page->currentView();
        const ScenarioNode* policyNode = nullptr;
        for (const ScenarioNode& node : view->scenario().nodes) {
            if (!node.policy.empty())
                policyNode = &node;
        }
        QVERIFY(policyNode);
        QTest::mouseClick(
            view->diagram(), Qt::LeftButton, {}, view->diagram()->nodeRect(fromStd(policyNode->id)).center());
        QCOMPARE(view->tabs()->currentIndex(), static_cast<int>(ScenarioView::PoliciesTab));
        JsonEditor* editor = view->policyEditor(fromStd(policyNode->policy));
        QVERIFY(editor);
        QVERIFY(editor->isReadOnly());
        QCOMPARE(editor->documentText(), fromStd(view->scenario().findPolicy(policyNode->policy)->text));
    }

    void runAllGetsEveryStatedDecision()
    {
        for (const Scenario& scenario : m_page->scenarios()) {
            clickScenario(*m_page, scenario);
            ScenarioView* view = m_page->currentView();
            clickTab(*view, ScenarioView::TryItTab);
            ScenarioTryItPanel* panel = view->tryItPanel();
            ScenarioTryItModel* model = panel->model();
            QCOMPARE(model->rowCount(), static_cast<int>(scenario.tryIts.size()));
            QVERIFY(!model->hasRun(0));
            QTest::mouseClick(child<QPushButton>(*panel, "runAllTryIts"), Qt::LeftButton);
            for (int row = 0; row < model->rowCount(); ++row) {
                const QString what = fromStd(scenario.id + ": " + scenario.tryIts[row].name);
                QVERIFY2(model->engineDecision(row) == scenario.tryIts[row].expect, qPrintable(what));
                QVERIFY2(model->matches(row), qPrintable(what));
                QCOMPARE(model->index(row, ScenarioTryItModel::MatchColumn).data().toString(),
                    QStringLiteral("✓ as stated"));
            }
            QVERIFY(child<QLabel>(*panel, "tryItSummary")->text().contains(QStringLiteral("all as the scenario says")));
            // The selected request is shown with the Simulator's own views.
            const int row = panel->currentRow();
            QVERIFY(row >= 0);
            QCOMPARE(child<DecisionBanner>(*panel, "decisionBanner")->title(),
                ResultStyle::decisionTitle(scenario.tryIts[row].expect));
        }
    }

    void runningOneShowsItsDecision()
    {
        QVERIFY(m_page->showScenario(QStringLiteral("ec2-mcp-server")));
        ScenarioView* view = m_page->currentView();
        clickTab(*view, ScenarioView::TryItTab);
        ScenarioTryItPanel* panel = view->tryItPanel();
        const Scenario& scenario = view->scenario();
        // A denied request: click its row, then Run.
        int denied = -1;
        for (std::size_t i = 0; i < scenario.tryIts.size() && denied < 0; ++i) {
            if (scenario.tryIts[i].expect != Decision::Allowed)
                denied = static_cast<int>(i);
        }
        QVERIFY(denied >= 0);
        QTableView* table = panel->table();
        QTest::mouseClick(
            table->viewport(), Qt::LeftButton, {}, table->visualRect(panel->model()->index(denied, 0)).center());
        QCOMPARE(panel->currentRow(), denied);
        auto* banner = child<DecisionBanner>(*panel, "decisionBanner");
        QVERIFY(!banner->isVisible()); // guess first
        QVERIFY(child<QLabel>(*panel, "tryItPlaceholder")->isVisible());
        QTest::mouseClick(child<QPushButton>(*panel, "runTryIt"), Qt::LeftButton);
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->title(), ResultStyle::decisionTitle(scenario.tryIts[denied].expect));
        QVERIFY(panel->model()->hasRun(denied));
        QCOMPARE(panel->model()->runCount(), 1);
    }

    void openInSimulatorCarriesTheTryIt()
    {
        QSignalSpy spy(m_page.get(), &ScenariosPage::openInSimulatorRequested);
        for (const Scenario& scenario : m_page->scenarios()) {
            clickScenario(*m_page, scenario);
            ScenarioView* view = m_page->currentView();
            clickTab(*view, ScenarioView::TryItTab);
            ScenarioTryItPanel* panel = view->tryItPanel();
            const int last = panel->model()->rowCount() - 1;
            QTableView* table = panel->table();
            QTest::mouseClick(
                table->viewport(), Qt::LeftButton, {}, table->visualRect(panel->model()->index(last, 0)).center());
            spy.clear();
            QTest::mouseClick(child<QPushButton>(*panel, "openTryItInSimulator"), Qt::LeftButton);
            QCOMPARE(spy.count(), 1);
            const auto document = spy.at(0).at(0).value<SimulationDocument>();
            QCOMPARE(document.request, scenario.tryIts[last].request);
            QCOMPARE(document.policies.size(), scenario.policies.size());
            const ScenarioRun sent = runScenarioDocument(document);
            const ScenarioRun direct = runTryIt(scenario, static_cast<std::size_t>(last));
            QVERIFY(sent.decision());
            QCOMPARE(*sent.decision(), *direct.decision());
            QCOMPARE(*sent.decision(), scenario.tryIts[last].expect);
        }
    }

    void openInBuilderCarriesThePolicy()
    {
        QVERIFY(m_page->showScenario(QStringLiteral("ec2-mcp-server")));
        ScenarioView* view = m_page->currentView();
        clickTab(*view, ScenarioView::PoliciesTab);
        QSignalSpy spy(m_page.get(), &ScenariosPage::openInBuilderRequested);
        for (const ScenarioPolicy& policy : view->scenario().policies) {
            auto* button = view->findChild<QPushButton*>(QStringLiteral("openPolicyInBuilder-") + fromStd(policy.name));
            QVERIFY(button);
            view->findChild<QScrollArea*>()->ensureWidgetVisible(button);
            spy.clear();
            QTest::mouseClick(button, Qt::LeftButton);
            QCOMPARE(spy.count(), 1);
            QCOMPARE(spy.at(0).at(0).toString(), fromStd(policy.text));
            QCOMPARE(spy.at(0).at(1).value<PolicyKind>(), policy.kind);
        }

        // From Try it: the policy whose statement decided the request.
        clickTab(*view, ScenarioView::TryItTab);
        ScenarioTryItPanel* panel = view->tryItPanel();
        auto* open = child<QPushButton>(*panel, "openTryItInBuilder");
        QVERIFY(!open->isEnabled()); // nothing decided yet
        QTest::mouseClick(child<QPushButton>(*panel, "runTryIt"), Qt::LeftButton);
        QVERIFY(open->isEnabled());
        spy.clear();
        QTest::mouseClick(open, Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        const auto& result = panel->session().result();
        QVERIFY(result && !result->decidedBy.empty());
        const auto index = panel->session().build().documentIndex(result->decidedBy.front());
        QVERIFY(index);
        QCOMPARE(spy.at(0).at(0).toString(), fromStd(view->scenario().policies[*index].text));
    }

    void typingTheReferenceChangeSolvesEveryChallenge()
    {
        for (const Scenario& scenario : m_page->scenarios()) {
            clickScenario(*m_page, scenario);
            ScenarioView* view = m_page->currentView();
            clickTab(*view, ScenarioView::BreakItTab);
            ScenarioChallengePanel* panel = view->challengePanel();
            for (std::size_t i = 0; i < scenario.challenges.size(); ++i) {
                const QString what = fromStd(scenario.id) + QStringLiteral(" challenge %1").arg(i);
                panel->setCurrentChallenge(static_cast<int>(i));
                const ScenarioChallenge& challenge = scenario.challenges[i];
                auto* check = child<QPushButton>(*panel, "checkChallenge");

                // Untouched, the request still gets the try-it's decision, and the panel says so.
                QTest::mouseClick(check, Qt::LeftButton);
                QVERIFY(!panel->solved());
                QVERIFY2(panel->resultText().startsWith(QStringLiteral("Not yet.")), qPrintable(what));
                QVERIFY2(panel->resultText().contains(
                             ResultStyle::decisionShort(scenario.tryIts[challenge.tryItIndex].expect).toLower()),
                    qPrintable(panel->resultText()));

                const auto solved = solvedChallengeDocument(scenario, i);
                QVERIFY(solved);
                const auto policy = scenario.policyIndex(challenge.reference.policy);
                typeReplacing(*panel->editor(), compact(solved->policies[*policy].text));
                QVERIFY(panel->resultText().isEmpty()); // an edit clears the old verdict
                QTest::mouseClick(check, Qt::LeftButton);
                QVERIFY2(panel->solved(), qPrintable(what + ": " + panel->resultText()));
                QVERIFY(panel->resultText().startsWith(QStringLiteral("Solved!")));
            }
        }
    }

    void aWrongEditSaysWhatItGot()
    {
        QVERIFY(m_page->showScenario(QStringLiteral("ec2-mcp-server")));
        ScenarioView* view = m_page->currentView();
        clickTab(*view, ScenarioView::BreakItTab);
        ScenarioChallengePanel* panel = view->challengePanel();
        auto* check = child<QPushButton>(*panel, "checkChallenge");

        // The right action on the wrong bucket: still nothing allows the read.
        const QString wrongBucket
            = QStringLiteral("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"ReadOther\",\"Effect\":\"Allow\","
                             "\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::example-other-bucket/*\"}]}");
        typeReplacing(*panel->editor(), wrongBucket);
        QTest::mouseClick(check, Qt::LeftButton);
        QVERIFY(!panel->solved());
        QVERIFY2(panel->resultText().contains(QStringLiteral("got implicit deny")), qPrintable(panel->resultText()));
        QVERIFY(panel->resultText().contains(QStringLiteral("the goal is allowed")));

        // Broken JSON: the panel says the policy cannot be read, and where.
        typeReplacing(*panel->editor(), QStringLiteral("{\"Version\":\"2012-10-17\",\"Statement\":["));
        QTest::mouseClick(check, Qt::LeftButton);
        QVERIFY(!panel->solved());
        QVERIFY2(panel->resultText().contains(QStringLiteral("cannot be read")), qPrintable(panel->resultText()));
        QVERIFY(panel->resultText().contains(QStringLiteral("line 1")));
        QVERIFY(!panel->editor()->markers().isEmpty()); // and underlines the place
        QTest::keyClick(panel->editor(), Qt::Key_BracketRight);
        QVERIFY(panel->editor()->markers().isEmpty()); // until the learner types again
    }

    void hintSolutionAndReset()
    {
        QVERIFY(m_page->showScenario(QStringLiteral("ec2-mcp-server")));
        ScenarioView* view = m_page->currentView();
        clickTab(*view, ScenarioView::BreakItTab);
        ScenarioChallengePanel* panel = view->challengePanel();
        const Scenario& scenario = view->scenario();
        const QString original = fromStd(scenario.findPolicy(scenario.challenges[0].reference.policy)->text);
        QCOMPARE(panel->editor()->documentText(), original);

        auto* hint = child<QLabel>(*panel, "challengeHint");
        QVERIFY(!hint->isVisible());
        QTest::mouseClick(child<QPushButton>(*panel, "showHint"), Qt::LeftButton);
        QVERIFY(hint->isVisible());

        QTest::mouseClick(child<QPushButton>(*panel, "showSolution"), Qt::LeftButton);
        QVERIFY(panel->editor()->documentText() != original);
        QTest::mouseClick(child<QPushButton>(*panel, "checkChallenge"), Qt::LeftButton);
        QVERIFY(panel->solved());

        QTest::mouseClick(child<QPushButton>(*panel, "resetChallenge"), Qt::LeftButton);
        QCOMPARE(panel->editor()->documentText(), original);
        QVERIFY(panel->resultText().isEmpty());
    }

    void aBrokenInstructorFileIsListedAndTheOthersLoad()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        QByteArray good = readFile(QStringLiteral(IAM_SOURCE_DIR "/resources/scenarios/ec2-mcp-server.json"));
        QVERIFY(!good.isEmpty());
        const QByteArray duplicate = good;
        good.replace("\"id\": \"ec2-mcp-server\"", "\"id\": \"my-own-scenario\"");
        good.replace("\"title\": \"", "\"title\": \"My own: ");
        QVERIFY(writeFile(folder.filePath("my-own-scenario.json"), good));
        QVERIFY(writeFile(folder.filePath("ec2-mcp-server.json"), duplicate));
        QByteArray broken = good;
        broken.replace("\"why\"", "\"wyh\"");
        QVERIFY(writeFile(folder.filePath("broken.json"), broken));

        ScenariosPage page(QStringLiteral(":/scenarios"), folder.path());
        QCOMPARE(page.scenarios().size(), static_cast<std::size_t>(scenarioFiles().size() + 1));
        QVERIFY(page.showScenario(QStringLiteral("my-own-scenario")));
        const QString errors = page.loadErrors().join('\n');
        QVERIFY2(errors.contains(QStringLiteral("broken.json:")), qPrintable(errors));
        QVERIFY2(errors.contains(QStringLiteral("wyh")), qPrintable(errors));
        QVERIFY2(errors.contains(QStringLiteral("already loaded")), qPrintable(errors));
        QVERIFY(child<QLabel>(page, "scenarioLoadErrors")->text().contains(QStringLiteral("broken.json")));
    }

    void screenshots()
    {
        ThemeManager themes;
        const QStringList ids { "ec2-mcp-server", "bedrock-agent", "cross-account-prod-read-only" };
        for (Theme theme : { Theme::Light, Theme::Dark }) {
            themes.setTheme(theme);
            const QString name = ThemeManager::themeKey(theme);
            for (const QString& id : ids) {
                QVERIFY(m_page->showScenario(id));
                ScenarioView* view = m_page->currentView();
                view->tabs()->setCurrentIndex(ScenarioView::OverviewTab);
                QVERIFY(grabSettled(*m_page).save(screenshotPath(QStringLiteral("scenarios-%1-%2").arg(name, id))));
            }
            ScenarioView* view = m_page->currentView();
            view->tabs()->setCurrentIndex(ScenarioView::TryItTab);
            QTest::mouseClick(child<QPushButton>(*view->tryItPanel(), "runAllTryIts"), Qt::LeftButton);
            QVERIFY(grabSettled(*m_page).save(screenshotPath(QStringLiteral("scenarios-%1-try-it").arg(name))));
            view->tabs()->setCurrentIndex(ScenarioView::BreakItTab);
            QTest::mouseClick(child<QPushButton>(*view->challengePanel(), "showHint"), Qt::LeftButton);
            QTest::mouseClick(child<QPushButton>(*view->challengePanel(), "checkChallenge"), Qt::LeftButton);
            QVERIFY(grabSettled(*m_page).save(screenshotPath(QStringLiteral("scenarios-%1-break-it").arg(name))));
            view->tabs()->setCurrentIndex(ScenarioView::PoliciesTab);
            QVERIFY(grabSettled(*m_page).save(screenshotPath(QStringLiteral("scenarios-%1-policies").arg(name))));
        }
        themes.setTheme(Theme::Light);

        // Presentation mode: half as large again, the diagram still whole and its boxes apart.
        // The zoom sets the application's font, as ZoomController does.
        const QFont normal = QApplication::font();
        QFont larger = normal;
        larger.setPointSizeF(larger.pointSizeF() * 1.5);
        QApplication::setFont(larger);
        qApp->setStyleSheet(qApp->styleSheet()); // as ZoomController does, so the font reaches the widgets
        QVERIFY(m_page->showScenario(QStringLiteral("ec2-mcp-server")));
        ScenarioView* view = m_page->currentView();
        view->tabs()->setCurrentIndex(ScenarioView::OverviewTab);
        QVERIFY(grabSettled(*m_page).save(screenshotPath(QStringLiteral("scenarios-light-presentation"))));
        for (const ScenarioNode& node : view->scenario().nodes)
            QVERIFY(view->diagram()->rect().contains(view->diagram()->nodeRect(fromStd(node.id))));
        QVERIFY(view->diagram()->fontMetrics().height() > QFontMetrics(normal).height() * 1.3);
        QApplication::setFont(normal);
        qApp->setStyleSheet(qApp->styleSheet());
    }

private:
    std::unique_ptr<ScenariosPage> m_page;
};

QTEST_MAIN(tst_ScenariosPage)
#include "tst_ScenariosPage.moc"
