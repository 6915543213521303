#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace iam {

// What a policy document is attached to. The same JSON is right as one kind and wrong as another:
// a Principal belongs in a bucket policy and is an error in a user's policy.
enum class PolicyKind { Identity, Resource, Trust, Scp, Rcp, Boundary, Session };

// The CLI's spelling: identity, resource, trust, scp, rcp, boundary, session.
std::string_view policyKindName(PolicyKind kind);
std::optional<PolicyKind> policyKindFromName(std::string_view name);
const std::vector<PolicyKind>& allPolicyKinds();
// For people: "identity-based policy", "role trust policy", ...
std::string_view policyKindTitle(PolicyKind kind);
// The title with its article, for sentences: "an identity-based policy", "a session policy".
std::string policyKindWithArticle(PolicyKind kind);

// Kinds whose statements must name a Principal (and identity-style kinds, which must not).
bool kindRequiresPrincipal(PolicyKind kind);

}  // namespace iam
