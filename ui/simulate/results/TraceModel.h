#pragma once

#include <optional>
#include <vector>

#include <QAbstractItemModel>

#include "core/eval/EvaluationResult.h"
#include "core/eval/SimulationDocument.h"

namespace iam::ui {

// The engine's trace as a tree: each policy in play, and under it each of its statements with
// whether it matched the request, its effect, and the first reason it did not match (or that it
// decides the result). Statements are in the engine's order, which follows the file.
class TraceModel final : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { StatementColumn, MatchColumn, EffectColumn, ReasonColumn, ColumnCount };

    explicit TraceModel(QObject* parent = nullptr);

    // Nothing clears the tree (no decision yet).
    void setResult(const std::optional<EvaluationResult>& result, const SimulationDocument& document,
        const SimulationBuild& build);

    // The statement a row shows; nothing for a policy row.
    const StatementTrace* statementAt(const QModelIndex& index) const;
    // The policy of any row (a policy row or one of its statements), as the trace names it.
    std::optional<StatementRef> policyRefAt(const QModelIndex& index) const;
    // The statement's row (column 0), or an invalid index when the trace holds no such statement.
    QModelIndex indexOf(const StatementRef& ref) const;
    bool isDeciding(const StatementRef& ref) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static bool sameStatement(const StatementRef& a, const StatementRef& b);
    static bool samePolicy(const StatementRef& a, const StatementRef& b);

private:
    struct PolicyRow {
        StatementRef ref; // of its first statement: type, level, policy index and name
        QString title;
        QString toolTip; // the kind's full title
        std::vector<StatementTrace> statements;
        int matched = 0;
        bool deciding = false;
    };
    QVariant policyData(const PolicyRow& policy, int column, int role) const;
    QVariant statementData(const StatementTrace& statement, int column, int role) const;

    std::vector<PolicyRow> m_policies;
    std::vector<StatementRef> m_deciding;
    Decision m_decision = Decision::ImplicitDeny;
};

} // namespace iam::ui
