#pragma once

#include <vector>

#include <QAbstractListModel>

#include "core/scenarios/Scenario.h"

namespace iam::ui {

// The scenarios of the library for the page's list: the title, and below it the level and tags. The
// search role holds every word a filter should find (title, summary, level, tags).
class ScenarioListModel final : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, DetailRole, SearchRole };

    explicit ScenarioListModel(const std::vector<Scenario>& scenarios, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    const std::vector<Scenario>& m_scenarios;
};

} // namespace iam::ui
