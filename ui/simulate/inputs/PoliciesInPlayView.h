#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <utility>

#include <QWidget>

#include "core/eval/PolicyType.h"
#include "core/eval/SimulationDocument.h"

class QAction;
class QLabel;
class QMenu;
class QModelIndex;
class QPushButton;
class QTreeView;

namespace iam::ui {

class PoliciesInPlayModel;
class PolicyTextDialog;
class SimulationSession;

// "Policies in play": every policy the simulation weighs, grouped by type in AWS's words, each with a
// check box to switch it off without losing it. Policies come from the Build page, a file, a template,
// an AWS managed policy or pasted JSON; each is reviewed in a PolicyTextDialog that says where it plays.
class PoliciesInPlayView final : public QWidget {
    Q_OBJECT

public:
    explicit PoliciesInPlayView(SimulationSession& session, QWidget* parent = nullptr);

    // Where "From the Build page" takes its policy: the open policy's name and text, or nothing when
    // there is none. Without a source the entry is disabled.
    void setBuildPolicySource(std::function<std::optional<std::pair<QString, QString>>()> nameAndText);

    // The Add menu's entries, also reachable for the page's own menus and for tests.
    QAction* addFromBuildAction() const { return m_fromBuild; }
    QAction* addFromFileAction() const { return m_fromFile; }
    QAction* addFromTemplateAction() const { return m_fromTemplate; }
    QAction* addFromManagedAction() const { return m_fromManaged; }
    QAction* pasteAction() const { return m_paste; }

    // Reads a policy file the user picked and opens it for review (what "From a file…" does after its
    // file dialog). False, with the reason shown, when the file cannot be a policy.
    bool addPolicyFromFile(const QString& path);
    // Opens the review dialog for a new policy with this text; it is added when the user accepts.
    PolicyTextDialog* openAddDialog(const QString& name, const QString& text, std::optional<PolicyType> type = {});
    PolicyTextDialog* openEditDialog(std::size_t documentIndex);

    QTreeView* tree() const { return m_tree; }
    PoliciesInPlayModel* model() const { return m_model; }
    // The policy of the current row, if the current row is a policy.
    std::optional<std::size_t> currentPolicy() const;
    void selectPolicy(std::size_t documentIndex);

signals:
    // After a policy was added or edited through a dialog: the page may want to show its result.
    void policyAdded(std::size_t documentIndex);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void addFromBuildPage();
    void addFromFile();
    void addFromTemplate();
    void addFromManaged();
    void addPasted();
    void editCurrent();
    void removeCurrent();
    void renameCurrent();
    void undoRemove();
    void showMessage(const QString& text, bool offerUndo);
    void updateState();
    void showContextMenu(const QPoint& position);
    // The type and level the selected row suggests for a new policy.
    std::pair<PolicyType, int> currentPlacement() const;
    QString suggestedName(PolicyType type) const;
    void rememberExpansion();
    void restoreExpansion();

    SimulationSession& m_session;
    PoliciesInPlayModel* m_model;
    QTreeView* m_tree;
    QLabel* m_emptyLabel;
    QLabel* m_message;
    QPushButton* m_addButton;
    QPushButton* m_editButton;
    QPushButton* m_removeButton;
    QMenu* m_addMenu;
    QAction* m_fromBuild;
    QAction* m_fromFile;
    QAction* m_fromTemplate;
    QAction* m_fromManaged;
    QAction* m_paste;
    std::function<std::optional<std::pair<QString, QString>>()> m_buildSource;
    // The selected policy before the tree was rebuilt, found again by its content (indices shift).
    std::optional<std::pair<std::size_t, SimulationDocumentPolicy>> m_selectionBeforeReset;
    QList<QPair<int, int>> m_collapsed; // (type, level) of group and level rows the user closed
    QList<int> m_openedEmpty; // SCP/RCP groups the user opened while they held nothing
    bool m_restoring = false;
    std::optional<SimulationDocumentPolicy> m_lastRemoved; // for Undo after Remove
};

} // namespace iam::ui
