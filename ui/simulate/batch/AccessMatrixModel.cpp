#include "ui/simulate/batch/AccessMatrixModel.h"

#include <algorithm>
#include <string_view>

#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <QStringList>

#include "core/catalog/Catalog.h"
#include "core/eval/ActionResourceFit.h"
#include "ui/simulate/batch/BatchIcons.h"
#include "ui/simulate/batch/RequestSummary.h"
#include "ui/simulate/results/ResultStyle.h"

namespace iam::ui {

namespace {

QString fromStd(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

// Without a translation loaded, Qt's %n plurals would print "action(s)"; these read naturally.
QString actionsText(std::size_t count)
{
    return count == 1 ? AccessMatrixModel::tr("1 action") : AccessMatrixModel::tr("%1 actions").arg(count);
}

QString levelTitle(const std::optional<AccessLevel>& level)
{
    return level ? fromStd(accessLevelName(*level)) : AccessMatrixModel::tr("Not in the catalog");
}

QString decisionSentence(Decision decision)
{
    switch (decision) {
    case Decision::Allowed:
        return AccessMatrixModel::tr("Allowed: a statement allows it and nothing denies it.");
    case Decision::ExplicitDeny:
        return AccessMatrixModel::tr("Explicit deny: a Deny statement matches it, and no Allow can override that.");
    case Decision::ImplicitDeny:
        return AccessMatrixModel::tr("Implicit deny: nothing denies it, but nothing allows it either.");
    }
    return {};
}

} // namespace

AccessMatrixModel::AccessMatrixModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void AccessMatrixModel::setMatrix(AccessMatrix matrix)
{
    beginResetModel();
    m_matrix = std::move(matrix);
    m_stale = false;
    m_applies.assign(m_matrix.rows.size(), std::vector<bool>(m_matrix.resources.size(), true));
    for (std::size_t row = 0; m_catalog && row < m_matrix.rows.size(); ++row) {
        for (std::size_t resource = 0; resource < m_matrix.resources.size(); ++resource) {
            m_applies[row][resource]
                = actionResourceFit(*m_catalog, m_matrix.rows[row].action, m_matrix.resources[resource])
                != ResourceFit::WrongType;
        }
    }
    rebuildLines();
    endResetModel();
}

void AccessMatrixModel::setHideDenied(bool hide)
{
    if (m_hideDenied == hide)
        return;
    beginResetModel();
    m_hideDenied = hide;
    rebuildLines();
    endResetModel();
}

void AccessMatrixModel::rebuildLines()
{
    m_lines.clear();
    const auto shown = [this](std::size_t row) {
        if (!m_hideDenied)
            return true;
        for (std::size_t resource = 0; resource < m_matrix.resources.size(); ++resource) {
            if (applies(row, resource) && m_matrix.rows[row].decisions[resource] == Decision::Allowed)
                return true;
        }
        return false;
    };
    // Core already ordered the rows by level; a section line opens each run of one level.
    for (std::size_t first = 0; first < m_matrix.rows.size();) {
        const auto& level = m_matrix.rows[first].accessLevel;
        std::size_t end = first;
        while (end < m_matrix.rows.size() && m_matrix.rows[end].accessLevel == level)
            ++end;
        Line section;
        section.section = true;
        section.level = level;
        section.groupFirst = first;
        section.groupSize = end - first;
        const std::size_t sectionIndex = m_lines.size();
        m_lines.push_back(section);
        for (std::size_t i = first; i < end; ++i) {
            if (!shown(i))
                continue;
            Line line;
            line.level = level;
            line.matrixRow = i;
            m_lines.push_back(line);
        }
        // A group with nothing to show is left out altogether.
        if (m_lines.size() == sectionIndex + 1)
            m_lines.pop_back();
        first = end;
    }
}

void AccessMatrixModel::clear()
{
    setMatrix(AccessMatrix {});
}

void AccessMatrixModel::setStale(bool stale)
{
    if (m_stale == stale)
        return;
    m_stale = stale;
    if (!m_lines.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int AccessMatrixModel::countFor(std::size_t resourceIndex, Decision decision) const
{
    int count = 0;
    for (std::size_t row = 0; row < m_matrix.rows.size(); ++row) {
        if (applies(row, resourceIndex) && m_matrix.rows[row].decisions[resourceIndex] == decision)
            ++count;
    }
    return count;
}

int AccessMatrixModel::applicableCount(std::size_t resourceIndex) const
{
    int count = 0;
    for (std::size_t row = 0; row < m_matrix.rows.size(); ++row)
        count += applies(row, resourceIndex) ? 1 : 0;
    return count;
}

bool AccessMatrixModel::applies(std::size_t matrixRow, std::size_t resourceIndex) const
{
    return matrixRow < m_applies.size() && resourceIndex < m_applies[matrixRow].size()
        && m_applies[matrixRow][resourceIndex];
}

std::optional<std::size_t> AccessMatrixModel::matrixRowAt(int row) const
{
    if (row < 0 || row >= rowCount() || m_lines[static_cast<std::size_t>(row)].section)
        return std::nullopt;
    return m_lines[static_cast<std::size_t>(row)].matrixRow;
}

int AccessMatrixModel::rowOfAction(const QString& action) const
{
    for (std::size_t i = 0; i < m_lines.size(); ++i) {
        if (!m_lines[i].section && fromStd(m_matrix.rows[m_lines[i].matrixRow].action) == action)
            return static_cast<int>(i);
    }
    return -1;
}

int AccessMatrixModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

int AccessMatrixModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : kFirstResourceColumn + static_cast<int>(m_matrix.resources.size());
}

QVariant AccessMatrixModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line& line = m_lines[static_cast<std::size_t>(index.row())];
    if (role == SectionRole)
        return line.section;
    if (role == ResourceRole) {
        return index.column() >= kFirstResourceColumn
            ? fromStd(m_matrix.resources[static_cast<std::size_t>(index.column() - kFirstResourceColumn)])
            : QString();
    }
    if (line.section)
        return sectionData(line, index.column(), role);
    return cellData(line.matrixRow, index.column(), role);
}

QVariant AccessMatrixModel::sectionData(const Line& line, int column, int role) const
{
    const QPalette palette = QGuiApplication::palette();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (column == kActionColumn)
            return tr("%1 · %2").arg(levelTitle(line.level), actionsText(line.groupSize));
        {
            const auto resource = static_cast<std::size_t>(column - kFirstResourceColumn);
            int allowed = 0;
            int applicable = 0;
            for (std::size_t i = line.groupFirst; i < line.groupFirst + line.groupSize; ++i) {
                if (!applies(i, resource))
                    continue;
                ++applicable;
                allowed += m_matrix.rows[i].decisions[resource] == Decision::Allowed ? 1 : 0;
            }
            if (applicable == 0)
                return tr("none act on it");
            return tr("%1 of %2 allowed").arg(allowed).arg(applicable);
        }
    case Qt::ToolTipRole:
        if (!line.level)
            return tr("Actions the built-in catalog does not list, so their access level is unknown. Check the "
                      "spelling; AWS may also have added them recently.");
        return tr("Actions AWS classes as %1.").arg(levelTitle(line.level));
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::BackgroundRole:
        return palette.color(QPalette::Window);
    case Qt::ForegroundRole:
        return palette.color(m_stale ? QPalette::PlaceholderText : QPalette::WindowText);
    default:
        return {};
    }
}

QVariant AccessMatrixModel::cellData(std::size_t matrixRow, int column, int role) const
{
    const AccessMatrixRow& row = m_matrix.rows[matrixRow];
    const QString action = fromStd(row.action);
    if (role == ActionRole)
        return action;
    if (column == kActionColumn) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return action;
        case Qt::ToolTipRole: {
            const CatalogAction* known = m_catalog ? m_catalog->findAction(row.action) : nullptr;
            if (!known)
                return tr("%1 is not in the built-in catalog, so its access level is unknown.").arg(action);
            return tr("%1 (%2)\n%3").arg(action, levelTitle(row.accessLevel), fromStd(known->description));
        }
        case Qt::ForegroundRole:
            if (m_stale)
                return QGuiApplication::palette().color(QPalette::PlaceholderText);
            return {};
        default:
            return {};
        }
    }
    const auto resourceIndex = static_cast<std::size_t>(column - kFirstResourceColumn);
    const Decision decision = row.decisions[resourceIndex];
    const QPalette palette = QGuiApplication::palette();
    if (role == AppliesRole)
        return applies(matrixRow, resourceIndex);
    if (role == DecisionRole)
        return static_cast<int>(decision);
    if (!applies(matrixRow, resourceIndex)) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return tr("Does not apply");
        case Qt::ForegroundRole:
            return palette.color(QPalette::PlaceholderText);
        case Qt::ToolTipRole: {
            QStringList types;
            if (m_catalog) {
                for (const std::string& type : actionResourceTypeNames(*m_catalog, row.action))
                    types << fromStd(type);
            }
            const QString actsOn = types.isEmpty()
                ? tr("%1 does not act on a particular resource (it is asked about *).").arg(action)
                : tr("%1 acts on: %2.").arg(action, types.join(QStringLiteral(", ")));
            return tr("%1\nAWS never receives this request for %2, so the cell is left out of the counts. "
                      "Matched as text, the policies would give: %3.")
                .arg(actsOn, fromStd(m_matrix.resources[resourceIndex]), ResultStyle::decisionShort(decision));
        }
        default:
            return {};
        }
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return ResultStyle::decisionShort(decision);
    case Qt::DecorationRole:
        return decisionIcon(decision, palette);
    case Qt::BackgroundRole:
        // Most cells of a real grid are implicit denies; left unfilled, the allowed and explicitly
        // denied cells stand out, which is what the reader is looking for.
        if (m_stale || decision == Decision::ImplicitDeny)
            return {};
        return ResultStyle::background(ResultStyle::toneOf(decision), palette);
    case Qt::ForegroundRole:
        return m_stale ? palette.color(QPalette::PlaceholderText)
                       : ResultStyle::foreground(ResultStyle::toneOf(decision), palette);
    case Qt::ToolTipRole:
        return tr("%1 on %2\n%3\nDouble-click to open this request and see why.")
            .arg(action, fromStd(m_matrix.resources[resourceIndex]), decisionSentence(decision));
    default:
        return {};
    }
}

QVariant AccessMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == kActionColumn) {
        if (role == Qt::DisplayRole)
            return tr("Action");
        return {};
    }
    // The part after the account (`reports/q3.pdf`) is what tells two columns apart and keeps them
    // narrow; the whole ARN is in the tooltip and in the list the user typed it into.
    const std::string& resource = m_matrix.resources[static_cast<std::size_t>(section - kFirstResourceColumn)];
    if (role == Qt::DisplayRole)
        return shortArnName(resource);
    if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
        return fromStd(resource);
    return {};
}

Qt::ItemFlags AccessMatrixModel::flags(const QModelIndex& index) const
{
    // Views ask for the flags of "no item" (an empty current index) as a matter of course.
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    if (m_lines[static_cast<std::size_t>(index.row())].section)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace iam::ui
