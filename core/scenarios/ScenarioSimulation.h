#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostics/Diagnostic.h"
#include "core/eval/EvaluationResult.h"
#include "core/eval/SimulationDocument.h"
#include "core/scenarios/Scenario.h"

namespace iam {

// The policies a try-it weighs when its file does not list them: every policy but the trust policies,
// which answer only requests to assume their role. In file order.
std::vector<std::string> defaultPoliciesInPlay(const Scenario& scenario);

// The Simulate page's document for one try-it: every policy of the scenario, in the file's order, with
// those the try-it does not weigh switched off (so "Open in Simulator" shows the whole setup and the
// learner can switch the others on); the try-it's request; and as tests every try-it that weighs the
// same policies, so each of them runs there unchanged. Trust policies stand in the resource slot, as
// the role's resource-based policy (docs/fidelity.md). `document.policies[i]` is `scenario.policies[i]`,
// so a statement the engine names (SimulationBuild::documentIndex) leads back to the scenario's policy.
SimulationDocument scenarioDocument(const Scenario& scenario, std::size_t tryItIndex);

// What the engine says about one request of a scenario.
struct ScenarioRun {
    std::optional<EvaluationResult> result; // nothing when a policy in play cannot be read
    std::string reason; // "allowed by identity-based policy `...`", as `iam-studio-cli test` says it
    std::vector<Diagnostic> problems; // of the policies in play, pointers relative to each policy's text
    SimulationBuild build; // to map the decision's statements back to the document's policies

    std::optional<Decision> decision() const
    {
        return result ? std::optional<Decision>(result->decision) : std::nullopt;
    }
};

// Runs the document's request. The page calls it with the learner's edited document (a challenge is
// solved when the decision equals the challenge's `expect`); the checker with the scenario's own.
ScenarioRun runScenarioDocument(const SimulationDocument& document);
ScenarioRun runTryIt(const Scenario& scenario, std::size_t tryItIndex);

// The text of the changed policy after a challenge's reference change (a JSON Patch or a whole new
// document), or diagnostics saying why it cannot be applied (SCENARIO_PATCH_FAILED). Never throws.
struct ScenarioChangeResult {
    std::optional<std::string> text;
    std::vector<Diagnostic> diagnostics;
};
ScenarioChangeResult applyScenarioChange(const Scenario& scenario, const ScenarioChange& change);

// The try-it's document with the challenge's reference change applied: what a learner who solved the
// challenge would hold. Nothing when the change cannot be applied.
std::optional<SimulationDocument> solvedChallengeDocument(
    const Scenario& scenario, std::size_t challengeIndex, std::vector<Diagnostic>* problems = nullptr);

} // namespace iam
