#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include "../../UiTestSupport.h"
#include "BatchTestSupport.h"
#include "core/catalog/Catalog.h"
#include "ui/shell/Screenshot.h"
#include "ui/shell/ThemeManager.h"
#include "ui/simulate/SimulationSession.h"
#include "ui/simulate/batch/PolicyTestsModel.h"
#include "ui/simulate/batch/PolicyTestsView.h"

using namespace iam::ui;
using iam::Decision;

namespace {

void click(const PolicyTestsView& view, const char* button)
{
    QTest::mouseClick(child<QPushButton>(view, button), Qt::LeftButton);
}

QString cellText(const PolicyTestsView& view, int row, int column)
{
    return view.model()->index(row, column).data().toString();
}

// Adds the session's current request as a test, naming it as a user does (or not, when `name` is empty).
void addTest(const PolicyTestsView& view, const QString& name)
{
    auto* edit = child<QLineEdit>(view, "newTestName");
    edit->setFocus();
    QTest::keyClicks(edit, name);
    click(view, "addCurrentRequestAsTest");
}

// Clicks a cell of the table, as a user selecting a row does.
void clickCell(const PolicyTestsView& view, int row, int column)
{
    auto* table = child<QTableView>(view, "testsTable");
    const QModelIndex index = view.model()->index(row, column);
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
}

} // namespace

class tst_PolicyTestsView final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { useTestSettings(QStringLiteral("tst_PolicyTestsView")); }

    void init()
    {
        QVERIFY(m_shown.show(kScreenshotSize));
    }

    void cleanup()
    {
        m_shown.close();
    }

    void addRunAndBreak()
    {
        QCOMPARE(m_shown.view->model()->rowCount(), 0);
        QVERIFY(!child<QPushButton>(*m_shown.view, "runAllTests")->isEnabled());
        QVERIFY(child<QLabel>(*m_shown.view, "testsSummary")->text().startsWith(QStringLiteral("No tests yet")));

        addTest(*m_shown.view, QStringLiteral("alice reads a report"));
        QCOMPARE(m_shown.session->document().tests.size(), std::size_t { 1 });
        QCOMPARE(m_shown.session->document().tests[0].name, std::string("alice reads a report"));
        QCOMPARE(m_shown.session->document().tests[0].expect, Decision::Allowed);
        QVERIFY(child<QLineEdit>(*m_shown.view, "newTestName")->text().isEmpty());
        QCOMPARE(cellText(*m_shown.view, 0, PolicyTestsModel::ResultColumn), QStringLiteral("Not run"));
        QCOMPARE(cellText(*m_shown.view, 0, PolicyTestsModel::RequestColumn),
            QStringLiteral("s3:GetObject on arn:aws:s3:::reports/q3.pdf as user/alice"));
        QCOMPARE(cellText(*m_shown.view, 0, PolicyTestsModel::ExpectedColumn), QStringLiteral("Allowed"));

        click(*m_shown.view, "runAllTests");
        QCOMPARE(cellText(*m_shown.view, 0, PolicyTestsModel::ResultColumn), QStringLiteral("Passed"));
        QCOMPARE(cellText(*m_shown.view, 0, PolicyTestsModel::ActualColumn), QStringLiteral("Allowed"));
        QVERIFY2(cellText(*m_shown.view, 0, PolicyTestsModel::ReasonColumn)
                     .startsWith(QStringLiteral("allowed by identity-based policy ReportReader")),
            qPrintable(cellText(*m_shown.view, 0, PolicyTestsModel::ReasonColumn)));
        QVERIFY(child<QLabel>(*m_shown.view, "testsSummary")->text().contains(QStringLiteral("1 passed")));

        // A policy change re-runs the tests at once: the read is no longer allowed, and the row says why.
        m_shown.session->setPolicyText(0, QString::fromLatin1(batchtest::kListOnlyPolicy));
        QCOMPARE(cellText(*m_shown.view, 0, PolicyTestsModel::ResultColumn), QStringLiteral("Failed"));
        QCOMPARE(cellText(*m_shown.view, 0, PolicyTestsModel::ActualColumn), QStringLiteral("Implicit deny"));
        QCOMPARE(cellText(*m_shown.view, 0, PolicyTestsModel::ReasonColumn),
            QStringLiteral("Expected allowed but got implicit deny: no identity-based policy allows it"));
        QVERIFY(m_shown.view->model()->index(0, PolicyTestsModel::NameColumn).data(Qt::BackgroundRole).isValid());
        const QString summary = child<QLabel>(*m_shown.view, "testsSummary")->text();
        QVERIFY2(summary.contains(QStringLiteral("0 passed")) && summary.contains(QStringLiteral("1 failed")),
            qPrintable(summary));

        // A policy that cannot be read keeps the results, marked out of date.
        m_shown.session->setPolicyText(0, QStringLiteral("{\"Statement\": ["));
        QVERIFY(m_shown.view->model()->isStale());
        QVERIFY(child<QLabel>(*m_shown.view, "testsStatus")->isVisible());
        QCOMPARE(cellText(*m_shown.view, 0, PolicyTestsModel::ResultColumn), QStringLiteral("Failed (out of date)"));
        m_shown.session->setPolicyText(0, QString::fromLatin1(batchtest::kReadOnlyPolicy));
        QVERIFY(!child<QLabel>(*m_shown.view, "testsStatus")->isVisible());
        QCOMPARE(cellText(*m_shown.view, 0, PolicyTestsModel::ResultColumn), QStringLiteral("Passed"));
    }

    void generatedNamesAreUnique()
    {
        addTest(*m_shown.view, QString());
        addTest(*m_shown.view, QString());
        QCOMPARE(m_shown.view->model()->rowCount(), 2);
        QCOMPARE(cellText(*m_shown.view, 0, PolicyTestsModel::NameColumn), QStringLiteral("s3:GetObject on reports/q3.pdf"));
        QCOMPARE(
            cellText(*m_shown.view, 1, PolicyTestsModel::NameColumn), QStringLiteral("s3:GetObject on reports/q3.pdf (2)"));

        // Without an action there is no decision to remember.
        iam::Request request = m_shown.session->request();
        request.action.clear();
        m_shown.session->setRequest(request);
        QVERIFY(!child<QPushButton>(*m_shown.view, "addCurrentRequestAsTest")->isEnabled());
    }

    void expectedEditedThroughTheCombo()
    {
        addTest(*m_shown.view, QStringLiteral("alice reads a report"));
        click(*m_shown.view, "runAllTests");
        m_shown.session->setPolicyText(0, QString::fromLatin1(batchtest::kListOnlyPolicy));
        QCOMPARE(cellText(*m_shown.view, 0, PolicyTestsModel::ResultColumn), QStringLiteral("Failed"));

        // The new behaviour is the intended one: say so by changing what the test expects. The row is
        // selected (it was just added), so a click on its Expected cell opens the combo.
        clickCell(*m_shown.view, 0, PolicyTestsModel::ExpectedColumn);
        auto* table = child<QTableView>(*m_shown.view, "testsTable");
        QComboBox* combo = nullptr;
        QTRY_VERIFY((combo = table->findChild<QComboBox*>(QStringLiteral("expectedDecisionEditor"))));
        QCOMPARE(combo->currentText(), QStringLiteral("Allowed"));
        QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(m_shown.session->document().tests[0].expect, Decision::ExplicitDeny);
        QTest::keyClick(combo, Qt::Key_Down);
        QTest::keyClick(combo, Qt::Key_Return);
        QCOMPARE(m_shown.session->document().tests[0].expect, Decision::ImplicitDeny);
        QCOMPARE(cellText(*m_shown.view, 0, PolicyTestsModel::ExpectedColumn), QStringLiteral("Implicit deny"));
        QCOMPARE(cellText(*m_shown.view, 0, PolicyTestsModel::ResultColumn), QStringLiteral("Passed"));
    }

    void renameInline()
    {
        addTest(*m_shown.view, QStringLiteral("first name"));
        // F2 on the current cell, as keyboard users rename.
        auto* table = child<QTableView>(*m_shown.view, "testsTable");
        table->clearSelection();
        clickCell(*m_shown.view, 0, PolicyTestsModel::NameColumn);
        QTest::keyClick(table, Qt::Key_F2);
        auto* editor = table->viewport()->findChild<QLineEdit*>();
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("alice may read q3"));
        QTest::keyClick(editor, Qt::Key_Return);
        // The delegate commits on Enter through a queued call.
        QTRY_COMPARE(m_shown.session->document().tests[0].name, std::string("alice may read q3"));

        // A blank name is refused: the file could not hold it.
        QTRY_VERIFY(!table->viewport()->findChild<QLineEdit*>());
        QTest::keyClick(table, Qt::Key_F2);
        QVERIFY((editor = table->viewport()->findChild<QLineEdit*>()));
        editor->selectAll();
        QTest::keyClick(editor, Qt::Key_Delete);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY(!table->viewport()->findChild<QLineEdit*>());
        QCOMPARE(m_shown.session->document().tests[0].name, std::string("alice may read q3"));
        QCOMPARE(cellText(*m_shown.view, 0, PolicyTestsModel::NameColumn), QStringLiteral("alice may read q3"));
    }

    void removeAndOpen()
    {
        addTest(*m_shown.view, QStringLiteral("one"));
        iam::Request other = m_shown.session->request();
        other.action = "s3:PutObject";
        m_shown.session->setRequest(other);
        addTest(*m_shown.view, QStringLiteral("two"));
        addTest(*m_shown.view, QStringLiteral("three"));
        QCOMPARE(m_shown.view->model()->rowCount(), 3);
        QCOMPARE(m_shown.session->document().tests[1].expect, Decision::ImplicitDeny);

        std::optional<iam::Request> chosen;
        connect(m_shown.view.get(), &PolicyTestsView::requestChosen, this, [&](const iam::Request& r) { chosen = r; });
        auto* table = child<QTableView>(*m_shown.view, "testsTable");
        const QModelIndex two = m_shown.view->model()->index(1, PolicyTestsModel::RequestColumn);
        // A double-click is a press and release, then the double-click event.
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(two).center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(two).center());
        QVERIFY(chosen);
        QCOMPARE(chosen->action, std::string("s3:PutObject"));

        clickCell(*m_shown.view, 1, PolicyTestsModel::RequestColumn);
        click(*m_shown.view, "removeTest");
        QCOMPARE(m_shown.view->model()->rowCount(), 2);
        QCOMPARE(m_shown.session->document().tests[1].name, std::string("three"));

        // The Delete key removes the selected rows too.
        clickCell(*m_shown.view, 0, PolicyTestsModel::RequestColumn);
        QTest::keyClick(table, Qt::Key_Delete);
        QCOMPARE(m_shown.view->model()->rowCount(), 1);
        QCOMPARE(m_shown.session->document().tests[0].name, std::string("three"));
        QVERIFY(!child<QPushButton>(*m_shown.view, "removeTest")->isEnabled());
    }

    void removeSeveralAtOnce()
    {
        for (const char* name : { "one", "two", "three", "four" })
            addTest(*m_shown.view, QString::fromLatin1(name));
        auto* table = child<QTableView>(*m_shown.view, "testsTable");
        clickCell(*m_shown.view, 0, PolicyTestsModel::RequestColumn);
        const QModelIndex third = m_shown.view->model()->index(2, PolicyTestsModel::RequestColumn);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ControlModifier, table->visualRect(third).center());
        click(*m_shown.view, "removeTest");
        QCOMPARE(m_shown.session->document().tests.size(), std::size_t { 2 });
        QCOMPARE(m_shown.session->document().tests[0].name, std::string("two"));
        QCOMPARE(m_shown.session->document().tests[1].name, std::string("four"));
    }

    void loadedTestsAppear()
    {
        iam::SimulationDocument document = batchtest::readOnlyDocument();
        iam::PolicyTest test;
        test.name = "bob cannot delete";
        test.request.action = "s3:DeleteObject";
        test.request.resource = batchtest::kObject;
        test.expect = Decision::ExplicitDeny;
        document.tests.push_back(test);
        m_shown.session->setDocument(document);
        QCOMPARE(m_shown.view->model()->rowCount(), 1);
        QCOMPARE(cellText(*m_shown.view, 0, PolicyTestsModel::ResultColumn), QStringLiteral("Not run"));
        click(*m_shown.view, "runAllTests");
        QCOMPARE(cellText(*m_shown.view, 0, PolicyTestsModel::ResultColumn), QStringLiteral("Passed"));

        test.name = "alice cannot upload";
        test.request.action = "s3:PutObject";
        test.expect = Decision::ImplicitDeny;
        document.tests.push_back(test);
        m_shown.session->setDocument(document);
        QCOMPARE(m_shown.view->model()->rowCount(), 2);
        // Once run, a new document's tests are run as they arrive.
        QCOMPARE(cellText(*m_shown.view, 0, PolicyTestsModel::ResultColumn), QStringLiteral("Passed"));
        QVERIFY2(cellText(*m_shown.view, 0, PolicyTestsModel::ReasonColumn).contains(QStringLiteral("KeepReports")),
            qPrintable(cellText(*m_shown.view, 0, PolicyTestsModel::ReasonColumn)));
    }

    void screenshots()
    {
        iam::SimulationDocument document = batchtest::readOnlyDocument();
        auto addTestTo = [&document](const char* name, const char* action, const char* resource, Decision expect) {
            iam::PolicyTest test;
            test.name = name;
            test.request.principal = "arn:aws:iam::111122223333:user/alice";
            test.request.action = action;
            test.request.resource = resource;
            test.expect = expect;
            document.tests.push_back(test);
        };
        addTestTo("alice reads a report", "s3:GetObject", batchtest::kObject, Decision::Allowed);
        addTestTo("alice lists the bucket", "s3:ListBucket", batchtest::kBucket, Decision::Allowed);
        addTestTo("nobody deletes reports", "s3:DeleteObject", batchtest::kObject, Decision::ExplicitDeny);
        addTestTo("alice uploads a report", "s3:PutObject", batchtest::kObject, Decision::Allowed);
        addTestTo(
            "alice cannot change the bucket policy", "s3:PutBucketPolicy", batchtest::kBucket, Decision::ImplicitDeny);
        m_shown.session->setDocument(document);
        click(*m_shown.view, "runAllTests");
        ThemeManager themes;
        for (Theme theme : { Theme::Light, Theme::Dark }) {
            themes.setTheme(theme);
            QString error;
            QVERIFY2(
                writeScreenshot(*m_shown.view,
                    screenshotPath(QStringLiteral("simulate-%1-tests").arg(ThemeManager::themeKey(theme))), &error),
                qPrintable(error));
        }
        themes.setTheme(Theme::Light);
    }

private:
    batchtest::ShownBatchView<PolicyTestsView> m_shown;
};

QTEST_MAIN(tst_PolicyTestsView)
#include "tst_PolicyTestsView.moc"
