#include "ui/builder/form/FormEdits.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "core/edit/PolicyTextEditor.h"
#include "core/json/JsonPointer.h"

namespace iam::ui {

namespace {

using nlohmann::ordered_json;

ordered_json valuesJson(const std::vector<std::string>& values)
{
    if (values.size() == 1)
        return ordered_json(values.front());
    ordered_json list = ordered_json::array();
    for (const auto& value : values)
        list.push_back(value);
    return list;
}

const PrincipalEntry* findEntry(const Principal& principal, const std::string& type)
{
    const auto found = std::find_if(principal.entries.begin(), principal.entries.end(),
        [&](const PrincipalEntry& entry) { return entry.type == type; });
    return found == principal.entries.end() ? nullptr : &*found;
}

const ConditionClause* findClause(const Statement& statement, const std::string& op)
{
    if (!statement.condition)
        return nullptr;
    const auto& clauses = *statement.condition;
    const auto found
        = std::find_if(clauses.begin(), clauses.end(), [&](const ConditionClause& c) { return c.op == op; });
    return found == clauses.end() ? nullptr : &*found;
}

} // namespace

bool FormEdits::addStatement(PolicyTextEditor& editor, const std::optional<Policy>& policy, PolicyKind kind)
{
    // A Sid from the start, so the list can tell statements apart and renaming keeps it first.
    std::size_t number = (policy ? policy->statements.size() : 0) + 1;
    const auto taken = [&](const std::string& sid) {
        return policy && std::any_of(policy->statements.begin(), policy->statements.end(), [&](const Statement& s) {
            return s.sid && *s.sid == sid;
        });
    };
    while (taken("Statement" + std::to_string(number)))
        ++number;
    ordered_json statement = ordered_json::object();
    statement["Sid"] = "Statement" + std::to_string(number);
    statement["Effect"] = "Allow";
    if (kindRequiresPrincipal(kind))
        statement["Principal"] = ordered_json { { "AWS", ordered_json::array() } };
    statement["Action"] = ordered_json::array();
    // A trust policy's statements are about who may assume the role, not about resources.
    if (kind != PolicyKind::Trust)
        statement["Resource"] = ordered_json::array();

    if (!policy) {
        // A blank page: start the document the way AWS's examples do, Version first.
        if (!editor.setValue("/Version", ordered_json(kPolicyVersion2012)))
            return false;
        return editor.insertElement("/Statement", 0, statement);
    }
    const std::size_t count = policy->statementIsList ? policy->statements.size() : 1;
    return editor.insertElement("/Statement", count, statement);
}

bool FormEdits::duplicateStatement(PolicyTextEditor& editor, const Policy& policy, std::size_t index)
{
    if (!editor.isJson())
        return false;
    const std::string pointer = statementPointer(policy, index);
    const ordered_json::json_pointer jsonPointer(pointer);
    if (!editor.document().contains(jsonPointer))
        return false;
    const ordered_json copy = editor.document().at(jsonPointer);
    return editor.insertElement("/Statement", index + 1, copy);
}

bool FormEdits::removeStatement(PolicyTextEditor& editor, const Policy& policy, std::size_t index)
{
    if (!policy.statementIsList)
        return editor.setValue("/Statement", ordered_json::array());
    return editor.remove(statementPointer(policy, index));
}

bool FormEdits::setString(PolicyTextEditor& editor, const std::string& pointer, const std::string& value)
{
    return editor.setValue(pointer, ordered_json(value));
}

bool FormEdits::appendStrings(
    PolicyTextEditor& editor, const std::string& pointer, std::size_t count, const std::vector<std::string>& values)
{
    bool changed = false;
    for (const auto& value : values) {
        if (!editor.insertElement(pointer, count, ordered_json(value)))
            return false;
        ++count;
        changed = true;
    }
    return changed;
}

bool FormEdits::setEmptyList(PolicyTextEditor& editor, const std::string& pointer)
{
    return editor.setValue(pointer, ordered_json::array());
}

bool FormEdits::setPrincipalEveryone(PolicyTextEditor& editor, const std::string& statementPointer)
{
    return editor.setValue(appendPointer(statementPointer, "Principal"), ordered_json("*"));
}

bool FormEdits::clearPrincipalEveryone(PolicyTextEditor& editor, const std::string& statementPointer)
{
    return editor.setValue(
        appendPointer(statementPointer, "Principal"), ordered_json { { "AWS", ordered_json::array() } });
}

bool FormEdits::addPrincipal(PolicyTextEditor& editor, const std::string& statementPointer, const Statement& statement,
    const std::string& type, const std::string& id)
{
    const std::string principalPointer = appendPointer(statementPointer, "Principal");
    // A new statement's `{"AWS": []}` only holds the place: the first principal replaces it.
    const bool onlyEmpty = statement.principal
        && std::all_of(statement.principal->entries.begin(), statement.principal->entries.end(),
            [](const PrincipalEntry& entry) { return entry.ids.values.empty(); });
    if (!statement.principal || statement.principal->isWildcard || onlyEmpty)
        return editor.setValue(principalPointer, ordered_json { { type, id } });
    if (const PrincipalEntry* entry = findEntry(*statement.principal, type)) {
        if (std::find(entry->ids.values.begin(), entry->ids.values.end(), id) != entry->ids.values.end())
            return false;
        return editor.insertElement(appendPointer(principalPointer, type), entry->ids.values.size(), ordered_json(id));
    }
    return editor.setValue(appendPointer(principalPointer, type), ordered_json(id));
}

bool FormEdits::removePrincipal(PolicyTextEditor& editor, const std::string& statementPointer,
    const Statement& statement, const std::string& type, const std::string& id)
{
    if (!statement.principal)
        return false;
    const std::string principalPointer = appendPointer(statementPointer, "Principal");
    const PrincipalEntry* entry = findEntry(*statement.principal, type);
    if (!entry)
        return false;
    std::vector<std::string> remaining = entry->ids.values;
    const auto found = std::find(remaining.begin(), remaining.end(), id);
    if (found == remaining.end())
        return false;
    remaining.erase(found);
    if (!remaining.empty())
        return editor.setStringList(appendPointer(principalPointer, type), remaining);
    // An empty Principal object does not parse; a statement without one does (the linter says why).
    if (statement.principal->entries.size() > 1)
        return editor.remove(appendPointer(principalPointer, type));
    return editor.setValue(principalPointer, ordered_json { { type, ordered_json::array() } });
}

bool FormEdits::setCondition(PolicyTextEditor& editor, const std::string& statementPointer, const Statement& statement,
    const std::string& op, const std::string& key, const std::vector<std::string>& values)
{
    const std::string conditionPointer = appendPointer(statementPointer, "Condition");
    if (!statement.condition)
        return editor.setValue(conditionPointer, ordered_json { { op, ordered_json { { key, valuesJson(values) } } } });
    const std::string opPointer = appendPointer(conditionPointer, op);
    if (!findClause(statement, op))
        return editor.setValue(opPointer, ordered_json { { key, valuesJson(values) } });
    return editor.setValue(appendPointer(opPointer, key), valuesJson(values));
}

bool FormEdits::removeCondition(PolicyTextEditor& editor, const std::string& statementPointer,
    const Statement& statement, const std::string& op, const std::string& key)
{
    const ConditionClause* clause = findClause(statement, op);
    if (!clause)
        return false;
    const std::string conditionPointer = appendPointer(statementPointer, "Condition");
    const std::string opPointer = appendPointer(conditionPointer, op);
    if (clause->keys.size() > 1)
        return editor.remove(appendPointer(opPointer, key));
    if (statement.condition->size() > 1)
        return editor.remove(opPointer);
    return editor.remove(conditionPointer);
}

} // namespace iam::ui
