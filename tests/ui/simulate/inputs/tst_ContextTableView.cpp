#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include "InputsTestSupport.h"
#include "UiTestSupport.h"
#include "core/catalog/Catalog.h"
#include "core/eval/IamDate.h"
#include "ui/shell/ThemeManager.h"
#include "ui/simulate/SimulationSession.h"
#include "ui/simulate/inputs/ContextDateEditor.h"
#include "ui/simulate/inputs/ContextTableModel.h"
#include "ui/simulate/inputs/ContextTableView.h"

using namespace iam;
using namespace iam::ui;

namespace {

// Allows reading only with MFA from the office network: the engine reports both keys as missing.
const char* const kConditionalRead
    = "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", "
      "\"Resource\": \"*\", \"Condition\": {\"Bool\": {\"aws:MultiFactorAuthPresent\": \"true\"}, "
      "\"IpAddress\": {\"aws:SourceIp\": \"203.0.113.0/24\"}}}]}";

const ContextEntry* entryOf(const SimulationSession& session, const std::string& key)
{
    for (const ContextEntry& entry : session.request().context) {
        if (entry.key == key)
            return &entry;
    }
    return nullptr;
}

std::vector<std::string> valuesOf(const SimulationSession& session, const std::string& key)
{
    const ContextEntry* entry = entryOf(session, key);
    return entry ? entry->values : std::vector<std::string> { "<missing>" };
}

} // namespace

class ContextTableViewTest final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<SimulationSession> m_session;
    std::unique_ptr<ContextTableView> m_view;

    // Adds a key through the key field, as a user types it; the value editor opens on its own.
    QWidget* addKeyByTyping(const QString& key)
    {
        QLineEdit* field = m_view->keyField();
        field->setFocus();
        QTest::keyClicks(field, key);
        field->completer()->popup()->hide();
        // The offscreen platform leaves the hidden popup as the active window; a real one does not.
        QApplication::setActiveWindow(m_view.get());
        QTest::keyClick(field, Qt::Key_Return);
        return QApplication::focusWidget();
    }

    QModelIndex valueIndex(const QString& key) const
    {
        return m_view->model()->index(m_view->model()->rowOfKey(key), ContextTableModel::ValueColumn);
    }

private slots:
    void initTestCase() { useTestSettings(QStringLiteral("tst_ContextTableView")); }

    void init()
    {
        m_session = std::make_unique<SimulationSession>(&Catalog::builtIn());
        Request request;
        request.principal = "arn:aws:iam::111122223333:user/alice";
        request.action = "s3:GetObject";
        request.resource = "arn:aws:s3:::team-reports/report.pdf";
        m_session->setRequest(request);
        m_view = std::make_unique<ContextTableView>(*m_session);
        m_view->resize(640, 400);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        QApplication::setActiveWindow(m_view.get());
    }

    void cleanup()
    {
        m_view.reset();
        m_session.reset();
    }

    void modelFollowsTheRequest()
    {
        ContextTableModel* model = m_view->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(child<QLabel>(*m_view, "contextEmptyLabel")->isVisible());
        m_session->addContextKey(QStringLiteral("aws:SourceIp"));
        m_session->addContextKey(QStringLiteral("aws:TagKeys"));
        QCOMPARE(model->rowCount(), 2);
        QVERIFY(!child<QLabel>(*m_view, "contextEmptyLabel")->isVisible());
        QCOMPARE(model->index(0, ContextTableModel::TypeColumn).data().toString(), QStringLiteral("IPAddress"));
        QCOMPARE(model->index(1, ContextTableModel::TypeColumn).data().toString(), QStringLiteral("ArrayOfString"));
        QVERIFY(model->index(1, 0).data(ContextTableModel::MultiValuedRole).toBool());
        QVERIFY(
            model->index(0, ContextTableModel::ValueColumn).data().toString().startsWith(QStringLiteral("no value")));
        m_session->addPolicy(simulationPolicy(PolicyType::Identity, "Office", kConditionalRead));
        QCOMPARE(model->suggestedRowCount(), 1); // aws:SourceIp is in the request already
        m_session->clear();
        QCOMPARE(model->rowCount(), 0);
    }

    void keyFieldCompletesGlobalAndActionKeys()
    {
        const QStringList names = m_view->keyNames();
        QVERIFY(names.contains(QStringLiteral("aws:SourceIp")));
        QVERIFY(names.contains(QStringLiteral("aws:PrincipalTag/")));
        QVERIFY(names.contains(QStringLiteral("s3:ExistingObjectTag/")));
        QVERIFY(!names.contains(QStringLiteral("ec2:Region")));
        // Another action, other keys.
        Request request = m_session->request();
        request.action = "ec2:RunInstances";
        m_session->setRequest(request);
        QVERIFY(m_view->keyNames().contains(QStringLiteral("ec2:Region")));
        QVERIFY(!m_view->keyNames().contains(QStringLiteral("s3:ExistingObjectTag/")));

        QLineEdit* field = m_view->keyField();
        field->setFocus();
        QTest::keyClicks(field, QStringLiteral("sourceip"));
        QCompleter* completer = field->completer();
        QTRY_VERIFY(completer->popup()->isVisible());
        QCOMPARE(completer->currentCompletion(), QStringLiteral("aws:SourceIp"));
    }

    void ipAddressReachesTheRequestAndIsChecked()
    {
        auto* editor = qobject_cast<QLineEdit*>(addKeyByTyping(QStringLiteral("aws:SourceIp")));
        QVERIFY(editor);
        QCOMPARE(editor->objectName(), QStringLiteral("contextValueEditor"));
        QTest::keyClicks(editor, QStringLiteral("203.0.113.7"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(valuesOf(*m_session, "aws:SourceIp"), std::vector<std::string>({ "203.0.113.7" }));
        QVERIFY(
            valueIndex(QStringLiteral("aws:SourceIp")).data(ContextTableModel::ValueProblemRole).toString().isEmpty());

        // A wrong address is kept (the user may be halfway) but marked, with the reason.
        m_view->table()->setCurrentIndex(valueIndex(QStringLiteral("aws:SourceIp")));
        m_view->table()->setFocus();
        QApplication::setActiveWindow(m_view.get());
        QTest::keyClick(m_view->table(), Qt::Key_F2);
        editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("203.0.113"));
        QVERIFY(!editor->toolTip().isEmpty());
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(valuesOf(*m_session, "aws:SourceIp"), std::vector<std::string>({ "203.0.113" }));
        const QModelIndex value = valueIndex(QStringLiteral("aws:SourceIp"));
        QVERIFY(
            value.data(ContextTableModel::ValueProblemRole).toString().contains(QStringLiteral("not an IP address")));
        QVERIFY(!value.data(Qt::DecorationRole).value<QIcon>().isNull());
    }

    void dateHasANowButton()
    {
        QWidget* focused = addKeyByTyping(QStringLiteral("aws:CurrentTime"));
        auto* date = m_view->table()->findChild<ContextDateEditor*>();
        QVERIFY(date);
        QVERIFY(focused == date->field());
        QTest::mouseClick(date->nowButton(), Qt::LeftButton);
        QTRY_VERIFY(!valuesOf(*m_session, "aws:CurrentTime").front().empty());
        const std::string now = valuesOf(*m_session, "aws:CurrentTime").front();
        QVERIFY2(now.ends_with("Z") && parseIamDate(now).has_value(), now.c_str());
        QVERIFY(valueIndex(QStringLiteral("aws:CurrentTime"))
                    .data(ContextTableModel::ValueProblemRole)
                    .toString()
                    .isEmpty());
    }

    void boolIsChosenFromTrueOrFalse()
    {
        auto* box = qobject_cast<QComboBox*>(addKeyByTyping(QStringLiteral("aws:MultiFactorAuthPresent")));
        QVERIFY(box);
        QCOMPARE(box->count(), 2);
        QTest::keyClick(box, Qt::Key_Down);
        QCOMPARE(box->currentText(), QStringLiteral("false"));
        QTest::keyClick(box, Qt::Key_Return);
        QTRY_COMPARE(valuesOf(*m_session, "aws:MultiFactorAuthPresent"), std::vector<std::string>({ "false" }));
    }

    void listTakesOneValuePerLineOrCommas()
    {
        auto* list = qobject_cast<QPlainTextEdit*>(addKeyByTyping(QStringLiteral("aws:TagKeys")));
        QVERIFY(list);
        QTest::keyClicks(list, QStringLiteral("team"));
        QTest::keyClick(list, Qt::Key_Return);
        QTest::keyClicks(list, QStringLiteral("project, cost-center"));
        // Tab leaves the list; Enter stays in it for the next line.
        QTest::keyClick(list, Qt::Key_Tab);
        QTRY_COMPARE(
            valuesOf(*m_session, "aws:TagKeys"), std::vector<std::string>({ "team", "project", "cost-center" }));
        QVERIFY(entryOf(*m_session, "aws:TagKeys")->isList);
        QCOMPARE(
            valueIndex(QStringLiteral("aws:TagKeys")).data().toString(), QStringLiteral("team, project, cost-center"));
    }

    void numberAcceptsDigitsOnly()
    {
        Request request = m_session->request();
        request.action = "s3:ListBucket";
        m_session->setRequest(request);
        auto* editor = qobject_cast<QLineEdit*>(addKeyByTyping(QStringLiteral("s3:max-keys")));
        QVERIFY(editor);
        QTest::keyClicks(editor, QStringLiteral("1x0"));
        QCOMPARE(editor->text(), QStringLiteral("10"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(valuesOf(*m_session, "s3:max-keys"), std::vector<std::string>({ "10" }));
    }

    void suggestedKeyIsAddedWithOneClick()
    {
        m_session->addPolicy(simulationPolicy(PolicyType::Identity, "Office", kConditionalRead));
        QVERIFY(m_session->result());
        QCOMPARE(m_session->result()->decision, Decision::ImplicitDeny);
        ContextTableModel* model = m_view->model();
        QCOMPARE(model->suggestedRowCount(), 2);
        int mfaRow = -1;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->keyAt(row) == QStringLiteral("aws:MultiFactorAuthPresent"))
                mfaRow = row;
        }
        QVERIFY(mfaRow >= 0);
        QVERIFY(model->isSuggested(mfaRow));
        QCOMPARE(model->index(mfaRow, ContextTableModel::ValueColumn).data().toString(),
            QStringLiteral("suggested — the policies check this key"));
        QVERIFY(!(model->flags(model->index(mfaRow, ContextTableModel::ValueColumn)) & Qt::ItemIsEditable));

        clickIndex(m_view->table(), model->index(mfaRow, ContextTableModel::AddColumn));
        QVERIFY(entryOf(*m_session, "aws:MultiFactorAuthPresent"));
        QCOMPARE(model->suggestedRowCount(), 1);
        // Its value is being asked for at once; true flips nothing yet (the IP is still missing).
        auto* box = qobject_cast<QComboBox*>(QApplication::focusWidget());
        QVERIFY(box);
        QTest::keyClick(box, Qt::Key_Return);
        QTRY_COMPARE(valuesOf(*m_session, "aws:MultiFactorAuthPresent"), std::vector<std::string>({ "true" }));

        const int ipRow = model->contextRowCount(); // the last suggestion left
        QCOMPARE(model->keyAt(ipRow), QStringLiteral("aws:SourceIp"));
        clickIndex(m_view->table(), model->index(ipRow, ContextTableModel::AddColumn));
        auto* ip = qobject_cast<QLineEdit*>(QApplication::focusWidget());
        QVERIFY(ip);
        QTest::keyClicks(ip, QStringLiteral("203.0.113.9"));
        QTest::keyClick(ip, Qt::Key_Return);
        QTRY_COMPARE(m_session->result()->decision, Decision::Allowed);
        QCOMPARE(model->suggestedRowCount(), 0);
    }

    void keyIsRenamedInItsCell()
    {
        m_session->addContextKey(QStringLiteral("aws:SourceIP")); // a typo in letter case is still the key
        QCOMPARE(
            m_view->model()->index(0, ContextTableModel::TypeColumn).data().toString(), QStringLiteral("IPAddress"));
        m_session->addContextKey(QStringLiteral("aws:RequestTag/team"));
        QTableView* table = m_view->table();
        const QModelIndex key = m_view->model()->index(1, ContextTableModel::KeyColumn);
        doubleClickIndex(table, key);
        auto* editor = table->findChild<QLineEdit*>(QStringLiteral("contextKeyEditor"));
        QVERIFY(editor);
        QVERIFY(editor->completer());
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("aws:TagKeys"));
        editor->completer()->popup()->hide();
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(m_session->request().context[1].key, std::string("aws:TagKeys"));
        QVERIFY(m_session->request().context[1].isList);
        QCOMPARE(m_view->model()->index(1, ContextTableModel::TypeColumn).data().toString(),
            QStringLiteral("ArrayOfString"));
        // A second key of the same name is refused: the request keeps one value list per key.
        doubleClickIndex(table, m_view->model()->index(1, ContextTableModel::KeyColumn));
        editor = table->findChild<QLineEdit*>(QStringLiteral("contextKeyEditor"));
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("aws:sourceip"));
        editor->completer()->popup()->hide();
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY(!table->findChild<QLineEdit*>(QStringLiteral("contextKeyEditor")));
        QCOMPARE(m_session->request().context[1].key, std::string("aws:TagKeys"));
    }

    void deleteKeyRemovesTheSelectedKey()
    {
        m_session->addContextKey(QStringLiteral("aws:SourceIp"));
        m_session->addContextKey(QStringLiteral("aws:SecureTransport"));
        QTableView* table = m_view->table();
        table->setFocus();
        table->setCurrentIndex(m_view->model()->index(0, ContextTableModel::KeyColumn));
        QTest::keyClick(table, Qt::Key_Delete);
        QCOMPARE(m_session->request().context.size(), std::size_t(1));
        QCOMPARE(m_session->request().context[0].key, std::string("aws:SecureTransport"));
        QTest::mouseClick(m_view->removeButton(), Qt::LeftButton);
        QVERIFY(m_session->request().context.empty());
    }

    void screenshots()
    {
        ThemeManager themes;
        m_session->addPolicy(simulationPolicy(PolicyType::Identity, "Office", kConditionalRead));
        Request request = m_session->request();
        request.context = { { "aws:CurrentTime", { "2026-11-23T19:00:00Z" }, false },
            { "aws:TagKeys", { "team", "project" }, true }, { "aws:SecureTransport", { "true" }, false },
            { "aws:SourceIp", { "203.0.113" }, false } };
        m_session->setRequest(request);
        // The source IP is wrong on purpose, so the picture shows how a bad value is marked; the
        // MFA key is missing, so it shows a suggestion.
        for (Theme theme : { Theme::Light, Theme::Dark }) {
            themes.setTheme(theme);
            const QString name = ThemeManager::themeKey(theme);
            QApplication::processEvents();
            QVERIFY(m_view->grab().save(screenshotPath(QStringLiteral("simulate-%1-inputs-context").arg(name))));
            // The typed editors, open: a date with Now, then a list.
            m_view->table()->edit(valueIndex(QStringLiteral("aws:CurrentTime")));
            QApplication::processEvents();
            QVERIFY(m_view->grab().save(screenshotPath(QStringLiteral("simulate-%1-inputs-context-date").arg(name))));
            auto* date = m_view->table()->findChild<ContextDateEditor*>();
            QVERIFY(date);
            QTest::keyClick(date->field(), Qt::Key_Escape);
            QTRY_VERIFY(!m_view->table()->findChild<ContextDateEditor*>());
            m_view->table()->edit(valueIndex(QStringLiteral("aws:TagKeys")));
            QApplication::processEvents();
            QVERIFY(m_view->grab().save(screenshotPath(QStringLiteral("simulate-%1-inputs-context-list").arg(name))));
            auto* list = m_view->table()->findChild<QPlainTextEdit*>();
            QVERIFY(list);
            QTest::keyClick(list, Qt::Key_Escape);
            QTRY_VERIFY(!m_view->table()->findChild<QPlainTextEdit*>());
            QApplication::processEvents();
        }
        themes.setTheme(Theme::Light);
    }
};

QTEST_MAIN(ContextTableViewTest)
#include "tst_ContextTableView.moc"
