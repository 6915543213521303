#include "core/lint/rules/DuplicateSidRule.h"

#include <map>

#include "core/json/JsonPointer.h"

namespace iam {

std::string_view DuplicateSidRule::id() const
{
    return "duplicate-sid";
}

std::vector<std::string_view> DuplicateSidRule::codes() const
{
    return {"UNIQUE_SIDS_REQUIRED"};
}

void DuplicateSidRule::check(const LintContext& context, std::vector<Diagnostic>& out) const
{
    const Policy& policy = *context.policy();
    std::map<std::string, std::size_t> firstIndex;
    for (std::size_t i = 0; i < policy.statements.size(); ++i) {
        const auto& sid = policy.statements[i].sid;
        if (!sid || sid->empty())
            continue;
        const auto [it, inserted] = firstIndex.emplace(*sid, i);
        if (inserted)
            continue;
        const std::string pointer = appendPointer(statementPointer(policy, i), "Sid");
        const int firstLine
            = context.sourceMap().valueSpan(appendPointer(statementPointer(policy, it->second), "Sid")).line;
        out.push_back(
            context.at("UNIQUE_SIDS_REQUIRED", Severity::Error, pointer,
                       "the Sid `" + *sid + "` is already used by the statement at line " + std::to_string(firstLine),
                       "give each statement its own Sid, e.g. `" + *sid + std::to_string(i + 1) + "`"));
    }
}

}  // namespace iam
