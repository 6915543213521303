#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics/Diagnostic.h"
#include "core/eval/PolicyType.h"
#include "core/policy/Policy.h"

namespace iam {

// The words of AWS's SimulatePrincipalPolicy EvalDecision.
enum class Decision { Allowed, ExplicitDeny, ImplicitDeny };

// What one policy type said about the request.
enum class Gate { NotInPlay, Allow, ExplicitDeny, ImplicitDeny };

std::string_view decisionName(Decision decision); // allowed, explicitDeny, implicitDeny
std::string_view gateName(Gate gate); // notInPlay, allow, explicitDeny, implicitDeny

// Names one statement of one policy.
struct StatementRef {
    PolicyType type = PolicyType::Identity;
    std::string policyName; // empty when the policy has no name
    std::size_t policyIndex = 0;
    int level = -1; // SCP and RCP levels
    std::size_t statementIndex = 0;
    std::optional<std::string> sid;
    Effect effect = Effect::Allow;
    std::string pointer; // of the statement in the simulation file
};

// The first reason a statement did not apply to the request.
struct Mismatch {
    enum class Element { None, Action, Resource, Principal, Condition, InvalidStatement };
    Element element = Element::None;
    std::string operatorName; // conditions only
    std::string key; // conditions only
    bool keyMissing = false;
    std::vector<std::string> requestValues; // the action, resource, principal or context values
    std::vector<std::string> policyValues; // what the statement lists
    bool negatedElement = false; // the statement wrote NotAction, NotResource or NotPrincipal
    bool unresolvedVariable = false; // a condition value names a variable the request cannot fill
};

std::string_view mismatchElementName(Mismatch::Element element); // action, resource, principal, condition, ...

struct StatementTrace {
    StatementRef ref;
    bool matched = false;
    Mismatch mismatch; // Element::None when it matched
};

struct EvaluationResult {
    Decision decision = Decision::ImplicitDeny;
    std::vector<StatementRef> decidedBy; // the deny statements, or the allow statements the decision rests on
    std::optional<PolicyType> blockedBy; // for an implicit deny: the policy type whose gate closed
    std::array<Gate, 6> gates {}; // indexed by PolicyType
    std::vector<StatementTrace> trace; // every statement of every policy in play
    std::vector<std::string> missingContextKeys; // referenced by statements that otherwise applied, not in the request
    std::vector<std::string> notes; // documented rules that shaped the decision, in plain words
    std::vector<Diagnostic> diagnostics;

    Gate gate(PolicyType type) const { return gates[static_cast<std::size_t>(type)]; }
};

} // namespace iam
