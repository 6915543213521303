#pragma once

#include <QWidget>

#include "core/eval/SimulationDocument.h"
#include "core/lint/PolicyKind.h"
#include "core/scenarios/Scenario.h"

class QLabel;
class QPushButton;
class QTableView;

namespace iam::ui {

class DecisionBanner;
class EvaluationFlowView;
class ScenarioTryItModel;
class SimulationSession;
class TraceView;

// "Try it": the scenario's requests with the decision each should get. Run (one) or Run all asks the
// engine and marks each row as stated or not; the selected request, once run, is shown with the
// Simulate page's own views (decision, evaluation flow, trace) on this panel's own session.
class ScenarioTryItPanel final : public QWidget {
    Q_OBJECT

public:
    explicit ScenarioTryItPanel(const Scenario& scenario, QWidget* parent = nullptr);
    ~ScenarioTryItPanel() override;

    ScenarioTryItModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    SimulationSession& session() const { return *m_session; }
    int currentRow() const;
    void selectRow(int row);

signals:
    void openInSimulatorRequested(const iam::SimulationDocument& document);
    void openInBuilderRequested(const QString& policyJson, iam::PolicyKind kind);

protected:
    void changeEvent(QEvent* event) override;

private:
    void runSelected();
    void runAll();
    void showSelected();
    void updateSummary();
    void openInBuilder();

    const Scenario& m_scenario;
    SimulationSession* m_session;
    ScenarioTryItModel* m_model;
    QTableView* m_table;
    QPushButton* m_run;
    QPushButton* m_runAll;
    QPushButton* m_openSimulator;
    QPushButton* m_openBuilder;
    QLabel* m_summary;
    QLabel* m_request;
    QLabel* m_placeholder;
    QWidget* m_results;
    DecisionBanner* m_banner;
    EvaluationFlowView* m_flow;
    TraceView* m_trace;
};

} // namespace iam::ui
