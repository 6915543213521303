#include "core/eval/PolicyType.h"

namespace iam {

std::string_view policyTypeKey(PolicyType type)
{
    switch (type) {
    case PolicyType::Identity:
        return "identity";
    case PolicyType::Resource:
        return "resource";
    case PolicyType::PermissionBoundary:
        return "permissionBoundary";
    case PolicyType::Scp:
        return "scp";
    case PolicyType::Rcp:
        return "rcp";
    case PolicyType::Session:
        return "session";
    }
    return "";
}

std::string_view policyTypeTitle(PolicyType type)
{
    switch (type) {
    case PolicyType::Identity:
        return "identity-based policy";
    case PolicyType::Resource:
        return "resource-based policy";
    case PolicyType::PermissionBoundary:
        return "permissions boundary";
    case PolicyType::Scp:
        return "service control policy (SCP)";
    case PolicyType::Rcp:
        return "resource control policy (RCP)";
    case PolicyType::Session:
        return "session policy";
    }
    return "";
}

PolicyType policyTypeFor(PolicyKind kind)
{
    switch (kind) {
    case PolicyKind::Identity:
        return PolicyType::Identity;
    case PolicyKind::Resource:
    case PolicyKind::Trust:
        return PolicyType::Resource;
    case PolicyKind::Scp:
        return PolicyType::Scp;
    case PolicyKind::Rcp:
        return PolicyType::Rcp;
    case PolicyKind::Boundary:
        return PolicyType::PermissionBoundary;
    case PolicyKind::Session:
        return PolicyType::Session;
    }
    return PolicyType::Identity;
}

PolicyKind policyKindFor(PolicyType type)
{
    switch (type) {
    case PolicyType::Identity:
        return PolicyKind::Identity;
    case PolicyType::Resource:
        return PolicyKind::Resource;
    case PolicyType::PermissionBoundary:
        return PolicyKind::Boundary;
    case PolicyType::Scp:
        return PolicyKind::Scp;
    case PolicyType::Rcp:
        return PolicyKind::Rcp;
    case PolicyType::Session:
        return PolicyKind::Session;
    }
    return PolicyKind::Identity;
}

} // namespace iam
