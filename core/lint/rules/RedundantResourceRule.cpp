#include "core/lint/rules/RedundantResourceRule.h"

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
    // ARNs are case-sensitive: `my-bucket` and `My-Bucket` are two buckets.
    const RedundantEntryCheck check {"REDUNDANT_RESOURCE", "Resource", "NotResource",
                                     &Statement::resource, &Statement::notResource, false, ""};
    reportRedundantEntries(context, check, out);
}

}  // namespace iam
