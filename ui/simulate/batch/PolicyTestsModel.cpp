#include "ui/simulate/batch/PolicyTestsModel.h"

#include <algorithm>

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

#include "ui/simulate/batch/BatchIcons.h"
#include "ui/simulate/batch/RequestSummary.h"
#include "ui/simulate/results/ResultStyle.h"

namespace iam::ui {

namespace {

QString fromStd(const std::string& text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

// Core writes user values in backticks for plain-text output; a table cell reads better without.
QString plainReason(const std::string& reason)
{
    return fromStd(reason).remove(QLatin1Char('`'));
}

} // namespace

PolicyTestsModel::PolicyTestsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void PolicyTestsModel::setTests(const std::vector<PolicyTest>& tests)
{
    if (tests.size() == m_tests.size()) {
        m_tests = tests;
        if (!m_tests.empty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_tests = tests;
    m_outcomes.clear();
    m_stale = false;
    endResetModel();
}

void PolicyTestsModel::setOutcomes(std::vector<PolicyTestOutcome> outcomes)
{
    m_outcomes = std::move(outcomes);
    if (m_outcomes.size() != m_tests.size())
        m_outcomes.clear();
    m_stale = false;
    if (!m_tests.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void PolicyTestsModel::setStale(bool stale)
{
    if (m_stale == stale)
        return;
    m_stale = stale;
    if (!m_tests.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const PolicyTestOutcome* PolicyTestsModel::outcomeAt(int row) const
{
    if (row < 0 || static_cast<std::size_t>(row) >= m_outcomes.size())
        return nullptr;
    return &m_outcomes[static_cast<std::size_t>(row)];
}

int PolicyTestsModel::passedCount() const
{
    return static_cast<int>(
        std::count_if(m_outcomes.begin(), m_outcomes.end(), [](const PolicyTestOutcome& o) { return o.passed(); }));
}

int PolicyTestsModel::failedCount() const
{
    return static_cast<int>(m_outcomes.size()) - passedCount();
}

int PolicyTestsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_tests.size());
}

int PolicyTestsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PolicyTestsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PolicyTest& test = m_tests[static_cast<std::size_t>(index.row())];
    const PolicyTestOutcome* outcome = outcomeAt(index.row());
    const QPalette palette = QGuiApplication::palette();
    const bool failed = outcome && !outcome->passed();

    if (role == PassedRole)
        return outcome ? QVariant(outcome->passed()) : QVariant();
    // A failing row is tinted as a whole, so failures stand out in a long list at a glance.
    if (role == Qt::BackgroundRole)
        return failed && !m_stale ? QVariant(ResultStyle::background(ResultStyle::Tone::ExplicitDeny, palette))
                                  : QVariant();
    if (role == Qt::ForegroundRole && m_stale && outcome
        && (index.column() == ResultColumn || index.column() == ActualColumn || index.column() == ReasonColumn))
        return palette.color(QPalette::PlaceholderText);

    switch (index.column()) {
    case ResultColumn:
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            if (!outcome)
                return tr("Not run");
            if (m_stale)
                return outcome->passed() ? tr("Passed (out of date)") : tr("Failed (out of date)");
            return outcome->passed() ? tr("Passed") : tr("Failed");
        case Qt::DecorationRole:
            return testOutcomeIcon(outcome != nullptr, outcome && outcome->passed(), palette);
        case Qt::ForegroundRole:
            if (!outcome)
                return palette.color(QPalette::PlaceholderText);
            return ResultStyle::foreground(
                outcome->passed() ? ResultStyle::Tone::Allowed : ResultStyle::Tone::ExplicitDeny, palette);
        case Qt::FontRole:
            if (failed) {
                QFont font;
                font.setBold(true);
                return font;
            }
            return {};
        default:
            return {};
        }
    case NameColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::AccessibleTextRole)
            return fromStd(test.name);
        if (role == Qt::ToolTipRole)
            return tr("Press F2 to rename the test.");
        return {};
    case RequestColumn:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return requestSummary(test.request);
        if (role == Qt::ToolTipRole)
            return tr("%1\nPrincipal: %2\nDouble-click to open this request in the simulator.")
                .arg(requestSummary(test.request), fromStd(test.request.principal));
        return {};
    case ExpectedColumn:
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return ResultStyle::decisionShort(test.expect);
        case Qt::EditRole:
        case DecisionRole:
            return static_cast<int>(test.expect);
        case Qt::ToolTipRole:
            return tr("The decision this request must get. Press F2 to change it.");
        default:
            return {};
        }
    case ActualColumn:
        if (!outcome)
            return role == Qt::DisplayRole ? QVariant(QStringLiteral("—")) : QVariant();
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return ResultStyle::decisionShort(outcome->actual());
        case DecisionRole:
            return static_cast<int>(outcome->actual());
        case Qt::DecorationRole:
            return decisionIcon(outcome->actual(), palette);
        default:
            return {};
        }
    case ReasonColumn:
        if (!outcome)
            return {};
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole || role == Qt::ToolTipRole) {
            if (outcome->passed())
                return plainReason(outcome->reason);
            return tr("Expected %1 but got %2: %3")
                .arg(ResultStyle::decisionShort(outcome->expected).toLower(),
                    ResultStyle::decisionShort(outcome->actual()).toLower(), plainReason(outcome->reason));
        }
        return {};
    default:
        return {};
    }
}

QVariant PolicyTestsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ResultColumn:
        return tr("Result");
    case NameColumn:
        return tr("Test");
    case RequestColumn:
        return tr("Request");
    case ExpectedColumn:
        return tr("Expected");
    case ActualColumn:
        return tr("Got");
    case ReasonColumn:
        return tr("Why");
    default:
        return {};
    }
}

Qt::ItemFlags PolicyTestsModel::flags(const QModelIndex& index) const
{
    // Views ask for the flags of "no item" (an empty current index) as a matter of course.
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == NameColumn || index.column() == ExpectedColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool PolicyTestsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (index.column() == NameColumn) {
        const QString name = value.toString().trimmed();
        // A test needs a name: the file refuses a blank one, and results could not be told apart.
        if (name.isEmpty() || name == fromStd(m_tests[static_cast<std::size_t>(index.row())].name))
            return false;
        emit nameEdited(index.row(), name);
        return true;
    }
    if (index.column() == ExpectedColumn) {
        bool ok = false;
        const int decision = value.toInt(&ok);
        if (!ok || decision < static_cast<int>(Decision::Allowed)
            || decision > static_cast<int>(Decision::ImplicitDeny))
            return false;
        emit expectEdited(index.row(), static_cast<Decision>(decision));
        return true;
    }
    return false;
}

} // namespace iam::ui
