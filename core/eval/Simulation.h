#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/eval/Request.h"
#include "core/policy/Policy.h"

namespace iam {

// One policy of a simulation, with the name it was given (empty when it was a bare document) and
// where it stands in the file, so explanations can point at it.
struct SimulationPolicy {
    std::string name;
    Policy policy;
    std::string pointer; // of the policy document itself
};

// Everything one decision needs. A policy type that is absent (nullopt) is not in play; present
// but empty puts it in play with nothing that allows, which denies implicitly.
struct Simulation {
    std::vector<SimulationPolicy> identity;
    std::optional<SimulationPolicy> resource;
    std::optional<std::vector<SimulationPolicy>> permissionBoundary;
    std::optional<std::vector<std::vector<SimulationPolicy>>> scp; // levels: root, then OUs, then the account
    std::optional<std::vector<std::vector<SimulationPolicy>>> rcp;
    std::optional<std::vector<SimulationPolicy>> session;
    Request request;
};

} // namespace iam
