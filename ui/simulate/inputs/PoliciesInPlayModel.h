#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include <QAbstractItemModel>

#include "core/eval/PolicyType.h"
#include "core/eval/SimulationDocument.h"

namespace iam::ui {

class SimulationSession;

// The session's policies as a tree: one group per policy type in AWS's order, SCPs and RCPs split into
// their organization levels (root, OU, account, always shown so a beginner sees where each goes), and
// one checkable row per policy. Checking a row switches the policy on or off; editing its text renames
// it. Problems of a policy's text (from the session's build) show as a marker with a tooltip.
class PoliciesInPlayModel final : public QAbstractItemModel {
    Q_OBJECT

public:
    enum class NodeKind { Group, Level, Policy };
    enum Role {
        NodeKindRole = Qt::UserRole + 1, // NodeKind as int
        PolicyTypeRole, // PolicyType as int
        LevelRole, // SCP/RCP level, -1 elsewhere
        DocumentIndexRole, // policies only: index into document().policies
        HintRole, // groups and levels: one line for a beginner
        CountRole, // groups and levels: policies in it; -1 for policies
        ProblemCountRole, // policies: errors and warnings of its text
        HasErrorsRole, // policies: its text cannot be read
    };

    explicit PoliciesInPlayModel(SimulationSession& session, QObject* parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QModelIndex groupIndex(PolicyType type) const;
    // The row of an SCP/RCP level; invalid when it is not shown.
    QModelIndex levelIndex(PolicyType type, int level) const;
    QModelIndex policyIndex(std::size_t documentIndex) const;
    std::optional<std::size_t> documentIndexOf(const QModelIndex& index) const;
    // The last organization level of SCPs or RCPs: 2 (root, OU, account) unless the document has more.
    int accountLevel(PolicyType type) const;
    // The levels shown for SCPs or RCPs, ascending.
    std::vector<int> shownLevels(PolicyType type) const;
    // The policies as the rows show them: until a reset completes, the document may already differ
    // (a view keeping its selection across a reset finds the selected policy here).
    const std::vector<SimulationDocumentPolicy>& shownPolicies() const { return m_shownPolicies; }

private:
    struct Node {
        NodeKind kind = NodeKind::Group;
        PolicyType type = PolicyType::Identity;
        int level = -1;
        std::size_t documentIndex = 0;
        int parent = -1;
        int row = 0;
        std::vector<int> children;
        bool operator==(const Node&) const = default;
    };

    void rebuild();
    std::vector<Node> nodesFor() const;
    const Node* nodeOf(const QModelIndex& index) const;
    int policyCount(const Node& node) const;
    QVariant policyData(const Node& node, int role) const;
    QString problemText(std::size_t documentIndex) const;
    bool isIgnoredResourcePolicy(std::size_t documentIndex) const;

    SimulationSession& m_session;
    std::vector<Node> m_nodes; // m_nodes[0] is the invisible root
    std::vector<SimulationDocumentPolicy> m_shownPolicies;
};

} // namespace iam::ui
