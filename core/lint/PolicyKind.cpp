#include "core/lint/PolicyKind.h"

namespace iam {

std::string_view policyKindName(PolicyKind kind)
{
    switch (kind) {
    case PolicyKind::Identity:
        return "identity";
    case PolicyKind::Resource:
        return "resource";
    case PolicyKind::Trust:
        return "trust";
    case PolicyKind::Scp:
        return "scp";
    case PolicyKind::Rcp:
        return "rcp";
    case PolicyKind::Boundary:
        return "boundary";
    case PolicyKind::Session:
        return "session";
    }
    return "identity";
}

std::optional<PolicyKind> policyKindFromName(std::string_view name)
{
    for (const PolicyKind kind : allPolicyKinds()) {
        if (policyKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

const std::vector<PolicyKind>& allPolicyKinds()
{
    static const std::vector<PolicyKind> kinds
        = {PolicyKind::Identity, PolicyKind::Resource, PolicyKind::Trust,  PolicyKind::Scp,
           PolicyKind::Rcp,      PolicyKind::Boundary, PolicyKind::Session};
    return kinds;
}

std::string_view policyKindTitle(PolicyKind kind)
{
    switch (kind) {
    case PolicyKind::Identity:
        return "identity-based policy";
    case PolicyKind::Resource:
        return "resource-based policy";
    case PolicyKind::Trust:
        return "role trust policy";
    case PolicyKind::Scp:
        return "service control policy (SCP)";
    case PolicyKind::Rcp:
        return "resource control policy (RCP)";
    case PolicyKind::Boundary:
        return "permissions boundary";
    case PolicyKind::Session:
        return "session policy";
    }
    return "policy";
}

std::string policyKindWithArticle(PolicyKind kind)
{
    return (kind == PolicyKind::Identity ? "an " : "a ") + std::string(policyKindTitle(kind));
}

bool kindRequiresPrincipal(PolicyKind kind)
{
    return kind == PolicyKind::Resource || kind == PolicyKind::Trust || kind == PolicyKind::Rcp;
}

}  // namespace iam
