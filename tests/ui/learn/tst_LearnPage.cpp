#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "../UiTestSupport.h"
#include "ui/learn/ArnDissector.h"
#include "ui/learn/BuildingView.h"
#include "ui/learn/ChecklistView.h"
#include "ui/learn/LearnPage.h"
#include "ui/learn/LessonEvaluationFlow.h"
#include "ui/shell/ThemeManager.h"

using namespace iam::ui;

class tst_LearnPage final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        useTestSettings(QStringLiteral("tst_LearnPage"));
    }

    void init()
    {
        QSettings().clear();
    }

    void allEightChaptersWithTheirWidgets()
    {
        LearnPage page;
        page.resize(1280, 800);
        page.show();
        QCOMPARE(page.chapterCount(), 8);
        QCOMPARE(page.tableOfContents()->count(), 8);
        QCOMPARE(page.currentChapter(), 0);
        for (int i = 0; i < page.chapterCount(); ++i) {
            page.showChapter(i);
            // Every chapter has at least one live widget, and no placeholder for the check questions.
            const auto cards = page.chapterContent()->findChildren<LessonCard*>(QString(), Qt::FindDirectChildrenOnly);
            QVERIFY2(!cards.isEmpty(), qPrintable(page.chapterId(i)));
            for (const QLabel* label : page.chapterContent()->findChildren<QLabel*>(QStringLiteral("lessonProse")))
                QVERIFY(!label->text().contains(QStringLiteral("::: ")));
        }
    }

    void nextAndPreviousAndTableOfContents()
    {
        LearnPage page;
        page.show();
        QTest::mouseClick(child<QPushButton>(page, "nextChapter"), Qt::LeftButton);
        QCOMPARE(page.currentChapter(), 1);
        QVERIFY(page.isRead(0)); // "next" means the reader finished the chapter
        QVERIFY(page.tableOfContents()->item(0)->text().startsWith(QStringLiteral("✔")));
        QTest::mouseClick(child<QPushButton>(page, "previousChapter"), Qt::LeftButton);
        QCOMPARE(page.currentChapter(), 0);
        QVERIFY(!child<QPushButton>(page, "previousChapter")->isEnabled());
        QListWidget* toc = page.tableOfContents();
        QTest::mouseClick(toc->viewport(), Qt::LeftButton, {}, toc->visualItemRect(toc->item(3)).center());
        QCOMPARE(page.currentChapter(), 3);
        QVERIFY(page.chapterContent()->findChild<ArnDissector*>());
    }

    void searchFiltersTheTableOfContents()
    {
        LearnPage page;
        page.show();
        QTest::keyClicks(page.searchField(), QStringLiteral("permissions boundary"));
        QStringList shown;
        for (int i = 0; i < page.tableOfContents()->count(); ++i) {
            if (!page.tableOfContents()->item(i)->isHidden())
                shown << page.chapterId(i);
        }
        QVERIFY(!shown.isEmpty());
        QVERIFY(shown.size() < 8);
        QVERIFY(!shown.contains(QStringLiteral("01-office-building")));
        page.searchField()->clear();
        QVERIFY(!page.tableOfContents()->item(0)->isHidden());
    }

    void linksOpenChaptersAndPages()
    {
        LearnPage page;
        QSignalSpy pages(&page, &LearnPage::pageLinkActivated);
        page.openLink(QStringLiteral("iam:lesson/07-troubleshooting"));
        QCOMPARE(page.chapterId(page.currentChapter()), QStringLiteral("07-troubleshooting"));
        page.openLink(QStringLiteral("iam:page/build?template=mfa-enforcement"));
        QCOMPARE(pages.size(), 1);
        QCOMPARE(pages.first().first().toString(), QStringLiteral("build?template=mfa-enforcement"));
    }

    void rememberesChapterAcrossRuns()
    {
        {
            LearnPage page;
            page.showChapter(QStringLiteral("05-conditions"));
        }
        LearnPage again;
        QCOMPARE(again.chapterId(again.currentChapter()), QStringLiteral("05-conditions"));
        QVERIFY(again.chapterContent()->findChild<LessonEvaluationFlow*>());
    }

    void checklistSurvivesANewPage()
    {
        {
            LearnPage page;
            page.showChapter(QStringLiteral("08-golden-rules"));
            auto* checklist = page.chapterContent()->findChild<ChecklistView*>();
            QVERIFY(checklist);
            QCOMPARE(checklist->boxes().size(), 10);
            QTest::mouseClick(checklist->boxes().at(2), Qt::LeftButton, {}, QPoint(8, checklist->boxes().at(2)->height() / 2));
            QVERIFY(checklist->boxes().at(2)->isChecked());
            QTemporaryDir dir;
            QString error;
            QVERIFY(checklist->exportTo(dir.filePath(QStringLiteral("c.md")), &error));
            QVERIFY(readFile(dir.filePath(QStringLiteral("c.md"))).contains("- [x] "));
        }
        LearnPage page;
        page.showChapter(QStringLiteral("08-golden-rules"));
        auto* checklist = page.chapterContent()->findChild<ChecklistView*>();
        QVERIFY(checklist->boxes().at(2)->isChecked());
        QCOMPARE(checklist->tickedCount(), 1);
    }

    void evaluationFlowAsksTheEngine()
    {
        LearnPage page;
        page.showChapter(QStringLiteral("04-policies"));
        auto* flow = page.chapterContent()->findChild<LessonEvaluationFlow*>();
        QVERIFY(flow);
        QTest::mouseClick(child<QPushButton>(*flow, "flowDecide"), Qt::LeftButton);
        QVERIFY(flow->lastDecision().has_value());
        QVERIFY(!flow->stepsText().isEmpty());
    }

    void screenshotsOfEveryChapter()
    {
        ThemeManager themes;
        for (Theme theme : {Theme::Light, Theme::Dark}) {
            themes.setTheme(theme);
            LearnPage page;
            page.resize(1280, 800);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            for (int i = 0; i < page.chapterCount(); ++i) {
                page.showChapter(i);
                QApplication::processEvents();
                QVERIFY(page.grab().save(screenshotPath(
                    QStringLiteral("learn-%1-%2").arg(ThemeManager::themeKey(theme), page.chapterId(i)))));
            }
        }
        themes.setTheme(Theme::Light);
    }
};

QTEST_MAIN(tst_LearnPage)
#include "tst_LearnPage.moc"
