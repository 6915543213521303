#pragma once

#include <array>
#include <string_view>

#include "core/lint/PolicyKind.h"

namespace iam {

// The kinds of policy AWS weighs in one decision, in the order a simulation file lists them.
enum class PolicyType { Identity, Resource, PermissionBoundary, Scp, Rcp, Session };

inline constexpr std::array<PolicyType, 6> kAllPolicyTypes = { PolicyType::Identity, PolicyType::Resource,
    PolicyType::PermissionBoundary, PolicyType::Scp, PolicyType::Rcp, PolicyType::Session };

// The simulation file's key: identity, resource, permissionBoundary, scp, rcp, session.
std::string_view policyTypeKey(PolicyType type);
// For people: "identity-based policy", "permissions boundary", "service control policy (SCP)", ...
std::string_view policyTypeTitle(PolicyType type);

// Where a policy of a lint kind plays in a simulation: a trust policy is the role's resource-based
// policy (docs/fidelity.md); every other kind has a type of its own.
PolicyType policyTypeFor(PolicyKind kind);
// The kind the linter and the templates use for a policy in this slot of a simulation.
PolicyKind policyKindFor(PolicyType type);

} // namespace iam
