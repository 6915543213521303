#include "core/lint/rules/ServicePrincipalSourceRule.h"

#include "core/json/JsonPointer.h"
#include "core/lint/PolicyQueries.h"

namespace iam {

std::string_view ServicePrincipalSourceRule::id() const
{
    return "service-principal-source";
}

std::vector<std::string_view> ServicePrincipalSourceRule::codes() const
{
    return {"SERVICE_PRINCIPAL_WITHOUT_SOURCE_CONDITION"};
}

void ServicePrincipalSourceRule::check(const LintContext& context, std::vector<Diagnostic>& out) const
{
    // Trust policies for service roles rarely carry these keys and the service itself assumes the role,
    // so the check is for resource policies, where a service acts on behalf of someone's resource.
    if (context.kind() != PolicyKind::Resource)
        return;
    const Policy& policy = *context.policy();
    for (std::size_t i = 0; i < policy.statements.size(); ++i) {
        const Statement& statement = policy.statements[i];
        if (statement.effect != Effect::Allow || !statement.principal)
            continue;
        const bool limited = conditionUsesKey(statement, "aws:SourceArn")
            || conditionUsesKey(statement, "aws:SourceAccount") || conditionUsesKey(statement, "aws:SourceOrgID")
            || conditionUsesKey(statement, "aws:SourceOrgPaths");
        if (limited)
            continue;
        for (const auto& entry : statement.principal->entries) {
            if (entry.type != "Service" || entry.ids.values.empty())
                continue;
            out.push_back(context.at(
                "SERVICE_PRINCIPAL_WITHOUT_SOURCE_CONDITION", Severity::SecurityWarning,
                appendPointer(appendPointer(statementPointer(policy, i), "Principal"), "Service"),
                "`" + entry.ids.values.front() + "` may act here on behalf of any AWS account's resources",
                "add a condition naming your resource or account, e.g. `\"StringEquals\": {\"aws:SourceAccount\": "
                "\"111122223333\"}` or `\"ArnLike\": {\"aws:SourceArn\": \"arn:aws:...\"}`, so another customer "
                "cannot use the service to reach it (the confused deputy problem)"));
        }
    }
}

}  // namespace iam
