#pragma once

#include <optional>

#include <QPair>
#include <QWidget>

#include "core/eval/EvaluationResult.h"

class QLabel;
class QTreeView;

namespace iam::ui {

class JsonEditor;
class SimulationSession;
class TraceModel;

// Every statement the engine weighed, as a tree (policy → statement): matched or not, its effect, and
// the first reason it did not apply. Selecting a statement shows its policy's JSON below, read-only,
// with the statement's lines highlighted; after each new result the deciding statement is selected.
class TraceView final : public QWidget {
    Q_OBJECT

public:
    explicit TraceView(SimulationSession& session, QWidget* parent = nullptr);

    QTreeView* tree() const { return m_tree; }
    TraceModel* model() const { return m_model; }
    JsonEditor* editor() const { return m_editor; }

    // Selects the statement's row, shows its policy and highlights it. False when the trace has no such statement.
    bool selectStatement(const StatementRef& ref);
    std::optional<StatementRef> selectedStatement() const;
    // The 1-based first and last line of the highlighted statement in the editor; {0, 0} when none is.
    QPair<int, int> highlightedLines() const { return m_highlighted; }

signals:
    void statementSelected(const iam::StatementRef& ref);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void showSelection();
    void showPolicy(const StatementRef& policyRef, const std::optional<StatementRef>& statement);
    void clearEditor(const QString& caption);

    SimulationSession& m_session;
    TraceModel* m_model;
    QTreeView* m_tree;
    QLabel* m_caption;
    JsonEditor* m_editor;
    QPair<int, int> m_highlighted { 0, 0 };
    std::optional<StatementRef> m_shown;
};

} // namespace iam::ui
