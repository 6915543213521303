#include "core/lint/rules/PublicPrincipalRule.h"

#include "core/json/JsonPointer.h"
#include "core/lint/PolicyQueries.h"

namespace iam {

std::string_view PublicPrincipalRule::id() const
{
    return "public-principal";
}

std::vector<std::string_view> PublicPrincipalRule::codes() const
{
    return {"PRINCIPAL_WILDCARD_WITHOUT_CONDITION"};
}

void PublicPrincipalRule::check(const LintContext& context, std::vector<Diagnostic>& out) const
{
    if (context.kind() != PolicyKind::Resource && context.kind() != PolicyKind::Trust)
        return;
    const Policy& policy = *context.policy();
    for (std::size_t i = 0; i < policy.statements.size(); ++i) {
        const Statement& statement = policy.statements[i];
        if (statement.effect != Effect::Allow || !statement.principal || !principalIsEveryone(*statement.principal))
            continue;
        const bool hasCondition = statement.condition && !statement.condition->empty();
        if (hasCondition)
            continue;
        const bool trust = context.kind() == PolicyKind::Trust;
        out.push_back(
            context.at("PRINCIPAL_WILDCARD_WITHOUT_CONDITION", Severity::SecurityWarning,
                       appendPointer(statementPointer(policy, i), "Principal"),
                       trust ? "the role can be assumed by anyone in any AWS account"
                             : "the statement allows anyone, in any AWS account or none, to use the resource",
                       trust ? "name the trusted principal, e.g. `{\"AWS\": \"arn:aws:iam::111122223333:root\"}`, "
                               "or add a condition such as `aws:PrincipalOrgID`"
                             : "name the principals, or keep `*` and add a condition such as "
                               "`aws:PrincipalOrgID` or `aws:SourceVpce` that limits who gets in"));
    }
}

}  // namespace iam
