#pragma once

#include <string>
#include <vector>

#include <QAbstractTableModel>

#include "core/policy/Policy.h"

namespace iam::ui {

// A statement's conditions flattened to rows, one per key: the test (operator), the key and its
// values. A `Condition` block groups keys by operator; people think of them one test at a time.
class ConditionTableModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { OperatorColumn, KeyColumn, ValuesColumn, ColumnCount };

    struct Row {
        std::string op;
        std::string key;
        std::vector<std::string> values;

        bool operator==(const Row&) const = default;
    };

    explicit ConditionTableModel(QObject* parent = nullptr);

    void setConditions(const std::optional<std::vector<ConditionClause>>& conditions);
    const Row* row(int index) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<Row> m_rows;
};

} // namespace iam::ui
