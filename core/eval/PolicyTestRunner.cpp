#include "core/eval/PolicyTestRunner.h"

#include "core/eval/CompiledPolicy.h"
#include "core/eval/EvaluationReport.h"
#include "core/eval/Evaluator.h"

namespace iam {

std::string decisionReason(const EvaluationResult& result)
{
    std::string reason;
    if (result.decision == Decision::ImplicitDeny) {
        reason = result.blockedBy ? "no " + std::string(policyTypeTitle(*result.blockedBy)) + " allows it"
                                  : std::string("nothing allows it");
    } else {
        reason = result.decision == Decision::Allowed ? "allowed by " : "denied by ";
        for (std::size_t i = 0; i < result.decidedBy.size(); ++i)
            reason += (i == 0 ? "" : " and ") + describeStatement(result.decidedBy[i]);
    }
    // A missing key is the commonest reason a test fails unexpectedly: a condition could not be met.
    if (!result.missingContextKeys.empty()) {
        reason += "; the request has no ";
        for (std::size_t i = 0; i < result.missingContextKeys.size(); ++i)
            reason += (i == 0 ? "`" : ", `") + result.missingContextKeys[i] + "`";
        reason += result.missingContextKeys.size() == 1 ? " context key" : " context keys";
    }
    return reason;
}

std::vector<PolicyTestOutcome> runPolicyTests(const PolicyTestFile& file)
{
    const CompiledPolicySet policies = compilePolicies(file.simulation);
    std::vector<PolicyTestOutcome> outcomes;
    outcomes.reserve(file.tests.size());
    for (const auto& test : file.tests) {
        PolicyTestOutcome outcome;
        outcome.name = test.name;
        outcome.pointer = test.pointer;
        outcome.expected = test.expect;
        outcome.result = evaluate(policies, test.request);
        outcome.reason = decisionReason(outcome.result);
        outcomes.push_back(std::move(outcome));
    }
    return outcomes;
}

} // namespace iam
