#include "core/lint/rules/AllowAllRule.h"

#include "core/json/JsonPointer.h"
#include "core/lint/PolicyQueries.h"

namespace iam {

std::string_view AllowAllRule::id() const
{
    return "allow-all";
}

std::vector<std::string_view> AllowAllRule::codes() const
{
    return {"ALLOW_ALL_ACTIONS_ON_ALL_RESOURCES"};
}

void AllowAllRule::check(const LintContext& context, std::vector<Diagnostic>& out) const
{
    // SCPs, RCPs, boundaries and session policies only set limits: `*` on `*` there grants nothing.
    if (context.kind() != PolicyKind::Identity && context.kind() != PolicyKind::Resource)
        return;
    const Policy& policy = *context.policy();
    for (std::size_t i = 0; i < policy.statements.size(); ++i) {
        const Statement& statement = policy.statements[i];
        if (statement.effect != Effect::Allow || !statement.action)
            continue;
        const bool allActions = containsValue(statement.action, "*") || containsValue(statement.action, "*:*");
        const bool allResources = containsValue(statement.resource, "*");
        if (!allActions || !allResources)
            continue;
        const std::string pointer = appendPointer(statementPointer(policy, i), "Action");
        out.push_back(context.at("ALLOW_ALL_ACTIONS_ON_ALL_RESOURCES", Severity::SecurityWarning, pointer,
                                 statement.condition ? "the statement allows every action on every resource when its "
                                                       "condition holds"
                                                     : "the statement allows every action on every resource",
                                 "this is full administrator access; list the actions the job needs (e.g. "
                                 "`s3:GetObject`) and the resources they need them on",
                                 LintContext::Anchor::Key));
    }
}

}  // namespace iam
