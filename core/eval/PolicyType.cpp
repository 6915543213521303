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

} // namespace iam
