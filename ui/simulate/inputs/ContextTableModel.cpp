#include "ui/simulate/inputs/ContextTableModel.h"

#include <algorithm>

#include <QApplication>
#include <QFont>
#include <QPalette>
#include <QRegularExpression>
#include <QStyle>

#include "core/catalog/Catalog.h"
#include "core/edit/OperatorChoice.h"
#include "core/eval/IamDate.h"
#include "core/eval/IpNetwork.h"
#include "ui/simulate/SimulationSession.h"

namespace iam::ui {

namespace {

QString fromView(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

bool sameKey(std::string_view a, std::string_view b)
{
    // AWS compares condition key names without regard to letter case.
    return a.size() == b.size()
        && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return std::tolower(x) == std::tolower(y); });
}

} // namespace

ContextTableModel::ContextTableModel(SimulationSession& session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    connect(&m_session, &SimulationSession::requestChanged, this, &ContextTableModel::reload);
    connect(&m_session, &SimulationSession::resultChanged, this, &ContextTableModel::reload);
    connect(&m_session, &SimulationSession::documentReset, this, &ContextTableModel::reload);
    reload();
}

const Catalog& ContextTableModel::catalog() const
{
    return m_session.catalog() ? *m_session.catalog() : Catalog::builtIn();
}

void ContextTableModel::reload()
{
    std::vector<std::string> keys;
    for (const ContextEntry& entry : m_session.request().context)
        keys.push_back(entry.key);
    std::vector<std::string> suggested;
    if (const auto& result = m_session.result()) {
        for (const std::string& missing : result->missingContextKeys) {
            const auto same = [&missing](const std::string& key) { return sameKey(key, missing); };
            if (std::none_of(keys.begin(), keys.end(), same) && std::none_of(suggested.begin(), suggested.end(), same))
                suggested.push_back(missing);
        }
    }
    if (keys == m_keys && suggested == m_suggested) {
        // Same rows: values changed at most, and an editor open on another row stays open.
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_keys = std::move(keys);
    m_suggested = std::move(suggested);
    endResetModel();
}

int ContextTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_keys.size() + m_suggested.size());
}

int ContextTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int ContextTableModel::rowOfKey(const QString& key) const
{
    const std::string wanted = key.trimmed().toStdString();
    for (std::size_t i = 0; i < m_keys.size(); ++i) {
        if (sameKey(m_keys[i], wanted))
            return static_cast<int>(i);
    }
    return -1;
}

QString ContextTableModel::keyAt(int row) const
{
    if (row < 0)
        return {};
    const auto index = static_cast<std::size_t>(row);
    if (index < m_keys.size())
        return QString::fromStdString(m_keys[index]);
    if (index - m_keys.size() < m_suggested.size())
        return QString::fromStdString(m_suggested[index - m_keys.size()]);
    return {};
}

bool ContextTableModel::isKnownKey(const QString& key) const
{
    return catalog().findConditionKey(key.trimmed().toStdString()) != nullptr;
}

QString ContextTableModel::keyType(const QString& key) const
{
    const CatalogConditionKey* known = catalog().findConditionKey(key.trimmed().toStdString());
    return known ? fromView(known->type) : QStringLiteral("String");
}

QStringList ContextTableModel::splitValues(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[,\\n]"));
    QStringList values;
    for (const QString& part : text.split(separators)) {
        const QString value = part.trimmed();
        if (!value.isEmpty())
            values << value;
    }
    return values;
}

QString ContextTableModel::valueProblem(const QString& type, const QString& value)
{
    if (value.isEmpty())
        return {};
    QString element = type;
    if (element.startsWith(QLatin1String("ArrayOf")))
        element = element.mid(7);
    const std::string text = value.toStdString();
    if (element == QLatin1String("IPAddress") && !parseIpNetwork(text))
        return tr("“%1” is not an IP address. Write one like 203.0.113.7 or 2001:db8::1.").arg(value);
    if (element == QLatin1String("Date") && !parseIamDate(text))
        return tr("“%1” is not a date AWS reads. Write 2026-01-31T12:00:00Z (UTC), or use Now.").arg(value);
    if (element == QLatin1String("Bool") && value.compare(QLatin1String("true"), Qt::CaseInsensitive) != 0
        && value.compare(QLatin1String("false"), Qt::CaseInsensitive) != 0)
        return tr("“%1” is not true or false.").arg(value);
    static const QRegularExpression number(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?$"));
    if (element == QLatin1String("Numeric") && !number.match(value).hasMatch())
        return tr("“%1” is not a number. Write digits, like 3600 or 2.5.").arg(value);
    return {};
}

QVariant ContextTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const int row = index.row();
    const bool suggested = isSuggested(row);
    const QString key = keyAt(row);
    const QString type = keyType(key);
    const bool multivalued = isMultivaluedKeyType(type.toStdString());
    QStringList values;
    const auto& context = m_session.request().context;
    if (!suggested && static_cast<std::size_t>(row) < context.size()) {
        for (const std::string& value : context[static_cast<std::size_t>(row)].values)
            values << QString::fromStdString(value);
    }
    // An empty single value is what addContextKey leaves: "no value yet".
    if (values.size() == 1 && values.front().isEmpty())
        values.clear();
    QString problem;
    for (const QString& value : values) {
        problem = valueProblem(type, value);
        if (!problem.isEmpty())
            break;
    }

    switch (role) {
    case SuggestedRole:
        return suggested;
    case KeyRole:
        return key;
    case KeyTypeRole:
        return type;
    case MultiValuedRole:
        return multivalued;
    case ValuesRole:
        return values;
    case ValueProblemRole:
        return problem;
    default:
        break;
    }

    switch (index.column()) {
    case KeyColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return key;
        if (role == Qt::ToolTipRole) {
            if (suggested)
                return tr("A policy checks %1, and the request does not have it. Add it to give it a value.").arg(key);
            if (const CatalogConditionKey* known = catalog().findConditionKey(key.toStdString()))
                return fromView(known->description);
            return tr("Not a key AWS lists. Check its spelling; the simulation compares it as text.");
        }
        break;
    case TypeColumn:
        if (role == Qt::DisplayRole)
            return isKnownKey(key) ? type : tr("String (unknown key)");
        if (role == Qt::ToolTipRole)
            return multivalued ? tr("%1: the key can carry several values; write one per line or separate them "
                                    "with commas.")
                                     .arg(type)
                               : tr("%1: conditions compare its value as this type.").arg(type);
        break;
    case ValueColumn:
        if (role == Qt::DisplayRole) {
            if (suggested)
                return tr("suggested — the policies check this key");
            if (values.isEmpty())
                return tr("no value yet — double-click to give one");
            return values.join(QStringLiteral(", "));
        }
        if (role == Qt::EditRole)
            return multivalued ? QVariant(values.join(QLatin1Char('\n'))) : QVariant(values.value(0));
        if (role == Qt::ToolTipRole) {
            if (!problem.isEmpty())
                return problem;
            if (suggested)
                return tr("Add the key to see how the decision changes with a value for it.");
            return multivalued ? tr("One value per line, or separated by commas.") : tr("Double-click to change.");
        }
        if (role == Qt::DecorationRole && !problem.isEmpty())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        break;
    case AddColumn:
        if (role == Qt::DisplayRole && suggested)
            return tr("Add");
        if (role == Qt::ToolTipRole && suggested)
            return tr("Add %1 to the request's context.").arg(key);
        if (role == Qt::AccessibleTextRole && suggested)
            return tr("Add %1").arg(key);
        break;
    default:
        break;
    }
    if (role == Qt::ForegroundRole) {
        if (suggested || (index.column() == ValueColumn && values.isEmpty()))
            return QApplication::palette().color(QPalette::PlaceholderText);
        if (index.column() == TypeColumn)
            return QApplication::palette().color(QPalette::PlaceholderText);
    }
    if (role == Qt::FontRole && (suggested || (index.column() == ValueColumn && values.isEmpty()))) {
        QFont font = QApplication::font();
        font.setItalic(index.column() != AddColumn);
        return font;
    }
    return {};
}

bool ContextTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || isSuggested(index.row()) || index.row() >= contextRowCount()
        || static_cast<std::size_t>(index.row()) >= m_session.request().context.size())
        return false;
    Request request = m_session.request();
    ContextEntry& entry = request.context[static_cast<std::size_t>(index.row())];
    if (index.column() == KeyColumn) {
        const QString key = value.toString().trimmed();
        const int existing = rowOfKey(key);
        if (key.isEmpty() || (existing >= 0 && existing != index.row()))
            return false;
        entry.key = key.toStdString();
        // A key that carries lists keeps its values as a list; so does one that already holds several.
        entry.isList = isMultivaluedKeyType(keyType(key).toStdString()) || entry.values.size() > 1;
    } else if (index.column() == ValueColumn) {
        const QString type = keyType(QString::fromStdString(entry.key));
        const bool multivalued = isMultivaluedKeyType(type.toStdString());
        QStringList values;
        if (value.typeId() == QMetaType::QStringList)
            values = value.toStringList();
        else if (multivalued)
            values = splitValues(value.toString());
        else
            values << value.toString().trimmed();
        entry.values.clear();
        for (const QString& item : values)
            entry.values.push_back(item.toStdString());
        if (entry.values.empty())
            entry.values.push_back(std::string());
        entry.isList = multivalued;
    } else {
        return false;
    }
    m_session.setRequest(request);
    return true;
}

Qt::ItemFlags ContextTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!isSuggested(index.row()) && (index.column() == KeyColumn || index.column() == ValueColumn))
        result |= Qt::ItemIsEditable;
    return result;
}

QVariant ContextTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case TypeColumn:
        return tr("Type");
    case ValueColumn:
        return tr("Value(s)");
    case AddColumn:
        return QString();
    default:
        return {};
    }
}

void ContextTableModel::removeContextRow(int row)
{
    if (row < 0 || row >= contextRowCount())
        return;
    Request request = m_session.request();
    request.context.erase(request.context.begin() + row);
    m_session.setRequest(request);
}

} // namespace iam::ui
