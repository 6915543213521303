#include "ui/builder/form/ServiceListModel.h"

#include <algorithm>

#include "core/catalog/Catalog.h"

namespace iam::ui {

namespace {

QString fromView(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

// Lower is better; -1 means the service does not match at all.
int rank(const CatalogService& service, const QString& filter)
{
    if (filter.isEmpty())
        return 0;
    const QString prefix = fromView(service.prefix);
    const QString name = fromView(service.name);
    if (prefix.compare(filter, Qt::CaseInsensitive) == 0)
        return 0;
    if (prefix.startsWith(filter, Qt::CaseInsensitive))
        return 1;
    if (name.startsWith(filter, Qt::CaseInsensitive))
        return 2;
    // "s3" should find "Amazon S3": a word of the name that starts with the text.
    const auto words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (std::any_of(words.begin(), words.end(),
            [&](const QString& word) { return word.startsWith(filter, Qt::CaseInsensitive); }))
        return 3;
    if (name.contains(filter, Qt::CaseInsensitive) || prefix.contains(filter, Qt::CaseInsensitive))
        return 4;
    return -1;
}

} // namespace

ServiceListModel::ServiceListModel(const Catalog& catalog, QObject* parent)
    : QAbstractListModel(parent)
    , m_catalog(catalog)
{
    setFilter(QString());
}

void ServiceListModel::setFilter(const QString& text)
{
    beginResetModel();
    m_filter = text.trimmed();
    m_rows.clear();
    std::vector<std::pair<int, const CatalogService*>> ranked;
    for (const auto& service : m_catalog.services()) {
        const int r = rank(service, m_filter);
        if (r >= 0)
            ranked.emplace_back(r, &service);
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    m_rows.reserve(ranked.size());
    for (const auto& [r, service] : ranked)
        m_rows.push_back(service);
    endResetModel();
}

const CatalogService* ServiceListModel::service(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_rows.size()))
        return nullptr;
    return m_rows[static_cast<std::size_t>(row)];
}

int ServiceListModel::rowOf(const QString& prefix) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (fromView(m_rows[i]->prefix).compare(prefix, Qt::CaseInsensitive) == 0)
            return static_cast<int>(i);
    }
    return -1;
}

int ServiceListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant ServiceListModel::data(const QModelIndex& index, int role) const
{
    const CatalogService* service = index.isValid() ? this->service(index.row()) : nullptr;
    if (!service)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 (%2)").arg(fromView(service->name), fromView(service->prefix));
    case Qt::ToolTipRole:
        return tr("%1: %2 actions; in policies they are written %3:ActionName")
            .arg(fromView(service->name))
            .arg(service->actionCount)
            .arg(fromView(service->prefix));
    case PrefixRole:
        return fromView(service->prefix);
    default:
        return {};
    }
}

} // namespace iam::ui
