#pragma once

#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/eval/PolicyTest.h"
#include "core/eval/Request.h"

namespace iam {

// A request as a simulation file writes it: `principal` only when it is not the default,
// `resourceAccount` only when given, `context` only when not empty (a multivalued key as an array).
// Reading it back with loadPolicyTests or loadSimulation gives an equal Request.
nlohmann::ordered_json requestToJson(const Request& request);

// The `tests` array of a simulation file, in order: `name`, `request`, `expect`.
nlohmann::ordered_json policyTestsToJson(const std::vector<PolicyTest>& tests);

} // namespace iam
