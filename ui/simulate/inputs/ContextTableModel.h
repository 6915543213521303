#pragma once

#include <string>
#include <vector>

#include <QAbstractTableModel>
#include <QStringList>

namespace iam {
class Catalog;
}

namespace iam::ui {

class SimulationSession;

// The request context as a table: one row per key the request carries (key, its AWS type, its values),
// then, greyed, the keys the policies check that the request lacks ("suggested"), each added with one
// click. Edits go straight to the session's request; the model re-reads it on every change.
class ContextTableModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { KeyColumn, TypeColumn, ValueColumn, AddColumn, ColumnCount };
    enum Role {
        SuggestedRole = Qt::UserRole + 1, // bool: a missing key the policies check, not in the request
        KeyRole, // QString
        KeyTypeRole, // QString: AWS's type word (String, IPAddress, Date, Bool, Numeric, ArrayOfString…)
        MultiValuedRole, // bool: the key can carry several values
        ValuesRole, // QStringList
        ValueProblemRole, // QString: why a value will not compare as its type expects; empty when fine
    };

    explicit ContextTableModel(SimulationSession& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int contextRowCount() const { return static_cast<int>(m_keys.size()); }
    int suggestedRowCount() const { return static_cast<int>(m_suggested.size()); }
    // The row of a key of the request, or -1.
    int rowOfKey(const QString& key) const;
    bool isSuggested(int row) const { return row >= contextRowCount() && row < rowCount(); }
    QString keyAt(int row) const;

    // AWS's type of a key: the catalog's, `String` for keys it does not list.
    QString keyType(const QString& key) const;
    bool isKnownKey(const QString& key) const;
    // Splits what a user typed for a multivalued key: one value per line, or separated by commas.
    static QStringList splitValues(const QString& text);
    // Why `value` will not compare as `type` expects (an IP address, a date, true/false, a number),
    // in plain words; empty when it will.
    static QString valueProblem(const QString& type, const QString& value);

    void removeContextRow(int row);

private:
    void reload();
    const Catalog& catalog() const;

    SimulationSession& m_session;
    std::vector<std::string> m_keys; // the request's context keys, in its order
    std::vector<std::string> m_suggested; // missing keys the policies check
};

} // namespace iam::ui
