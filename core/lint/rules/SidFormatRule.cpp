#include "core/lint/rules/SidFormatRule.h"

#include <algorithm>

#include "core/json/JsonPointer.h"
#include "core/lint/LintFixes.h"

namespace iam {
namespace {

bool isSidCharacter(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

}  // namespace

std::string_view SidFormatRule::id() const
{
    return "sid-format";
}

std::vector<std::string_view> SidFormatRule::codes() const
{
    return {"INVALID_SID"};
}

void SidFormatRule::check(const LintContext& context, std::vector<Diagnostic>& out) const
{
    // The letters-and-digits rule is IAM's; services that store their own resource policies (S3, SQS,
    // SNS, ...) and Organizations accept more.
    const PolicyKind kind = context.kind();
    if (kind != PolicyKind::Identity && kind != PolicyKind::Boundary && kind != PolicyKind::Trust
        && kind != PolicyKind::Session)
        return;
    const Policy& policy = *context.policy();
    for (std::size_t i = 0; i < policy.statements.size(); ++i) {
        const auto& sid = policy.statements[i].sid;
        if (!sid)
            continue;
        const auto bad = std::find_if_not(sid->begin(), sid->end(), isSidCharacter);
        if (bad == sid->end())
            continue;
        const std::string pointer = appendPointer(statementPointer(policy, i), "Sid");
        std::string cleaned;
        std::copy_if(sid->begin(), sid->end(), std::back_inserter(cleaned), isSidCharacter);
        Diagnostic diagnostic = context.at(
            "INVALID_SID", Severity::Error, pointer,
            "the Sid `" + *sid + "` contains characters other than letters and digits",
            cleaned.empty() ? std::string("use only the letters A-Z, a-z and the digits 0-9, e.g. `AllowReadLogs`")
                            : "use only letters and digits, e.g. `" + cleaned + "`");
        diagnostic.span = context.spanInsideString(pointer, static_cast<std::size_t>(bad - sid->begin()), 1);
        // The stripped Sid is offered only when no other statement has it: the fix must not trade
        // this error for a duplicate Sid.
        const bool taken = std::any_of(policy.statements.begin(), policy.statements.end(),
                                       [&](const Statement& other) { return other.sid == cleaned; });
        if (!cleaned.empty() && !taken)
            attachFix(diagnostic, "Rename the Sid to " + cleaned, replaceValueEdit(context, pointer, jsonQuoted(cleaned)));
        out.push_back(std::move(diagnostic));
    }
}

}  // namespace iam
