#include <memory>

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include "../UiTestSupport.h"
#include "ui/common/JsonEditor.h"
#include "ui/session/PolicySession.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Screenshot.h"
#include "ui/shell/ThemeManager.h"
#include "ui/simulate/SimulatePage.h"
#include "ui/simulate/SimulationSession.h"
#include "ui/simulate/inputs/PoliciesInPlayView.h"
#include "ui/simulate/inputs/PolicyTextDialog.h"
#include "ui/simulate/inputs/RequestEditor.h"
#include "ui/simulate/results/DecisionBanner.h"
#include "ui/simulate/results/EvaluationFlowView.h"
#include "ui/simulate/results/SmallestFixView.h"

using namespace iam;
using namespace iam::ui;

// A helper's failed check ends the test there, before a missing result is read.
#define RETURN_IF_FAILED()                                                                                            \
    do {                                                                                                               \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)

namespace {

// Policies as a learner would paste them. Built with QString concatenation rather than raw strings:
// moc reads `/*` inside a raw string as the start of a comment.
QString allow(const QString& action, const QString& resource)
{
    return QStringLiteral("{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"%1\", "
                          "\"Resource\": \"%2\"}]}")
        .arg(action, resource);
}

QString deny(const QString& action, const QString& resource)
{
    return QString(allow(action, resource)).replace(QStringLiteral("Allow"), QStringLiteral("Deny"));
}

QString grantTo(const QString& principal, const QString& action, const QString& resource)
{
    return QStringLiteral("{\"Version\": \"2012-10-17\", \"Statement\": [{\"Sid\": \"Partner\", \"Effect\": \"Allow\", "
                          "\"Principal\": {\"AWS\": \"%1\"}, \"Action\": \"%2\", \"Resource\": \"%3\"}]}")
        .arg(principal, action, resource);
}

const QString kReports = QStringLiteral("arn:aws:s3:::shared-reports/") + QLatin1Char('*');

} // namespace

// The Simulate page driven as a learner drives it: policies pasted through the Add menu's dialog, the
// request typed into its fields, the answer read from the banner and the flow diagram.
// AWS's rules behind each expected decision: "Policy evaluation logic" and "Cross-account policy
// evaluation logic" (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html,
// .../reference_policies_evaluation-logic-cross-account.html), as docs/fidelity.md lists them.
class tst_SimulatePage final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<PolicySession> m_buildSession;
    std::unique_ptr<MainWindow> m_window;
    SimulatePage* m_page = nullptr;

    SimulationSession& session() const { return m_page->session(); }

    // Add menu → "Paste JSON…" → choose where it plays → type the policy → OK.
    void addPolicy(PolicyType type, int level, const QString& name, const QString& json)
    {
        auto* view = child<PoliciesInPlayView>(*m_page, "policiesInPlay");
        const std::size_t before = session().document().policies.size();
        view->pasteAction()->trigger();
        PolicyTextDialog* dialog = view->findChild<PolicyTextDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->typeBox()->setCurrentIndex(dialog->typeBox()->findData(static_cast<int>(type)));
        if (type == PolicyType::Scp || type == PolicyType::Rcp) {
            const int levelIndex = dialog->levelBox()->findData(level);
            QVERIFY2(levelIndex >= 0, "the dialog offers the organization level");
            dialog->levelBox()->setCurrentIndex(levelIndex);
        }
        dialog->nameField()->selectAll();
        QTest::keyClicks(dialog->nameField(), name);
        dialog->editor()->setFocus();
        QTest::keyClicks(dialog->editor(), json);
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QTRY_COMPARE(session().document().policies.size(), before + 1);
        QTRY_VERIFY(!view->findChild<PolicyTextDialog*>());
    }

    void typeInto(QLineEdit* field, const QString& text)
    {
        field->setFocus();
        field->selectAll();
        QTest::keyClicks(field, text);
        // While a completer's popup is open it receives the keys, as it does for a user at the keyboard.
        QWidget* popup = QApplication::activePopupWidget();
        QTest::keyClick(popup ? popup : field, Qt::Key_Return);
    }

    void ask(const QString& principal, const QString& action, const QString& resource,
        const QString& resourceAccount = QString())
    {
        auto* editor = child<RequestEditor>(*m_page, "requestEditor");
        typeInto(editor->principalField(), principal);
        typeInto(editor->actionField(), action);
        typeInto(editor->resourceField(), resource);
        if (!resourceAccount.isEmpty())
            typeInto(editor->resourceAccountField(), resourceAccount);
        QCOMPARE(QString::fromStdString(session().request().principal), principal);
        QCOMPARE(QString::fromStdString(session().request().action), action);
        QCOMPARE(QString::fromStdString(session().request().resource), resource);
    }

    QString bannerTitle() const { return child<DecisionBanner>(*m_page, "decisionBanner")->title(); }
    EvaluationFlowView* flow() const { return child<EvaluationFlowView>(*m_page, "evaluationFlow"); }

private slots:
    void initTestCase()
    {
        useTestSettings(QStringLiteral("tst_SimulatePage"));
    }

    void init()
    {
        QSettings().clear();
        m_buildSession = std::make_unique<PolicySession>();
        m_window = std::make_unique<MainWindow>(*m_buildSession);
        m_window->themeManager().setTheme(Theme::Light);
        m_window->resize(kScreenshotSize);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->showPage(PageId::Simulate);
        m_page = m_window->simulatePage();
    }

    void cleanup()
    {
        m_page->session().clear();
        m_window.reset();
        m_buildSession.reset();
    }

    void crossAccountNeedsBothSides()
    {
        addPolicy(PolicyType::Identity, 0, QStringLiteral("AnalystReads"), allow(QStringLiteral("s3:GetObject"), kReports));
        RETURN_IF_FAILED();
        ask(QStringLiteral("arn:aws:iam::444455556666:role/Analyst"), QStringLiteral("s3:GetObject"),
            QStringLiteral("arn:aws:s3:::shared-reports/q3.pdf"), QStringLiteral("111122223333"));
        RETURN_IF_FAILED();
        // The caller's own account allows it, but the bucket lives in another account with no bucket policy.
        QCOMPARE(session().result()->decision, Decision::ImplicitDeny);
        QVERIFY2(bannerTitle().contains(QStringLiteral("nothing allows")), qPrintable(bannerTitle()));
        QVERIFY(flow()->stoppedAt());
        QCOMPARE(flow()->stoppedAt()->gateKey, QStringLiteral("resource"));
        QCOMPARE(flow()->stoppedAt()->kind, FlowStop::Kind::ImplicitDeny);

        addPolicy(PolicyType::Resource, 0, QStringLiteral("BucketPolicy"),
            grantTo(QStringLiteral("arn:aws:iam::444455556666:role/Analyst"), QStringLiteral("s3:GetObject"), kReports));
        RETURN_IF_FAILED();
        QCOMPARE(session().result()->decision, Decision::Allowed);
        QCOMPARE(bannerTitle(), QStringLiteral("Allowed"));
        QVERIFY(!flow()->stoppedAt());
        QCOMPARE(flow()->litGateName(), QStringLiteral("decision"));
    }

    void aBoundaryCapsWhatTheIdentityPolicyGrants()
    {
        addPolicy(PolicyType::Identity, 0, QStringLiteral("DeveloperS3"), allow(QStringLiteral("s3:*"), QStringLiteral("*")));
        RETURN_IF_FAILED();
        addPolicy(PolicyType::PermissionBoundary, 0, QStringLiteral("ReadOnlyBoundary"),
            allow(QStringLiteral("s3:GetObject"), QStringLiteral("*")));
        RETURN_IF_FAILED();
        ask(QStringLiteral("arn:aws:iam::111122223333:user/dev"), QStringLiteral("s3:PutObject"),
            QStringLiteral("arn:aws:s3:::team-bucket/notes.txt"));
        RETURN_IF_FAILED();
        QCOMPARE(session().result()->decision, Decision::ImplicitDeny);
        QCOMPARE(flow()->stoppedAt()->gateKey, QStringLiteral("permissionBoundary"));

        // Switching the boundary off (its check box) lets the identity policy's grant through.
        session().setPolicyEnabled(1, false);
        QCOMPARE(session().result()->decision, Decision::Allowed);
        QCOMPARE(flow()->litGateName(), QStringLiteral("decision"));
    }

    void anScpLevelThatDoesNotAllowStopsTheRequest()
    {
        addPolicy(PolicyType::Identity, 0, QStringLiteral("TablesAdmin"), allow(QStringLiteral("dynamodb:*"), QStringLiteral("*")));
        RETURN_IF_FAILED();
        addPolicy(PolicyType::Scp, 0, QStringLiteral("FullAccess"), allow(QStringLiteral("*"), QStringLiteral("*")));
        RETURN_IF_FAILED();
        addPolicy(PolicyType::Scp, 1, QStringLiteral("StorageOnly"), allow(QStringLiteral("s3:*"), QStringLiteral("*")));
        RETURN_IF_FAILED();
        ask(QStringLiteral("arn:aws:iam::111122223333:user/ops"), QStringLiteral("dynamodb:GetItem"),
            QStringLiteral("arn:aws:dynamodb:us-east-1:111122223333:table/Orders"));
        RETURN_IF_FAILED();
        QCOMPARE(session().result()->decision, Decision::ImplicitDeny);
        QCOMPARE(flow()->stoppedAt()->gateKey, QStringLiteral("scp:1"));
        QVERIFY(bannerTitle().contains(QStringLiteral("nothing allows")));

        // A Deny anywhere wins before any gate is asked for an Allow.
        addPolicy(PolicyType::Scp, 0, QStringLiteral("NoTables"), deny(QStringLiteral("dynamodb:*"), QStringLiteral("*")));
        RETURN_IF_FAILED();
        QCOMPARE(session().result()->decision, Decision::ExplicitDeny);
        QCOMPARE(flow()->stoppedAt()->gateKey, QStringLiteral("deny"));
        QCOMPARE(flow()->stoppedAt()->kind, FlowStop::Kind::ExplicitDeny);
        QVERIFY2(bannerTitle().contains(QStringLiteral("explicit")), qPrintable(bannerTitle()));
    }

    void applyingTheSmallestFixAllowsTheRequest()
    {
        addPolicy(PolicyType::Identity, 0, QStringLiteral("AnalystReads"), allow(QStringLiteral("s3:ListBucket"), QStringLiteral("*")));
        RETURN_IF_FAILED();
        ask(QStringLiteral("arn:aws:iam::444455556666:role/Analyst"), QStringLiteral("s3:GetObject"),
            QStringLiteral("arn:aws:s3:::shared-reports/q3.pdf"), QStringLiteral("111122223333"));
        RETURN_IF_FAILED();
        QCOMPARE(session().result()->decision, Decision::ImplicitDeny);
        auto* fix = child<SmallestFixView>(*m_page, "smallestFixView");
        child<QTabWidget>(*m_page, "resultTabs")->setCurrentWidget(fix);
        QVERIFY(fix->applyButton()->isVisible());
        QVERIFY(fix->applyButton()->isEnabled());
        QTest::mouseClick(fix->applyButton(), Qt::LeftButton);
        QCOMPARE(session().result()->decision, Decision::Allowed);
        // Both sides changed: the caller's policy and a bucket policy in the other account.
        QCOMPARE(session().document().policies.size(), std::size_t(2));
    }

    void testThisPolicyFromTheBuildPage()
    {
        m_buildSession->setText(allow(QStringLiteral("s3:GetObject"), kReports));
        m_buildSession->reparseNow();
        m_window->showPage(PageId::Build);
        QTest::mouseClick(child<QPushButton>(*m_window, "testPolicyButton"), Qt::LeftButton);
        QCOMPARE(m_window->currentPage(), PageId::Simulate);
        QCOMPARE(session().document().policies.size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(session().request().action), QStringLiteral("s3:GetObject"));
        QCOMPARE(session().result()->decision, Decision::Allowed);
    }

    void savedSimulationsOpenAgainUnchanged()
    {
        addPolicy(PolicyType::Identity, 0, QStringLiteral("AnalystReads"), allow(QStringLiteral("s3:GetObject"), kReports));
        RETURN_IF_FAILED();
        addPolicy(PolicyType::Scp, 0, QStringLiteral("FullAccess"), allow(QStringLiteral("*"), QStringLiteral("*")));
        RETURN_IF_FAILED();
        ask(QStringLiteral("arn:aws:iam::111122223333:user/ana"), QStringLiteral("s3:GetObject"),
            QStringLiteral("arn:aws:s3:::shared-reports/q3.pdf"));
        RETURN_IF_FAILED();
        session().addCurrentRequestAsTest(QStringLiteral("ana reads the report"));
        session().setPolicyEnabled(1, false);
        const SimulationDocument saved = session().document();

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("reports.json"));
        QVERIFY2(session().save(path), qPrintable(session().lastError()));
        QVERIFY(!session().isModified());
        session().clear();
        QVERIFY(m_page->openSimulationFile(path));
        const SimulationDocument& reopened = session().document();
        QCOMPARE(reopened.policies.size(), saved.policies.size());
        for (std::size_t i = 0; i < saved.policies.size(); ++i) {
            QCOMPARE(reopened.policies[i].name, saved.policies[i].name);
            QCOMPARE(reopened.policies[i].type, saved.policies[i].type);
            QCOMPARE(reopened.policies[i].enabled, saved.policies[i].enabled);
        }
        QVERIFY(reopened.request == saved.request);
        QCOMPARE(reopened.tests.size(), std::size_t(1));
        QCOMPARE(reopened.tests[0].expect, Decision::Allowed);
        QCOMPARE(session().result()->decision, Decision::Allowed);
    }

    // Review pictures: an allowed, an explicitly denied and an implicitly denied request, in both themes.
    void screenshots()
    {
        addPolicy(PolicyType::Identity, 0, QStringLiteral("AnalystReads"), allow(QStringLiteral("s3:GetObject"), kReports));
        RETURN_IF_FAILED();
        addPolicy(PolicyType::Scp, 0, QStringLiteral("FullAccess"), allow(QStringLiteral("*"), QStringLiteral("*")));
        RETURN_IF_FAILED();
        addPolicy(PolicyType::PermissionBoundary, 0, QStringLiteral("S3Boundary"),
            allow(QStringLiteral("s3:*"), QStringLiteral("*")));
        RETURN_IF_FAILED();
        ask(QStringLiteral("arn:aws:iam::111122223333:user/ana"), QStringLiteral("s3:GetObject"),
            QStringLiteral("arn:aws:s3:::shared-reports/q3.pdf"));
        RETURN_IF_FAILED();
        for (Theme theme : { Theme::Light, Theme::Dark }) {
            const QString name = ThemeManager::themeKey(theme);
            m_window->themeManager().setTheme(theme);
            QString error;
            Request request = session().request();
            request.action = "s3:GetObject";
            session().setRequest(request);
            QCOMPARE(session().result()->decision, Decision::Allowed);
            QVERIFY2(writeScreenshot(*m_window, screenshotPath(QStringLiteral("simulate-%1-allowed").arg(name)), &error),
                qPrintable(error));

            request.action = "s3:PutObject";
            session().setRequest(request);
            QCOMPARE(session().result()->decision, Decision::ImplicitDeny);
            QVERIFY2(writeScreenshot(
                         *m_window, screenshotPath(QStringLiteral("simulate-%1-implicit-deny").arg(name)), &error),
                qPrintable(error));

            const std::size_t denyIndex = session().addPolicy({ PolicyType::Identity, 0, "NoReports",
                deny(QStringLiteral("s3:*"), kReports).toStdString(), true });
            request.action = "s3:GetObject";
            session().setRequest(request);
            QCOMPARE(session().result()->decision, Decision::ExplicitDeny);
            QVERIFY2(writeScreenshot(
                         *m_window, screenshotPath(QStringLiteral("simulate-%1-explicit-deny").arg(name)), &error),
                qPrintable(error));
            session().removePolicy(denyIndex);
        }
    }
};

QTEST_MAIN(tst_SimulatePage)
#include "tst_SimulatePage.moc"
