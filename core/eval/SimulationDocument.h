#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostics/Diagnostic.h"
#include "core/eval/EvaluationResult.h"
#include "core/eval/PolicyTest.h"
#include "core/eval/PolicyType.h"
#include "core/eval/Request.h"
#include "core/eval/Simulation.h"

namespace iam {

// One policy as the Simulate page holds it: its JSON text as written (so it can be shown with its own
// lines and edited), where it plays, and whether it is switched on. A policy switched off is kept but
// weighed as if it were not attached.
struct SimulationDocumentPolicy {
    PolicyType type = PolicyType::Identity;
    int level = 0; // SCP and RCP only: 0 is the organization root, then OUs, the last the account
    std::string name;
    std::string text;
    bool enabled = true;
    bool operator==(const SimulationDocumentPolicy&) const = default;
};

// Everything the Simulate page edits and saves: the policies in play, the request, and the policy tests.
// A policy type is in play when at least one of its policies is switched on; an SCP or RCP level is
// in play when one of its policies is.
struct SimulationDocument {
    std::vector<SimulationDocumentPolicy> policies; // grouped by type, levels ascending, in file order
    Request request;
    std::vector<PolicyTest> tests;
    bool operator==(const SimulationDocument&) const = default;
};

// The document turned into what the engine weighs, with the way back from the engine's statement
// references to the document's policies.
struct SimulationBuild {
    std::optional<Simulation> simulation; // nothing when a switched-on policy cannot be read
    // Problems of each policy's text, pointers relative to that policy's own text (so the Build page's
    // editor can show them); `policyIndex` says whose.
    struct PolicyProblem {
        std::size_t policyIndex = 0;
        Diagnostic diagnostic;
    };
    std::vector<PolicyProblem> problems;
    // Index into SimulationDocument::policies of the policy a trace or decision names.
    std::optional<std::size_t> documentIndex(const StatementRef& ref) const;

    // For each engine slot (type, level, index within the level), the document index. Filled by
    // buildSimulation; callers use documentIndex().
    struct Slot {
        PolicyType type = PolicyType::Identity;
        int level = -1;
        std::size_t index = 0;
        std::size_t documentIndex = 0;
    };
    std::vector<Slot> placements; // not `slots`: Qt defines that word as a macro
};

// Reads every switched-on policy's text. Each SimulationPolicy's `pointer` is `/policies/<document index>`
// so reports stay unambiguous. Never throws.
SimulationBuild buildSimulation(const SimulationDocument& document);

// The same policies with another request (tests, matrix cells, what-ifs).
Simulation withRequest(Simulation simulation, Request request);

} // namespace iam
