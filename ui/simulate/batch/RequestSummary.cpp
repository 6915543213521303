#include "ui/simulate/batch/RequestSummary.h"

#include <QCoreApplication>
#include <QStringList>

namespace iam::ui {

namespace {

QString fromStd(const std::string& text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString tr(const char* text)
{
    return QCoreApplication::translate("RequestSummary", text);
}

} // namespace

QString shortArnName(const std::string& arn)
{
    const QString text = fromStd(arn);
    if (!text.startsWith(QStringLiteral("arn:")))
        return text;
    // arn:partition:service:region:account:resource — the resource may itself hold colons.
    int colon = -1;
    for (int i = 0; i < 5; ++i) {
        colon = text.indexOf(QLatin1Char(':'), colon + 1);
        if (colon < 0)
            return text;
    }
    const QString rest = text.mid(colon + 1);
    return rest.isEmpty() ? text : rest;
}

QString principalShortName(const std::string& principal)
{
    if (principal == "*")
        return tr("anyone (anonymous)");
    return shortArnName(principal);
}

QString requestSummary(const Request& request)
{
    const QString action = request.action.empty() ? tr("(no action)") : fromStd(request.action);
    const QString resource = request.resource.empty() ? tr("(no resource)") : fromStd(request.resource);
    QString summary = tr("%1 on %2 as %3").arg(action, resource, principalShortName(request.principal));
    if (!request.context.empty()) {
        QStringList keys;
        for (const ContextEntry& entry : request.context)
            keys << fromStd(entry.key);
        summary += tr(", with %1").arg(keys.join(QStringLiteral(", ")));
    }
    return summary;
}

} // namespace iam::ui
