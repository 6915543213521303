#include "core/lint/rules/AllowWithNotActionRule.h"

#include "core/json/JsonPointer.h"

namespace iam {

std::string_view AllowWithNotActionRule::id() const
{
    return "allow-with-not-action";
}

std::vector<std::string_view> AllowWithNotActionRule::codes() const
{
    return {"ALLOW_WITH_NOT_ACTION"};
}

void AllowWithNotActionRule::check(const LintContext& context, std::vector<Diagnostic>& out) const
{
    // SCPs, RCPs, boundaries and session policies only limit: there `Allow` with `NotAction` grants nothing.
    const PolicyKind kind = context.kind();
    if (kind != PolicyKind::Identity && kind != PolicyKind::Resource && kind != PolicyKind::Trust)
        return;
    const Policy& policy = *context.policy();
    for (std::size_t i = 0; i < policy.statements.size(); ++i) {
        const Statement& statement = policy.statements[i];
        if (statement.effect != Effect::Allow || !statement.notAction)
            continue;
        out.push_back(context.at("ALLOW_WITH_NOT_ACTION", Severity::SecurityWarning,
                                 appendPointer(statementPointer(policy, i), "NotAction"),
                                 "`Allow` with `NotAction` allows every action except the ones listed",
                                 "list what is allowed in `Action` instead; `NotAction` with `Allow` also grants every "
                                 "action AWS adds in future. `NotAction` is safe with `Deny`",
                                 LintContext::Anchor::Key));
    }
}

}  // namespace iam
