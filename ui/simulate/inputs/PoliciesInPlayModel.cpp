#include "ui/simulate/inputs/PoliciesInPlayModel.h"

#include <algorithm>
#include <set>

#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QPalette>
#include <QStyle>

#include "ui/simulate/SimulationSession.h"
#include "ui/simulate/inputs/PolicyTypeNames.h"

namespace iam::ui {

namespace {

QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}

} // namespace

PoliciesInPlayModel::PoliciesInPlayModel(SimulationSession& session, QObject* parent)
    : QAbstractItemModel(parent)
    , m_session(session)
{
    m_nodes = nodesFor();
    m_shownPolicies = m_session.document().policies;
    connect(&m_session, &SimulationSession::documentReset, this, &PoliciesInPlayModel::rebuild);
    connect(&m_session, &SimulationSession::policiesChanged, this, &PoliciesInPlayModel::rebuild);
    // Problems and the decision come with the result; the check boxes and names with the policies.
    connect(&m_session, &SimulationSession::resultChanged, this, &PoliciesInPlayModel::rebuild);
}

std::vector<int> PoliciesInPlayModel::shownLevels(PolicyType type) const
{
    const int last = accountLevel(type);
    std::set<int> levels { 0, last };
    if (last == 2)
        levels.insert(1);
    for (const SimulationDocumentPolicy& policy : m_session.document().policies) {
        if (policy.type == type)
            levels.insert(std::max(policy.level, 0));
    }
    return { levels.begin(), levels.end() };
}

int PoliciesInPlayModel::accountLevel(PolicyType type) const
{
    int last = 2;
    for (const SimulationDocumentPolicy& policy : m_session.document().policies) {
        if (policy.type == type)
            last = std::max(last, policy.level);
    }
    return last;
}

std::vector<PoliciesInPlayModel::Node> PoliciesInPlayModel::nodesFor() const
{
    std::vector<Node> nodes(1);
    nodes[0].kind = NodeKind::Group;
    auto addChild = [&nodes](int parent, Node node) {
        node.parent = parent;
        node.row = static_cast<int>(nodes[static_cast<std::size_t>(parent)].children.size());
        nodes.push_back(node);
        const int id = static_cast<int>(nodes.size()) - 1;
        nodes[static_cast<std::size_t>(parent)].children.push_back(id);
        return id;
    };
    const auto& policies = m_session.document().policies;
    for (PolicyType type : kAllPolicyTypes) {
        const int group = addChild(0, { NodeKind::Group, type, -1, 0, -1, 0, {} });
        if (policyTypeHasLevels(type)) {
            for (int level : shownLevels(type)) {
                const int levelNode = addChild(group, { NodeKind::Level, type, level, 0, -1, 0, {} });
                for (std::size_t i = 0; i < policies.size(); ++i) {
                    if (policies[i].type == type && std::max(policies[i].level, 0) == level)
                        addChild(levelNode, { NodeKind::Policy, type, level, i, -1, 0, {} });
                }
            }
        } else {
            for (std::size_t i = 0; i < policies.size(); ++i) {
                if (policies[i].type == type)
                    addChild(group, { NodeKind::Policy, type, -1, i, -1, 0, {} });
            }
        }
    }
    return nodes;
}

void PoliciesInPlayModel::rebuild()
{
    std::vector<Node> nodes = nodesFor();
    if (nodes == m_nodes) {
        // Same shape: only names, check boxes and problems can differ, so open editors and the
        // selection stay where they are.
        m_shownPolicies = m_session.document().policies;
        for (std::size_t i = 1; i < m_nodes.size(); ++i) {
            const QModelIndex changed = createIndex(m_nodes[i].row, 0, static_cast<quintptr>(i));
            emit dataChanged(changed, changed);
        }
        return;
    }
    beginResetModel();
    m_nodes = std::move(nodes);
    m_shownPolicies = m_session.document().policies;
    endResetModel();
}

const PoliciesInPlayModel::Node* PoliciesInPlayModel::nodeOf(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const auto id = static_cast<std::size_t>(index.internalId());
    return id < m_nodes.size() ? &m_nodes[id] : nullptr;
}

QModelIndex PoliciesInPlayModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column != 0 || row < 0)
        return {};
    const std::size_t parentId = parent.isValid() ? static_cast<std::size_t>(parent.internalId()) : 0;
    if (parent.isValid() && parent.column() != 0)
        return {};
    if (parentId >= m_nodes.size())
        return {};
    const auto& children = m_nodes[parentId].children;
    if (row >= static_cast<int>(children.size()))
        return {};
    return createIndex(row, column, static_cast<quintptr>(children[static_cast<std::size_t>(row)]));
}

QModelIndex PoliciesInPlayModel::parent(const QModelIndex& child) const
{
    const Node* node = nodeOf(child);
    if (!node || node->parent <= 0)
        return {};
    const Node& parentNode = m_nodes[static_cast<std::size_t>(node->parent)];
    return createIndex(parentNode.row, 0, static_cast<quintptr>(node->parent));
}

int PoliciesInPlayModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_nodes[0].children.size());
    if (parent.column() != 0)
        return 0;
    const Node* node = nodeOf(parent);
    return node ? static_cast<int>(node->children.size()) : 0;
}

int PoliciesInPlayModel::columnCount(const QModelIndex& parent) const
{
    Q_UNUSED(parent)
    return 1;
}

int PoliciesInPlayModel::policyCount(const Node& node) const
{
    int count = 0;
    for (int child : node.children) {
        const Node& childNode = m_nodes[static_cast<std::size_t>(child)];
        count += childNode.kind == NodeKind::Policy ? 1 : policyCount(childNode);
    }
    return count;
}

QString PoliciesInPlayModel::problemText(std::size_t documentIndex) const
{
    QStringList lines;
    for (const auto& problem : m_session.build().problems) {
        if (problem.policyIndex != documentIndex)
            continue;
        const Diagnostic& diagnostic = problem.diagnostic;
        QString line = diagnostic.span.isKnown() ? tr("Line %1, column %2: %3")
                                                       .arg(diagnostic.span.line)
                                                       .arg(diagnostic.span.column)
                                                       .arg(fromStd(diagnostic.message))
                                                 : fromStd(diagnostic.message);
        if (!diagnostic.help.empty())
            line += QStringLiteral(" — ") + fromStd(diagnostic.help);
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

bool PoliciesInPlayModel::isIgnoredResourcePolicy(std::size_t documentIndex) const
{
    // AWS attaches one resource-based policy to a resource; the engine weighs the first one switched on.
    const auto& policies = m_session.document().policies;
    if (documentIndex >= policies.size() || policies[documentIndex].type != PolicyType::Resource
        || !policies[documentIndex].enabled)
        return false;
    for (std::size_t i = 0; i < documentIndex; ++i) {
        if (policies[i].type == PolicyType::Resource && policies[i].enabled)
            return true;
    }
    return false;
}

QVariant PoliciesInPlayModel::policyData(const Node& node, int role) const
{
    const auto& policies = m_session.document().policies;
    if (node.documentIndex >= policies.size())
        return {};
    const SimulationDocumentPolicy& policy = policies[node.documentIndex];
    int problems = 0;
    bool errors = false;
    for (const auto& problem : m_session.build().problems) {
        if (problem.policyIndex == node.documentIndex) {
            ++problems;
            errors = errors || problem.diagnostic.isError();
        }
    }
    const bool ignored = isIgnoredResourcePolicy(node.documentIndex);
    switch (role) {
    case Qt::DisplayRole:
        return policy.name.empty() ? tr("Untitled policy") : fromStd(policy.name);
    case Qt::EditRole:
        return fromStd(policy.name);
    case Qt::CheckStateRole:
        return policy.enabled ? Qt::Checked : Qt::Unchecked;
    case Qt::DecorationRole:
        if (errors)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
        if (problems > 0 || ignored)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ForegroundRole:
        if (!policy.enabled)
            return QApplication::palette().color(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::ToolTipRole: {
        QString tip;
        if (!policy.enabled)
            tip = tr("Switched off: kept here but not weighed. Tick the box to put it back in play.");
        else if (errors)
            tip = tr("This policy cannot be read, so there is no decision until it is fixed or switched off.");
        else
            tip = tr("In play. Untick the box to see the decision without it; double-click to edit it.");
        if (ignored)
            tip += QLatin1Char('\n')
                + tr("Not weighed: a resource has one resource-based policy, and the first one switched on counts.");
        const QString problemLines = problemText(node.documentIndex);
        if (!problemLines.isEmpty())
            tip += QStringLiteral("\n\n") + problemLines;
        return tip;
    }
    case ProblemCountRole:
        return problems;
    case HasErrorsRole:
        return errors;
    case DocumentIndexRole:
        return static_cast<qulonglong>(node.documentIndex);
    default:
        return {};
    }
}

QVariant PoliciesInPlayModel::data(const QModelIndex& index, int role) const
{
    const Node* node = nodeOf(index);
    if (!node)
        return {};
    switch (role) {
    case NodeKindRole:
        return static_cast<int>(node->kind);
    case PolicyTypeRole:
        return static_cast<int>(node->type);
    case LevelRole:
        return node->level;
    case CountRole:
        return node->kind == NodeKind::Policy ? -1 : policyCount(*node);
    default:
        break;
    }
    if (node->kind == NodeKind::Policy)
        return policyData(*node, role);

    const int last = accountLevel(node->type);
    const QString title
        = node->kind == NodeKind::Group ? policyGroupTitle(node->type) : organizationLevelName(node->level, last);
    const QString hint
        = node->kind == NodeKind::Group ? policyGroupHint(node->type) : organizationLevelHint(node->level, last);
    switch (role) {
    case Qt::DisplayRole:
        return title;
    case HintRole:
        return hint;
    case Qt::ToolTipRole:
        return hint;
    case Qt::AccessibleTextRole:
        return title + QStringLiteral(". ") + hint;
    case Qt::FontRole:
        if (node->kind == NodeKind::Group) {
            QFont font = QApplication::font();
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

bool PoliciesInPlayModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const Node* node = nodeOf(index);
    if (!node || node->kind != NodeKind::Policy)
        return false;
    const std::size_t documentIndex = node->documentIndex;
    if (role == Qt::CheckStateRole) {
        m_session.setPolicyEnabled(documentIndex, value.value<Qt::CheckState>() == Qt::Checked);
        return true;
    }
    if (role == Qt::EditRole) {
        const QString name = value.toString().trimmed();
        if (name.isEmpty())
            return false;
        m_session.setPolicyName(documentIndex, name);
        return true;
    }
    return false;
}

Qt::ItemFlags PoliciesInPlayModel::flags(const QModelIndex& index) const
{
    const Node* node = nodeOf(index);
    if (!node)
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (node->kind == NodeKind::Policy)
        result |= Qt::ItemIsUserCheckable | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
    return result;
}

QVariant PoliciesInPlayModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Policy");
    return {};
}

QModelIndex PoliciesInPlayModel::groupIndex(PolicyType type) const
{
    for (int row = 0; row < rowCount(); ++row) {
        const QModelIndex candidate = index(row, 0);
        if (nodeOf(candidate)->type == type)
            return candidate;
    }
    return {};
}

QModelIndex PoliciesInPlayModel::levelIndex(PolicyType type, int level) const
{
    const QModelIndex group = groupIndex(type);
    for (int row = 0; row < rowCount(group); ++row) {
        const QModelIndex candidate = index(row, 0, group);
        const Node* node = nodeOf(candidate);
        if (node->kind == NodeKind::Level && node->level == level)
            return candidate;
    }
    return {};
}

QModelIndex PoliciesInPlayModel::policyIndex(std::size_t documentIndex) const
{
    for (std::size_t i = 1; i < m_nodes.size(); ++i) {
        if (m_nodes[i].kind == NodeKind::Policy && m_nodes[i].documentIndex == documentIndex)
            return createIndex(m_nodes[i].row, 0, static_cast<quintptr>(i));
    }
    return {};
}

std::optional<std::size_t> PoliciesInPlayModel::documentIndexOf(const QModelIndex& index) const
{
    const Node* node = nodeOf(index);
    if (!node || node->kind != NodeKind::Policy)
        return std::nullopt;
    return node->documentIndex;
}

} // namespace iam::ui
