#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostics/Diagnostic.h"
#include "core/eval/ConditionOperator.h"
#include "core/eval/IpNetwork.h"
#include "core/eval/Pattern.h"
#include "core/eval/PolicyType.h"
#include "core/eval/Simulation.h"
#include "core/policy/Policy.h"

namespace iam {

// One value of a condition, read once for its operator's family.
struct CompiledConditionValue {
    std::string text; // as written
    Pattern pattern; // String, Arn, Bool, Binary
    double number = 0; // Numeric
    std::int64_t date = 0; // Date, in milliseconds
    IpNetwork network; // IpAddress
    bool readable = true; // false when the text is not a number, date or address: it matches nothing
};

struct CompiledCondition {
    std::string operatorName; // as written
    std::optional<ConditionOperator> op; // nothing for an operator AWS does not know
    std::string key; // as written
    std::string lowercaseKey;
    std::vector<CompiledConditionValue> values;
};

struct CompiledStatement {
    std::size_t index = 0;
    std::optional<std::string> sid;
    Effect effect = Effect::Allow;
    std::string pointer;
    bool notAction = false;
    std::vector<Pattern> actions;
    bool hasResource = false; // neither Resource nor NotResource: applies to every resource
    bool notResource = false;
    std::vector<Pattern> resources;
    std::optional<Principal> principal;
    std::optional<Principal> notPrincipal;
    std::vector<CompiledCondition> conditions;
    std::vector<std::string> referencedKeys; // condition keys and variables, as written, for missing keys
    std::vector<std::string> referencedLowercaseKeys;
    std::string unknownOperator; // set when a condition uses one: the statement can never match
};

struct CompiledPolicy {
    PolicyType type = PolicyType::Identity;
    std::string name;
    std::size_t index = 0; // position within its type (and level)
    int level = -1; // SCP and RCP levels; -1 for the other types
    std::vector<CompiledStatement> statements;
};

// The policies of a simulation, compiled once and evaluated against any number of requests.
struct CompiledPolicySet {
    std::vector<CompiledPolicy> identity;
    std::optional<CompiledPolicy> resource;
    std::optional<std::vector<CompiledPolicy>> permissionBoundary;
    std::optional<std::vector<std::vector<CompiledPolicy>>> scp;
    std::optional<std::vector<std::vector<CompiledPolicy>>> rcp;
    std::optional<std::vector<CompiledPolicy>> session;
    std::vector<Diagnostic> diagnostics; // e.g. unknown condition operators
};

// A number as Numeric conditions read it: decimal, optional sign, fraction and exponent.
std::optional<double> parseIamNumber(std::string_view text);

CompiledPolicy compilePolicy(const Policy& policy, PolicyType type, std::string name, std::size_t index, int level,
    const std::string& pointer, std::vector<Diagnostic>& diagnostics);
CompiledPolicySet compilePolicies(const Simulation& simulation);

} // namespace iam
