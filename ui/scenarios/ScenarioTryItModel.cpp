#include "ui/scenarios/ScenarioTryItModel.h"

#include <QApplication>
#include <QFont>
#include <QPalette>

#include "core/scenarios/ScenarioSimulation.h"
#include "ui/simulate/results/ResultStyle.h"

namespace iam::ui {

ScenarioTryItModel::ScenarioTryItModel(const Scenario& scenario, QObject* parent)
    : QAbstractTableModel(parent)
    , m_scenario(scenario)
    , m_outcomes(scenario.tryIts.size())
{
}

void ScenarioTryItModel::run(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    const ScenarioRun result = runTryIt(m_scenario, static_cast<std::size_t>(row));
    Outcome& outcome = m_outcomes[row];
    outcome.run = true;
    outcome.decision = result.decision();
    if (result.result)
        outcome.reason = QString::fromStdString(result.reason);
    else if (!result.problems.empty())
        outcome.reason
            = tr("A policy in play cannot be read: %1").arg(QString::fromStdString(result.problems.front().message));
    else
        outcome.reason = tr("The engine could not run this request.");
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit ran(row);
}

void ScenarioTryItModel::runAll()
{
    for (int row = 0; row < rowCount(); ++row)
        run(row);
}

bool ScenarioTryItModel::hasRun(int row) const
{
    return row >= 0 && row < rowCount() && m_outcomes[row].run;
}

std::optional<Decision> ScenarioTryItModel::engineDecision(int row) const
{
    return hasRun(row) ? m_outcomes[row].decision : std::nullopt;
}

QString ScenarioTryItModel::engineReason(int row) const
{
    return hasRun(row) ? m_outcomes[row].reason : QString();
}

bool ScenarioTryItModel::matches(int row) const
{
    return hasRun(row) && m_outcomes[row].decision == m_scenario.tryIts[row].expect;
}

int ScenarioTryItModel::runCount() const
{
    int count = 0;
    for (int row = 0; row < rowCount(); ++row)
        count += hasRun(row) ? 1 : 0;
    return count;
}

int ScenarioTryItModel::matchCount() const
{
    int count = 0;
    for (int row = 0; row < rowCount(); ++row)
        count += matches(row) ? 1 : 0;
    return count;
}

int ScenarioTryItModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_scenario.tryIts.size());
}

int ScenarioTryItModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScenarioTryItModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const ScenarioTryIt& tryIt = m_scenario.tryIts[index.row()];
    const Outcome& outcome = m_outcomes[index.row()];
    const QPalette palette = QApplication::palette();
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole)
            return QString::fromStdString(tryIt.name);
        if (role == Qt::ToolTipRole)
            return QString::fromStdString(tryIt.why);
        break;
    case StatedColumn:
        if (role == Qt::DisplayRole)
            return ResultStyle::decisionShort(tryIt.expect);
        if (role == Qt::ForegroundRole)
            return ResultStyle::foreground(ResultStyle::toneOf(tryIt.expect), palette);
        break;
    case EngineColumn:
        if (role == Qt::DisplayRole) {
            if (!outcome.run)
                return tr("not run yet");
            return outcome.decision ? ResultStyle::decisionShort(*outcome.decision) : tr("cannot run");
        }
        if (role == Qt::ForegroundRole) {
            if (outcome.run && outcome.decision)
                return ResultStyle::foreground(ResultStyle::toneOf(*outcome.decision), palette);
            return palette.color(QPalette::PlaceholderText);
        }
        if (role == Qt::ToolTipRole && outcome.run)
            return outcome.reason;
        break;
    case MatchColumn:
        if (!outcome.run)
            break;
        if (role == Qt::DisplayRole)
            return matches(index.row()) ? tr("✓ as stated") : tr("✗ differs");
        if (role == Qt::ForegroundRole)
            return ResultStyle::foreground(
                matches(index.row()) ? ResultStyle::Tone::Allowed : ResultStyle::Tone::ExplicitDeny, palette);
        if (role == Qt::FontRole) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant ScenarioTryItModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Request");
    case StatedColumn:
        return tr("The scenario says");
    case EngineColumn:
        return tr("The engine says");
    case MatchColumn:
        return tr("Check");
    default:
        return {};
    }
}

} // namespace iam::ui
