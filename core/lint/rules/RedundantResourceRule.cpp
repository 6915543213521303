#include "core/lint/rules/RedundantResourceRule.h"

#include "core/json/JsonPointer.h"
#include "core/lint/LintFixes.h"
#include "core/lint/RedundantEntries.h"

namespace iam {

std::string_view RedundantResourceRule::id() const
{
    return "redundant-resource";
}

std::vector<std::string_view> RedundantResourceRule::codes() const
{
    return {"REDUNDANT_RESOURCE"};
}

void RedundantResourceRule::check(const LintContext& context, std::vector<Diagnostic>& out) const
{
    const Policy& policy = *context.policy();
    for (std::size_t i = 0; i < policy.statements.size(); ++i) {
        const Statement& statement = policy.statements[i];
        for (const auto& [element, list] :
             {std::pair {"Resource", &statement.resource}, std::pair {"NotResource", &statement.notResource}}) {
            if (!*list)
                continue;
            const auto& values = (*list)->values;
            const std::string elementPointer = appendPointer(statementPointer(policy, i), element);
            // ARNs are case-sensitive: `my-bucket` and `My-Bucket` are two buckets.
            const auto covering = findCoveringEntries(values, false);
            for (std::size_t k = 0; k < values.size(); ++k) {
                if (!covering[k])
                    continue;
                const std::string& other = values[*covering[k]];
                const bool same = other == values[k];
                Diagnostic diagnostic = context.at(
                    "REDUNDANT_RESOURCE", Severity::Suggestion,
                    LintContext::entryPointer(elementPointer, (*list)->isList, k),
                    same ? "`" + values[k] + "` is listed twice in `" + element + "`"
                         : "`" + values[k] + "` is already covered by `" + other + "` in `" + element + "`",
                    "remove `" + values[k] + "`");
                if ((*list)->isList)
                    attachFix(diagnostic, "Remove " + values[k], removeEntryEdit(context, elementPointer, k, values.size()));
                out.push_back(std::move(diagnostic));
            }
        }
    }
}

}  // namespace iam
