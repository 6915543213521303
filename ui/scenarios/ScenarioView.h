#pragma once

#include <QWidget>

#include "core/eval/SimulationDocument.h"
#include "core/lint/PolicyKind.h"
#include "core/scenarios/Scenario.h"

class QScrollArea;
class QTabWidget;

namespace iam::ui {

class JsonEditor;
class ScenarioChallengePanel;
class ScenarioDiagramView;
class ScenarioTryItPanel;

// One scenario, in four tabs a learner goes through in order: Overview (the diagram, the story, what
// to tighten for production), Policies (each read-only, with its role), Try it and Break it.
class ScenarioView final : public QWidget {
    Q_OBJECT

public:
    enum Tab { OverviewTab, PoliciesTab, TryItTab, BreakItTab };

    explicit ScenarioView(Scenario scenario, QWidget* parent = nullptr);

    const Scenario& scenario() const { return m_scenario; }
    QTabWidget* tabs() const { return m_tabs; }
    ScenarioDiagramView* diagram() const { return m_diagram; }
    ScenarioTryItPanel* tryItPanel() const { return m_tryIt; }
    ScenarioChallengePanel* challengePanel() const { return m_challenge; }
    // The read-only editor of one of the scenario's policies, or null.
    JsonEditor* policyEditor(const QString& name) const;
    // Shows the Policies tab scrolled to that policy.
    void showPolicy(const QString& name);

signals:
    void openInSimulatorRequested(const iam::SimulationDocument& document);
    void openInBuilderRequested(const QString& policyJson, iam::PolicyKind kind);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* createOverview();
    QWidget* createPolicies();

    Scenario m_scenario;
    QTabWidget* m_tabs;
    ScenarioDiagramView* m_diagram = nullptr;
    QScrollArea* m_policiesArea = nullptr;
    ScenarioTryItPanel* m_tryIt = nullptr;
    ScenarioChallengePanel* m_challenge = nullptr;
};

} // namespace iam::ui
