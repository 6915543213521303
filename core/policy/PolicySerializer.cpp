#include "core/policy/PolicySerializer.h"

#include <nlohmann/json.hpp>

namespace iam {
namespace {

using nlohmann::ordered_json;

ordered_json stringOrList(const StringOrList& list)
{
    if (!list.isList && list.values.size() == 1)
        return list.values.front();
    ordered_json array = ordered_json::array();
    for (const auto& value : list.values)
        array.push_back(value);
    return array;
}

ordered_json principalToJson(const Principal& principal)
{
    if (principal.isWildcard)
        return "*";
    ordered_json object = ordered_json::object();
    for (const auto& entry : principal.entries)
        object[entry.type] = stringOrList(entry.ids);
    return object;
}

ordered_json conditionValue(const ConditionValue& value)
{
    switch (value.kind) {
    case ConditionValue::Kind::Boolean: return value.text == "true";
    case ConditionValue::Kind::Number: {
        ordered_json number = ordered_json::parse(value.text, nullptr, false);
        return number.is_number() ? number : ordered_json(value.text);
    }
    case ConditionValue::Kind::String: break;
    }
    return value.text;
}

ordered_json conditionToJson(const std::vector<ConditionClause>& clauses)
{
    ordered_json object = ordered_json::object();
    for (const auto& clause : clauses) {
        ordered_json block = ordered_json::object();
        for (const auto& entry : clause.keys) {
            if (!entry.isList && entry.values.size() == 1) {
                block[entry.key] = conditionValue(entry.values.front());
            } else {
                ordered_json array = ordered_json::array();
                for (const auto& value : entry.values)
                    array.push_back(conditionValue(value));
                block[entry.key] = std::move(array);
            }
        }
        object[clause.op] = std::move(block);
    }
    return object;
}

ordered_json statementToJson(const Statement& statement)
{
    ordered_json object = ordered_json::object();
    if (statement.sid)
        object["Sid"] = *statement.sid;
    object["Effect"] = statement.effect == Effect::Allow ? "Allow" : "Deny";
    if (statement.principal)
        object["Principal"] = principalToJson(*statement.principal);
    if (statement.notPrincipal)
        object["NotPrincipal"] = principalToJson(*statement.notPrincipal);
    if (statement.action)
        object["Action"] = stringOrList(*statement.action);
    if (statement.notAction)
        object["NotAction"] = stringOrList(*statement.notAction);
    if (statement.resource)
        object["Resource"] = stringOrList(*statement.resource);
    if (statement.notResource)
        object["NotResource"] = stringOrList(*statement.notResource);
    if (statement.condition)
        object["Condition"] = conditionToJson(*statement.condition);
    return object;
}

}  // namespace

ordered_json policyToJson(const Policy& policy)
{
    ordered_json object = ordered_json::object();
    if (policy.version)
        object["Version"] = *policy.version;
    if (policy.id)
        object["Id"] = *policy.id;
    if (!policy.statementIsList && policy.statements.size() == 1) {
        object["Statement"] = statementToJson(policy.statements.front());
    } else {
        ordered_json statements = ordered_json::array();
        for (const auto& statement : policy.statements)
            statements.push_back(statementToJson(statement));
        object["Statement"] = std::move(statements);
    }
    return object;
}

std::string serializePolicy(const Policy& policy)
{
    // Invalid UTF-8 cannot reach here through the parser; replacing keeps dump() from throwing
    // on a model built by hand.
    return policyToJson(policy).dump(2, ' ', false, ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace iam
