#include "ui/simulate/inputs/PolicyTypeNames.h"

#include <QCoreApplication>

namespace iam::ui {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("PolicyTypeNames", text);
}

} // namespace

QString policyGroupTitle(PolicyType type)
{
    switch (type) {
    case PolicyType::Identity:
        return tr("Identity-based policies");
    case PolicyType::Resource:
        return tr("Resource-based policy");
    case PolicyType::PermissionBoundary:
        return tr("Permissions boundary");
    case PolicyType::Scp:
        return tr("Service control policies (SCPs)");
    case PolicyType::Rcp:
        return tr("Resource control policies (RCPs)");
    case PolicyType::Session:
        return tr("Session policies");
    }
    return {};
}

QString policyGroupHint(PolicyType type)
{
    switch (type) {
    case PolicyType::Identity:
        return tr("What the user or role may do: its own policies and its groups'.");
    case PolicyType::Resource:
        return tr("On the resource itself (bucket, queue, key): who may use it.");
    case PolicyType::PermissionBoundary:
        return tr("The most the identity-based policies may grant. Allows nothing alone.");
    case PolicyType::Scp:
        return tr("The organization's limit on its accounts. Every level must allow.");
    case PolicyType::Rcp:
        return tr("The organization's limit on its resources. Every level must allow.");
    case PolicyType::Session:
        return tr("Passed when a role session starts: limits that session only.");
    }
    return {};
}

QString policyTypeWithArticle(PolicyType type)
{
    switch (type) {
    case PolicyType::Identity:
        return tr("an identity-based policy");
    case PolicyType::Resource:
        return tr("a resource-based policy");
    case PolicyType::PermissionBoundary:
        return tr("a permissions boundary");
    case PolicyType::Scp:
        return tr("a service control policy (SCP)");
    case PolicyType::Rcp:
        return tr("a resource control policy (RCP)");
    case PolicyType::Session:
        return tr("a session policy");
    }
    return {};
}

bool policyTypeHasLevels(PolicyType type)
{
    return type == PolicyType::Scp || type == PolicyType::Rcp;
}

QString organizationLevelName(int level, int accountLevel)
{
    if (level <= 0)
        return tr("Organization root");
    if (level >= accountLevel)
        return tr("Account");
    if (accountLevel == 2)
        return tr("OU");
    return tr("OU %1").arg(level);
}

QString organizationLevelHint(int level, int accountLevel)
{
    if (level <= 0)
        return tr("Applies to every account of the organization.");
    if (level >= accountLevel)
        return tr("Attached to the account itself.");
    return tr("Applies to the accounts in this organizational unit.");
}

} // namespace iam::ui
