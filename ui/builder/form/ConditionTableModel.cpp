#include "ui/builder/form/ConditionTableModel.h"

#include <QStringList>

namespace iam::ui {

ConditionTableModel::ConditionTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ConditionTableModel::setConditions(const std::optional<std::vector<ConditionClause>>& conditions)
{
    std::vector<Row> rows;
    if (conditions) {
        for (const auto& clause : *conditions) {
            for (const auto& key : clause.keys) {
                Row row { clause.op, key.key, {} };
                for (const auto& value : key.values)
                    row.values.push_back(value.text);
                rows.push_back(std::move(row));
            }
        }
    }
    if (rows == m_rows)
        return;
    if (rows.size() == m_rows.size()) {
        m_rows = std::move(rows);
        emit dataChanged(index(0, 0), index(static_cast<int>(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const ConditionTableModel::Row* ConditionTableModel::row(int index) const
{
    if (index < 0 || index >= static_cast<int>(m_rows.size()))
        return nullptr;
    return &m_rows[static_cast<std::size_t>(index)];
}

int ConditionTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ConditionTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConditionTableModel::data(const QModelIndex& index, int role) const
{
    const Row* row = index.isValid() ? this->row(index.row()) : nullptr;
    if (!row || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    QStringList values;
    for (const auto& value : row->values)
        values << QString::fromStdString(value);
    if (role == Qt::ToolTipRole) {
        return tr("The statement applies only when %1 passes the %2 test against %3.")
            .arg(QString::fromStdString(row->key), QString::fromStdString(row->op),
                values.isEmpty() ? tr("no value") : values.join(tr(" or ")));
    }
    switch (index.column()) {
    case OperatorColumn:
        return QString::fromStdString(row->op);
    case KeyColumn:
        return QString::fromStdString(row->key);
    case ValuesColumn:
        return values.join(QStringLiteral(", "));
    default:
        return {};
    }
}

QVariant ConditionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case OperatorColumn:
        return tr("Test");
    case KeyColumn:
        return tr("Key");
    case ValuesColumn:
        return tr("Values");
    default:
        return {};
    }
}

} // namespace iam::ui
