#pragma once

#include "core/eval/CompiledPolicy.h"
#include "core/eval/EvaluationResult.h"
#include "core/eval/RequestContext.h"
#include "core/eval/Simulation.h"

namespace iam {

struct EvaluationOptions {
    bool trace = true; // record every statement; off for batch callers that need only the decision
};

// AWS's decision for one request, with its reasons. Pure: the same inputs give the same result,
// and no input makes it throw. Compile the policies once and evaluate many requests against them.
EvaluationResult evaluate(
    const CompiledPolicySet& policies, const RequestContext& request, EvaluationOptions options = {});
EvaluationResult evaluate(const CompiledPolicySet& policies, const Request& request, EvaluationOptions options = {});
EvaluationResult evaluate(const Simulation& simulation, EvaluationOptions options = {});

} // namespace iam
