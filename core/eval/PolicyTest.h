#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/eval/EvaluationResult.h"
#include "core/eval/Request.h"
#include "core/eval/Simulation.h"

namespace iam {

// One entry of a simulation file's `tests`: a request and the decision it must get.
struct PolicyTest {
    std::string name;
    Request request;
    Decision expect = Decision::ImplicitDeny;
    std::string pointer; // of the entry in the file, e.g. /tests/2

    // Where a test stood in a file is not what it checks, so the pointer stays out of equality.
    bool operator==(const PolicyTest& other) const
    {
        return name == other.name && request == other.request && expect == other.expect;
    }
};

// A simulation file read for its tests. The top-level `request` is optional in such a file, so
// `simulation.request` is meaningful only when `hasRequest` is true.
struct PolicyTestFile {
    Simulation simulation;
    bool hasRequest = false;
    std::vector<PolicyTest> tests;
};

} // namespace iam
