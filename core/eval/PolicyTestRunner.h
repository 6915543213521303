#pragma once

#include <string>
#include <vector>

#include "core/eval/EvaluationResult.h"
#include "core/eval/PolicyTest.h"

namespace iam {

// What one policy test gave.
struct PolicyTestOutcome {
    std::string name;
    std::string pointer; // of the test in the file
    Decision expected = Decision::ImplicitDeny;
    EvaluationResult result; // the whole evaluation, for a page that shows the trace
    std::string reason; // why the decision came out as it did, in plain words

    Decision actual() const { return result.decision; }
    bool passed() const { return expected == result.decision; }
};

// Runs every test of the file against its policies, in the file's order. The policies are compiled
// once for all the tests.
std::vector<PolicyTestOutcome> runPolicyTests(const PolicyTestFile& file);

// "allowed by identity-based policy `Read` (#0), statement 0 `AllowRead`", "no permissions
// boundary allows it", ... with any context keys the request lacked.
std::string decisionReason(const EvaluationResult& result);

} // namespace iam
