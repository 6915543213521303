#include "core/lint/rules/GithubOidcSubRule.h"

#include <algorithm>

#include "core/catalog/AsciiCase.h"
#include "core/json/JsonPointer.h"

namespace iam {
namespace {

constexpr std::string_view kGithubHost = "token.actions.githubusercontent.com";

enum class SubCondition { Missing, MatchesEverything, Present };

SubCondition subCondition(const Statement& statement)
{
    if (!statement.condition)
        return SubCondition::Missing;
    const std::string subKey = std::string(kGithubHost) + ":sub";
    bool found = false;
    for (const auto& clause : *statement.condition) {
        for (const auto& entry : clause.keys) {
            if (!equalsIgnoreCase(entry.key, subKey))
                continue;
            found = true;
            for (const auto& value : entry.values) {
                if (value.text != "*" && value.text != "repo:*")
                    return SubCondition::Present;
            }
        }
    }
    return found ? SubCondition::MatchesEverything : SubCondition::Missing;
}

}  // namespace

std::string_view GithubOidcSubRule::id() const
{
    return "github-oidc-sub";
}

std::vector<std::string_view> GithubOidcSubRule::codes() const
{
    return {"OIDC_GITHUB_WITHOUT_SUB_CONDITION"};
}

void GithubOidcSubRule::check(const LintContext& context, std::vector<Diagnostic>& out) const
{
    const Policy& policy = *context.policy();
    for (std::size_t i = 0; i < policy.statements.size(); ++i) {
        const Statement& statement = policy.statements[i];
        if (statement.effect != Effect::Allow || !statement.principal)
            continue;
        for (const auto& entry : statement.principal->entries) {
            if (entry.type != "Federated")
                continue;
            const bool github
                = std::any_of(entry.ids.values.begin(), entry.ids.values.end(),
                              [](const std::string& id) { return id.find(kGithubHost) != std::string::npos; });
            if (!github)
                continue;
            const SubCondition sub = subCondition(statement);
            if (sub == SubCondition::Present)
                break;
            out.push_back(context.at(
                "OIDC_GITHUB_WITHOUT_SUB_CONDITION", Severity::SecurityWarning,
                appendPointer(appendPointer(statementPointer(policy, i), "Principal"), "Federated"),
                sub == SubCondition::Missing
                    ? "any GitHub Actions workflow, in anyone's repository, can assume this role"
                    : "the `sub` condition matches every repository, so any GitHub Actions workflow can assume this "
                      "role",
                "add a condition on `token.actions.githubusercontent.com:sub` naming your repository, e.g. "
                "`\"StringLike\": {\"token.actions.githubusercontent.com:sub\": \"repo:my-org/my-repo:*\"}`"));
            break;
        }
    }
}

}  // namespace iam
