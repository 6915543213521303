#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include "InputsTestSupport.h"
#include "UiTestSupport.h"
#include "core/catalog/Catalog.h"
#include "ui/builder/ManagedPolicyDialog.h"
#include "ui/builder/TemplateGalleryDialog.h"
#include "ui/common/JsonEditor.h"
#include "ui/shell/ThemeManager.h"
#include "ui/simulate/SimulationSession.h"
#include "ui/simulate/inputs/PoliciesInPlayModel.h"
#include "ui/simulate/inputs/PoliciesInPlayView.h"
#include "ui/simulate/inputs/PolicyTextDialog.h"

using namespace iam;
using namespace iam::ui;

namespace {

using NodeKind = PoliciesInPlayModel::NodeKind;

Request getObjectRequest()
{
    Request request;
    request.principal = "arn:aws:iam::111122223333:user/alice";
    request.action = "s3:GetObject";
    request.resource = "arn:aws:s3:::team-reports/report.pdf";
    return request;
}

std::optional<Decision> decisionOf(const SimulationSession& session)
{
    return session.result() ? std::optional<Decision>(session.result()->decision) : std::nullopt;
}

} // namespace

class PoliciesInPlayViewTest final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<SimulationSession> m_session;
    std::unique_ptr<PoliciesInPlayView> m_view;

    // Pastes a policy through the Add menu, as a user would: the dialog is driven by keys.
    PolicyTextDialog* pasteThroughMenu(const QString& text, const QString& name)
    {
        m_view->pasteAction()->trigger();
        auto* dialog = waitForDialog<PolicyTextDialog>(*m_view);
        if (!dialog)
            return nullptr;
        QTest::keyClicks(dialog->editor(), text);
        dialog->nameField()->selectAll();
        QTest::keyClicks(dialog->nameField(), name);
        return dialog;
    }

private slots:
    void initTestCase() { useTestSettings(QStringLiteral("tst_PoliciesInPlayView")); }

    void init()
    {
        m_session = std::make_unique<SimulationSession>(&Catalog::builtIn());
        m_session->setRequest(getObjectRequest());
        m_view = std::make_unique<PoliciesInPlayView>(*m_session);
        m_view->resize(460, 640);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void cleanup()
    {
        m_view.reset();
        m_session.reset();
    }

    void treeGroupsEveryTypeInAwsWordsWithLevels()
    {
        PoliciesInPlayModel* model = m_view->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 6);
        QStringList titles;
        for (int row = 0; row < model->rowCount(); ++row) {
            titles << model->index(row, 0).data().toString();
            QVERIFY(!model->index(row, 0).data(PoliciesInPlayModel::HintRole).toString().isEmpty());
        }
        QCOMPARE(titles,
            QStringList({ "Identity-based policies", "Resource-based policy", "Permissions boundary",
                "Service control policies (SCPs)", "Resource control policies (RCPs)", "Session policies" }));
        for (PolicyType type : { PolicyType::Scp, PolicyType::Rcp }) {
            const QModelIndex group = model->groupIndex(type);
            QStringList levels;
            for (int row = 0; row < model->rowCount(group); ++row)
                levels << model->index(row, 0, group).data().toString();
            QCOMPARE(levels, QStringList({ "Organization root", "OU", "Account" }));
        }
        // The tester keeps watching while the document changes shape.
        m_session->addPolicy(simulationPolicy(PolicyType::Scp, "Guardrails", kAllowEverything, 1));
        m_session->addPolicy(simulationPolicy(PolicyType::Identity, "Alice", kAllowGetObject));
        m_session->addPolicy(simulationPolicy(PolicyType::Rcp, "Deep OU", kAllowEverything, 3));
        QCOMPARE(model->rowCount(model->levelIndex(PolicyType::Scp, 1)), 1);
        QCOMPARE(model->levelIndex(PolicyType::Rcp, 3).data().toString(), QStringLiteral("Account"));
        QCOMPARE(model->levelIndex(PolicyType::Rcp, 2).isValid(), false); // nothing there, not shown
        m_session->setPolicyEnabled(0, false);
        m_session->removePolicy(1);
        m_session->clear();
        QCOMPARE(model->rowCount(model->groupIndex(PolicyType::Identity)), 0);
    }

    void emptyStateTellsABeginnerWhatToDo()
    {
        auto* empty = child<QLabel>(*m_view, "policiesEmptyLabel");
        QVERIFY(empty->isVisible());
        QVERIFY(empty->text().contains(QStringLiteral("Add policy")));
        m_session->addPolicy(simulationPolicy(PolicyType::Identity, "Alice", kAllowGetObject));
        QVERIFY(!empty->isVisible());
    }

    void pastedPolicyLandsInTheSelectedGroupAndDecides()
    {
        QCOMPARE(decisionOf(*m_session), std::optional(Decision::ImplicitDeny));
        clickIndex(m_view->tree(), m_view->model()->groupIndex(PolicyType::Identity));
        PolicyTextDialog* dialog
            = pasteThroughMenu(QString::fromLatin1(kAllowGetObject), QStringLiteral("Alice's own"));
        QVERIFY(dialog);
        QCOMPARE(dialog->policyType(), PolicyType::Identity);
        QTRY_VERIFY(dialog->problemList()->isHidden()); // no problems once checked
        QVERIFY(dialog->okButton()->isEnabled());
        // Pasted on one line, it can be laid out for reading without changing its meaning.
        QVERIFY(dialog->layOutButton()->isEnabled());
        QTest::mouseClick(dialog->layOutButton(), Qt::LeftButton);
        QVERIFY(dialog->policyText().count(QLatin1Char('\n')) >= 8);
        QVERIFY(!dialog->layOutButton()->isEnabled());
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);

        QCOMPARE(m_session->document().policies.size(), std::size_t(1));
        QCOMPARE(m_session->document().policies[0].name, std::string("Alice's own"));
        QCOMPARE(m_session->document().policies[0].type, PolicyType::Identity);
        QVERIFY(m_session->document().policies[0].text.find("\n    {") != std::string::npos);
        QCOMPARE(decisionOf(*m_session), std::optional(Decision::Allowed));
        QCOMPARE(m_view->currentPolicy(), std::optional<std::size_t>(0));
    }

    void everyTypeAndLevelCanBeAddedThroughTheMenu_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("level");
        for (PolicyType type : kAllPolicyTypes) {
            const bool levels = type == PolicyType::Scp || type == PolicyType::Rcp;
            for (int level = 0; level <= (levels ? 2 : 0); ++level)
                QTest::addRow("%s-%d", std::string(policyTypeKey(type)).c_str(), level)
                    << static_cast<int>(type) << level;
        }
    }

    void everyTypeAndLevelCanBeAddedThroughTheMenu()
    {
        QFETCH(int, type);
        QFETCH(int, level);
        const auto policyType = static_cast<PolicyType>(type);
        const bool levels = policyType == PolicyType::Scp || policyType == PolicyType::Rcp;
        PoliciesInPlayModel* model = m_view->model();
        // Selecting the group (or the level) says where the policy goes.
        clickIndex(m_view->tree(), levels ? model->levelIndex(policyType, level) : model->groupIndex(policyType));
        PolicyTextDialog* dialog = pasteThroughMenu(QString::fromLatin1(kAllowEverything), QStringLiteral("Added"));
        QVERIFY(dialog);
        QCOMPARE(dialog->policyType(), policyType);
        QCOMPARE(dialog->levelBox()->isVisibleTo(dialog), levels);
        if (levels)
            QCOMPARE(dialog->level(), level);
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);

        QCOMPARE(m_session->document().policies.size(), std::size_t(1));
        const SimulationDocumentPolicy& added = m_session->document().policies[0];
        QCOMPARE(added.type, policyType);
        QCOMPARE(added.level, levels ? level : 0);
        QCOMPARE(added.name, std::string("Added"));
        const QModelIndex row = model->policyIndex(0);
        QCOMPARE(row.parent(), levels ? model->levelIndex(policyType, level) : model->groupIndex(policyType));
        QCOMPARE(m_view->tree()->currentIndex(), row);
    }

    void typeAndLevelCanBeChosenInTheDialog()
    {
        // Nothing selected: the dialog asks, and the keyboard answers.
        m_view->tree()->setCurrentIndex({});
        m_view->pasteAction()->trigger();
        auto* dialog = waitForDialog<PolicyTextDialog>(*m_view);
        QVERIFY(dialog);
        QCOMPARE(dialog->policyType(), PolicyType::Identity);
        QCOMPARE(dialog->policyName(), QStringLiteral("Identity policy 1"));
        QTest::keyClicks(dialog->editor(), QString::fromLatin1(kAllowEverything));
        dialog->typeBox()->setFocus();
        QTest::keyClicks(dialog->typeBox(), QStringLiteral("Service"));
        QCOMPARE(dialog->policyType(), PolicyType::Scp);
        QVERIFY(dialog->levelBox()->isVisibleTo(dialog));
        dialog->levelBox()->setFocus();
        QTest::keyClick(dialog->levelBox(), Qt::Key_Down);
        QCOMPARE(dialog->levelBox()->currentText(), QStringLiteral("OU"));
        // The untouched suggested name follows the type.
        QCOMPARE(dialog->policyName(), QStringLiteral("SCP 1"));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QCOMPARE(m_session->document().policies.at(0).type, PolicyType::Scp);
        QCOMPARE(m_session->document().policies.at(0).level, 1);
        QCOMPARE(m_session->document().policies.at(0).name, std::string("SCP 1"));
    }

    void problemsAreListedButDoNotBlock()
    {
        PolicyTextDialog* dialog
            = pasteThroughMenu(QStringLiteral("{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Alow\"}]}"),
                QStringLiteral("Broken"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->problemList()->count() > 0);
        QVERIFY(dialog->problemList()->item(0)->text().startsWith(QStringLiteral("Line 1:")));
        QVERIFY(dialog->okButton()->isEnabled());
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);

        // The tree marks the policy, and its tooltip names the problem with its place.
        const QModelIndex row = m_view->model()->policyIndex(0);
        QVERIFY(row.data(PoliciesInPlayModel::HasErrorsRole).toBool());
        QVERIFY(!row.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(row.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Line 1, column")));
        QVERIFY(!m_session->result());
        // Switching it off gives the decision back.
        m_session->setPolicyEnabled(0, false);
        QVERIFY(m_session->result().has_value());
    }

    void checkBoxSwitchesAPolicyOffAndOn()
    {
        m_session->addPolicy(simulationPolicy(PolicyType::Identity, "Alice", kAllowGetObject));
        m_session->addPolicy(simulationPolicy(PolicyType::Identity, "No reading", kDenyGetObject));
        QCOMPARE(decisionOf(*m_session), std::optional(Decision::ExplicitDeny));
        const QModelIndex deny = m_view->model()->policyIndex(1);
        QCOMPARE(deny.data().toString(), QStringLiteral("No reading"));
        QTreeView* tree = m_view->tree();
        const QRect box = checkIndicatorRect(tree, deny);
        QVERIFY(box.isValid());
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, box.center());
        QVERIFY(!m_session->document().policies[1].enabled);
        QCOMPARE(decisionOf(*m_session), std::optional(Decision::Allowed));
        QCOMPARE(m_view->model()->policyIndex(1).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
        // Space on the current row switches it back on.
        tree->setFocus();
        tree->setCurrentIndex(m_view->model()->policyIndex(1));
        QTest::keyClick(tree, Qt::Key_Space);
        QVERIFY(m_session->document().policies[1].enabled);
        QCOMPARE(decisionOf(*m_session), std::optional(Decision::ExplicitDeny));
    }

    void doubleClickEditsTextAndName()
    {
        m_session->addPolicy(simulationPolicy(PolicyType::Identity, "Alice", kDenyGetObject));
        QCOMPARE(decisionOf(*m_session), std::optional(Decision::ExplicitDeny));
        doubleClickIndex(m_view->tree(), m_view->model()->policyIndex(0));
        auto* dialog = waitForDialog<PolicyTextDialog>(*m_view);
        QVERIFY(dialog);
        QCOMPARE(dialog->policyText(), QString::fromLatin1(kDenyGetObject));
        QCOMPARE(dialog->policyName(), QStringLiteral("Alice"));
        QVERIFY(!dialog->typeBox()->isVisibleTo(dialog)); // where it plays is shown, not offered
        dialog->editor()->selectAll();
        QTest::keyClicks(dialog->editor(), QString::fromLatin1(kAllowGetObject));
        dialog->nameField()->selectAll();
        QTest::keyClicks(dialog->nameField(), QStringLiteral("Alice, fixed"));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QCOMPARE(m_session->document().policies[0].text, std::string(kAllowGetObject));
        QCOMPARE(m_session->document().policies[0].name, std::string("Alice, fixed"));
        QCOMPARE(decisionOf(*m_session), std::optional(Decision::Allowed));
    }

    void renameWithF2()
    {
        m_session->addPolicy(simulationPolicy(PolicyType::Identity, "Alice", kAllowGetObject));
        QTreeView* tree = m_view->tree();
        tree->setFocus();
        tree->setCurrentIndex(m_view->model()->policyIndex(0));
        QTest::keyClick(tree, Qt::Key_F2);
        auto* editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("Developers group"));
        QTest::keyClick(editor, Qt::Key_Return);
        // The delegate commits on its next turn of the event loop.
        QTRY_COMPARE(m_session->document().policies[0].name, std::string("Developers group"));
    }

    void deleteKeyRemovesAndUndoBringsBack()
    {
        m_session->addPolicy(simulationPolicy(PolicyType::Identity, "Alice", kAllowGetObject));
        m_session->addPolicy(simulationPolicy(PolicyType::PermissionBoundary, "Boundary", kAllowEverything));
        QTreeView* tree = m_view->tree();
        tree->setFocus();
        tree->setCurrentIndex(m_view->model()->policyIndex(0));
        QTest::keyClick(tree, Qt::Key_Delete);
        QCOMPARE(m_session->document().policies.size(), std::size_t(1));
        QCOMPARE(m_session->document().policies[0].name, std::string("Boundary"));
        auto* message = child<QLabel>(*m_view, "policiesMessage");
        QVERIFY(message->isVisible());
        QVERIFY(message->text().contains(QStringLiteral("Alice")));
        emit message->linkActivated(QStringLiteral("undo"));
        QCOMPARE(m_session->document().policies.size(), std::size_t(2));
        QCOMPARE(m_session->document().policies[0].text, std::string(kAllowGetObject));
        QCOMPARE(decisionOf(*m_session), std::optional(Decision::Allowed));
    }

    void selectionFollowsItsPolicyWhenOthersComeAndGo()
    {
        m_session->addPolicy(simulationPolicy(PolicyType::Session, "Session", kAllowGetObject));
        m_view->selectPolicy(0);
        // Another view adds a policy that sorts before it: the selection stays on the session policy.
        m_session->addPolicy(simulationPolicy(PolicyType::Identity, "Alice", kAllowGetObject));
        QCOMPARE(m_view->currentPolicy(), std::optional<std::size_t>(1));
        QCOMPARE(m_view->tree()->currentIndex().data().toString(), QStringLiteral("Session"));
        m_session->removePolicy(0);
        QCOMPARE(m_view->tree()->currentIndex().data().toString(), QStringLiteral("Session"));
    }

    void buildPageEntryFollowsItsSource()
    {
        QVERIFY(!m_view->addFromBuildAction()->isEnabled()); // no source given
        std::optional<std::pair<QString, QString>> open;
        m_view->setBuildPolicySource([&open] { return open; });
        QVERIFY(!m_view->addFromBuildAction()->isEnabled());
        open = std::make_pair(QStringLiteral("team-reports.json"), QString::fromLatin1(kAllowGetObject));
        // The menu asks again each time it opens.
        auto* menu = child<QPushButton>(*m_view, "addPolicyButton")->menu();
        emit menu->aboutToShow();
        QVERIFY(m_view->addFromBuildAction()->isEnabled());
        m_view->addFromBuildAction()->trigger();
        auto* dialog = waitForDialog<PolicyTextDialog>(*m_view);
        QVERIFY(dialog);
        QCOMPARE(dialog->policyName(), QStringLiteral("team-reports.json"));
        QCOMPARE(dialog->policyText(), QString::fromLatin1(kAllowGetObject));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QCOMPARE(decisionOf(*m_session), std::optional(Decision::Allowed));
    }

    void fileIsReadAndReviewedBeforeAdding()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bucket-policy.json"));
        QVERIFY(writeFile(path, QByteArray(kAllowGetObject)));
        clickIndex(m_view->tree(), m_view->model()->groupIndex(PolicyType::PermissionBoundary));
        QVERIFY(m_view->addPolicyFromFile(path));
        auto* dialog = waitForDialog<PolicyTextDialog>(*m_view);
        QVERIFY(dialog);
        QCOMPARE(dialog->policyName(), QStringLiteral("bucket-policy"));
        QCOMPARE(dialog->policyType(), PolicyType::PermissionBoundary);
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QCOMPARE(m_session->document().policies.at(0).type, PolicyType::PermissionBoundary);

        // A file that cannot be a policy is refused with a reason.
        const QString binary = dir.filePath(QStringLiteral("picture.json"));
        QVERIFY(writeFile(binary, QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11)));
        QVERIFY(!m_view->addPolicyFromFile(binary));
        QVERIFY(child<QLabel>(*m_view, "policiesMessage")->isVisible());
        QCOMPARE(m_session->document().policies.size(), std::size_t(1));
    }

    void templateKeepsItsKind()
    {
        m_view->addFromTemplateAction()->trigger();
        auto* gallery = waitForDialog<TemplateGalleryDialog>(*m_view);
        QVERIFY(gallery);
        // The gallery's SCP template plays as an SCP, whatever group was selected.
        int scpRow = -1;
        for (int row = 0; row < gallery->templateCount() && scpRow < 0; ++row) {
            gallery->selectTemplate(row);
            if (gallery->selectedTemplate()->kind == PolicyKind::Scp)
                scpRow = row;
        }
        QVERIFY(scpRow >= 0);
        clickIndex(gallery->templateList(), gallery->templateList()->model()->index(scpRow, 0));
        const QString title = QString::fromStdString(gallery->selectedTemplate()->title);
        auto* use = child<QPushButton>(*gallery, "openTemplateButton");
        QCOMPARE(use->text(), QStringLiteral("Use this template"));
        QTest::mouseClick(use, Qt::LeftButton);
        auto* dialog = waitForDialog<PolicyTextDialog>(*m_view);
        QVERIFY(dialog);
        QCOMPARE(dialog->policyType(), PolicyType::Scp);
        QCOMPARE(dialog->policyName(), title);
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QCOMPARE(m_session->document().policies.at(0).type, PolicyType::Scp);
        QCOMPARE(m_session->document().policies.at(0).level, 0);
    }

    void managedPolicyIsFoundBySearch()
    {
        m_view->addFromManagedAction()->trigger();
        auto* managed = waitForDialog<ManagedPolicyDialog>(*m_view);
        QVERIFY(managed);
        QTest::keyClicks(managed->searchField(), QStringLiteral("AmazonS3ReadOnlyAccess"));
        QCOMPARE(managed->selectedName(), QStringLiteral("AmazonS3ReadOnlyAccess"));
        QTest::mouseClick(child<QPushButton>(*managed, "openManagedButton"), Qt::LeftButton);
        auto* dialog = waitForDialog<PolicyTextDialog>(*m_view);
        QVERIFY(dialog);
        QCOMPARE(dialog->policyName(), QStringLiteral("AmazonS3ReadOnlyAccess"));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QCOMPARE(decisionOf(*m_session), std::optional(Decision::Allowed));
    }

    void screenshots()
    {
        ThemeManager themes;
        m_session->addPolicy(simulationPolicy(PolicyType::Identity, "Alice's own policy", kAllowGetObject));
        m_session->addPolicy(simulationPolicy(PolicyType::Identity, "Developers group", kDenyGetObject, 0, false));
        m_session->addPolicy(simulationPolicy(PolicyType::PermissionBoundary, "Developer boundary", kAllowEverything));
        m_session->addPolicy(simulationPolicy(PolicyType::Scp, "FullAWSAccess", kAllowEverything, 0));
        m_session->addPolicy(simulationPolicy(PolicyType::Scp, "Deny leaving the org",
            "{\"Version\": \"2012-10-17\", "
            "\"Statement\": [{\"Effect\": \"Deny\"}]}",
            2));
        m_session->addPolicy(simulationPolicy(PolicyType::Session, "Read-only session", kAllowGetObject));
        for (Theme theme : { Theme::Light, Theme::Dark }) {
            themes.setTheme(theme);
            const QString name = ThemeManager::themeKey(theme);
            m_view->tree()->setCurrentIndex(m_view->model()->policyIndex(0));
            QApplication::processEvents();
            QVERIFY(m_view->grab().save(screenshotPath(QStringLiteral("simulate-%1-inputs-policies").arg(name))));
            // As narrow as the page's side column may make it: hints elide, nothing overlaps.
            m_view->resize(300, 640);
            QApplication::processEvents();
            QVERIFY(
                m_view->grab().save(screenshotPath(QStringLiteral("simulate-%1-inputs-policies-narrow").arg(name))));
            m_view->resize(460, 640);

            PolicyTextDialog* dialog = m_view->openEditDialog(4);
            QVERIFY(dialog);
            QTRY_VERIFY(dialog->problemList()->count() > 0);
            QApplication::processEvents();
            QVERIFY(dialog->grab().save(screenshotPath(QStringLiteral("simulate-%1-inputs-policy-dialog").arg(name))));
            dialog->reject();

            clickIndex(m_view->tree(), m_view->model()->levelIndex(PolicyType::Scp, 1));
            m_view->pasteAction()->trigger();
            auto* adding = waitForDialog<PolicyTextDialog>(*m_view);
            QVERIFY(adding);
            adding->setPolicyText(QString::fromLatin1(kDenyGetObject));
            adding->nameField()->setText(QStringLiteral("No reading in the Sandbox OU"));
            QApplication::processEvents();
            QVERIFY(adding->grab().save(screenshotPath(QStringLiteral("simulate-%1-inputs-add-dialog").arg(name))));
            adding->reject();

            auto* empty = new SimulationSession(&Catalog::builtIn(), this);
            PoliciesInPlayView emptyView(*empty);
            emptyView.resize(460, 640);
            emptyView.show();
            QVERIFY(QTest::qWaitForWindowExposed(&emptyView));
            QVERIFY(
                emptyView.grab().save(screenshotPath(QStringLiteral("simulate-%1-inputs-policies-empty").arg(name))));
        }
        themes.setTheme(Theme::Light);
    }
};

QTEST_MAIN(PoliciesInPlayViewTest)
#include "tst_PoliciesInPlayView.moc"
