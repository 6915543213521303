#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "../../UiTestSupport.h"
#include "BatchTestSupport.h"
#include "core/catalog/Catalog.h"
#include "core/eval/ActionResourceFit.h"
#include "ui/shell/Screenshot.h"
#include "ui/shell/ThemeManager.h"
#include "ui/simulate/SimulationSession.h"
#include "ui/simulate/batch/AccessMatrixModel.h"
#include "ui/simulate/batch/AccessMatrixView.h"

using namespace iam::ui;
using iam::Decision;

namespace {

const QString kBucket = QString::fromLatin1(batchtest::kBucket);
const QString kObject = QString::fromLatin1(batchtest::kObject);

// The decision in the grid for an action on the resource of the given column, or nothing.
std::optional<Decision> cell(const AccessMatrixView& view, const QString& action, int resourceIndex)
{
    const AccessMatrixModel* model = view.model();
    const int row = model->rowOfAction(action);
    if (row < 0)
        return std::nullopt;
    const QVariant value = model->index(row, AccessMatrixModel::kFirstResourceColumn + resourceIndex)
                               .data(AccessMatrixModel::DecisionRole);
    if (!value.isValid())
        return std::nullopt;
    return static_cast<Decision>(value.toInt());
}

void click(const AccessMatrixView& view, const char* button)
{
    QTest::mouseClick(child<QPushButton>(view, button), Qt::LeftButton);
}

// Empties a list the way a user does: select everything, press Remove.
void clearList(const AccessMatrixView& view, const char* list, const char* removeButton)
{
    auto* widget = child<QListWidget>(view, list);
    widget->setFocus();
    widget->selectAll();
    click(view, removeButton);
    QCOMPARE(widget->count(), 0);
}

void typeInto(const AccessMatrixView& view, const char* lineEdit, const QString& text)
{
    auto* edit = child<QLineEdit>(view, lineEdit);
    edit->setFocus();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

} // namespace

class tst_AccessMatrixView final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { useTestSettings(QStringLiteral("tst_AccessMatrixView")); }

    void init()
    {
        QVERIFY(m_shown.show(kScreenshotSize));
    }

    void cleanup()
    {
        m_shown.close();
    }

    void listsStartFromTheRequest()
    {
        QCOMPARE(m_shown.view->actionPatterns(), QStringList { QStringLiteral("s3:*") });
        QCOMPARE(m_shown.view->resources(), QStringList { kObject });
        QVERIFY(child<QLabel>(*m_shown.view, "matrixPrincipal")->text().contains(QStringLiteral("user/alice")));

        // Untouched lists follow the request...
        iam::Request request = m_shown.session->request();
        request.action = "iam:GetUser";
        request.resource = "arn:aws:iam::111122223333:user/bob";
        m_shown.session->setRequest(request);
        QCOMPARE(m_shown.view->actionPatterns(), QStringList { QStringLiteral("iam:*") });
        QCOMPARE(m_shown.view->resources(), QStringList { QStringLiteral("arn:aws:iam::111122223333:user/bob") });

        // ...until the user changes one of them; the other still follows.
        typeInto(*m_shown.view, "matrixResourceInput", QStringLiteral("arn:aws:iam::111122223333:role/admin"));
        request.action = "s3:GetObject";
        request.resource = batchtest::kObject;
        m_shown.session->setRequest(request);
        QCOMPARE(m_shown.view->actionPatterns(), QStringList { QStringLiteral("s3:*") });
        QCOMPARE(m_shown.view->resources(),
            (QStringList { QStringLiteral("arn:aws:iam::111122223333:user/bob"),
                QStringLiteral("arn:aws:iam::111122223333:role/admin") }));
    }

    void aResourceEditedAwayIsRemoved()
    {
        click(*m_shown.view, "matrixAddS3");
        auto* list = child<QListWidget>(*m_shown.view, "matrixResources");
        QCOMPARE(list->count(), 2);
        list->setCurrentRow(1);
        QTest::keyClick(list, Qt::Key_F2);
        auto* editor = list->viewport()->findChild<QLineEdit*>();
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("arn:aws:s3:::archive"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(m_shown.view->resources(), (QStringList { kObject, QStringLiteral("arn:aws:s3:::archive") }));

        QTRY_VERIFY(!list->viewport()->findChild<QLineEdit*>());
        QTest::keyClick(list, Qt::Key_F2);
        editor = list->viewport()->findChild<QLineEdit*>();
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClick(editor, Qt::Key_Delete);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(m_shown.view->resources(), QStringList { kObject });
    }

    void everyS3ActionAgainstBucketAndObject()
    {
        click(*m_shown.view, "matrixAddS3");
        QCOMPARE(m_shown.view->resources(), (QStringList { kObject, kBucket }));
        QVERIFY(m_shown.view->model()->rowCount() == 0);
        click(*m_shown.view, "runMatrix");
        QVERIFY(m_shown.view->hasRun());

        // Resources in the list's order: the object first, then the bucket.
        QCOMPARE(cell(*m_shown.view, QStringLiteral("s3:GetObject"), 0), Decision::Allowed);
        QCOMPARE(cell(*m_shown.view, QStringLiteral("s3:GetObject"), 1), Decision::ImplicitDeny);
        QCOMPARE(cell(*m_shown.view, QStringLiteral("s3:ListBucket"), 0), Decision::ImplicitDeny);
        QCOMPARE(cell(*m_shown.view, QStringLiteral("s3:ListBucket"), 1), Decision::Allowed);
        QCOMPARE(cell(*m_shown.view, QStringLiteral("s3:PutObject"), 0), Decision::ImplicitDeny);
        QCOMPARE(cell(*m_shown.view, QStringLiteral("s3:DeleteObject"), 0), Decision::ExplicitDeny);
        QCOMPARE(cell(*m_shown.view, QStringLiteral("s3:DeleteObject"), 1), Decision::ImplicitDeny);

        // Cells say it in words as well as colour.
        const AccessMatrixModel* model = m_shown.view->model();
        const int deleteRow = model->rowOfAction(QStringLiteral("s3:DeleteObject"));
        QCOMPARE(model->index(deleteRow, AccessMatrixModel::kFirstResourceColumn).data().toString(),
            QStringLiteral("Explicit deny"));
        QVERIFY(!model->index(deleteRow, AccessMatrixModel::kFirstResourceColumn)
                     .data(Qt::DecorationRole)
                     .value<QIcon>()
                     .isNull());
        QCOMPARE(model->headerData(AccessMatrixModel::kFirstResourceColumn + 1, Qt::Horizontal).toString(),
            QStringLiteral("reports"));
        QCOMPARE(
            model->headerData(AccessMatrixModel::kFirstResourceColumn + 1, Qt::Horizontal, Qt::ToolTipRole).toString(),
            kBucket);

        // Rows come in access-level groups, each opened by a section row: List first.
        QVERIFY(model->index(0, 0).data(AccessMatrixModel::SectionRole).toBool());
        QVERIFY(model->index(0, 0).data().toString().startsWith(QStringLiteral("List")));
        int sections = 0;
        for (int row = 0; row < model->rowCount(); ++row)
            sections += model->index(row, 0).data(AccessMatrixModel::SectionRole).toBool() ? 1 : 0;
        QCOMPARE(sections, 5);
        QCOMPARE(model->rowCount() - sections, static_cast<int>(m_shown.view->matrix().rows.size()));

        // Policies match text: s3:Get* on reports/* matches s3:GetBucketPolicy on the object too, a
        // request S3 never makes. Such cells say so and stay out of the counts.
        const int getPolicyRow = model->rowOfAction(QStringLiteral("s3:GetBucketPolicy"));
        const QModelIndex onObject = model->index(getPolicyRow, AccessMatrixModel::kFirstResourceColumn);
        QCOMPARE(onObject.data(AccessMatrixModel::DecisionRole).toInt(), static_cast<int>(Decision::Allowed));
        QVERIFY(!onObject.data(AccessMatrixModel::AppliesRole).toBool());
        QCOMPARE(onObject.data().toString(), QStringLiteral("Does not apply"));
        QVERIFY2(onObject.data(Qt::ToolTipRole).toString().contains(QStringLiteral("acts on: accesspoint, bucket.")),
            qPrintable(onObject.data(Qt::ToolTipRole).toString()));
        const QModelIndex getObject
            = model->index(model->rowOfAction(QStringLiteral("s3:GetObject")), AccessMatrixModel::kFirstResourceColumn);
        QVERIFY(getObject.data(AccessMatrixModel::AppliesRole).toBool());
        QCOMPARE(getObject.data().toString(), QStringLiteral("Allowed"));

        // The summary counts, per resource, what is allowed among the actions that act on it: on the
        // object the s3:Get* actions that read objects, on the bucket s3:ListBucket alone.
        int objectReads = 0;
        int objectActions = 0;
        for (const iam::AccessMatrixRow& row : m_shown.view->matrix().rows) {
            const bool actsOnObject = iam::actionResourceFit(iam::Catalog::builtIn(), row.action, batchtest::kObject)
                == iam::ResourceFit::Fits;
            objectActions += actsOnObject ? 1 : 0;
            objectReads
                += actsOnObject && QString::fromStdString(row.action).startsWith(QStringLiteral("s3:Get")) ? 1 : 0;
        }
        QVERIFY(objectReads >= 10);
        const QString summary = child<QLabel>(*m_shown.view, "matrixSummary")->text();
        QVERIFY2(summary.contains(QStringLiteral("%1</span> of %2 actions</b> allowed on %3")
                                      .arg(objectReads)
                                      .arg(objectActions)
                                      .arg(kObject)),
            qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("1 explicitly denied")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("1</span> of "))
                && summary.contains(QStringLiteral("allowed on %1").arg(kBucket)),
            qPrintable(summary));
        QVERIFY2(summary.contains(
                     QStringLiteral("(%1 more do not act on it)").arg(m_shown.view->matrix().rows.size() - objectActions)),
            qPrintable(summary));
    }

    void hidingWhatIsDeniedEverywhere()
    {
        click(*m_shown.view, "matrixAddS3");
        click(*m_shown.view, "runMatrix");
        const AccessMatrixModel* model = m_shown.view->model();
        const int allRows = model->rowCount();
        QVERIFY(model->rowOfAction(QStringLiteral("s3:PutObject")) >= 0);

        QTest::mouseClick(child<QCheckBox>(*m_shown.view, "matrixHideDenied"), Qt::LeftButton);
        QVERIFY(model->rowCount() < allRows);
        QCOMPARE(model->rowOfAction(QStringLiteral("s3:PutObject")), -1);
        QVERIFY(model->rowOfAction(QStringLiteral("s3:GetObject")) >= 0);
        QVERIFY(model->rowOfAction(QStringLiteral("s3:ListBucket")) >= 0);
        // Every row left allows something; the section rows still count their whole group.
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(AccessMatrixModel::SectionRole).toBool())
                continue;
            bool allowed = false;
            for (int column = AccessMatrixModel::kFirstResourceColumn; column < model->columnCount(); ++column)
                allowed |= model->index(row, column).data(AccessMatrixModel::DecisionRole).toInt()
                    == static_cast<int>(Decision::Allowed);
            QVERIFY2(allowed, qPrintable(model->index(row, 0).data().toString()));
        }
        const auto& rows = m_shown.view->matrix().rows;
        const auto readActions = std::count_if(rows.begin(), rows.end(),
            [](const iam::AccessMatrixRow& row) { return row.accessLevel == iam::AccessLevel::Read; });
        int readSection = model->rowOfAction(QStringLiteral("s3:GetObject"));
        while (readSection > 0 && !model->index(readSection, 0).data(AccessMatrixModel::SectionRole).toBool())
            --readSection;
        QCOMPARE(model->index(readSection, 0).data().toString(), QStringLiteral("Read · %1 actions").arg(readActions));

        // The export still holds every action.
        QTemporaryDir dir;
        QVERIFY(m_shown.view->exportCsv(dir.filePath(QStringLiteral("all.csv"))));
        QVERIFY(readFile(dir.filePath(QStringLiteral("all.csv"))).contains("s3:PutObject,Write,implicitDeny"));
    }

    void csvOfASmallGridIsExact()
    {
        clearList(*m_shown.view, "matrixActions", "matrixRemoveAction");
        typeInto(*m_shown.view, "matrixActionInput", QStringLiteral("s3:ListBucket, s3:GetObject s3:DeleteObject"));
        clearList(*m_shown.view, "matrixResources", "matrixRemoveResource");
        typeInto(*m_shown.view, "matrixResourceInput", kBucket);
        typeInto(*m_shown.view, "matrixResourceInput", kObject);
        QVERIFY(!m_shown.view->exportCsv(QDir::temp().filePath(QStringLiteral("never-written.csv"))));
        click(*m_shown.view, "runMatrix");

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("matrix.csv"));
        QVERIFY2(m_shown.view->exportCsv(path), qPrintable(m_shown.view->lastError()));
        QCOMPARE(readFile(path),
            QByteArray("action,accessLevel,arn:aws:s3:::reports,arn:aws:s3:::reports/q3.pdf\r\n"
                       "s3:ListBucket,List,allowed,implicitDeny\r\n"
                       "s3:GetObject,Read,implicitDeny,allowed\r\n"
                       "s3:DeleteObject,Write,implicitDeny,explicitDeny\r\n"));

        // A file that cannot be written is reported, and nothing is left behind.
        QVERIFY(!m_shown.view->exportCsv(dir.filePath(QStringLiteral("missing/matrix.csv"))));
        QVERIFY(m_shown.view->lastError().contains(QStringLiteral("matrix.csv")));
    }

    void followsPolicyChangesOnceRun()
    {
        click(*m_shown.view, "runMatrix");
        QCOMPARE(cell(*m_shown.view, QStringLiteral("s3:GetObject"), 0), Decision::Allowed);

        m_shown.session->setPolicyText(0, QString::fromLatin1(batchtest::kListOnlyPolicy));
        QCOMPARE(cell(*m_shown.view, QStringLiteral("s3:GetObject"), 0), Decision::ImplicitDeny);
        QVERIFY(!m_shown.view->isOutOfDate());

        // A policy that cannot be read leaves the last grid, marked out of date.
        m_shown.session->setPolicyText(0, QStringLiteral("{\"Statement\": ["));
        QVERIFY(m_shown.view->isOutOfDate());
        QVERIFY(child<QLabel>(*m_shown.view, "matrixStatus")->isVisible());
        QVERIFY(child<QLabel>(*m_shown.view, "matrixStatus")->text().startsWith(QStringLiteral("Out of date")));
        QCOMPARE(cell(*m_shown.view, QStringLiteral("s3:GetObject"), 0), Decision::ImplicitDeny);

        m_shown.session->setPolicyText(0, QString::fromLatin1(batchtest::kReadOnlyPolicy));
        QVERIFY(!m_shown.view->isOutOfDate());
        QVERIFY(!child<QLabel>(*m_shown.view, "matrixStatus")->isVisible());
        QCOMPARE(cell(*m_shown.view, QStringLiteral("s3:GetObject"), 0), Decision::Allowed);

        // The principal and context come from the request: another account's user gets nothing.
        iam::Request request = m_shown.session->request();
        request.principal = "arn:aws:iam::999999999999:user/mallory";
        m_shown.session->setRequest(request);
        QVERIFY(child<QLabel>(*m_shown.view, "matrixPrincipal")->text().contains(QStringLiteral("user/mallory")));
    }

    void aVeryLargeGridIsMarkedOutOfDateInstead()
    {
        // Every action AWS has, on one resource: tens of thousands of cells, too many to redo at each
        // keystroke in a policy.
        clearList(*m_shown.view, "matrixActions", "matrixRemoveAction");
        typeInto(*m_shown.view, "matrixActionInput", QStringLiteral("*"));
        click(*m_shown.view, "runMatrix");
        QVERIFY(m_shown.view->matrix().rows.size() > 20000);
        QCOMPARE(cell(*m_shown.view, QStringLiteral("s3:GetObject"), 0), Decision::Allowed);

        m_shown.session->setPolicyText(0, QString::fromLatin1(batchtest::kListOnlyPolicy));
        QVERIFY(m_shown.view->isOutOfDate());
        QVERIFY(child<QLabel>(*m_shown.view, "matrixStatus")->text().contains(QStringLiteral("press Run")));
        QCOMPARE(cell(*m_shown.view, QStringLiteral("s3:GetObject"), 0), Decision::Allowed);

        click(*m_shown.view, "runMatrix");
        QVERIFY(!m_shown.view->isOutOfDate());
        QCOMPARE(cell(*m_shown.view, QStringLiteral("s3:GetObject"), 0), Decision::ImplicitDeny);
    }

    void serviceAndLevelPicker()
    {
        clearList(*m_shown.view, "matrixActions", "matrixRemoveAction");
        auto* service = child<QComboBox>(*m_shown.view, "matrixService");
        service->setCurrentIndex(service->findData(QStringLiteral("s3")));
        auto* level = child<QComboBox>(*m_shown.view, "matrixLevel");
        level->setCurrentIndex(level->findData(static_cast<int>(iam::AccessLevel::List)));
        click(*m_shown.view, "matrixAddService");
        auto* actions = child<QListWidget>(*m_shown.view, "matrixActions");
        QCOMPARE(actions->count(), 1);
        QVERIFY2(actions->item(0)->text().startsWith(QStringLiteral("Every List action of s3")),
            qPrintable(actions->item(0)->text()));
        QVERIFY(m_shown.view->actionPatterns().contains(QStringLiteral("s3:ListBucket")));
        QVERIFY(!m_shown.view->actionPatterns().contains(QStringLiteral("s3:GetObject")));

        click(*m_shown.view, "runMatrix");
        // Only the List section.
        const AccessMatrixModel* model = m_shown.view->model();
        QVERIFY(model->index(0, 0).data().toString().startsWith(QStringLiteral("List")));
        for (int row = 1; row < model->rowCount(); ++row)
            QVERIFY(!model->index(row, 0).data(AccessMatrixModel::SectionRole).toBool());

        // Adding to the list once run recomputes at once.
        typeInto(*m_shown.view, "matrixActionInput", QStringLiteral("s3:GetObject"));
        QCOMPARE(cell(*m_shown.view, QStringLiteral("s3:GetObject"), 0), Decision::Allowed);

        // A service typed rather than picked.
        service->lineEdit()->selectAll();
        QTest::keyClicks(service->lineEdit(), QStringLiteral("sqs"));
        level->setCurrentIndex(0);
        click(*m_shown.view, "matrixAddService");
        QCOMPARE(actions->count(), 3);
        QCOMPARE(m_shown.view->actionPatterns().last(), QStringLiteral("sqs:*"));
        QVERIFY(m_shown.view->model()->rowOfAction(QStringLiteral("sqs:SendMessage")) >= 0);
    }

    void patternsThatMatchNothingAreReported()
    {
        clearList(*m_shown.view, "matrixActions", "matrixRemoveAction");
        typeInto(*m_shown.view, "matrixActionInput", QStringLiteral("s3:Gett* s3:GetObject"));
        auto* actions = child<QListWidget>(*m_shown.view, "matrixActions");
        QCOMPARE(actions->count(), 2);
        QVERIFY(actions->item(0)->text().contains(QStringLiteral("matches no action")));
        click(*m_shown.view, "runMatrix");
        auto* diagnostics = child<QLabel>(*m_shown.view, "matrixDiagnostics");
        QVERIFY(diagnostics->isVisible());
        QVERIFY2(diagnostics->text().contains(QStringLiteral("s3:Gett*")), qPrintable(diagnostics->text()));
        QCOMPARE(cell(*m_shown.view, QStringLiteral("s3:GetObject"), 0), Decision::Allowed);
    }

    void doubleClickingACellChoosesItsRequest()
    {
        click(*m_shown.view, "runMatrix");
        QSignalSpy chosen(m_shown.view.get(), &AccessMatrixView::requestChosen);
        auto* grid = child<QTableView>(*m_shown.view, "matrixGrid");
        const QModelIndex index = m_shown.view->model()->index(
            m_shown.view->model()->rowOfAction(QStringLiteral("s3:PutObject")), AccessMatrixModel::kFirstResourceColumn);
        grid->scrollTo(index);
        const QPoint centre = grid->visualRect(index).center();
        QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, centre);
        QTest::mouseDClick(grid->viewport(), Qt::LeftButton, {}, centre);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.at(0).at(0).toString(), QStringLiteral("s3:PutObject"));
        QCOMPARE(chosen.at(0).at(1).toString(), kObject);

        // The same through the button, for keyboard users.
        QVERIFY(child<QPushButton>(*m_shown.view, "matrixOpenCell")->isEnabled());
        click(*m_shown.view, "matrixOpenCell");
        QCOMPARE(chosen.count(), 2);

        // A section row is not a request.
        QTest::mouseDClick(
            grid->viewport(), Qt::LeftButton, {}, grid->visualRect(m_shown.view->model()->index(0, 1)).center());
        QCOMPARE(chosen.count(), 2);
    }

    void screenshots()
    {
        ThemeManager themes;
        click(*m_shown.view, "matrixAddS3");
        click(*m_shown.view, "runMatrix");
        // Where the policy allows something, as a reader would scroll to.
        auto* grid = child<QTableView>(*m_shown.view, "matrixGrid");
        const QModelIndex read
            = m_shown.view->model()->index(m_shown.view->model()->rowOfAction(QStringLiteral("s3:GetObject")), 1);
        grid->setCurrentIndex(read);
        grid->scrollTo(read, QAbstractItemView::PositionAtCenter);
        for (Theme theme : { Theme::Light, Theme::Dark }) {
            themes.setTheme(theme);
            QString error;
            QVERIFY2(
                writeScreenshot(*m_shown.view,
                    screenshotPath(QStringLiteral("simulate-%1-matrix").arg(ThemeManager::themeKey(theme))), &error),
                qPrintable(error));
        }
        themes.setTheme(Theme::Light);
    }

private:
    batchtest::ShownBatchView<AccessMatrixView> m_shown;
};

QTEST_MAIN(tst_AccessMatrixView)
#include "tst_AccessMatrixView.moc"
