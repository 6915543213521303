#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/eval/EvaluationResult.h"
#include "core/eval/Request.h"
#include "core/eval/Simulation.h"

namespace iam {

// For one context key the policies use but the request lacks: the decision as it stands (key
// absent) and the decision once the key carries a value that satisfies the condition using it.
struct ContextWhatIf {
    std::string key; // as the policy writes it
    std::string operatorName; // of the condition the value was made for; empty when no condition uses the key
    std::vector<std::string> policyValues; // that condition's values for the key
    std::string statementPointer; // of the statement holding that condition
    Decision withoutKey = Decision::ImplicitDeny;
    std::optional<std::string> satisfyingValue; // nothing when no value can satisfy it (e.g. `Null` true)
    std::optional<Decision> withValue; // set with satisfyingValue
};

// A value for `key` that makes the condition `operatorName: {key: policyValues}` true: the first
// value of `StringEquals`, a concrete match of a `StringLike` pattern, an address inside an
// `IpAddress` range, a date or number on the satisfying side of a comparison, the other Bool for a
// negated one... Each candidate is checked by evaluating the condition alone against `request`
// (whose principal and context fill any policy variables), so a value returned is known to work.
std::optional<std::string> satisfyingContextValue(std::string_view operatorName,
    const std::vector<std::string>& policyValues, std::string_view key, const Request& request);

// The what-if of every key the evaluation reports as referenced but missing, in its order. The
// condition chosen for a key is the one that kept a statement from applying when there is one,
// otherwise the first condition on the key in the file's order.
std::vector<ContextWhatIf> whatIfMissingContext(const Simulation& simulation);

} // namespace iam
