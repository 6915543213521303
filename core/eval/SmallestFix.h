#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/eval/EvaluationResult.h"
#include "core/eval/PolicyType.h"
#include "core/eval/SimulationDocument.h"

namespace iam {

class Catalog;

// One change the fix needs: a statement added to an existing policy of the document, or a new policy
// holding it (when no policy of that type and level exists, or the only ones are switched off; and for
// an RCP level, always: only AWS's `RCPFullAWSAccess` may allow in RCPs, so that is the policy added).
struct FixStep {
    PolicyType type = PolicyType::Identity;
    int level = 0; // SCP and RCP
    std::optional<std::size_t> policyIndex; // into SimulationDocument::policies; nothing: add a new policy
    std::string newPolicyName; // when policyIndex is empty, e.g. "Fix for s3:GetObject"
    std::string statementJson; // the statement to add, two-space indented, e.g. {"Sid": ..., "Effect": "Allow", ...}
    std::string reason; // why this policy must change, e.g. "a cross-account request needs the bucket policy too"
};

// "Why denied, and the smallest change that would allow it."
struct SmallestFix {
    enum class Kind {
        NotNeeded, // the request is allowed
        AddAllow, // an implicit deny: add `steps`, all of them (e.g. both sides of a cross-account request)
        ChangeDeny, // an explicit deny: no Allow can help; change or narrow the deny statements
        NotPossible, // nothing in this simulation could allow it (e.g. an invalid policy); `summary` says why
    };
    Kind kind = Kind::NotNeeded;
    std::string summary; // one sentence for the page, plain words
    std::vector<std::string> details; // further sentences: why each step, why an Allow cannot beat a Deny
    std::vector<FixStep> steps; // AddAllow
    std::vector<StatementRef> denyStatements; // ChangeDeny: the deny statements that match
    // AddAllow, when an existing statement would allow the request if a context key had a value
    // (see ContextWhatIf): "or send `aws:MultiFactorAuthPresent` = `true`" — a fix without any edit.
    std::optional<std::string> contextAlternative;
};

// The narrowest statements (the request's own action, its exact resource, for resource-based policies
// its exact principal) that turn this implicit deny into an allow, in every policy type whose gate
// closed; or, for an explicit deny, which statements deny and why. Each suggestion is verified by
// evaluating the changed document before it is returned. The catalog, when given, spells the action
// as AWS does. Never throws.
SmallestFix suggestSmallestFix(const SimulationDocument& document, const Catalog* catalog = nullptr);

// Where a step goes, for people: "the identity-based policy `Reader`", "a new resource-based policy `Fix for
// s3:GetObject`", "the service control policy (SCP) `Workloads` at an OU (level 1)".
std::string describeFixTarget(const SimulationDocument& document, const FixStep& step);

// Adds the steps' statements to the document (through PolicyTextEditor, so each policy's own layout
// stays) or as new policies. False, with the document unchanged, when a step does not apply.
bool applySmallestFix(SimulationDocument& document, const SmallestFix& fix);

} // namespace iam
