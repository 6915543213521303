#include "core/lint/rules/RedundantActionRule.h"

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
    const RedundantEntryCheck check {"REDUNDANT_ACTION", "Action", "NotAction", &Statement::action,
                                     &Statement::notAction, true, "; action names ignore letter case"};
    reportRedundantEntries(context, check, out);
}

}  // namespace iam
