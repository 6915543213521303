#include "core/lint/rules/ConditionKeyFormatRule.h"


namespace iam {
namespace {

bool isServicePrefix(std::string_view prefix)
{
    if (prefix.empty())
        return false;
    for (const char c : prefix) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
            || c == '.' || c == '_';
        if (!ok)
            return false;
    }
    return true;
}

// `service:key`, where the key may carry a tag or a path after a slash (`aws:PrincipalTag/team`) and
// OIDC and SAML providers name themselves by host (`token.actions.githubusercontent.com:sub`).
bool isWellFormedKey(std::string_view key)
{
    const auto colon = key.find(':');
    if (colon == std::string_view::npos || colon + 1 >= key.size())
        return false;
    if (!isServicePrefix(key.substr(0, colon)))
        return false;
    const std::string_view name = key.substr(colon + 1);
    return name.find_first_of(" \t\r\n") == std::string_view::npos;
}

}  // namespace

std::string_view ConditionKeyFormatRule::id() const
{
    return "condition-key-format";
}

std::vector<std::string_view> ConditionKeyFormatRule::codes() const
{
    return {"INVALID_CONDITION_KEY_FORMAT"};
}

void ConditionKeyFormatRule::check(const LintContext& context, std::vector<Diagnostic>& out) const
{
    context.forEachConditionKey([&](std::size_t, const ConditionClause&, const ConditionKeyValues& keyValues,
                                    const std::string& pointer) {
        if (isWellFormedKey(keyValues.key))
            return;
        std::string help = "write the key as `service:name`, e.g. `aws:SourceIp` or `s3:prefix`";
        if (keyValues.key.find(':') == std::string::npos && !keyValues.key.empty())
            help = "add the service prefix, e.g. `aws:" + keyValues.key + "` for a global key";
        out.push_back(context.at("INVALID_CONDITION_KEY_FORMAT", Severity::Error, pointer,
                                 "`" + keyValues.key + "` is not a condition key of the form `service:name`", help,
                                 LintContext::Anchor::Key));
    });
}

}  // namespace iam
