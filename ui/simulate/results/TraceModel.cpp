#include "ui/simulate/results/TraceModel.h"

#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

#include "core/eval/EvaluationReport.h"
#include "ui/simulate/results/EvaluationFlow.h"
#include "ui/simulate/results/ResultStyle.h"

namespace iam::ui {

namespace {

// Core quotes user values in backticks; a tree cell has no code font, so they become quotes.
QString quoted(const std::string& text)
{
    QString result;
    bool open = true;
    for (const QChar c : QString::fromStdString(text)) {
        if (c == QLatin1Char('`')) {
            result += open ? QStringLiteral("“") : QStringLiteral("”");
            open = !open;
        } else {
            result += c;
        }
    }
    return result;
}

// A tree row has little room: the kind in a word or two (the tooltip gives the full title).
QString shortTypeName(PolicyType type)
{
    switch (type) {
    case PolicyType::Identity:
        return TraceModel::tr("identity-based");
    case PolicyType::Resource:
        return TraceModel::tr("resource-based");
    case PolicyType::PermissionBoundary:
        return TraceModel::tr("boundary");
    case PolicyType::Scp:
        return TraceModel::tr("SCP");
    case PolicyType::Rcp:
        return TraceModel::tr("RCP");
    case PolicyType::Session:
        return TraceModel::tr("session");
    }
    return {};
}

QIcon symbolIcon(ResultStyle::Symbol symbol, ResultStyle::Tone tone)
{
    const QPalette palette = QApplication::palette();
    const int side = QFontMetrics(QApplication::font()).height();
    const qreal ratio = qApp ? qApp->devicePixelRatio() : 1.0;
    QPixmap pixmap(QSize(side, side) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    const QColor color = tone == ResultStyle::Tone::Neutral ? palette.color(QPalette::PlaceholderText)
                                                            : ResultStyle::foreground(tone, palette);
    ResultStyle::paintSymbol(painter, QRectF(1, 1, side - 2, side - 2), symbol, color, palette.color(QPalette::Base));
    painter.end();
    return QIcon(pixmap);
}

} // namespace

TraceModel::TraceModel(QObject* parent)
    : QAbstractItemModel(parent)
{
}

bool TraceModel::samePolicy(const StatementRef& a, const StatementRef& b)
{
    return a.type == b.type && a.level == b.level && a.policyIndex == b.policyIndex;
}

bool TraceModel::sameStatement(const StatementRef& a, const StatementRef& b)
{
    return samePolicy(a, b) && a.statementIndex == b.statementIndex;
}

void TraceModel::setResult(
    const std::optional<EvaluationResult>& result, const SimulationDocument& document, const SimulationBuild& build)
{
    beginResetModel();
    m_policies.clear();
    m_deciding.clear();
    if (result) {
        m_decision = result->decision;
        m_deciding = result->decidedBy;
        for (const StatementTrace& entry : result->trace) {
            if (m_policies.empty() || !samePolicy(m_policies.back().ref, entry.ref)) {
                PolicyRow row;
                row.ref = entry.ref;
                QString type = shortTypeName(entry.ref.type);
                if (entry.ref.level >= 0 && (entry.ref.type == PolicyType::Scp || entry.ref.type == PolicyType::Rcp))
                    type += QStringLiteral(", ")
                        + EvaluationFlow::levelName(entry.ref.type, entry.ref.level, document, build);
                row.toolTip = QString::fromStdString(std::string(policyTypeTitle(entry.ref.type)));
                const QString name = entry.ref.policyName.empty() ? tr("Policy #%1").arg(entry.ref.policyIndex)
                                                                  : QString::fromStdString(entry.ref.policyName);
                row.title = tr("%1 · %2").arg(name, type);
                m_policies.push_back(std::move(row));
            }
            PolicyRow& row = m_policies.back();
            row.statements.push_back(entry);
            if (entry.matched)
                ++row.matched;
            if (isDeciding(entry.ref))
                row.deciding = true;
        }
    }
    endResetModel();
}

bool TraceModel::isDeciding(const StatementRef& ref) const
{
    for (const StatementRef& deciding : m_deciding) {
        if (sameStatement(deciding, ref))
            return true;
    }
    return false;
}

const StatementTrace* TraceModel::statementAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return nullptr;
    const std::size_t policy = index.internalId() - 1;
    if (policy >= m_policies.size() || static_cast<std::size_t>(index.row()) >= m_policies[policy].statements.size())
        return nullptr;
    return &m_policies[policy].statements[static_cast<std::size_t>(index.row())];
}

std::optional<StatementRef> TraceModel::policyRefAt(const QModelIndex& index) const
{
    if (!index.isValid())
        return std::nullopt;
    const std::size_t policy = index.internalId() == 0 ? static_cast<std::size_t>(index.row()) : index.internalId() - 1;
    if (policy >= m_policies.size())
        return std::nullopt;
    return m_policies[policy].ref;
}

QModelIndex TraceModel::indexOf(const StatementRef& ref) const
{
    for (std::size_t p = 0; p < m_policies.size(); ++p) {
        const auto& statements = m_policies[p].statements;
        for (std::size_t s = 0; s < statements.size(); ++s) {
            if (sameStatement(statements[s].ref, ref))
                return createIndex(static_cast<int>(s), 0, static_cast<quintptr>(p + 1));
        }
    }
    return {};
}

QModelIndex TraceModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return static_cast<std::size_t>(row) < m_policies.size() ? createIndex(row, column, quintptr(0))
                                                                 : QModelIndex();
    if (parent.internalId() != 0 || parent.column() != 0)
        return {};
    const std::size_t policy = static_cast<std::size_t>(parent.row());
    if (policy >= m_policies.size() || static_cast<std::size_t>(row) >= m_policies[policy].statements.size())
        return {};
    return createIndex(row, column, static_cast<quintptr>(policy + 1));
}

QModelIndex TraceModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, quintptr(0));
}

int TraceModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_policies.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    const std::size_t policy = static_cast<std::size_t>(parent.row());
    return policy < m_policies.size() ? static_cast<int>(m_policies[policy].statements.size()) : 0;
}

int TraceModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant TraceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatementColumn:
        return tr("Policy and statement");
    case MatchColumn:
        return tr("Matches?");
    case EffectColumn:
        return tr("Effect");
    case ReasonColumn:
        return tr("Why");
    default:
        return {};
    }
}

QVariant TraceModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (const StatementTrace* statement = statementAt(index))
        return statementData(*statement, index.column(), role);
    if (index.internalId() == 0 && static_cast<std::size_t>(index.row()) < m_policies.size())
        return policyData(m_policies[static_cast<std::size_t>(index.row())], index.column(), role);
    return {};
}

QVariant TraceModel::policyData(const PolicyRow& policy, int column, int role) const
{
    if (role == Qt::ToolTipRole && column == StatementColumn)
        return policy.title + QStringLiteral("\n") + policy.toolTip;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (column) {
        case StatementColumn:
            return policy.title;
        case MatchColumn:
            return tr("%1 of %n match", nullptr, static_cast<int>(policy.statements.size())).arg(policy.matched);
        case ReasonColumn:
            if (policy.deciding)
                return m_decision == Decision::ExplicitDeny ? tr("Holds the Deny that decides")
                                                            : tr("Holds an Allow the decision rests on");
            return policy.matched == 0 ? tr("No statement here applies to this request") : QVariant();
        default:
            return {};
        }
    }
    if (role == Qt::FontRole && column == StatementColumn) {
        QFont font;
        font.setBold(true);
        return font;
    }
    return {};
}

QVariant TraceModel::statementData(const StatementTrace& statement, int column, int role) const
{
    const bool deciding = isDeciding(statement.ref);
    const bool deny = statement.ref.effect == Effect::Deny;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) {
        switch (column) {
        case StatementColumn: {
            QString text = tr("Statement %1").arg(statement.ref.statementIndex);
            if (statement.ref.sid && !statement.ref.sid->empty())
                text += QStringLiteral(" · ") + QString::fromStdString(*statement.ref.sid);
            return text;
        }
        case MatchColumn:
            return statement.matched ? tr("Matches") : tr("No match");
        case EffectColumn:
            return deny ? tr("Deny") : tr("Allow");
        case ReasonColumn:
            if (!statement.matched) {
                QString reason = quoted(explainMismatch(statement.mismatch));
                if (!reason.isEmpty())
                    reason[0] = reason[0].toUpper(); // a cell starts a sentence; core writes mid-sentence
                return reason;
            }
            if (deciding)
                return deny ? tr("Applies: this Deny decides the result") : tr("Applies: the decision rests on it");
            return deny ? tr("Applies to this request") : tr("Applies to this request");
        default:
            return {};
        }
    }
    if (role == Qt::DecorationRole && column == MatchColumn) {
        if (!statement.matched)
            return symbolIcon(ResultStyle::Symbol::Dash, ResultStyle::Tone::Neutral);
        return deny ? symbolIcon(ResultStyle::Symbol::Cross, ResultStyle::Tone::ExplicitDeny)
                    : symbolIcon(ResultStyle::Symbol::Check, ResultStyle::Tone::Allowed);
    }
    if (role == Qt::FontRole && deciding) {
        QFont font;
        font.setBold(true);
        return font;
    }
    return {};
}

} // namespace iam::ui
