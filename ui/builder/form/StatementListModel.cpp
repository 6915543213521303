#include "ui/builder/form/StatementListModel.h"

#include <QMimeData>

#include "core/catalog/Catalog.h"
#include "core/edit/StatementSummary.h"

namespace iam::ui {

QString StatementListModel::mimeType()
{
    return QStringLiteral("application/x-iam-studio-statement-row");
}

StatementListModel::StatementListModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void StatementListModel::setStatements(std::vector<Statement> statements)
{
    if (statements.size() != m_statements.size()) {
        beginResetModel();
        m_statements = std::move(statements);
        endResetModel();
        return;
    }
    if (statements == m_statements)
        return;
    m_statements = std::move(statements);
    if (!m_statements.empty())
        emit dataChanged(index(0), index(static_cast<int>(m_statements.size()) - 1));
}

const Statement* StatementListModel::statement(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_statements.size()))
        return nullptr;
    return &m_statements[static_cast<std::size_t>(row)];
}

QString StatementListModel::summary(const Statement& statement)
{
    return QString::fromStdString(summarizeStatement(statement, &Catalog::builtIn()));
}

int StatementListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_statements.size());
}

QVariant StatementListModel::data(const QModelIndex& index, int role) const
{
    const Statement* statement = index.isValid() ? this->statement(index.row()) : nullptr;
    if (!statement)
        return {};
    const QString sid = statement->sid ? QString::fromStdString(*statement->sid) : QString();
    switch (role) {
    case Qt::DisplayRole: {
        const QString line = summary(*statement);
        return sid.isEmpty() ? tr("%1. %2").arg(index.row() + 1).arg(line)
                             : tr("%1. %2 — %3").arg(index.row() + 1).arg(sid, line);
    }
    case Qt::ToolTipRole:
        return tr("Statement %1%2\n%3\nDrag, or press Ctrl+Up and Ctrl+Down, to change the order.")
            .arg(index.row() + 1)
            .arg(sid.isEmpty() ? QString() : tr(" (%1)").arg(sid), summary(*statement));
    case Qt::AccessibleTextRole:
        return summary(*statement);
    case SidRole:
        return sid;
    case EffectRole:
        return statement->effect == Effect::Allow ? QStringLiteral("Allow") : QStringLiteral("Deny");
    default:
        return {};
    }
}

Qt::ItemFlags StatementListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
}

QStringList StatementListModel::mimeTypes() const
{
    return { mimeType() };
}

QMimeData* StatementListModel::mimeData(const QModelIndexList& indexes) const
{
    if (indexes.isEmpty() || !indexes.front().isValid())
        return nullptr;
    auto* data = new QMimeData;
    data->setData(mimeType(), QByteArray::number(indexes.front().row()));
    return data;
}

Qt::DropActions StatementListModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions StatementListModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

int StatementListModel::rowFromMimeData(const QMimeData* data)
{
    if (!data || !data->hasFormat(mimeType()))
        return -1;
    bool ok = false;
    const int row = data->data(mimeType()).toInt(&ok);
    return ok ? row : -1;
}

} // namespace iam::ui
