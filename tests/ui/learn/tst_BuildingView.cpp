#include <QApplication>
#include <QComboBox>
#include <QPushButton>
#include <QTest>

#include "../UiTestSupport.h"
#include "core/eval/Evaluator.h"
#include "core/learn/LessonWidgetData.h"
#include "ui/learn/BuildingCanvas.h"
#include "ui/learn/BuildingView.h"
#include "ui/shell/ThemeManager.h"

using namespace iam;
using namespace iam::ui;

namespace {

// The building's content as shipped: the file the app compiles in.
LessonBuildingData shippedBuilding()
{
    const QByteArray bytes = readFile(QStringLiteral(IAM_SOURCE_DIR "/resources/lessons/widgets/building.json"));
    std::vector<Diagnostic> diagnostics;
    auto data = readLessonBuilding(bytes.toStdString(), diagnostics);
    if (!data || !diagnostics.empty())
        qFatal("resources/lessons/widgets/building.json does not read cleanly");
    return *data;
}

} // namespace

class tst_BuildingView final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        useTestSettings(QStringLiteral("tst_BuildingView"));
        m_data = shippedBuilding();
        QVERIFY(m_data.walks.size() >= 3);
    }

    void init()
    {
        m_view = std::make_unique<BuildingView>(m_data);
        m_view->resize(900, 760);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void cleanup()
    {
        m_view.reset();
    }

    // The promise of the widget: the door opens exactly when the engine allows the request.
    void walkOutcomeIsTheEnginesDecision_data()
    {
        QTest::addColumn<int>("index");
        for (std::size_t i = 0; i < m_data.walks.size(); ++i)
            QTest::newRow(m_data.walks[i].id.c_str()) << static_cast<int>(i);
    }

    void walkOutcomeIsTheEnginesDecision()
    {
        QFETCH(int, index);
        const LessonPreparedRequest& walk = m_data.walks[static_cast<std::size_t>(index)];
        const Decision engine = evaluate(walk.simulation).decision;

        auto* picker = child<QComboBox>(*m_view, "walkPicker");
        picker->setCurrentIndex(index);
        QCOMPARE(picker->currentText(), QString::fromStdString(walk.title));
        QTest::mouseClick(child<QPushButton>(*m_view, "walkButton"), Qt::LeftButton);
        BuildingCanvas* canvas = m_view->canvas();
        QVERIFY(canvas->isWalking());
        QVERIFY(!m_view->lastDecision() || index > 0);
        QCOMPARE(canvas->currentWalk()->contractor, walk.badge == "contractor-badge");
        QCOMPARE(canvas->doors().at(canvas->currentWalk()->door),
                 QString::fromStdString(walk.door).section(QLatin1Char(':'), 0, 0).trimmed());

        m_view->finishWalk();
        QVERIFY(!canvas->isWalking());
        QCOMPARE(canvas->walkProgress(), 1.0);
        QVERIFY(m_view->lastDecision().has_value());
        QCOMPARE(*m_view->lastDecision(), engine);
        QCOMPARE(*m_view->lastDecision(), walk.expected); // the lesson text and the engine agree
        const QString outcome = m_view->outcomeText();
        QVERIFY2(outcome.startsWith(engine == Decision::Allowed ? QStringLiteral("The door opens.")
                                                                 : QStringLiteral("The door stays shut: Access Denied.")),
                 qPrintable(outcome));
        QVERIFY2(outcome.contains(QString::fromStdString(walk.explanation).remove(QLatin1Char('`'))), qPrintable(outcome));
    }

    void walkPlaysOutOnItsOwn()
    {
        QTest::mouseClick(child<QPushButton>(*m_view, "walkButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->canvas()->isWalking(), 15000);
        QCOMPARE(*m_view->lastDecision(), evaluate(m_data.walks.front().simulation).decision);
    }

    void clickingAPartExplainsIt_data()
    {
        QTest::addColumn<QString>("id");
        for (const QString& id : BuildingCanvas::partIds())
            QTest::newRow(qPrintable(id)) << id;
    }

    void clickingAPartExplainsIt()
    {
        QFETCH(QString, id);
        const auto topic = std::find_if(m_data.parts.begin(), m_data.parts.end(),
                                        [&](const LessonTopic& t) { return QString::fromStdString(t.id) == id; });
        QVERIFY2(topic != m_data.parts.end(), "building.json explains every part the drawing has");
        BuildingCanvas* canvas = m_view->canvas();
        const QPointF where = canvas->partRect(id).center();
        QCOMPARE(canvas->partAt(where), id);
        QTest::mouseClick(canvas, Qt::LeftButton, {}, where.toPoint());
        QCOMPARE(canvas->selectedPart(), id);
        const QString shown = m_view->explanationText();
        QVERIFY2(shown.startsWith(QString::fromStdString(topic->title)), qPrintable(shown));
        QVERIFY2(shown.contains(QString::fromStdString(topic->aws).remove(QLatin1Char('`'))), qPrintable(shown));
    }

    void keyboardWalksThroughTheParts()
    {
        BuildingCanvas* canvas = m_view->canvas();
        canvas->setFocus();
        QTest::keyClick(canvas, Qt::Key_Right);
        QCOMPARE(canvas->selectedPart(), QStringLiteral("building"));
        QTest::keyClick(canvas, Qt::Key_Right);
        QCOMPARE(canvas->selectedPart(), QStringLiteral("reception"));
        QVERIFY(m_view->explanationText().startsWith(QStringLiteral("Reception")));
        QTest::keyClick(canvas, Qt::Key_Left);
        QTest::keyClick(canvas, Qt::Key_Left);
        QCOMPARE(canvas->selectedPart(), BuildingCanvas::partIds().last());
    }

    void withoutWalksThereAreNoWalkControls()
    {
        BuildingView still(m_data, false);
        QVERIFY(!still.findChild<QPushButton*>(QStringLiteral("walkButton")));
        QCOMPARE(still.canvas()->doors().size(), m_view->canvas()->doors().size());
    }

    void drawingGrowsWithTheZoom()
    {
        BuildingCanvas* canvas = m_view->canvas();
        const int before = canvas->heightForWidth(4000);
        QFont font = QApplication::font();
        const QFont original = font;
        font.setPointSizeF(font.pointSizeF() * 1.6);
        QApplication::setFont(font);
        QVERIFY(canvas->heightForWidth(4000) > before * 1.4);
        // A narrow window shrinks the drawing instead of cutting it off.
        QVERIFY(canvas->heightForWidth(400) < before);
        QApplication::setFont(original);
    }

    void screenshots()
    {
        ThemeManager themes;
        for (Theme theme : {Theme::Light, Theme::Dark}) {
            themes.setTheme(theme);
            const QString key = ThemeManager::themeKey(theme);
            BuildingView view(m_data);
            view.resize(900, view.heightForWidth(900));
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            view.showPart(QStringLiteral("badge-drawer"));
            QVERIFY(view.grab().save(screenshotPath(QStringLiteral("learn-%1-building").arg(key))));
            view.startWalk(2); // the contractor badge
            QTRY_VERIFY_WITH_TIMEOUT(view.canvas()->walkProgress() > 0.45, 15000);
            QVERIFY(view.grab().save(screenshotPath(QStringLiteral("learn-%1-building-mid-walk").arg(key))));
            view.finishWalk();
            QVERIFY(view.grab().save(screenshotPath(QStringLiteral("learn-%1-building-after-walk").arg(key))));
            view.startWalk(static_cast<int>(m_data.walks.size()) - 1);
            view.finishWalk();
            QVERIFY(view.grab().save(screenshotPath(QStringLiteral("learn-%1-building-denied").arg(key))));
        }
        themes.setTheme(Theme::Light);
    }

private:
    LessonBuildingData m_data;
    std::unique_ptr<BuildingView> m_view;
};

QTEST_MAIN(tst_BuildingView)
#include "tst_BuildingView.moc"
