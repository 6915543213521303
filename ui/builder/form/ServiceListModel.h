#pragma once

#include <vector>

#include <QAbstractListModel>

namespace iam {
class Catalog;
struct CatalogService;
} // namespace iam

namespace iam::ui {

// The catalog's services for the service picker, narrowed by a search over name and prefix: an
// exact prefix ("s3") first, then prefixes and names that start with the text, then the rest.
class ServiceListModel final : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role { PrefixRole = Qt::UserRole + 1 };

    explicit ServiceListModel(const Catalog& catalog, QObject* parent = nullptr);

    void setFilter(const QString& text);
    QString filter() const { return m_filter; }
    const CatalogService* service(int row) const;
    // The row of the service with this prefix, or -1 when it is filtered out.
    int rowOf(const QString& prefix) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    const Catalog& m_catalog;
    QString m_filter;
    std::vector<const CatalogService*> m_rows;
};

} // namespace iam::ui
