#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

#include "../UiTestSupport.h"
#include "core/catalog/ActionExpansion.h"
#include "core/catalog/Catalog.h"
#include "ui/builder/form/ActionPicker.h"
#include "ui/builder/form/ActionTreeModel.h"
#include "ui/builder/form/ArnTemplateForm.h"
#include "ui/builder/form/ConditionEditor.h"
#include "ui/builder/form/PolicyForm.h"
#include "ui/builder/form/ResourceEditor.h"
#include "ui/builder/form/ServiceListModel.h"
#include "ui/builder/form/StatementEditor.h"
#include "ui/builder/form/StatementListModel.h"
#include "ui/builder/form/StatementListView.h"
#include "ui/session/PolicySession.h"
#include "ui/shell/ThemeManager.h"

using namespace iam;
using namespace iam::ui;

namespace {

// Plain literals, not raw strings: moc in Qt 6.4 loses track of classes after a raw string.
const QString kThreeStatements
    = QStringLiteral("{\n"
                     "  \"Version\": \"2012-10-17\",\n"
                     "  \"Statement\": [\n"
                     "    {\n"
                     "      \"Sid\": \"ReadReports\",\n"
                     "      \"Effect\": \"Allow\",\n"
                     "      \"Action\": [\"s3:GetObject\", \"s3:ListBucket\"],\n"
                     "      \"Resource\": [\"arn:aws:s3:::team-reports\", \"arn:aws:s3:::team-reports/*\"],\n"
                     "      \"Condition\": {\"Bool\": {\"aws:SecureTransport\": \"true\"}}\n"
                     "    },\n"
                     "    {\n"
                     "      \"Sid\": \"WriteDrafts\",\n"
                     "      \"Effect\": \"Allow\",\n"
                     "      \"Action\": \"s3:PutObject\",\n"
                     "      \"Resource\": \"arn:aws:s3:::team-reports/drafts/*\"\n"
                     "    },\n"
                     "    {\n"
                     "      \"Sid\": \"NoDeletes\",\n"
                     "      \"Effect\": \"Deny\",\n"
                     "      \"Action\": \"s3:Delete*\",\n"
                     "      \"Resource\": \"*\"\n"
                     "    }\n"
                     "  ]\n"
                     "}\n");

// A policy of one statement that allows `members` (JSON members after `"Effect": "Allow", `).
QString allowStatementPolicy(const char* members)
{
    return QStringLiteral("{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", ")
        + QString::fromUtf8(members) + QStringLiteral("}]}");
}

QStringList rowTexts(const QAbstractItemModel& model)
{
    QStringList rows;
    for (int row = 0; row < model.rowCount(); ++row)
        rows << model.index(row, 0).data().toString();
    return rows;
}

QStringList listTexts(const QListWidget& list)
{
    QStringList items;
    for (int row = 0; row < list.count(); ++row)
        items << list.item(row)->text();
    return items;
}

// On the box itself: a check box only takes clicks on its indicator and its label.
void clickCheckBox(QCheckBox* box)
{
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
}

} // namespace

class tst_PolicyForm final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { useTestSettings(); }

    void init()
    {
        m_session = std::make_unique<PolicySession>();
        m_form = std::make_unique<PolicyForm>(*m_session);
        m_form->resize(620, 1400);
        m_form->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_form.get()));
    }

    void cleanup()
    {
        m_form.reset();
        m_session.reset();
    }

    void anEmptyDocumentInvitesTheFirstStatement()
    {
        QCOMPARE(m_form->objectName(), QStringLiteral("policyForm"));
        QCOMPARE(m_form->statementModel()->rowCount(), 0);
        QVERIFY(child<QLabel>(*m_form, "emptyFormHint")->isVisible());
        QVERIFY(!child<QLabel>(*m_form, "formStaleBanner")->isVisible());
        QVERIFY(child<QPushButton>(*m_form, "addStatementButton")->isEnabled());
        QVERIFY(!child<QScrollArea>(*m_form, "statementScrollArea")->isVisible());
    }

    void showsThePolicyTheJsonSays()
    {
        showText(kThreeStatements);
        StatementListModel* model = m_form->statementModel();
        QCOMPARE(model->rowCount(), 3);
        const QStringList rows = rowTexts(*model);
        QVERIFY2(rows[0].startsWith(QStringLiteral("1. ReadReports")), qPrintable(rows.join('\n')));
        QVERIFY2(rows[2].startsWith(QStringLiteral("3. NoDeletes")), qPrintable(rows.join('\n')));
        QCOMPARE(model->index(2).data(StatementListModel::EffectRole).toString(), QStringLiteral("Deny"));

        // The first statement is open below the list.
        QCOMPARE(m_form->currentStatement(), 0);
        QCOMPARE(child<QLineEdit>(*m_form, "sidField")->text(), QStringLiteral("ReadReports"));
        QVERIFY(child<QPushButton>(*m_form, "effectAllowButton")->isChecked());
        QVERIFY(!child<QPushButton>(*m_form, "effectDenyButton")->isChecked());
        QVERIFY(child<QAbstractButton>(*m_form, "actionModeList")->isChecked());

        // Its actions are ticked under S3, grouped by access level.
        ActionPicker* picker = m_form->statementEditor()->actionPicker();
        QCOMPARE(picker->currentService(), QStringLiteral("s3"));
        ActionTreeModel* actions = picker->actionModel();
        QCOMPARE(actions->actionIndex(QStringLiteral("GetObject")).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(actions->actionIndex(QStringLiteral("ListBucket")).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(
            actions->actionIndex(QStringLiteral("PutObject")).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QCOMPARE(actions->groupIndex(AccessLevel::Read).data(Qt::CheckStateRole).toInt(), int(Qt::PartiallyChecked));
        QVERIFY(actions->groupIndex(AccessLevel::Read).data().toString().startsWith(QStringLiteral("Read (")));
        QCOMPARE(listTexts(*child<QListWidget>(*m_form, "chosenActionsList")),
            QStringList({ QStringLiteral("s3:GetObject"), QStringLiteral("s3:ListBucket") }));

        QCOMPARE(listTexts(*child<QListWidget>(*m_form, "resourceList")),
            QStringList(
                { QStringLiteral("arn:aws:s3:::team-reports"), QStringLiteral("arn:aws:s3:::team-reports/*") }));
        QVERIFY(!child<QCheckBox>(*m_form, "allResourcesCheck")->isChecked());
        QVERIFY(!child<QLabel>(*m_form, "resourceFitWarning")->isVisible());

        auto* conditions = child<QTableView>(*m_form, "conditionTable");
        QCOMPARE(conditions->model()->rowCount(), 1);
        QCOMPARE(conditions->model()->index(0, 0).data().toString(), QStringLiteral("Bool"));
        QCOMPARE(conditions->model()->index(0, 1).data().toString(), QStringLiteral("aws:SecureTransport"));
        QCOMPARE(conditions->model()->index(0, 2).data().toString(), QStringLiteral("true"));

        // Clicking the third row opens it: a Deny whose wildcard ticks every S3 delete action.
        auto* list = child<StatementListView>(*m_form, "statementList");
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(model->index(2)).center());
        QCOMPARE(m_form->currentStatement(), 2);
        QCOMPARE(child<QLineEdit>(*m_form, "sidField")->text(), QStringLiteral("NoDeletes"));
        QVERIFY(child<QPushButton>(*m_form, "effectDenyButton")->isChecked());
        const QModelIndex deleteObject = actions->actionIndex(QStringLiteral("DeleteObject"));
        QCOMPARE(deleteObject.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QVERIFY(!(actions->flags(deleteObject) & Qt::ItemIsUserCheckable));
        QVERIFY(deleteObject.data(Qt::ToolTipRole).toString().contains(QStringLiteral("s3:Delete*")));
        QVERIFY(child<QCheckBox>(*m_form, "allResourcesCheck")->isChecked());
        QVERIFY(child<QLabel>(*m_form, "allResourcesHint")->isVisible());
    }

    void aBrokenJsonKeepsTheLastGoodFormAndLocksIt()
    {
        showText(kThreeStatements);
        QVERIFY(m_form->isEditable());
        QString broken = kThreeStatements;
        broken.replace(QStringLiteral("\"NoDeletes\","), QStringLiteral("\"NoDeletes\""));
        showText(broken);
        QVERIFY(!m_session->isPolicyCurrent());
        auto* banner = child<QLabel>(*m_form, "formStaleBanner");
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QStringLiteral("shows the last version that worked")));
        QVERIFY(!m_form->isEditable());
        QCOMPARE(m_form->statementModel()->rowCount(), 3);
        QVERIFY(!child<QWidget>(*m_form, "statementEditor")->isEnabled());
        QVERIFY(!child<QPushButton>(*m_form, "addStatementButton")->isEnabled());
        QVERIFY(!child<QToolButton>(*m_form, "removeStatementButton")->isEnabled());

        // Fixed JSON unlocks the form again.
        showText(kThreeStatements);
        QVERIFY(!banner->isVisible());
        QVERIFY(m_form->isEditable());
        QVERIFY(child<QWidget>(*m_form, "statementEditor")->isEnabled());
    }

    void modelsPassTheModelTester()
    {
        QAbstractItemModelTester statements(
            m_form->statementModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        ActionPicker* picker = m_form->statementEditor()->actionPicker();
        QAbstractItemModelTester actions(picker->actionModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester services(
            picker->serviceModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester conditions(m_form->statementEditor()->conditionEditor()->model(),
            QAbstractItemModelTester::FailureReportingMode::QtTest);
        showText(kThreeStatements);
        m_form->selectStatement(2);
        QTest::keyClicks(child<QLineEdit>(*m_form, "serviceFilter"), QStringLiteral("dyn"));
        QTest::keyClicks(child<QLineEdit>(*m_form, "actionFilter"), QStringLiteral("Get"));
        showText(QString());
        QCOMPARE(m_form->statementModel()->rowCount(), 0);
    }

    void theServiceSearchFindsNamesAndPrefixes()
    {
        showText(kThreeStatements);
        ActionPicker* picker = m_form->statementEditor()->actionPicker();
        auto* filter = child<QLineEdit>(*m_form, "serviceFilter");
        filter->clear();
        QTest::keyClicks(filter, QStringLiteral("dynamodb"));
        QCOMPARE(picker->currentService(), QStringLiteral("dynamodb"));
        filter->clear();
        // By a word of the name, not only the prefix.
        QTest::keyClicks(filter, QStringLiteral("Key Management"));
        QCOMPARE(picker->currentService(), QStringLiteral("kms"));
        QCOMPARE(
            picker->serviceModel()->index(0).data().toString(), QStringLiteral("AWS Key Management Service (kms)"));
        filter->clear();
        QTest::keyClicks(filter, QStringLiteral("sqs"));

        // Filtering the actions narrows every group and says how many of each are shown.
        auto* actionFilter = child<QLineEdit>(*m_form, "actionFilter");
        QTest::keyClicks(actionFilter, QStringLiteral("ReceiveMessage"));
        QCOMPARE(picker->actionModel()->visibleActionCount(), 1);
        QVERIFY(picker->actionModel()->index(0, 0).data().toString().contains(QStringLiteral("1 of")));
        // Down goes from the search to the results, ready for Space to tick.
        QTest::keyClick(actionFilter, Qt::Key_Down);
        QVERIFY(child<QTreeView>(*m_form, "actionTree")->hasFocus());
    }

    void theWildcardPreviewSaysWhatItGrants()
    {
        showText(kThreeStatements);
        auto* field = child<QLineEdit>(*m_form, "wildcardField");
        QTest::keyClicks(field, QStringLiteral("s3:Get*"));
        const auto expected = expandActions(Catalog::builtIn(), "s3:Get*").actions.size();
        QVERIFY(expected > 20);
        auto* preview = child<QLabel>(*m_form, "wildcardPreview");
        QVERIFY2(preview->text().startsWith(QStringLiteral("s3:Get* → %1 actions").arg(expected)),
            qPrintable(preview->text()));
        auto* show = child<QToolButton>(*m_form, "wildcardShowButton");
        auto* list = child<QListWidget>(*m_form, "wildcardList");
        QVERIFY(!list->isVisible());
        QTest::mouseClick(show, Qt::LeftButton);
        QVERIFY(list->isVisible());
        QCOMPARE(list->count(), int(expected));
        QVERIFY(listTexts(*list).contains(QStringLiteral("s3:GetObject")));

        field->clear();
        QTest::keyClicks(field, QStringLiteral("s4:Get*"));
        QVERIFY2(preview->text().contains(QStringLiteral("no actions")), qPrintable(preview->text()));
        QVERIFY2(preview->text().contains(QStringLiteral("s3")), qPrintable(preview->text()));
        QVERIFY(!child<QPushButton>(*m_form, "wildcardAddButton")->isEnabled());
    }

    void aListActionOnObjectsIsFlagged()
    {
        showText(allowStatementPolicy("\"Action\": [\"s3:ListBucket\", \"s3:GetObject\"], "
                                      "\"Resource\": \"arn:aws:s3:::team-reports/*\""));
        auto* warning = child<QLabel>(*m_form, "resourceFitWarning");
        QVERIFY(warning->isVisible());
        QVERIFY2(warning->text().contains(QStringLiteral("s3:ListBucket works on: ")), qPrintable(warning->text()));
        QVERIFY(warning->text().contains(QStringLiteral("bucket (arn:${Partition}:s3:::${BucketName})")));
        QVERIFY(!warning->text().contains(QStringLiteral("s3:GetObject works on")));
        QVERIFY(warning->text().contains(QStringLiteral("arn:aws:s3:::my-bucket/* is every object")));
    }

    void theResourceTemplateFormChecksEachField()
    {
        showText(allowStatementPolicy("\"Action\": \"s3:GetObject\", \"Resource\": []"));
        auto* combo = child<QComboBox>(*m_form, "arnTemplateCombo");
        QVERIFY(combo->count() >= 1);
        QCOMPARE(combo->currentData().toString(), QStringLiteral("arn:${Partition}:s3:::${BucketName}/${ObjectName}"));
        auto* partition = child<QLineEdit>(*m_form, "arnField_Partition");
        QCOMPARE(partition->text(), QStringLiteral("aws"));
        auto* bucket = child<QLineEdit>(*m_form, "arnField_BucketName");
        auto* add = child<QPushButton>(*m_form, "addArnButton");
        QVERIFY(!add->isEnabled());
        QTest::keyClicks(bucket, QStringLiteral("Team_Reports"));
        auto* bucketError = child<QLabel>(*m_form, "arnFieldError_BucketName");
        QVERIFY(bucketError->isVisible());
        QVERIFY(bucketError->text().contains(QStringLiteral("lowercase")));
        bucket->clear();
        QTest::keyClicks(bucket, QStringLiteral("team-reports"));
        QVERIFY(!bucketError->isVisible());
        QTest::keyClicks(child<QLineEdit>(*m_form, "arnField_ObjectName"), QStringLiteral("drafts/*"));
        QCOMPARE(child<QLabel>(*m_form, "arnPreview")->text(),
            QStringLiteral("Resource: arn:aws:s3:::team-reports/drafts/*"));
        QVERIFY(add->isEnabled());
    }

    void conditionOperatorsFollowTheKeyType()
    {
        showText(kThreeStatements);
        auto* key = child<QComboBox>(*m_form, "conditionKeyCombo");
        auto* op = child<QComboBox>(*m_form, "conditionOperatorCombo");
        key->setFocus();
        key->lineEdit()->selectAll();
        QTest::keyClicks(key->lineEdit(), QStringLiteral("aws:SourceIp"));
        QCOMPARE(op->itemText(0), QStringLiteral("IpAddress"));
        QVERIFY(op->findText(QStringLiteral("StringEquals")) < 0);
        QVERIFY(child<QLabel>(*m_form, "conditionKeyInfo")->text().startsWith(QStringLiteral("Type: IPAddress.")));
        auto* values = child<QLineEdit>(*m_form, "conditionValues");
        QTest::keyClicks(values, QStringLiteral("203.0.113.0/24, 10.0.0.300"));
        auto* error = child<QLabel>(*m_form, "conditionValueError");
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("10.0.0.300")));
        QVERIFY(!child<QPushButton>(*m_form, "addConditionButton")->isEnabled());

        key->lineEdit()->selectAll();
        QTest::keyClicks(key->lineEdit(), QStringLiteral("aws:MultiFactorAuthAge"));
        QCOMPARE(op->itemText(0), QStringLiteral("NumericEquals"));
        QVERIFY(op->findText(QStringLiteral("NumericLessThan")) >= 0);
        values->clear();
        QTest::keyClicks(values, QStringLiteral("3600"));
        QVERIFY(!error->isVisible());
        QVERIFY(child<QPushButton>(*m_form, "addConditionButton")->isEnabled());
        clickCheckBox(child<QCheckBox>(*m_form, "conditionIfExists"));
        op->setCurrentIndex(op->findText(QStringLiteral("NumericLessThan")));
        QCOMPARE(m_form->statementEditor()->conditionEditor()->composedOperator(),
            QStringLiteral("NumericLessThanIfExists"));
    }

    void sidValidationExplainsTheRule()
    {
        showText(kThreeStatements);
        auto* sid = child<QLineEdit>(*m_form, "sidField");
        sid->setFocus();
        sid->end(false);
        QTest::keyClicks(sid, QStringLiteral("-v2"));
        auto* message = child<QLabel>(*m_form, "sidMessage");
        QVERIFY(message->isVisible());
        QVERIFY(message->text().contains(QStringLiteral("letters")));
        QVERIFY(message->text().contains(QStringLiteral("ReadReportsv2")));
        // Nothing invalid reaches the JSON.
        QCOMPARE(m_session->text(), kThreeStatements);

        // Nor a name another statement has.
        QTest::keyClick(sid, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(sid, QStringLiteral("NoDeletes"));
        QVERIFY(message->isVisible());
        QVERIFY(message->text().contains(QStringLiteral("already named NoDeletes")));
        QCOMPARE(m_session->text().count(QStringLiteral("NoDeletes")), 1);
        QTest::keyClicks(sid, QStringLiteral("2"));
        QVERIFY(!message->isVisible());
        QCOMPARE(m_session->text().count(QStringLiteral("NoDeletes")), 2);
    }

    void undoInTheSidFieldTakesBackTheWholeName()
    {
        showText(kThreeStatements);
        auto* sid = child<QLineEdit>(*m_form, "sidField");
        sid->setFocus();
        QTest::keyClick(sid, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(sid, QStringLiteral("ReadTeamReports"));
        QVERIFY(m_session->text().contains(QStringLiteral("\"ReadTeamReports\"")));
        // One shared history: Ctrl+Z here is the document's undo, and the name was one step.
        const int steps = m_session->undoStack()->count();
        QTest::keyClick(sid, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(m_session->text(), kThreeStatements);
        QCOMPARE(sid->text(), QStringLiteral("ReadReports"));
        QCOMPARE(m_session->undoStack()->count(), steps);  // stepped back, not a new step on top
        QCOMPARE(m_session->undoStack()->redoText(), QStringLiteral("Rename statement to ReadTeamReports"));
        QTest::keyClick(sid, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(m_session->text().contains(QStringLiteral("\"ReadTeamReports\"")));
        QCOMPARE(sid->text(), QStringLiteral("ReadTeamReports"));
    }

    void buildsAPolicyWithClicksAndKeys()
    {
        // A blank document: the first statement makes it a policy.
        QTest::mouseClick(child<QPushButton>(*m_form, "addStatementButton"), Qt::LeftButton);
        QCOMPARE(m_session->text(),
            QStringLiteral("{\n"
                           "  \"Version\": \"2012-10-17\",\n"
                           "  \"Statement\": [\n"
                           "    {\n"
                           "      \"Sid\": \"Statement1\",\n"
                           "      \"Effect\": \"Allow\",\n"
                           "      \"Action\": [],\n"
                           "      \"Resource\": []\n"
                           "    }\n"
                           "  ]\n"
                           "}"));
        QCOMPARE(m_form->statementModel()->rowCount(), 1);
        QCOMPARE(m_session->undoStack()->undoText(), QStringLiteral("Add statement"));

        // The Sid round-trips through the JSON on every key, and the field keeps focus and cursor.
        auto* sid = child<QLineEdit>(*m_form, "sidField");
        QVERIFY(sid->hasFocus());
        QTest::keyClick(sid, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(sid, QStringLiteral("ReadRep"));
        QVERIFY(m_session->text().contains(QStringLiteral("\"Sid\": \"ReadRep\",")));
        QTest::keyClicks(sid, QStringLiteral("orts"));
        QVERIFY(sid->hasFocus());
        QCOMPARE(sid->cursorPosition(), 11);
        QCOMPARE(sid->text(), QStringLiteral("ReadReports"));
        QCOMPARE(m_session->undoStack()->undoText(), QStringLiteral("Rename statement to ReadReports"));

        // Pick S3 by typing, then tick GetObject and ListBucket with the keyboard.
        QTest::keyClicks(child<QLineEdit>(*m_form, "serviceFilter"), QStringLiteral("s3"));
        ActionPicker* picker = m_form->statementEditor()->actionPicker();
        QCOMPARE(picker->currentService(), QStringLiteral("s3"));
        auto* tree = child<QTreeView>(*m_form, "actionTree");
        tree->setFocus();
        for (const char* name : { "GetObject", "ListBucket" }) {
            const QModelIndex index = picker->actionModel()->actionIndex(QString::fromLatin1(name));
            QVERIFY(index.isValid());
            tree->setCurrentIndex(index);
            QTest::keyClick(tree, Qt::Key_Space);
        }
        QCOMPARE(m_session->undoStack()->undoText(), QStringLiteral("Add action s3:ListBucket"));
        QCOMPARE(picker->actionModel()->actionIndex(QStringLiteral("GetObject")).data(Qt::CheckStateRole).toInt(),
            int(Qt::Checked));

        // Effect: Deny, then back to Allow.
        QTest::mouseClick(child<QPushButton>(*m_form, "effectDenyButton"), Qt::LeftButton);
        QVERIFY(m_session->text().contains(QStringLiteral("\"Effect\": \"Deny\"")));
        QCOMPARE(m_session->undoStack()->undoText(), QStringLiteral("Set effect to Deny"));
        QTest::mouseClick(child<QPushButton>(*m_form, "effectAllowButton"), Qt::LeftButton);

        // The bucket from its template form: GetObject then still fits nothing, and the form says so.
        ResourceEditor* resources = m_form->statementEditor()->resourceEditor();
        QVERIFY(resources->templateForm()->chooseTemplate(QStringLiteral("arn:${Partition}:s3:::${BucketName}")));
        QTest::keyClicks(child<QLineEdit>(*m_form, "arnField_BucketName"), QStringLiteral("team-reports"));
        QTest::mouseClick(child<QPushButton>(*m_form, "addArnButton"), Qt::LeftButton);
        QVERIFY(resources->fitWarning().contains(QStringLiteral("s3:GetObject works on")));
        // Then the objects in it: the bucket name typed once is still filled in.
        QVERIFY(resources->templateForm()->chooseTemplate(
            QStringLiteral("arn:${Partition}:s3:::${BucketName}/${ObjectName}")));
        QCOMPARE(child<QLineEdit>(*m_form, "arnField_BucketName")->text(), QStringLiteral("team-reports"));
        QTest::keyClicks(child<QLineEdit>(*m_form, "arnField_ObjectName"), QStringLiteral("reports/*"));
        QTest::keyClick(child<QLineEdit>(*m_form, "arnField_ObjectName"), Qt::Key_Return);
        QVERIFY(resources->fitWarning().isEmpty());

        // A recipe adds its condition in one click.
        auto* recipes = child<QPushButton>(*m_form, "conditionRecipesButton");
        auto* mfa = recipes->menu()->findChild<QAction*>(QStringLiteral("recipe_require-mfa"));
        QVERIFY(mfa);
        mfa->trigger();

        QCOMPARE(m_session->text(),
            QStringLiteral("{\n"
                           "  \"Version\": \"2012-10-17\",\n"
                           "  \"Statement\": [\n"
                           "    {\n"
                           "      \"Sid\": \"ReadReports\",\n"
                           "      \"Effect\": \"Allow\",\n"
                           "      \"Action\": [\n"
                           "        \"s3:GetObject\",\n"
                           "        \"s3:ListBucket\"\n"
                           "      ],\n"
                           "      \"Resource\": [\n"
                           "        \"arn:aws:s3:::team-reports\",\n"
                           "        \"arn:aws:s3:::team-reports/reports/*\"\n"
                           "      ],\n"
                           "      \"Condition\": {\n"
                           "        \"Bool\": {\n"
                           "          \"aws:MultiFactorAuthPresent\": \"true\"\n"
                           "        }\n"
                           "      }\n"
                           "    }\n"
                           "  ]\n"
                           "}"));
        QVERIFY(m_session->isPolicyCurrent());
        auto* conditions = child<QTableView>(*m_form, "conditionTable");
        QCOMPARE(conditions->model()->rowCount(), 1);
        QCOMPARE(m_form->statementModel()->rowCount(), 1);
        QVERIFY(m_form->statementModel()->index(0).data().toString().startsWith(QStringLiteral("1. ReadReports — ")));

        // Undo takes back the named step, and the form follows.
        QCOMPARE(m_session->undoStack()->undoText(), QStringLiteral("Add condition: Require MFA"));
        m_session->undoStack()->undo();
        QVERIFY(!m_session->text().contains(QStringLiteral("Condition")));
        QCOMPARE(conditions->model()->rowCount(), 0);
        m_session->undoStack()->redo();
        QCOMPARE(conditions->model()->rowCount(), 1);
    }

    void aRecipeForTheOtherEffectOffersToSwitch()
    {
        showText(kThreeStatements);
        m_form->selectStatement(1);
        auto* recipes = child<QPushButton>(*m_form, "conditionRecipesButton");
        recipes->menu()->findChild<QAction*>(QStringLiteral("recipe_enforce-tls"))->trigger();
        QVERIFY(m_session->text().contains(QStringLiteral("\"Resource\": \"arn:aws:s3:::team-reports/drafts/*\",\n"
                                                          "      \"Condition\": {\n"
                                                          "        \"Bool\": {\n"
                                                          "          \"aws:SecureTransport\": \"false\"\n")));
        auto* note = child<QLabel>(*m_form, "recipeNote");
        QVERIFY(note->isVisible());
        QVERIFY(note->text().contains(QStringLiteral("switch the statement to Deny")));
        auto* switchEffect = child<QPushButton>(*m_form, "switchEffectButton");
        QCOMPARE(switchEffect->text(), QStringLiteral("Switch to Deny"));
        QTest::mouseClick(switchEffect, Qt::LeftButton);
        QVERIFY(child<QPushButton>(*m_form, "effectDenyButton")->isChecked());
        QVERIFY(m_session->text().contains(QStringLiteral("\"Sid\": \"WriteDrafts\",\n      \"Effect\": \"Deny\"")));
        QVERIFY(!note->isVisible());

        // A recipe with an example value opens it for editing, the example selected to be typed over.
        recipes->menu()->findChild<QAction*>(QStringLiteral("recipe_source-ip"))->trigger();
        auto* values = child<QLineEdit>(*m_form, "conditionValues");
        QCOMPARE(values->text(), QStringLiteral("203.0.113.0/24"));
        QVERIFY(values->hasFocus());
        QCOMPARE(values->selectedText(), values->text());
        QTest::keyClicks(values, QStringLiteral("198.51.100.0/24"));
        QTest::keyClick(values, Qt::Key_Return);
        QVERIFY(m_session->text().contains(QStringLiteral("\"aws:SourceIp\": \"198.51.100.0/24\"")));
        QVERIFY(!m_session->text().contains(QStringLiteral("203.0.113.0/24")));
        QCOMPARE(m_session->undoStack()->undoText(), QStringLiteral("Change condition aws:SourceIp"));
    }

    void keyboardAndDragReorderTheStatements()
    {
        showText(kThreeStatements);
        auto* list = child<StatementListView>(*m_form, "statementList");
        list->setFocus();
        m_form->selectStatement(0);
        QTest::keyClick(list, Qt::Key_Down, Qt::ControlModifier);
        QCOMPARE(m_session->undoStack()->undoText(), QStringLiteral("Move statement 1 down"));
        const QString text = m_session->text();
        QVERIFY(text.indexOf(QStringLiteral("WriteDrafts")) < text.indexOf(QStringLiteral("ReadReports")));
        QCOMPARE(m_form->currentStatement(), 1);
        QCOMPARE(child<QLineEdit>(*m_form, "sidField")->text(), QStringLiteral("ReadReports"));
        QVERIFY(list->hasFocus());
        QTest::keyClick(list, Qt::Key_Up, Qt::ControlModifier);
        QCOMPARE(m_session->text(), kThreeStatements);
        QCOMPARE(m_form->currentStatement(), 0);

        // A drag of the last row onto the top half of the first puts it first.
        StatementListModel* model = m_form->statementModel();
        std::unique_ptr<QMimeData> data(model->mimeData({ model->index(2) }));
        const QPoint target = list->visualRect(model->index(0)).topLeft() + QPoint(4, 2);
        QDragEnterEvent enter(target, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(list->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(target, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(list->viewport(), &drop);
        QTRY_VERIFY(m_session->text().indexOf(QStringLiteral("NoDeletes"))
            < m_session->text().indexOf(QStringLiteral("ReadReports")));
        QCOMPARE(rowTexts(*model).first().left(12), QStringLiteral("1. NoDeletes"));
        QCOMPARE(m_form->currentStatement(), 0);
    }

    void addDuplicateAndRemoveStatements()
    {
        showText(kThreeStatements);
        m_form->selectStatement(1);
        QTest::mouseClick(child<QToolButton>(*m_form, "duplicateStatementButton"), Qt::LeftButton);
        QCOMPARE(m_form->statementModel()->rowCount(), 4);
        QCOMPARE(m_form->currentStatement(), 2);
        QCOMPARE(m_session->text().count(QStringLiteral("\"Sid\": \"WriteDrafts\"")), 2);
        auto* list = child<StatementListView>(*m_form, "statementList");
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Delete);
        QCOMPARE(m_session->text(), kThreeStatements);
        QCOMPARE(m_session->undoStack()->undoText(), QStringLiteral("Remove statement WriteDrafts"));

        // A new statement gets the next free name and opens with its name ready to type over.
        QTest::mouseClick(child<QPushButton>(*m_form, "addStatementButton"), Qt::LeftButton);
        QCOMPARE(m_form->statementModel()->rowCount(), 4);
        QCOMPARE(m_form->currentStatement(), 3);
        QCOMPARE(child<QLineEdit>(*m_form, "sidField")->text(), QStringLiteral("Statement4"));
    }

    void trustPoliciesNameWhoMayAssumeTheRole()
    {
        m_session->setKind(PolicyKind::Trust);
        QTest::mouseClick(child<QPushButton>(*m_form, "addStatementButton"), Qt::LeftButton);
        auto* section = child<QWidget>(*m_form, "principalSection");
        QVERIFY(section->isVisible());
        QVERIFY(!child<QWidget>(*m_form, "resourcesSection")->isVisible());
        auto* type = child<QComboBox>(*m_form, "principalTypeCombo");
        type->setCurrentIndex(type->findData(QStringLiteral("Service")));
        auto* value = child<QLineEdit>(*m_form, "principalValueField");
        QTest::keyClicks(value, QStringLiteral("lambda"));
        QVERIFY(child<QLabel>(*m_form, "principalMessage")->isVisible());
        QVERIFY(!child<QPushButton>(*m_form, "addPrincipalButton")->isEnabled());
        QTest::keyClicks(value, QStringLiteral(".amazonaws.com"));
        QVERIFY(!child<QLabel>(*m_form, "principalMessage")->isVisible());
        QTest::keyClick(value, Qt::Key_Return);
        QCOMPARE(m_session->text(),
            QStringLiteral("{\n"
                           "  \"Version\": \"2012-10-17\",\n"
                           "  \"Statement\": [\n"
                           "    {\n"
                           "      \"Sid\": \"Statement1\",\n"
                           "      \"Effect\": \"Allow\",\n"
                           "      \"Principal\": {\n"
                           "        \"Service\": \"lambda.amazonaws.com\"\n"
                           "      },\n"
                           "      \"Action\": []\n"
                           "    }\n"
                           "  ]\n"
                           "}"));
        QCOMPARE(listTexts(*child<QListWidget>(*m_form, "principalList")),
            QStringList(QStringLiteral("AWS service: lambda.amazonaws.com")));

        // Everyone is one tick away, and the form says what it means.
        auto* everyone = child<QCheckBox>(*m_form, "principalEveryone");
        QVERIFY(!child<QLabel>(*m_form, "principalEveryoneWarning")->isVisible());
        clickCheckBox(everyone);
        QVERIFY(m_session->text().contains(QStringLiteral("\"Principal\": \"*\"")));
        QVERIFY(child<QLabel>(*m_form, "principalEveryoneWarning")->isVisible());
    }

    void aGroupTickChoosesEveryActionShownAndUntickingRemoves()
    {
        showText(allowStatementPolicy("\"Action\": \"s3:GetObject\", \"Resource\": \"*\""));
        ActionPicker* picker = m_form->statementEditor()->actionPicker();
        QCOMPARE(picker->currentService(), QStringLiteral("s3"));
        QTest::keyClicks(child<QLineEdit>(*m_form, "actionFilter"), QStringLiteral("Tagging"));
        ActionTreeModel* model = picker->actionModel();
        const QModelIndex read = model->groupIndex(AccessLevel::Read);
        QVERIFY(read.isValid());
        QStringList shown;
        for (int row = 0; row < model->rowCount(read); ++row)
            shown << model->index(row, 0, read).data(ActionTreeModel::FullNameRole).toString();
        QVERIFY(shown.size() >= 3);
        QVERIFY(!shown.contains(QStringLiteral("s3:GetObject")));

        auto* tree = child<QTreeView>(*m_form, "actionTree");
        tree->setFocus();
        tree->setCurrentIndex(read);
        QTest::keyClick(tree, Qt::Key_Space);
        QCOMPARE(m_session->undoStack()->undoText(), QStringLiteral("Add %1 actions").arg(shown.size()));
        QCOMPARE(listTexts(*child<QListWidget>(*m_form, "chosenActionsList")),
            QStringList(QStringLiteral("s3:GetObject")) + shown);
        QCOMPARE(model->groupIndex(AccessLevel::Read).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));

        // Unticking the group takes exactly those away again; the string-or-array choice comes back.
        tree->setCurrentIndex(model->groupIndex(AccessLevel::Read));
        QTest::keyClick(tree, Qt::Key_Space);
        // One item left of what is now an array stays an array (PolicyTextEditor::setStringList).
        QVERIFY2(m_session->text().contains(QStringLiteral("\"Action\": [\"s3:GetObject\"]")),
            qPrintable(m_session->text()));

        // The Remove button beside the chosen list takes one action out.
        auto* chosen = child<QListWidget>(*m_form, "chosenActionsList");
        chosen->setCurrentRow(0);
        QTest::mouseClick(child<QPushButton>(*m_form, "removeActionButton"), Qt::LeftButton);
        QVERIFY2(m_session->text().contains(QStringLiteral("\"Action\": []")), qPrintable(m_session->text()));
        QCOMPARE(child<QLabel>(*m_form, "chosenActionsLabel")->text(),
            QStringLiteral("No actions chosen yet. A statement needs at least one."));
    }

    void resourcesAreEditedInPlace()
    {
        showText(kThreeStatements);
        auto* list = child<QListWidget>(*m_form, "resourceList");
        list->setFocus();
        list->setCurrentRow(1);
        QTest::keyClick(list, Qt::Key_F2);
        QWidget* editor = QApplication::focusWidget();
        QVERIFY(qobject_cast<QLineEdit*>(editor));
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, QStringLiteral("arn:aws:s3:::team-reports/2026/*"));
        QTest::keyClick(editor, Qt::Key_Return);
        // The item delegate commits on its next turn of the event loop.
        QTRY_VERIFY2(m_session->text().contains(QStringLiteral(
                         "\"Resource\": [\"arn:aws:s3:::team-reports\", \"arn:aws:s3:::team-reports/2026/*\"]")),
            qPrintable(m_session->text()));

        // All resources adds `*` and explains why to narrow it; unticking takes only `*` away.
        auto* all = child<QCheckBox>(*m_form, "allResourcesCheck");
        clickCheckBox(all);
        QVERIFY(m_session->text().contains(QStringLiteral("\"arn:aws:s3:::team-reports/2026/*\", \"*\"]")));
        QVERIFY(child<QLabel>(*m_form, "allResourcesHint")->isVisible());
        clickCheckBox(all);
        QVERIFY(m_session->text().contains(QStringLiteral("\"arn:aws:s3:::team-reports/2026/*\"]")));
        QVERIFY(!child<QLabel>(*m_form, "allResourcesHint")->isVisible());
    }

    void aKindWithPrincipalsShowsTheirEditor()
    {
        showText(allowStatementPolicy("\"Principal\": {\"AWS\": [\"111122223333\", \"444455556666\"]}, "
                                      "\"Action\": \"s3:GetObject\", \"Resource\": \"arn:aws:s3:::shared/*\""));
        auto* list = child<QListWidget>(*m_form, "principalList");
        QVERIFY(child<QWidget>(*m_form, "principalSection")->isVisible()); // it has one, so it shows
        m_session->setKind(PolicyKind::Resource);
        QCOMPARE(listTexts(*list),
            QStringList({ QStringLiteral("AWS account, user or role: 111122223333"),
                QStringLiteral("AWS account, user or role: 444455556666") }));
        list->setCurrentRow(0);
        QTest::mouseClick(child<QPushButton>(*m_form, "removePrincipalButton"), Qt::LeftButton);
        QVERIFY2(m_session->text().contains(QStringLiteral("\"Principal\": {\"AWS\": [\"444455556666\"]}")),
            qPrintable(m_session->text()));
        QCOMPARE(m_session->undoStack()->undoText(), QStringLiteral("Remove principal 111122223333"));
    }

    void conditionsAreAddedChangedAndRemovedFromTheTable()
    {
        showText(kThreeStatements);
        // Add: a multivalued key with ForAnyValue and IfExists.
        auto* key = child<QComboBox>(*m_form, "conditionKeyCombo");
        key->lineEdit()->setFocus();
        QTest::keyClicks(key->lineEdit(), QStringLiteral("aws:TagKeys"));
        auto* qualifier = child<QComboBox>(*m_form, "conditionSetQualifier");
        QVERIFY(qualifier->isEnabled());
        qualifier->setCurrentIndex(1);
        QVERIFY(child<QLabel>(*m_form, "conditionQualifierHint")->text().contains(QStringLiteral("at least one")));
        clickCheckBox(child<QCheckBox>(*m_form, "conditionIfExists"));
        QTest::keyClicks(child<QLineEdit>(*m_form, "conditionValues"), QStringLiteral("team, project"));
        QTest::mouseClick(child<QPushButton>(*m_form, "addConditionButton"), Qt::LeftButton);
        QVERIFY2(m_session->text().contains(QStringLiteral(
                     "\"Condition\": {\"Bool\": {\"aws:SecureTransport\": \"true\"}, "
                     "\"ForAnyValue:StringEqualsIfExists\": {\"aws:TagKeys\": [\"team\", \"project\"]}}")),
            qPrintable(m_session->text()));
        auto* table = child<QTableView>(*m_form, "conditionTable");
        QCOMPARE(table->model()->rowCount(), 2);
        QCOMPARE(table->model()->index(1, 2).data().toString(), QStringLiteral("team, project"));

        // Change: the first row becomes a different test in one undo step.
        table->selectRow(0);
        QTest::mouseClick(child<QPushButton>(*m_form, "editConditionButton"), Qt::LeftButton);
        QCOMPARE(key->currentText(), QStringLiteral("aws:SecureTransport"));
        QCOMPARE(child<QLineEdit>(*m_form, "conditionValues")->text(), QStringLiteral("true"));
        QCOMPARE(child<QPushButton>(*m_form, "addConditionButton")->text(), QStringLiteral("Save changes"));
        auto* op = child<QComboBox>(*m_form, "conditionOperatorCombo");
        op->setCurrentIndex(op->findText(QStringLiteral("Null")));
        auto* values = child<QLineEdit>(*m_form, "conditionValues");
        values->selectAll();
        QTest::keyClicks(values, QStringLiteral("false"));
        QTest::keyClick(values, Qt::Key_Return);
        QCOMPARE(m_session->undoStack()->undoText(), QStringLiteral("Change condition aws:SecureTransport"));
        QVERIFY2(m_session->text().contains(QStringLiteral(
                     "\"Condition\": {\"ForAnyValue:StringEqualsIfExists\": {\"aws:TagKeys\": [\"team\", "
                     "\"project\"]}, \"Null\": {\"aws:SecureTransport\": \"false\"}}")),
            qPrintable(m_session->text()));
        QCOMPARE(child<QPushButton>(*m_form, "addConditionButton")->text(), QStringLiteral("Add condition"));

        // Remove both: the Condition element goes with the last one.
        for (int i = 0; i < 2; ++i) {
            table->selectRow(0);
            QTest::mouseClick(child<QPushButton>(*m_form, "removeConditionButton"), Qt::LeftButton);
        }
        QVERIFY2(m_session->text().contains(QStringLiteral(
                     "\"Resource\": [\"arn:aws:s3:::team-reports\", \"arn:aws:s3:::team-reports/*\"]\n    },")),
            qPrintable(m_session->text()));
        QVERIFY(!table->isVisible());
    }

    void aReadOnlyPolicyIsShownButNotEditable()
    {
        showText(kThreeStatements);
        m_session->setReadOnly(true);
        QVERIFY(!m_form->isEditable());
        QVERIFY(!child<QWidget>(*m_form, "statementEditor")->isEnabled());
        QVERIFY(!child<QPushButton>(*m_form, "addStatementButton")->isEnabled());
        QVERIFY(!child<QLabel>(*m_form, "formStaleBanner")->isVisible());
        m_session->setReadOnly(false);
        QVERIFY(m_form->isEditable());
    }

    void aSingleStatementObjectIsEditedInPlace()
    {
        const QString single = QStringLiteral("{\"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"Allow\", "
                                              "\"Action\": \"s3:GetObject\", \"Resource\": \"*\"}}");
        showText(single);
        QCOMPARE(m_form->statementModel()->rowCount(), 1);
        QVERIFY(!child<QToolButton>(*m_form, "moveStatementDownButton")->isEnabled());
        QTest::mouseClick(child<QPushButton>(*m_form, "effectDenyButton"), Qt::LeftButton);
        QCOMPARE(m_session->text(), QString(single).replace(QStringLiteral("Allow"), QStringLiteral("Deny")));

        // A second statement turns the object into a list, keeping the first one's text.
        QTest::mouseClick(child<QPushButton>(*m_form, "addStatementButton"), Qt::LeftButton);
        QVERIFY2(m_session->text().startsWith(
                     QStringLiteral("{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Deny\", "
                                    "\"Action\": \"s3:GetObject\", \"Resource\": \"*\"}, ")),
            qPrintable(m_session->text()));
        QCOMPARE(m_form->statementModel()->rowCount(), 2);
        QCOMPARE(m_form->currentStatement(), 1);
        QCOMPARE(child<QLineEdit>(*m_form, "sidField")->text(), QStringLiteral("Statement2"));
    }

    void screenshotsInBothThemes()
    {
        ThemeManager themes;
        QString broken = kThreeStatements;
        broken.replace(QStringLiteral("\"NoDeletes\","), QStringLiteral("\"NoDeletes\""));
        for (Theme theme : { Theme::Light, Theme::Dark }) {
            themes.setTheme(theme);
            const QString key = ThemeManager::themeKey(theme);
            // About the width the Build page gives the form beside the JSON.
            m_form->resize(620, 800);
            showText(QString());
            QVERIFY(m_form->grab().save(screenshotPath(QStringLiteral("form-%1-empty").arg(key))));

            showText(kThreeStatements);
            m_form->selectStatement(0);
            QVERIFY(m_form->grab().save(screenshotPath(QStringLiteral("form-%1-policy").arg(key))));
            // Everything the statement editor holds, for review.
            m_form->resize(620, 2600);
            QCoreApplication::processEvents();
            QVERIFY(m_form->grab().save(screenshotPath(QStringLiteral("form-%1-policy-full").arg(key))));
            m_form->resize(620, 800);

            showText(broken);
            QVERIFY(child<QLabel>(*m_form, "formStaleBanner")->isVisible());
            QVERIFY(m_form->grab().save(screenshotPath(QStringLiteral("form-%1-invalid").arg(key))));
        }
        themes.setTheme(Theme::Light);
        QVERIFY(QFile::exists(screenshotPath(QStringLiteral("form-dark-invalid"))));
    }

private:
    void showText(const QString& text)
    {
        m_session->setText(text);
        m_session->reparseNow();
    }

    std::unique_ptr<PolicySession> m_session;
    std::unique_ptr<PolicyForm> m_form;
};

QTEST_MAIN(tst_PolicyForm)
#include "tst_PolicyForm.moc"
