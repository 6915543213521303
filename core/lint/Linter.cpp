#include "core/lint/Linter.h"

#include "core/lint/rules/AllowAllRule.h"
#include "core/lint/rules/AllowWithNotActionRule.h"
#include "core/lint/rules/AllowWithNotPrincipalRule.h"
#include "core/lint/rules/ArnPartForServiceRule.h"
#include "core/lint/rules/CidrHostBitsRule.h"
#include "core/lint/rules/ConditionKeyFormatRule.h"
#include "core/lint/rules/ConditionOperatorRule.h"
#include "core/lint/rules/ConditionValueTypeRule.h"
#include "core/lint/rules/CredentialsRule.h"
#include "core/lint/rules/DeprecatedGlobalKeyRule.h"
#include "core/lint/rules/DuplicateSidRule.h"
#include "core/lint/rules/EmptyElementRule.h"
#include "core/lint/rules/GithubOidcSubRule.h"
#include "core/lint/rules/MissingResourceRule.h"
#include "core/lint/rules/MissingSidRule.h"
#include "core/lint/rules/MissingVersionRule.h"
#include "core/lint/rules/OperatorKeyTypeRule.h"
#include "core/lint/rules/PassRoleRule.h"
#include "core/lint/rules/PolicySizeRule.h"
#include "core/lint/rules/PolicyVariableRule.h"
#include "core/lint/rules/PrincipalElementRule.h"
#include "core/lint/rules/PublicPrincipalRule.h"
#include "core/lint/rules/RedundantActionRule.h"
#include "core/lint/rules/RedundantResourceRule.h"
#include "core/lint/rules/RedundantStatementRule.h"
#include "core/lint/rules/ResourceArnRule.h"
#include "core/lint/rules/ResourceTypeMismatchRule.h"
#include "core/lint/rules/ServicePrincipalSourceRule.h"
#include "core/lint/rules/SetOperatorRule.h"
#include "core/lint/rules/SidFormatRule.h"
#include "core/lint/rules/UnknownActionRule.h"
#include "core/lint/rules/UnknownConditionKeyRule.h"
#include "core/lint/rules/WildcardWithoutLikeRule.h"

namespace iam {

const std::vector<std::unique_ptr<LintRule>>& lintRules()
{
    // Grouped by what they catch (errors, security warnings, warnings, suggestions); the findings are
    // sorted by position afterwards, so this order only decides ties.
    static const std::vector<std::unique_ptr<LintRule>> rules = [] {
        std::vector<std::unique_ptr<LintRule>> list;
        list.push_back(std::make_unique<PrincipalElementRule>());
        list.push_back(std::make_unique<MissingResourceRule>());
        list.push_back(std::make_unique<DuplicateSidRule>());
        list.push_back(std::make_unique<SidFormatRule>());
        list.push_back(std::make_unique<ResourceArnRule>());
        list.push_back(std::make_unique<UnknownActionRule>());
        list.push_back(std::make_unique<ArnPartForServiceRule>());
        list.push_back(std::make_unique<ConditionOperatorRule>());
        list.push_back(std::make_unique<ConditionKeyFormatRule>());
        list.push_back(std::make_unique<PolicyVariableRule>());
        list.push_back(std::make_unique<PolicySizeRule>());
        list.push_back(std::make_unique<AllowAllRule>());
        list.push_back(std::make_unique<PassRoleRule>());
        list.push_back(std::make_unique<AllowWithNotActionRule>());
        list.push_back(std::make_unique<AllowWithNotPrincipalRule>());
        list.push_back(std::make_unique<PublicPrincipalRule>());
        list.push_back(std::make_unique<ServicePrincipalSourceRule>());
        list.push_back(std::make_unique<GithubOidcSubRule>());
        list.push_back(std::make_unique<SetOperatorRule>());
        list.push_back(std::make_unique<CredentialsRule>());
        list.push_back(std::make_unique<MissingVersionRule>());
        list.push_back(std::make_unique<WildcardWithoutLikeRule>());
        list.push_back(std::make_unique<ConditionValueTypeRule>());
        list.push_back(std::make_unique<OperatorKeyTypeRule>());
        list.push_back(std::make_unique<DeprecatedGlobalKeyRule>());
        list.push_back(std::make_unique<ResourceTypeMismatchRule>());
        list.push_back(std::make_unique<UnknownConditionKeyRule>());
        list.push_back(std::make_unique<EmptyElementRule>());
        list.push_back(std::make_unique<RedundantActionRule>());
        list.push_back(std::make_unique<RedundantResourceRule>());
        list.push_back(std::make_unique<RedundantStatementRule>());
        list.push_back(std::make_unique<CidrHostBitsRule>());
        list.push_back(std::make_unique<MissingSidRule>());
        return list;
    }();
    return rules;
}

std::vector<Diagnostic> lint(const PolicyParseResult& parsed, std::string_view text, PolicyKind kind,
                             const Catalog* catalog)
{
    std::vector<Diagnostic> diagnostics = parsed.diagnostics;
    const LintContext context(text, parsed.sourceMap, parsed.policy ? &*parsed.policy : nullptr, kind, catalog);
    for (const auto& rule : lintRules()) {
        if (rule->needsPolicy() && !parsed.policy)
            continue;
        if (rule->needsCatalog() && !catalog)
            continue;
        rule->check(context, diagnostics);
    }
    sortByPosition(diagnostics);
    return diagnostics;
}

std::vector<Diagnostic> lint(std::string_view text, PolicyKind kind, const Catalog* catalog)
{
    return lint(parsePolicy(text), text, kind, catalog);
}

}  // namespace iam
