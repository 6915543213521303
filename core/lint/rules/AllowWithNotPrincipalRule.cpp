#include "core/lint/rules/AllowWithNotPrincipalRule.h"

#include "core/json/JsonPointer.h"

namespace iam {

std::string_view AllowWithNotPrincipalRule::id() const
{
    return "allow-with-not-principal";
}

std::vector<std::string_view> AllowWithNotPrincipalRule::codes() const
{
    return {"ALLOW_WITH_NOT_PRINCIPAL"};
}

void AllowWithNotPrincipalRule::check(const LintContext& context, std::vector<Diagnostic>& out) const
{
    const Policy& policy = *context.policy();
    for (std::size_t i = 0; i < policy.statements.size(); ++i) {
        const Statement& statement = policy.statements[i];
        if (statement.effect != Effect::Allow || !statement.notPrincipal)
            continue;
        out.push_back(
            context.at("ALLOW_WITH_NOT_PRINCIPAL", Severity::SecurityWarning,
                       appendPointer(statementPointer(policy, i), "NotPrincipal"),
                       "`Allow` with `NotPrincipal` allows everyone except the principals listed, "
                       "anonymous users included",
                       "name who is allowed in `Principal` instead; keep `NotPrincipal` for `Deny` statements",
                       LintContext::Anchor::Key));
    }
}

}  // namespace iam
