#include "core/lint/rules/SetOperatorRule.h"

#include "core/catalog/Catalog.h"
#include "core/eval/ConditionOperator.h"

namespace iam {

std::string_view SetOperatorRule::id() const
{
    return "set-operator";
}

std::vector<std::string_view> SetOperatorRule::codes() const
{
    return {"MISSING_SET_OPERATOR_FOR_MULTIVALUED_KEY", "SET_OPERATOR_ON_SINGLE_VALUED_KEY"};
}

void SetOperatorRule::check(const LintContext& context, std::vector<Diagnostic>& out) const
{
    const Policy& policy = *context.policy();
    context.forEachConditionKey([&](std::size_t statementIndex, const ConditionClause& clause,
                                    const ConditionKeyValues& keyValues, const std::string& pointer) {
        // An unknown operator is condition-operator's to report; its qualifier cannot be judged.
        if (!parseConditionOperator(clause.op))
            return;
        const CatalogConditionKey* key = context.findConditionKey(keyValues.key);
        if (!key || key->type.empty())
            return;
        const std::string_view op = clause.op;
        const bool forAll = op.starts_with("ForAllValues:");
        const bool forAny = op.starts_with("ForAnyValue:");
        const bool multivalued = key->type.starts_with("ArrayOf");
        const std::string quotedKey = "`" + keyValues.key + "`";
        if (multivalued && !forAll && !forAny) {
            // Null asks whether the key is present at all, which needs no qualifier.
            if (op == "Null")
                return;
            out.push_back(context.at("MISSING_SET_OPERATOR_FOR_MULTIVALUED_KEY", Severity::Warning, pointer,
                quotedKey + " holds a list of values, but `" + clause.op + "` compares it as one value",
                "write `ForAnyValue:" + clause.op + "` (at least one value matches) or `ForAllValues:" + clause.op
                    + "` (every value matches)",
                LintContext::Anchor::Key));
            return;
        }
        if (multivalued || (!forAll && !forAny))
            return;
        const std::string base(op.substr(op.find(':') + 1));
        // ForAllValues is also true when the key is missing from the request, so in an Allow it can
        // grant access to requests that lack the key entirely.
        const bool grantsMore = forAll && policy.statements[statementIndex].effect == Effect::Allow;
        out.push_back(context.at("SET_OPERATOR_ON_SINGLE_VALUED_KEY",
            grantsMore ? Severity::SecurityWarning : Severity::Warning, pointer,
            quotedKey + " holds a single value, so `" + clause.op + "` is the wrong operator"
                + (grantsMore ? ": it also matches requests without the key" : ""),
            "write `" + base + "`; `ForAllValues:` and `ForAnyValue:` are for keys that hold lists, like `aws:TagKeys`",
            LintContext::Anchor::Key));
    });
}

}  // namespace iam
