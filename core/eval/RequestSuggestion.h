#pragma once

#include "core/eval/PolicyType.h"
#include "core/eval/Request.h"
#include "core/lint/PolicyKind.h"
#include "core/policy/Policy.h"

namespace iam {

class Catalog;

// A first request worth asking about a policy just written, so "Test this policy" opens on a question
// rather than an empty form: the first allowed action (a wildcard expanded to its first match), a
// resource the statement names (wildcards filled with `example`, `*` replaced by an ARN of the action's
// first resource type), and for resource and trust policies the first principal they name (a trust
// policy asks `sts:AssumeRole` on a role). Anything the policy does not say stays at the default.
Request suggestRequest(const Policy& policy, PolicyKind kind, const Catalog* catalog);

} // namespace iam
