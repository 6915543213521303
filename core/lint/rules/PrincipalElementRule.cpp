#include "core/lint/rules/PrincipalElementRule.h"

#include "core/json/JsonPointer.h"

namespace iam {

std::string_view PrincipalElementRule::id() const
{
    return "principal-element";
}

std::vector<std::string_view> PrincipalElementRule::codes() const
{
    return {"UNSUPPORTED_PRINCIPAL", "SCP_SYNTAX_ERROR_PRINCIPAL", "MISSING_PRINCIPAL"};
}

void PrincipalElementRule::check(const LintContext& context, std::vector<Diagnostic>& out) const
{
    const Policy& policy = *context.policy();
    const PolicyKind kind = context.kind();
    const std::string kindTitle = policyKindWithArticle(kind);
    for (std::size_t i = 0; i < policy.statements.size(); ++i) {
        const Statement& statement = policy.statements[i];
        const std::string pointer = statementPointer(policy, i);
        const bool hasPrincipal = statement.principal || statement.notPrincipal;
        if (kindRequiresPrincipal(kind)) {
            if (!hasPrincipal) {
                out.push_back(context.at("MISSING_PRINCIPAL", Severity::Error, pointer,
                                         "the statement names no `Principal`, which " + kindTitle + " needs",
                                         kind == PolicyKind::Trust
                                             ? "add who may assume the role, e.g. `\"Principal\": {\"Service\": "
                                               "\"ec2.amazonaws.com\"}`"
                                             : "add who the statement applies to, e.g. `\"Principal\": {\"AWS\": "
                                               "\"arn:aws:iam::111122223333:root\"}`"));
            }
            continue;
        }
        if (!hasPrincipal)
            continue;
        const std::string element = statement.principal ? "Principal" : "NotPrincipal";
        const std::string elementPointer = appendPointer(pointer, element);
        if (kind == PolicyKind::Scp) {
            out.push_back(context.at("SCP_SYNTAX_ERROR_PRINCIPAL", Severity::Error, elementPointer,
                                     "a service control policy cannot have `" + element + "`",
                                     "remove it: an SCP applies to every principal in the accounts it is attached "
                                     "to; narrow it with a condition such as `aws:PrincipalArn`",
                                     LintContext::Anchor::Key));
        } else {
            out.push_back(context.at("UNSUPPORTED_PRINCIPAL", Severity::Error, elementPointer,
                                     kindTitle + " cannot have `" + element + "`",
                                     "remove it: this policy applies to whoever it is attached to; `Principal` "
                                     "belongs in resource-based and trust policies",
                                     LintContext::Anchor::Key));
        }
    }
}

}  // namespace iam
