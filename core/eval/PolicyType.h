#pragma once

#include <array>
#include <string_view>

namespace iam {

// The kinds of policy AWS weighs in one decision, in the order a simulation file lists them.
enum class PolicyType { Identity, Resource, PermissionBoundary, Scp, Rcp, Session };

inline constexpr std::array<PolicyType, 6> kAllPolicyTypes = { PolicyType::Identity, PolicyType::Resource,
    PolicyType::PermissionBoundary, PolicyType::Scp, PolicyType::Rcp, PolicyType::Session };

// The simulation file's key: identity, resource, permissionBoundary, scp, rcp, session.
std::string_view policyTypeKey(PolicyType type);
// For people: "identity-based policy", "permissions boundary", "service control policy (SCP)", ...
std::string_view policyTypeTitle(PolicyType type);

} // namespace iam
