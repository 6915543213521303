#include "core/scenarios/ScenarioSimulation.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "core/eval/Evaluator.h"
#include "core/eval/PolicyTestRunner.h"
#include "core/policy/PolicyReader.h"

namespace iam {
namespace {

using nlohmann::ordered_json;

std::vector<bool> inPlay(const Scenario& scenario, const ScenarioTryIt& tryIt)
{
    std::vector<bool> result(scenario.policies.size(), false);
    for (const auto& name : tryIt.policies) {
        if (const auto index = scenario.policyIndex(name))
            result[*index] = true;
    }
    return result;
}

ScenarioChangeResult failed(std::string message, std::string help)
{
    ScenarioChangeResult result;
    result.diagnostics.push_back(
        { "SCENARIO_PATCH_FAILED", Severity::Error, std::move(message), std::move(help), "", {}, {}, {} });
    return result;
}

} // namespace

std::vector<std::string> defaultPoliciesInPlay(const Scenario& scenario)
{
    std::vector<std::string> names;
    for (const auto& policy : scenario.policies) {
        if (policy.kind != PolicyKind::Trust)
            names.push_back(policy.name);
    }
    return names;
}

SimulationDocument scenarioDocument(const Scenario& scenario, std::size_t tryItIndex)
{
    SimulationDocument document;
    if (tryItIndex >= scenario.tryIts.size())
        return document;
    const ScenarioTryIt& tryIt = scenario.tryIts[tryItIndex];
    const std::vector<bool> enabled = inPlay(scenario, tryIt);
    for (std::size_t i = 0; i < scenario.policies.size(); ++i) {
        const ScenarioPolicy& policy = scenario.policies[i];
        document.policies.push_back({ policy.type, policy.level, policy.name, policy.text, enabled[i] });
    }
    document.request = tryIt.request;
    for (const auto& other : scenario.tryIts) {
        if (inPlay(scenario, other) == enabled)
            document.tests.push_back({ other.name, other.request, other.expect, other.pointer });
    }
    return document;
}

ScenarioRun runScenarioDocument(const SimulationDocument& document)
{
    ScenarioRun run;
    run.build = buildSimulation(document);
    for (const auto& problem : run.build.problems)
        run.problems.push_back(problem.diagnostic);
    if (!run.build.simulation)
        return run;
    run.result = evaluate(*run.build.simulation);
    run.reason = decisionReason(*run.result);
    return run;
}

ScenarioRun runTryIt(const Scenario& scenario, std::size_t tryItIndex)
{
    return runScenarioDocument(scenarioDocument(scenario, tryItIndex));
}

ScenarioChangeResult applyScenarioChange(const Scenario& scenario, const ScenarioChange& change)
{
    const ScenarioPolicy* policy = scenario.findPolicy(change.policy);
    if (!policy)
        return failed("the scenario has no policy named `" + change.policy + "`",
            "name one of the scenario's policies in the change's `policy`");
    if (!change.document.empty())
        return { change.document, {} };
    ordered_json document;
    ordered_json patch;
    SourceMap unused;
    std::vector<Diagnostic> problems;
    if (!parseJsonText(policy->text, document, unused, problems)
        || !parseJsonText(change.patch, patch, unused, problems))
        return failed("the patch or the policy `" + change.policy + "` is not JSON", "fix the JSON");
    try {
        const ordered_json patched = document.patch(patch);
        return { patched.dump(2, ' ', false, ordered_json::error_handler_t::replace), {} };
    } catch (const ordered_json::exception& exception) {
        // nlohmann reports a path that does not exist or a failed `test` operation by throwing; for an
        // author's file that is an ordinary finding.
        return failed("the patch cannot be applied to policy `" + change.policy + "`: " + exception.what(),
            "check each operation's `path` against the policy's document, e.g. `/Statement/0/Action/-` to add an "
            "action");
    }
}

std::optional<SimulationDocument> solvedChallengeDocument(
    const Scenario& scenario, std::size_t challengeIndex, std::vector<Diagnostic>* problems)
{
    if (challengeIndex >= scenario.challenges.size())
        return std::nullopt;
    const ScenarioChallenge& challenge = scenario.challenges[challengeIndex];
    ScenarioChangeResult changed = applyScenarioChange(scenario, challenge.reference);
    if (problems)
        problems->insert(problems->end(), changed.diagnostics.begin(), changed.diagnostics.end());
    if (!changed.text)
        return std::nullopt;
    SimulationDocument document = scenarioDocument(scenario, challenge.tryItIndex);
    const auto index = scenario.policyIndex(challenge.reference.policy);
    document.policies[*index].text = *changed.text;
    return document;
}

} // namespace iam
