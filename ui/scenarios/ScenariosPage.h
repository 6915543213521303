#pragma once

#include <map>
#include <vector>

#include <QStringList>
#include <QWidget>

#include "core/eval/SimulationDocument.h"
#include "core/lint/PolicyKind.h"
#include "core/scenarios/Scenario.h"

class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStackedWidget;

namespace iam::ui {

class ScenarioListModel;
class ScenarioView;

// The Scenarios page (issue 8): real-world setups a learner can read, see and run. The built-in
// scenarios and an instructor's own (from ScenarioLibrary::userFolder()) are listed on the left with a
// filter; the selected one is shown on the right (ScenarioView). Files that cannot be loaded are listed
// plainly under the list; the others still load.
class ScenariosPage final : public QWidget {
    Q_OBJECT

public:
    explicit ScenariosPage(QWidget* parent = nullptr);
    // For tests and other hosts: scenarios from the given folders.
    ScenariosPage(const QString& builtInFolder, const QString& userFolder, QWidget* parent = nullptr);

    const std::vector<Scenario>& scenarios() const { return m_scenarios; }
    const QStringList& loadErrors() const { return m_errors; }
    QListView* list() const { return m_list; }
    QLineEdit* filter() const { return m_filter; }

    // Selects the scenario in the list (clearing a filter that hides it). False when there is none.
    bool showScenario(const QString& id);
    // The id of the scenario shown, empty when none is.
    QString currentScenarioId() const;
    // The view of the scenario shown, or null.
    ScenarioView* currentView() const;

signals:
    void openInSimulatorRequested(const iam::SimulationDocument& document);
    void openInBuilderRequested(const QString& policyJson, iam::PolicyKind kind);

private:
    void showRow(int sourceRow);
    void selectionChanged();

    std::vector<Scenario> m_scenarios;
    QStringList m_errors;
    ScenarioListModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_filter;
    QListView* m_list;
    QLabel* m_errorLabel;
    QLabel* m_empty;
    QStackedWidget* m_stack;
    std::map<int, ScenarioView*> m_views; // made when first shown, so each keeps the learner's work
    int m_currentRow = -1;
};

} // namespace iam::ui
