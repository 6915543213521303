#include "core/lint/rules/MissingResourceRule.h"

namespace iam {

std::string_view MissingResourceRule::id() const
{
    return "missing-resource";
}

std::vector<std::string_view> MissingResourceRule::codes() const
{
    return {"MISSING_RESOURCE"};
}

void MissingResourceRule::check(const LintContext& context, std::vector<Diagnostic>& out) const
{
    // Resource policies take their resource from what they are attached to, trust policies from the
    // role; SCPs default to every resource. The policies attached to principals must say.
    const PolicyKind kind = context.kind();
    if (kind != PolicyKind::Identity && kind != PolicyKind::Boundary && kind != PolicyKind::Session)
        return;
    const Policy& policy = *context.policy();
    for (std::size_t i = 0; i < policy.statements.size(); ++i) {
        const Statement& statement = policy.statements[i];
        if (statement.resource || statement.notResource)
            continue;
        out.push_back(context.at("MISSING_RESOURCE", Severity::Error, statementPointer(policy, i),
                                 "the statement has no `Resource`",
                                 "add the ARNs it applies to, e.g. `\"Resource\": \"arn:aws:s3:::my-bucket/*\"`, or "
                                 "`\"Resource\": \"*\"` for actions that act on no particular resource"));
    }
}

}  // namespace iam
