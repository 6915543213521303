#pragma once

#include <optional>
#include <vector>

#include <QAbstractTableModel>

#include "core/scenarios/Scenario.h"

namespace iam::ui {

// A scenario's "try it" requests as a table: the request, the decision the scenario states, and, once
// run, what the engine said and whether the two agree. The engine's answer is empty until the learner
// presses Run, so they can guess first.
class ScenarioTryItModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { NameColumn, StatedColumn, EngineColumn, MatchColumn, ColumnCount };

    explicit ScenarioTryItModel(const Scenario& scenario, QObject* parent = nullptr);

    // Runs one request, or all, through the engine (runTryIt).
    void run(int row);
    void runAll();

    bool hasRun(int row) const;
    // What the engine decided; nothing before the run or when a policy in play cannot be read.
    std::optional<Decision> engineDecision(int row) const;
    QString engineReason(int row) const;
    bool matches(int row) const;
    int runCount() const;
    int matchCount() const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void ran(int row);

private:
    struct Outcome {
        bool run = false;
        std::optional<Decision> decision;
        QString reason;
    };

    const Scenario& m_scenario;
    std::vector<Outcome> m_outcomes;
};

} // namespace iam::ui
