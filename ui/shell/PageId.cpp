#include "ui/shell/PageId.h"

#include <QCoreApplication>
#include <QStringList>

namespace iam::ui {

QString pageKey(PageId page)
{
    switch (page) {
    case PageId::Learn: return QStringLiteral("learn");
    case PageId::Build: return QStringLiteral("build");
    case PageId::Simulate: return QStringLiteral("simulate");
    case PageId::Scenarios: return QStringLiteral("scenarios");
    case PageId::Quiz: return QStringLiteral("quiz");
    }
    return QStringLiteral("learn");
}

std::optional<PageId> pageFromKey(const QString& key)
{
    for (PageId page : kAllPages) {
        if (pageKey(page) == key.trimmed().toLower())
            return page;
    }
    return std::nullopt;
}

QString pageTitle(PageId page)
{
    switch (page) {
    case PageId::Learn: return QCoreApplication::translate("PageId", "Learn");
    case PageId::Build: return QCoreApplication::translate("PageId", "Build");
    case PageId::Simulate: return QCoreApplication::translate("PageId", "Simulate");
    case PageId::Scenarios: return QCoreApplication::translate("PageId", "Scenarios");
    case PageId::Quiz: return QCoreApplication::translate("PageId", "Quiz");
    }
    return {};
}

QString pageIconName(PageId page)
{
    return pageKey(page);
}

QString pageKeys()
{
    QStringList keys;
    for (PageId page : kAllPages)
        keys << pageKey(page);
    return keys.join(QLatin1Char('|'));
}

}  // namespace iam::ui
