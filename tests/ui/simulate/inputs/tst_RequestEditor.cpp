#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTest>
#include <QToolButton>

#include "InputsTestSupport.h"
#include "UiTestSupport.h"
#include "core/catalog/Catalog.h"
#include "ui/shell/ThemeManager.h"
#include "ui/simulate/SimulationSession.h"
#include "ui/simulate/inputs/PrincipalPickerDialog.h"
#include "ui/simulate/inputs/RequestEditor.h"

using namespace iam;
using namespace iam::ui;

namespace {

using Kind = PrincipalPickerDialog::Kind;

QStringList completions(const QCompleter* completer)
{
    QStringList names;
    const QAbstractItemModel* model = completer->completionModel();
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->index(row, 0).data().toString();
    return names;
}

void typeInto(QLineEdit* field, const QString& text)
{
    field->setFocus();
    field->selectAll();
    QTest::keyClicks(field, text);
}

} // namespace

class RequestEditorTest final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<SimulationSession> m_session;
    std::unique_ptr<RequestEditor> m_editor;

private slots:
    void initTestCase() { useTestSettings(QStringLiteral("tst_RequestEditor")); }

    void init()
    {
        m_session = std::make_unique<SimulationSession>(&Catalog::builtIn());
        m_editor = std::make_unique<RequestEditor>(*m_session);
        m_editor->resize(640, 420);
        m_editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
        QApplication::setActiveWindow(m_editor.get());
    }

    void cleanup()
    {
        m_editor.reset();
        m_session.reset();
    }

    void showsTheSessionsRequest()
    {
        QCOMPARE(m_editor->principalField()->text(), QString::fromLatin1(kDefaultPrincipal));
        Request request;
        request.principal = "arn:aws:sts::111122223333:assumed-role/Auditor/alice";
        request.action = "s3:GetObject";
        request.resource = "arn:aws:s3:::team-reports/report.pdf";
        request.resourceAccount = "444455556666";
        m_session->setRequest(request);
        QCOMPARE(m_editor->principalField()->text(), QString::fromStdString(request.principal));
        QCOMPARE(m_editor->actionField()->text(), QStringLiteral("s3:GetObject"));
        QCOMPARE(m_editor->resourceField()->text(), QString::fromStdString(request.resource));
        QCOMPARE(m_editor->resourceAccountField()->text(), QStringLiteral("444455556666"));
        QVERIFY(child<QLabel>(*m_editor, "requestPrincipalHint")->text().contains(QStringLiteral("Auditor")));
        QVERIFY(
            child<QLabel>(*m_editor, "requestResourceAccountHint")->text().startsWith(QStringLiteral("Cross-account")));
    }

    void principalPickerBuildsEveryKind_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("session");
        QTest::addColumn<QString>("expected");
        QTest::newRow("user") << int(Kind::User) << "alice"
                              << ""
                              << "arn:aws:iam::444455556666:user/alice";
        QTest::newRow("user with path") << int(Kind::User) << "developers/alice"
                                        << ""
                                        << "arn:aws:iam::444455556666:user/developers/alice";
        QTest::newRow("role") << int(Kind::Role) << "Auditor"
                              << ""
                              << "arn:aws:iam::444455556666:role/Auditor";
        QTest::newRow("assumed role") << int(Kind::AssumedRole) << "Auditor"
                                      << "alice@example.com"
                                      << "arn:aws:sts::444455556666:assumed-role/Auditor/alice@example.com";
        QTest::newRow("federated") << int(Kind::FederatedUser) << "bob"
                                   << ""
                                   << "arn:aws:sts::444455556666:federated-user/bob";
        QTest::newRow("root") << int(Kind::Root) << ""
                              << ""
                              << "arn:aws:iam::444455556666:root";
        QTest::newRow("service") << int(Kind::Service) << "lambda"
                                 << ""
                                 << "lambda.amazonaws.com";
        QTest::newRow("service in full") << int(Kind::Service) << "ecs-tasks.amazonaws.com"
                                         << ""
                                         << "ecs-tasks.amazonaws.com";
        QTest::newRow("anonymous") << int(Kind::Anonymous) << ""
                                   << ""
                                   << "anonymous";
    }

    void principalPickerBuildsEveryKind()
    {
        QFETCH(int, kind);
        QFETCH(QString, name);
        QFETCH(QString, session);
        QFETCH(QString, expected);
        QTest::mouseClick(m_editor->principalButton(), Qt::LeftButton);
        auto* picker = waitForDialog<PrincipalPickerDialog>(*m_editor);
        QVERIFY(picker);
        // It opens on the current principal.
        QCOMPARE(picker->kind(), Kind::User);
        QCOMPARE(picker->nameField()->text(), QStringLiteral("default"));
        picker->kindBox()->setFocus();
        QTest::keyClick(picker->kindBox(), Qt::Key_Home);
        for (int i = 0; i < kind; ++i)
            QTest::keyClick(picker->kindBox(), Qt::Key_Down);
        QCOMPARE(int(picker->kind()), kind);
        if (picker->accountField()->isVisibleTo(picker))
            typeInto(picker->accountField(), QStringLiteral("444455556666"));
        if (picker->nameField()->isVisibleTo(picker)) {
            typeInto(picker->nameField(), name);
            // A completion popup must not swallow the click on OK.
            if (picker->nameField()->completer())
                picker->nameField()->completer()->popup()->hide();
        }
        QCOMPARE(picker->sessionField()->isVisibleTo(picker), kind == int(Kind::AssumedRole));
        if (picker->sessionField()->isVisibleTo(picker))
            typeInto(picker->sessionField(), session);
        QCOMPARE(picker->arnLabel()->text(), expected);
        QVERIFY2(picker->okButton()->isEnabled(), qPrintable(picker->problemLabel()->text()));
        QTest::mouseClick(picker->okButton(), Qt::LeftButton);
        QCOMPARE(QString::fromStdString(m_session->request().principal), expected);
        QCOMPARE(m_editor->principalField()->text(), expected);
    }

    void principalPickerExplainsWhatIsWrong()
    {
        PrincipalPickerDialog* picker = m_editor->openPrincipalPicker();
        typeInto(picker->accountField(), QStringLiteral("1234"));
        QVERIFY(!picker->okButton()->isEnabled());
        QVERIFY(picker->problemLabel()->isVisibleTo(picker));
        QVERIFY(picker->problemLabel()->text().contains(QStringLiteral("12 digits")));
        typeInto(picker->accountField(), QStringLiteral("111122223333"));
        typeInto(picker->nameField(), QStringLiteral("alice smith"));
        QVERIFY(!picker->okButton()->isEnabled());
        QVERIFY(picker->problemLabel()->text().contains(QStringLiteral("user name")));
        typeInto(picker->nameField(), QStringLiteral("alice"));
        QVERIFY(picker->okButton()->isEnabled());
        QCOMPARE(picker->principal(), QStringLiteral("arn:aws:iam::111122223333:user/alice"));
        picker->reject();
        QCOMPARE(m_session->request().principal, std::string(kDefaultPrincipal)); // cancelled: nothing changes
    }

    void actionCompleterOffersCatalogNames()
    {
        QLineEdit* action = m_editor->actionField();
        action->setFocus();
        QTest::keyClicks(action, QStringLiteral("s3:getob"));
        QCompleter* completer = m_editor->actionCompleter();
        QTRY_VERIFY(completer->popup()->isVisible());
        const QStringList offered = completions(completer);
        QVERIFY2(offered.contains(QStringLiteral("s3:GetObject")), qPrintable(offered.join(QLatin1Char(' '))));
        QCOMPARE(offered.front(), QStringLiteral("s3:GetObject"));
        // Half-typed text has not reached the session.
        QVERIFY(m_session->request().action.empty());
        QCOMPARE(completer->popup()->currentIndex().data().toString(), QStringLiteral("s3:GetObject"));
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        QTRY_COMPARE(m_session->request().action, std::string("s3:GetObject"));
        QCOMPARE(action->text(), QStringLiteral("s3:GetObject"));
        QVERIFY(child<QLabel>(*m_editor, "requestActionHint")->text().startsWith(QStringLiteral("Read")));
    }

    void enterOnTheOpenPopupTakesTheHighlightedName()
    {
        QLineEdit* action = m_editor->actionField();
        action->setFocus();
        QTest::keyClicks(action, QStringLiteral("s3:putobject"));
        QCompleter* completer = m_editor->actionCompleter();
        QTRY_VERIFY(completer->popup()->isVisible());
        QCOMPARE(completer->popup()->currentIndex().data().toString(), QStringLiteral("s3:PutObject"));
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        QTRY_COMPARE(m_session->request().action, std::string("s3:PutObject"));

        // Nothing starts with "objectacl": nothing is highlighted, and Enter keeps the text as typed.
        action->setFocus();
        action->selectAll();
        QTest::keyClicks(action, QStringLiteral("objectacl"));
        QTRY_VERIFY(completer->popup()->isVisible());
        QVERIFY(!completer->popup()->currentIndex().isValid());
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        QTRY_COMPARE(m_session->request().action, std::string("objectacl"));
        QVERIFY(!completer->popup()->isVisible());
    }

    void unknownActionIsKeptWithAHint()
    {
        typeInto(m_editor->actionField(), QStringLiteral("s3:GetObjekt"));
        m_editor->actionCompleter()->popup()->hide();
        QTest::keyClick(m_editor->actionField(), Qt::Key_Return);
        QCOMPARE(m_session->request().action, std::string("s3:GetObjekt"));
        const QString hint = child<QLabel>(*m_editor, "requestActionHint")->text();
        QVERIFY2(hint.contains(QStringLiteral("did you mean s3:GetObject")), qPrintable(hint));
        // Letter case is the catalog's once finished.
        typeInto(m_editor->actionField(), QStringLiteral("S3:PUTOBJECT"));
        m_editor->actionCompleter()->popup()->hide();
        QTest::keyClick(m_editor->actionField(), Qt::Key_Return);
        QCOMPARE(m_session->request().action, std::string("s3:PutObject"));
    }

    void resourceTemplateMenuFillsAnObjectArn()
    {
        Request request = m_session->request();
        request.principal = "arn:aws:iam::444455556666:user/alice";
        request.action = "s3:GetObject";
        m_session->setRequest(request);
        QMenu* menu = m_editor->resourceTemplatesMenu();
        emit menu->aboutToShow();
        QAction* object = nullptr;
        for (QAction* entry : menu->actions()) {
            if (entry->data().toString().startsWith(QStringLiteral("arn:aws:s3:::"))
                && entry->text().contains(QStringLiteral("object")))
                object = entry;
        }
        QVERIFY(object);
        object->trigger();
        QCOMPARE(m_session->request().resource, std::string("arn:aws:s3:::my-bucket/report.pdf"));
        QCOMPARE(m_editor->resourceField()->selectedText(), QStringLiteral("my-bucket"));
        QVERIFY(child<QLabel>(*m_editor, "requestResourceHint")->text().contains(QStringLiteral("object")));

        // An account-scoped template takes the principal's account and partition.
        request = m_session->request();
        request.action = "iam:GetRole";
        m_session->setRequest(request);
        emit menu->aboutToShow();
        QStringList arns;
        for (QAction* entry : menu->actions())
            arns << entry->data().toString();
        QVERIFY2(arns.contains(QStringLiteral("arn:aws:iam::444455556666:role/my-role")),
            qPrintable(arns.join(QLatin1Char(' '))));
    }

    void resourceThatFitsNoTypeIsFlagged()
    {
        Request request = m_session->request();
        request.action = "s3:ListBucket";
        m_session->setRequest(request);
        typeInto(m_editor->resourceField(), QStringLiteral("arn:aws:s3:::team-reports/*"));
        QTest::keyClick(m_editor->resourceField(), Qt::Key_Return);
        QCOMPARE(m_session->request().resource, std::string("arn:aws:s3:::team-reports/*"));
        auto* hint = child<QLabel>(*m_editor, "requestResourceHint");
        QVERIFY(hint->property("warning").toBool());
        QVERIFY(hint->text().contains(QStringLiteral("bucket")));
    }

    void resourceAccountSaysCrossAccount()
    {
        auto* hint = child<QLabel>(*m_editor, "requestResourceAccountHint");
        QVERIFY(hint->text().contains(QStringLiteral("111122223333")));
        typeInto(m_editor->resourceAccountField(), QStringLiteral("444455556666"));
        QTest::keyClick(m_editor->resourceAccountField(), Qt::Key_Return);
        QCOMPARE(m_session->request().resourceAccount, std::optional<std::string>("444455556666"));
        QVERIFY(hint->text().startsWith(QStringLiteral("Cross-account")));
        m_editor->resourceAccountField()->selectAll();
        QTest::keyClick(m_editor->resourceAccountField(), Qt::Key_Delete);
        QTest::keyClick(m_editor->resourceAccountField(), Qt::Key_Return);
        QCOMPARE(m_session->request().resourceAccount, std::nullopt);
    }

    void accountInTheArnIsOfferedForResourceAccount()
    {
        typeInto(m_editor->resourceField(), QStringLiteral("arn:aws:sqs:us-east-1:444455556666:orders"));
        QTest::keyClick(m_editor->resourceField(), Qt::Key_Return);
        auto* use = child<QPushButton>(*m_editor, "requestUseArnAccountButton");
        QVERIFY(use->isVisible());
        QVERIFY(
            child<QLabel>(*m_editor, "requestResourceAccountHint")->text().contains(QStringLiteral("444455556666")));
        QTest::mouseClick(use, Qt::LeftButton);
        QCOMPARE(m_session->request().resourceAccount, std::optional<std::string>("444455556666"));
        QVERIFY(!use->isVisible());
        // The principal's own account in the ARN needs nothing.
        typeInto(m_editor->resourceField(), QStringLiteral("arn:aws:sqs:us-east-1:111122223333:orders"));
        m_editor->resourceAccountField()->clear();
        QTest::keyClick(m_editor->resourceField(), Qt::Key_Return);
        QVERIFY(!use->isVisible());
    }

    void typingIsNotOverwrittenByOtherChanges()
    {
        QLineEdit* resource = m_editor->resourceField();
        typeInto(resource, QStringLiteral("arn:aws:s3:::half-typ"));
        // Another view changes the request (the context table, say) while the user types here.
        m_session->addContextKey(QStringLiteral("aws:SourceIp"));
        QCOMPARE(resource->text(), QStringLiteral("arn:aws:s3:::half-typ"));
        QVERIFY(m_session->request().resource.empty());
        // A new document replaces everything.
        SimulationDocument document;
        document.request.resource = "arn:aws:s3:::other/thing";
        m_session->setDocument(document);
        QCOMPARE(resource->text(), QStringLiteral("arn:aws:s3:::other/thing"));
    }

    void screenshots()
    {
        ThemeManager themes;
        Request request;
        request.principal = "arn:aws:sts::111122223333:assumed-role/Auditor/alice";
        request.action = "s3:GetObject";
        request.resource = "arn:aws:s3:::team-reports/report.pdf";
        request.resourceAccount = "444455556666";
        m_session->setRequest(request);
        for (Theme theme : { Theme::Light, Theme::Dark }) {
            themes.setTheme(theme);
            const QString name = ThemeManager::themeKey(theme);
            QApplication::processEvents();
            QVERIFY(m_editor->grab().save(screenshotPath(QStringLiteral("simulate-%1-inputs-request").arg(name))));
            PrincipalPickerDialog* picker = m_editor->openPrincipalPicker();
            QVERIFY(QTest::qWaitForWindowExposed(picker));
            QApplication::processEvents();
            QVERIFY(
                picker->grab().save(screenshotPath(QStringLiteral("simulate-%1-inputs-principal-picker").arg(name))));
            picker->reject();
        }
        themes.setTheme(Theme::Light);
    }
};

QTEST_MAIN(RequestEditorTest)
#include "tst_RequestEditor.moc"
