#include "core/lint/rules/MissingVersionRule.h"

#include "core/lint/LintFixes.h"

namespace iam {

std::string_view MissingVersionRule::id() const
{
    return "missing-version";
}

std::vector<std::string_view> MissingVersionRule::codes() const
{
    return {"MISSING_VERSION"};
}

void MissingVersionRule::check(const LintContext& context, std::vector<Diagnostic>& out) const
{
    if (context.policy()->version)
        return;
    Diagnostic diagnostic = context.at("MISSING_VERSION", Severity::Warning, "", "the policy has no `Version`",
                                       "add `\"Version\": \"2012-10-17\"` as the first element: without it AWS reads "
                                       "the policy as 2008-10-17, where policy variables such as `${aws:username}` "
                                       "are plain text");
    // The whole document is the element at fault; its opening brace is where to add the line.
    diagnostic.span.length = diagnostic.span.isKnown() ? 1 : 0;
    attachFix(diagnostic, "Add \"Version\": \"2012-10-17\"",
              insertFirstMemberEdit(context, "", std::string("\"Version\": \"") + kPolicyVersion2012 + "\""));
    out.push_back(std::move(diagnostic));
}

}  // namespace iam
