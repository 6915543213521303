#include "core/lint/rules/MissingSidRule.h"

namespace iam {

std::string_view MissingSidRule::id() const
{
    return "missing-sid";
}

std::vector<std::string_view> MissingSidRule::codes() const
{
    return {"MISSING_SID"};
}

void MissingSidRule::check(const LintContext& context, std::vector<Diagnostic>& out) const
{
    const Policy& policy = *context.policy();
    if (policy.statements.size() < 2)
        return;
    for (std::size_t i = 0; i < policy.statements.size(); ++i) {
        if (policy.statements[i].sid)
            continue;
        Diagnostic diagnostic = context.at("MISSING_SID", Severity::Suggestion, statementPointer(policy, i),
                                           "statement " + std::to_string(i + 1) + " has no `Sid`",
                                           "add a short name saying what it is for, e.g. `\"Sid\": \"ReadReports\"`: "
                                           "with several statements, names make the policy easier to read and review");
        diagnostic.span.length = 1;
        out.push_back(std::move(diagnostic));
    }
}

}  // namespace iam
