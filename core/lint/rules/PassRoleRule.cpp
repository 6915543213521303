#include "core/lint/rules/PassRoleRule.h"

#include "core/json/JsonPointer.h"
#include "core/lint/PolicyQueries.h"
#include "core/policy/Arn.h"

namespace iam {
namespace {

// `*`, or an IAM ARN that names every role (`arn:aws:iam::*:role/*`, `arn:aws:iam::111122223333:*`).
bool namesAnyRole(const std::string& resource)
{
    if (resource == "*")
        return true;
    const ArnParseResult parsed = parseArn(resource);
    if (!parsed.arn)
        return false;
    const Arn& arn = *parsed.arn;
    if (arn.service != "iam" && arn.service != "*")
        return false;
    return arn.resource == "*" || arn.resource == "role/*" || arn.resource == "role*";
}

}  // namespace

std::string_view PassRoleRule::id() const
{
    return "pass-role";
}

std::vector<std::string_view> PassRoleRule::codes() const
{
    return {"PASS_ROLE_WITH_STAR_IN_RESOURCE", "PASS_ROLE_WITH_NOT_RESOURCE"};
}

void PassRoleRule::check(const LintContext& context, std::vector<Diagnostic>& out) const
{
    // Only identity-based policies give a principal iam:PassRole; the other kinds limit or trust.
    if (context.kind() != PolicyKind::Identity)
        return;
    const Policy& policy = *context.policy();
    for (std::size_t i = 0; i < policy.statements.size(); ++i) {
        const Statement& statement = policy.statements[i];
        if (statement.effect != Effect::Allow || !actionsInclude(statement.action, "iam:PassRole"))
            continue;
        // `*` on `*` is reported once, as full access, rather than again for each action it includes.
        if (containsValue(statement.action, "*") || containsValue(statement.action, "*:*"))
            continue;
        // Limiting the services the role may be passed to is AWS's other accepted remedy.
        if (conditionUsesKey(statement, "iam:PassedToService"))
            continue;
        const std::string pointer = statementPointer(policy, i);
        if (statement.notResource) {
            out.push_back(context.at("PASS_ROLE_WITH_NOT_RESOURCE", Severity::SecurityWarning,
                                     appendPointer(pointer, "NotResource"),
                                     "`iam:PassRole` with `NotResource` lets the holder pass every role not listed",
                                     "use `Resource` with the ARNs of the roles to pass, e.g. "
                                     "`arn:aws:iam::111122223333:role/my-app-role`, or add an `iam:PassedToService` "
                                     "condition",
                                     LintContext::Anchor::Key));
            continue;
        }
        if (!statement.resource)
            continue;
        for (std::size_t k = 0; k < statement.resource->values.size(); ++k) {
            const std::string& resource = statement.resource->values[k];
            if (!namesAnyRole(resource))
                continue;
            out.push_back(
                context.at("PASS_ROLE_WITH_STAR_IN_RESOURCE", Severity::SecurityWarning,
                           LintContext::entryPointer(appendPointer(pointer, "Resource"), statement.resource->isList, k),
                           "`iam:PassRole` on `" + resource
                               + "` lets the holder pass any role, including administrator roles, "
                                 "to a service they control",
                           "name the roles to pass, e.g. `arn:aws:iam::111122223333:role/my-app-role`, or add an "
                           "`iam:PassedToService` condition"));
            break;
        }
    }
}

}  // namespace iam
