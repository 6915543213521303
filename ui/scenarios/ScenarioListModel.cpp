#include "ui/scenarios/ScenarioListModel.h"

#include <QStringList>

namespace iam::ui {

namespace {

QString levelWord(const std::string& level)
{
    if (level == "beginner")
        return ScenarioListModel::tr("Beginner");
    if (level == "intermediate")
        return ScenarioListModel::tr("Intermediate");
    if (level == "advanced")
        return ScenarioListModel::tr("Advanced");
    return QString::fromStdString(level);
}

} // namespace

ScenarioListModel::ScenarioListModel(const std::vector<Scenario>& scenarios, QObject* parent)
    : QAbstractListModel(parent)
    , m_scenarios(scenarios)
{
}

int ScenarioListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_scenarios.size());
}

QVariant ScenarioListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Scenario& scenario = m_scenarios[index.row()];
    QStringList tags;
    for (const auto& tag : scenario.tags)
        tags << QString::fromStdString(tag);
    switch (role) {
    case Qt::DisplayRole:
        return QString::fromStdString(scenario.title);
    case Qt::ToolTipRole:
        return QString::fromStdString(scenario.summary);
    case IdRole:
        return QString::fromStdString(scenario.id);
    case DetailRole:
        return QStringLiteral("%1 · %2").arg(levelWord(scenario.level), tags.join(QStringLiteral(", ")));
    case SearchRole:
        return QStringList { QString::fromStdString(scenario.title), QString::fromStdString(scenario.summary),
            QString::fromStdString(scenario.level), tags.join(QLatin1Char(' ')) }
            .join(QLatin1Char(' '));
    default:
        return {};
    }
}

} // namespace iam::ui
