#include "ui/builder/PolicyKindNames.h"

#include <QCoreApplication>

namespace iam::ui {

QString policyKindLabel(PolicyKind kind)
{
    switch (kind) {
    case PolicyKind::Identity:
        return QCoreApplication::translate("PolicyKind", "Identity-based (user, group or role)");
    case PolicyKind::Resource:
        return QCoreApplication::translate("PolicyKind", "Resource-based (bucket, queue, key…)");
    case PolicyKind::Trust:
        return QCoreApplication::translate("PolicyKind", "Role trust policy");
    case PolicyKind::Scp:
        return QCoreApplication::translate("PolicyKind", "Service control policy (SCP)");
    case PolicyKind::Rcp:
        return QCoreApplication::translate("PolicyKind", "Resource control policy (RCP)");
    case PolicyKind::Boundary:
        return QCoreApplication::translate("PolicyKind", "Permissions boundary");
    case PolicyKind::Session:
        return QCoreApplication::translate("PolicyKind", "Session policy");
    }
    return {};
}

QString policyKindHint(PolicyKind kind)
{
    switch (kind) {
    case PolicyKind::Identity:
        return QCoreApplication::translate(
            "PolicyKind", "Attached to a user, a group or a role: what they may do. It names no Principal.");
    case PolicyKind::Resource:
        return QCoreApplication::translate("PolicyKind",
            "Attached to a resource such as an S3 bucket: who may use it. Every statement "
            "names a Principal.");
    case PolicyKind::Trust:
        return QCoreApplication::translate("PolicyKind", "Attached to a role: who may take on (assume) the role.");
    case PolicyKind::Scp:
        return QCoreApplication::translate("PolicyKind",
            "Set in AWS Organizations: the most the accounts' users and roles may ever "
            "do. It grants nothing by itself.");
    case PolicyKind::Rcp:
        return QCoreApplication::translate("PolicyKind",
            "Set in AWS Organizations: the most anyone may do with the accounts' "
            "resources. It grants nothing by itself.");
    case PolicyKind::Boundary:
        return QCoreApplication::translate("PolicyKind",
            "A ceiling on what a user or role may do, whatever their other policies "
            "allow. It grants nothing by itself.");
    case PolicyKind::Session:
        return QCoreApplication::translate(
            "PolicyKind", "Passed when a role is assumed, to narrow what that one session may do.");
    }
    return {};
}

} // namespace iam::ui
