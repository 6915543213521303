#include "core/lint/rules/EmptyElementRule.h"

#include "core/json/JsonPointer.h"

namespace iam {
namespace {

std::string upper(std::string_view element)
{
    std::string result;
    for (std::size_t i = 0; i < element.size(); ++i) {
        const char c = element[i];
        if (i > 0 && c >= 'A' && c <= 'Z')
            result += '_';
        result += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
    }
    return result;
}

}  // namespace

std::string_view EmptyElementRule::id() const
{
    return "empty-element";
}

std::vector<std::string_view> EmptyElementRule::codes() const
{
    return {"EMPTY_ARRAY_STATEMENT",     "EMPTY_ARRAY_ACTION",       "EMPTY_ARRAY_NOT_ACTION",
            "EMPTY_ARRAY_RESOURCE",      "EMPTY_ARRAY_NOT_RESOURCE", "EMPTY_ARRAY_PRINCIPAL",
            "EMPTY_ARRAY_NOT_PRINCIPAL", "EMPTY_ARRAY_CONDITION",    "EMPTY_OBJECT_CONDITION"};
}

void EmptyElementRule::check(const LintContext& context, std::vector<Diagnostic>& out) const
{
    const Policy& policy = *context.policy();
    if (policy.statements.empty() && policy.statementIsList) {
        out.push_back(context.at("EMPTY_ARRAY_STATEMENT", Severity::Suggestion, "/Statement",
                                 "the `Statement` array is empty, so the policy allows and denies nothing",
                                 "add a statement, or delete the policy if it is not needed"));
    }
    const auto emptyList = [&](const std::optional<StringOrList>& list, const std::string& pointer,
                               std::string_view element) {
        if (!list || !list->isList || !list->values.empty())
            return;
        const bool statementIgnored = element == "Action" || element == "NotAction";
        out.push_back(context.at("EMPTY_ARRAY_" + upper(element), Severity::Suggestion, pointer,
                                 "`" + std::string(element) + "` is an empty array",
                                 statementIgnored ? "list at least one action, or remove the statement: as written it "
                                                    "matches no request"
                                                  : "list at least one entry, or remove the element: as written it "
                                                    "matches nothing"));
    };
    for (std::size_t i = 0; i < policy.statements.size(); ++i) {
        const Statement& statement = policy.statements[i];
        const std::string pointer = statementPointer(policy, i);
        emptyList(statement.action, appendPointer(pointer, "Action"), "Action");
        emptyList(statement.notAction, appendPointer(pointer, "NotAction"), "NotAction");
        emptyList(statement.resource, appendPointer(pointer, "Resource"), "Resource");
        emptyList(statement.notResource, appendPointer(pointer, "NotResource"), "NotResource");
        for (const auto& [element, principal] :
             {std::pair {"Principal", &statement.principal}, std::pair {"NotPrincipal", &statement.notPrincipal}}) {
            if (!*principal)
                continue;
            for (const auto& entry : (*principal)->entries)
                emptyList(entry.ids, appendPointer(appendPointer(pointer, element), entry.type), element);
        }
        if (!statement.condition)
            continue;
        const std::string conditionPointer = appendPointer(pointer, "Condition");
        if (statement.condition->empty()) {
            out.push_back(context.at("EMPTY_OBJECT_CONDITION", Severity::Suggestion, conditionPointer,
                                     "`Condition` is an empty object", "add a condition or remove the element"));
        }
        for (const auto& clause : *statement.condition) {
            const std::string opPointer = appendPointer(conditionPointer, clause.op);
            if (clause.keys.empty()) {
                out.push_back(
                    context.at("EMPTY_OBJECT_CONDITION", Severity::Suggestion, opPointer,
                               "the `" + clause.op + "` block names no condition key",
                               "add a key and its values, e.g. `\"aws:PrincipalOrgID\": \"o-a1b2c3d4e5\"`, or "
                               "remove the block"));
            }
            for (const auto& entry : clause.keys) {
                if (!entry.isList || !entry.values.empty())
                    continue;
                out.push_back(context.at("EMPTY_ARRAY_CONDITION", Severity::Suggestion,
                                         appendPointer(opPointer, entry.key),
                                         "`" + entry.key + "` is compared with an empty array",
                                         "list at least one value: a condition with no values is never true (unless "
                                         "its operator ends in `IfExists` and the key is absent)"));
            }
        }
    }
}

}  // namespace iam
