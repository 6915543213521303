#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include <QAbstractItemModel>
#include <QStringList>

#include "core/catalog/AccessLevel.h"

namespace iam {
class Catalog;
struct CatalogAction;
struct CatalogService;
} // namespace iam

namespace iam::ui {

// One service's actions grouped by access level ("Read (58)" → GetObject, ...), with a tick for
// each action the statement lists. Ticking never changes the model: it asks (toggleRequested) for
// the JSON edit, and the ticks follow the re-parsed statement through setChosen(). An action that
// a wildcard (`s3:Get*`) already grants shows ticked and cannot be unticked on its own.
class ActionTreeModel final : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { NameColumn, DescriptionColumn, ColumnCount };
    enum Role { FullNameRole = Qt::UserRole + 1 };

    explicit ActionTreeModel(const Catalog& catalog, QObject* parent = nullptr);

    void setService(const CatalogService* service);
    const CatalogService* service() const { return m_service; }
    // Search as you type: actions whose name or description contains the text.
    void setFilter(const QString& text);
    // The statement's Action (or NotAction) values, as written.
    void setChosen(const std::vector<std::string>& values);
    void setCheckable(bool checkable);

    QModelIndex groupIndex(AccessLevel level) const;
    QModelIndex actionIndex(const QString& name) const; // `GetObject` or `s3:GetObject`
    int visibleActionCount() const;

    QModelIndex index(int row, int column, const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // Full names (`s3:GetObject`) to add to the statement (checked) or to remove from it.
    void toggleRequested(const QStringList& actions, bool checked);

private:
    struct Group {
        AccessLevel level = AccessLevel::Read;
        std::vector<const CatalogAction*> actions;
        int total = 0;
    };

    void rebuild();
    const Group* groupOf(const QModelIndex& index) const;
    const CatalogAction* actionOf(const QModelIndex& index) const;
    Qt::CheckState groupState(const Group& group) const;
    void emitAllChecksChanged();

    const Catalog& m_catalog;
    const CatalogService* m_service = nullptr;
    QString m_filter;
    std::vector<Group> m_groups;
    std::set<const CatalogAction*> m_explicit;
    std::map<const CatalogAction*, std::string> m_coveredBy; // the wildcard that grants it
    bool m_checkable = true;
};

} // namespace iam::ui
