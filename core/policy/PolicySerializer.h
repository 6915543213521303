#pragma once

#include <string>

#include <nlohmann/json_fwd.hpp>

#include "core/policy/Policy.h"

namespace iam {

// AWS's customary key order (Version, Id, Statement; Sid, Effect, Principal, NotPrincipal, Action,
// NotAction, Resource, NotResource, Condition), 2-space indent, trailing newline.
std::string serializePolicy(const Policy& policy);
nlohmann::ordered_json policyToJson(const Policy& policy);

}  // namespace iam
