#include "ui/builder/form/ActionTreeModel.h"

#include <algorithm>

#include "core/catalog/Catalog.h"

namespace iam::ui {

namespace {

QString fromView(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

constexpr quintptr kGroupId = 0;

} // namespace

ActionTreeModel::ActionTreeModel(const Catalog& catalog, QObject* parent)
    : QAbstractItemModel(parent)
    , m_catalog(catalog)
{
}

void ActionTreeModel::setService(const CatalogService* service)
{
    if (service == m_service)
        return;
    m_service = service;
    rebuild();
}

void ActionTreeModel::setFilter(const QString& text)
{
    if (text.trimmed() == m_filter)
        return;
    m_filter = text.trimmed();
    rebuild();
}

void ActionTreeModel::setCheckable(bool checkable)
{
    if (checkable == m_checkable)
        return;
    m_checkable = checkable;
    emitAllChecksChanged();
}

void ActionTreeModel::rebuild()
{
    beginResetModel();
    m_groups.clear();
    if (m_service) {
        const auto actions = m_catalog.actionsOf(*m_service);
        for (AccessLevel level : kAccessLevels) {
            Group group;
            group.level = level;
            for (const auto& action : actions) {
                if (action.accessLevel != level)
                    continue;
                ++group.total;
                if (!m_filter.isEmpty() && !fromView(action.name).contains(m_filter, Qt::CaseInsensitive)
                    && !fromView(action.description).contains(m_filter, Qt::CaseInsensitive))
                    continue;
                group.actions.push_back(&action);
            }
            if (!group.actions.empty())
                m_groups.push_back(std::move(group));
        }
    }
    endResetModel();
}

void ActionTreeModel::setChosen(const std::vector<std::string>& values)
{
    std::set<const CatalogAction*> explicitActions;
    std::map<const CatalogAction*, std::string> coveredBy;
    for (const auto& value : values) {
        if (value.find_first_of("*?") != std::string::npos) {
            for (const CatalogAction* action : m_catalog.matchActions(value))
                coveredBy.emplace(action, value);
        } else if (const CatalogAction* action = m_catalog.findAction(value)) {
            explicitActions.insert(action);
        }
    }
    if (explicitActions == m_explicit && coveredBy == m_coveredBy)
        return;
    m_explicit = std::move(explicitActions);
    m_coveredBy = std::move(coveredBy);
    emitAllChecksChanged();
}

void ActionTreeModel::emitAllChecksChanged()
{
    for (std::size_t g = 0; g < m_groups.size(); ++g) {
        const QModelIndex group = index(static_cast<int>(g), 0);
        emit dataChanged(group, group, { Qt::CheckStateRole, Qt::ToolTipRole });
        const int count = static_cast<int>(m_groups[g].actions.size());
        if (count > 0)
            emit dataChanged(
                index(0, 0, group), index(count - 1, ColumnCount - 1, group), { Qt::CheckStateRole, Qt::ToolTipRole });
    }
}

QModelIndex ActionTreeModel::groupIndex(AccessLevel level) const
{
    for (std::size_t g = 0; g < m_groups.size(); ++g) {
        if (m_groups[g].level == level)
            return index(static_cast<int>(g), 0);
    }
    return {};
}

QModelIndex ActionTreeModel::actionIndex(const QString& name) const
{
    const QString shortName = name.section(QLatin1Char(':'), -1);
    for (std::size_t g = 0; g < m_groups.size(); ++g) {
        const auto& actions = m_groups[g].actions;
        for (std::size_t a = 0; a < actions.size(); ++a) {
            if (fromView(actions[a]->name).compare(shortName, Qt::CaseInsensitive) == 0)
                return index(static_cast<int>(a), 0, index(static_cast<int>(g), 0));
        }
    }
    return {};
}

int ActionTreeModel::visibleActionCount() const
{
    int count = 0;
    for (const auto& group : m_groups)
        count += static_cast<int>(group.actions.size());
    return count;
}

QModelIndex ActionTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < static_cast<int>(m_groups.size()) ? createIndex(row, column, kGroupId) : QModelIndex();
    if (parent.internalId() != kGroupId || parent.column() != 0)
        return {};
    const int group = parent.row();
    if (group >= static_cast<int>(m_groups.size())
        || row >= static_cast<int>(m_groups[static_cast<std::size_t>(group)].actions.size()))
        return {};
    return createIndex(row, column, static_cast<quintptr>(group) + 1);
}

QModelIndex ActionTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kGroupId)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kGroupId);
}

int ActionTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_groups.size());
    if (parent.internalId() != kGroupId || parent.column() != 0)
        return 0;
    const Group* group = groupOf(parent);
    return group ? static_cast<int>(group->actions.size()) : 0;
}

int ActionTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

const ActionTreeModel::Group* ActionTreeModel::groupOf(const QModelIndex& index) const
{
    if (!index.isValid())
        return nullptr;
    const std::size_t row
        = index.internalId() == kGroupId ? static_cast<std::size_t>(index.row()) : index.internalId() - 1;
    return row < m_groups.size() ? &m_groups[row] : nullptr;
}

const CatalogAction* ActionTreeModel::actionOf(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == kGroupId)
        return nullptr;
    const Group* group = groupOf(index);
    if (!group || index.row() >= static_cast<int>(group->actions.size()))
        return nullptr;
    return group->actions[static_cast<std::size_t>(index.row())];
}

Qt::CheckState ActionTreeModel::groupState(const Group& group) const
{
    std::size_t checked = 0;
    for (const CatalogAction* action : group.actions) {
        if (m_explicit.count(action) || m_coveredBy.count(action))
            ++checked;
    }
    if (checked == 0)
        return Qt::Unchecked;
    return checked == group.actions.size() ? Qt::Checked : Qt::PartiallyChecked;
}

QVariant ActionTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == kGroupId) {
        const Group* group = groupOf(index);
        if (!group)
            return {};
        const QString level = fromView(accessLevelName(group->level));
        const int shown = static_cast<int>(group->actions.size());
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() != NameColumn)
                return {};
            return shown == group->total ? tr("%1 (%2)").arg(level).arg(group->total)
                                         : tr("%1 (%2 of %3)").arg(level).arg(shown).arg(group->total);
        case Qt::CheckStateRole:
            return index.column() == NameColumn ? QVariant(groupState(*group)) : QVariant();
        case Qt::ToolTipRole:
            return tr("Tick to choose every %1 action shown here").arg(level);
        case Qt::AccessibleTextRole:
            return level;
        default:
            return {};
        }
    }
    const CatalogAction* action = actionOf(index);
    if (!action)
        return {};
    const QString fullName = QString::fromStdString(m_catalog.fullName(*action));
    const auto covered = m_coveredBy.find(action);
    const bool isExplicit = m_explicit.count(action) > 0;
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == NameColumn ? fromView(action->name) : fromView(action->description);
    case Qt::CheckStateRole:
        if (index.column() != NameColumn)
            return {};
        return (isExplicit || covered != m_coveredBy.end()) ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole: {
        QString tip = tr("%1\n%2").arg(fullName, fromView(action->description));
        if (covered != m_coveredBy.end() && !isExplicit)
            tip += tr("\nAlready chosen through %1: remove that wildcard to untick it.")
                       .arg(QString::fromStdString(covered->second));
        return tip;
    }
    case FullNameRole:
        return fullName;
    default:
        return {};
    }
}

bool ActionTreeModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole || !index.isValid() || index.column() != NameColumn || !m_checkable)
        return false;
    const bool checked = value.toInt() == Qt::Checked;
    QStringList names;
    if (index.internalId() == kGroupId) {
        const Group* group = groupOf(index);
        if (!group)
            return false;
        for (const CatalogAction* action : group->actions) {
            const bool isChosen = m_explicit.count(action) > 0;
            if (checked ? (!isChosen && !m_coveredBy.count(action)) : isChosen)
                names << QString::fromStdString(m_catalog.fullName(*action));
        }
    } else if (const CatalogAction* action = actionOf(index)) {
        if (checked == (m_explicit.count(action) > 0))
            return false;
        names << QString::fromStdString(m_catalog.fullName(*action));
    }
    if (names.isEmpty())
        return false;
    emit toggleRequested(names, checked);
    return true;
}

Qt::ItemFlags ActionTreeModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != kGroupId)
        flags |= Qt::ItemNeverHasChildren;
    if (index.column() != NameColumn || !m_checkable)
        return flags;
    const CatalogAction* action = actionOf(index);
    // A wildcard's action is shown ticked but cannot be unticked alone: the wildcard would still grant it.
    if (action && m_coveredBy.count(action) && !m_explicit.count(action))
        return flags;
    return flags | Qt::ItemIsUserCheckable;
}

QVariant ActionTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Action") : tr("What it does");
}

} // namespace iam::ui
