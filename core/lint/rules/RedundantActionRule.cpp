#include "core/lint/rules/RedundantActionRule.h"

#include "core/catalog/AsciiCase.h"
#include "core/json/JsonPointer.h"
#include "core/lint/LintFixes.h"
#include "core/lint/RedundantEntries.h"

namespace iam {

std::string_view RedundantActionRule::id() const
{
    return "redundant-action";
}

std::vector<std::string_view> RedundantActionRule::codes() const
{
    return {"REDUNDANT_ACTION"};
}

void RedundantActionRule::check(const LintContext& context, std::vector<Diagnostic>& out) const
{
    const Policy& policy = *context.policy();
    for (std::size_t i = 0; i < policy.statements.size(); ++i) {
        const Statement& statement = policy.statements[i];
        for (const auto& [element, list] :
             {std::pair {"Action", &statement.action}, std::pair {"NotAction", &statement.notAction}}) {
            if (!*list)
                continue;
            const auto& values = (*list)->values;
            const std::string elementPointer = appendPointer(statementPointer(policy, i), element);
            const auto covering = findCoveringEntries(values, true);
            for (std::size_t k = 0; k < values.size(); ++k) {
                if (!covering[k])
                    continue;
                const std::string& other = values[*covering[k]];
                const bool same = equalsIgnoreCase(other, values[k]);
                Diagnostic diagnostic = context.at(
                    "REDUNDANT_ACTION", Severity::Suggestion,
                    LintContext::entryPointer(elementPointer, (*list)->isList, k),
                    same ? "`" + values[k] + "` is listed twice in `" + element + "`"
                         : "`" + values[k] + "` is already covered by `" + other + "` in `" + element + "`",
                    "remove `" + values[k] + "`; action names ignore letter case");
                // Removing an entry the list already grants changes nothing the policy allows.
                if ((*list)->isList)
                    attachFix(diagnostic, "Remove " + values[k], removeEntryEdit(context, elementPointer, k, values.size()));
                out.push_back(std::move(diagnostic));
            }
        }
    }
}

}  // namespace iam
