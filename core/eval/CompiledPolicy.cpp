#include "core/eval/CompiledPolicy.h"

#include <algorithm>
#include <charconv>

#include "core/diagnostics/FuzzyMatch.h"
#include "core/eval/IamDate.h"
#include "core/eval/RequestContext.h"
#include "core/json/JsonPointer.h"

namespace iam {
namespace {

const std::vector<std::string> kKnownOperators = { "StringEquals", "StringNotEquals", "StringEqualsIgnoreCase",
    "StringNotEqualsIgnoreCase", "StringLike", "StringNotLike", "NumericEquals", "NumericNotEquals", "NumericLessThan",
    "NumericLessThanEquals", "NumericGreaterThan", "NumericGreaterThanEquals", "DateEquals", "DateNotEquals",
    "DateLessThan", "DateLessThanEquals", "DateGreaterThan", "DateGreaterThanEquals", "Bool", "BinaryEquals",
    "IpAddress", "NotIpAddress", "ArnEquals", "ArnLike", "ArnNotEquals", "ArnNotLike", "Null" };

void addReferencedKey(CompiledStatement& statement, const std::string& key)
{
    std::string lowercaseKey = lowercaseAscii(key);
    if (std::find(statement.referencedLowercaseKeys.begin(), statement.referencedLowercaseKeys.end(), lowercaseKey)
        != statement.referencedLowercaseKeys.end())
        return;
    statement.referencedLowercaseKeys.push_back(std::move(lowercaseKey));
    statement.referencedKeys.push_back(key);
}

void addVariableKeys(CompiledStatement& statement, const Pattern& pattern)
{
    if (!pattern.hasVariables())
        return;
    for (const auto& key : pattern.variableKeys())
        addReferencedKey(statement, key);
}

CompiledConditionValue compileValue(const ConditionOperator& op, const std::string& text, bool variables)
{
    CompiledConditionValue value;
    value.text = text;
    using Family = ConditionOperator::Family;
    const bool withVariables = variables && op.supportsVariables();
    switch (op.family) {
    case Family::String:
        value.pattern = Pattern::compile(text, { op.comparison == ConditionOperator::Comparison::Like, withVariables });
        break;
    case Family::Arn:
        value.pattern = Pattern::compile(text, { true, withVariables });
        break;
    case Family::Bool:
    case Family::Binary:
    case Family::Null:
        value.pattern = Pattern::compile(text, { false, withVariables });
        break;
    case Family::Numeric: {
        const auto number = parseIamNumber(text);
        value.readable = number.has_value();
        value.number = number.value_or(0);
        break;
    }
    case Family::Date: {
        const auto date = parseIamDate(text);
        value.readable = date.has_value();
        value.date = date.value_or(0);
        break;
    }
    case Family::IpAddress: {
        const auto network = parseIpNetwork(text);
        value.readable = network.has_value();
        if (network)
            value.network = *network;
        break;
    }
    }
    return value;
}

CompiledStatement compileStatement(const Statement& statement, std::size_t index, const std::string& pointer,
    bool variables, std::vector<Diagnostic>& diagnostics)
{
    CompiledStatement compiled;
    compiled.index = index;
    compiled.sid = statement.sid;
    compiled.effect = statement.effect;
    compiled.pointer = pointer;
    compiled.principal = statement.principal;
    compiled.notPrincipal = statement.notPrincipal;
    const StringOrList* actions = statement.action ? &*statement.action
        : statement.notAction                      ? &*statement.notAction
                                                   : nullptr;
    compiled.notAction = !statement.action && statement.notAction;
    if (actions) {
        for (const auto& action : actions->values)
            compiled.actions.push_back(Pattern::compile(action, { true, false }));
    }
    const StringOrList* resources = statement.resource ? &*statement.resource
        : statement.notResource                        ? &*statement.notResource
                                                       : nullptr;
    compiled.hasResource = resources != nullptr;
    compiled.notResource = !statement.resource && statement.notResource;
    if (resources) {
        for (const auto& resource : resources->values) {
            compiled.resources.push_back(Pattern::compile(resource, { true, variables }));
            addVariableKeys(compiled, compiled.resources.back());
        }
    }
    if (statement.condition) {
        for (const auto& clause : *statement.condition) {
            const auto op = parseConditionOperator(clause.op);
            if (!op && compiled.unknownOperator.empty()) {
                compiled.unknownOperator = clause.op;
                const std::string opPointer = appendPointer(appendPointer(pointer, "Condition"), clause.op);
                std::string help = "use one of the operators AWS lists, e.g. `StringEquals`; until then this "
                                   "statement never applies";
                std::string base = clause.op;
                for (const char* prefix : { "ForAllValues:", "ForAnyValue:" }) {
                    if (base.starts_with(prefix))
                        base = base.substr(std::string_view(prefix).size());
                }
                if (base.ends_with("IfExists"))
                    base.resize(base.size() - 8);
                if (auto suggestion = closestMatch(base, kKnownOperators); suggestion && *suggestion != base)
                    help = "did you mean `" + *suggestion + "`? until it is fixed this statement never applies";
                diagnostics.push_back({ "UNKNOWN_CONDITION_OPERATOR", Severity::Error,
                    "`" + clause.op + "` is not a condition operator", help, opPointer, {} });
            }
            for (const auto& keyValues : clause.keys) {
                CompiledCondition condition;
                condition.operatorName = clause.op;
                condition.op = op;
                condition.key = keyValues.key;
                condition.lowercaseKey = lowercaseAscii(keyValues.key);
                addReferencedKey(compiled, keyValues.key);
                if (op) {
                    for (const auto& value : keyValues.values) {
                        condition.values.push_back(compileValue(*op, value.text, variables));
                        addVariableKeys(compiled, condition.values.back().pattern);
                    }
                }
                compiled.conditions.push_back(std::move(condition));
            }
        }
    }
    return compiled;
}

} // namespace

std::optional<double> parseIamNumber(std::string_view text)
{
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    if (text.empty())
        return std::nullopt;
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

CompiledPolicy compilePolicy(const Policy& policy, PolicyType type, std::string name, std::size_t index, int level,
    const std::string& pointer, std::vector<Diagnostic>& diagnostics)
{
    CompiledPolicy compiled;
    compiled.type = type;
    compiled.name = std::move(name);
    compiled.index = index;
    compiled.level = level;
    // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html: variables are
    // read only under 2012-10-17; under 2008-10-17 (or with no Version) `${...}` is literal text.
    const bool variables = policy.version && *policy.version == kPolicyVersion2012;
    compiled.statements.reserve(policy.statements.size());
    for (std::size_t i = 0; i < policy.statements.size(); ++i) {
        const std::string statementPointer = policy.statementIsList
            ? appendPointer(appendPointer(pointer, "Statement"), i)
            : appendPointer(pointer, "Statement");
        compiled.statements.push_back(
            compileStatement(policy.statements[i], i, statementPointer, variables, diagnostics));
    }
    return compiled;
}

CompiledPolicySet compilePolicies(const Simulation& simulation)
{
    CompiledPolicySet set;
    auto compileList = [&](const std::vector<SimulationPolicy>& policies, PolicyType type, int level) {
        std::vector<CompiledPolicy> list;
        list.reserve(policies.size());
        for (std::size_t i = 0; i < policies.size(); ++i)
            list.push_back(compilePolicy(
                policies[i].policy, type, policies[i].name, i, level, policies[i].pointer, set.diagnostics));
        return list;
    };
    auto compileLevels = [&](const std::vector<std::vector<SimulationPolicy>>& levels, PolicyType type) {
        std::vector<std::vector<CompiledPolicy>> result;
        for (std::size_t level = 0; level < levels.size(); ++level)
            result.push_back(compileList(levels[level], type, static_cast<int>(level)));
        return result;
    };
    set.identity = compileList(simulation.identity, PolicyType::Identity, -1);
    if (simulation.resource)
        set.resource = compilePolicy(simulation.resource->policy, PolicyType::Resource, simulation.resource->name, 0,
            -1, simulation.resource->pointer, set.diagnostics);
    if (simulation.permissionBoundary)
        set.permissionBoundary = compileList(*simulation.permissionBoundary, PolicyType::PermissionBoundary, -1);
    if (simulation.scp)
        set.scp = compileLevels(*simulation.scp, PolicyType::Scp);
    if (simulation.rcp)
        set.rcp = compileLevels(*simulation.rcp, PolicyType::Rcp);
    if (simulation.session)
        set.session = compileList(*simulation.session, PolicyType::Session, -1);
    return set;
}

} // namespace iam
