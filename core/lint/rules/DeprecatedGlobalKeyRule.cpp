#include "core/lint/rules/DeprecatedGlobalKeyRule.h"

#include <algorithm>
#include <array>
#include <utility>

#include "core/catalog/AsciiCase.h"
#include "core/lint/LintFixes.h"

namespace iam {
namespace {

// From Access Analyzer's policy check reference (see the header); add a pair when AWS retires a key.
constexpr std::array<std::pair<std::string_view, std::string_view>, 1> kDeprecatedKeys = {{
    {"aws:ARN", "aws:PrincipalArn"},
}};

}  // namespace

std::string_view DeprecatedGlobalKeyRule::id() const
{
    return "deprecated-global-key";
}

std::vector<std::string_view> DeprecatedGlobalKeyRule::codes() const
{
    return {"DEPRECATED_GLOBAL_CONDITION_KEY"};
}

std::optional<std::string_view> DeprecatedGlobalKeyRule::replacementFor(std::string_view key)
{
    for (const auto& [deprecated, replacement] : kDeprecatedKeys) {
        if (equalsIgnoreCase(key, deprecated))
            return replacement;
    }
    return std::nullopt;
}

void DeprecatedGlobalKeyRule::check(const LintContext& context, std::vector<Diagnostic>& out) const
{
    context.forEachConditionKey([&](std::size_t, const ConditionClause& clause, const ConditionKeyValues& keyValues,
                                    const std::string& pointer) {
        const auto replacement = replacementFor(keyValues.key);
        if (!replacement)
            return;
        Diagnostic diagnostic = context.at("DEPRECATED_GLOBAL_CONDITION_KEY", Severity::Warning, pointer,
            "`" + keyValues.key + "` is an old global condition key that AWS has replaced",
            "use `" + std::string(*replacement)
                + "`, the ARN of the principal making the request; AWS's policy "
                  "checks flag the old name",
            LintContext::Anchor::Key);
        // Access Analyzer names this one key as the replacement, so renaming is the remedy it gives;
        // it is offered unless the block already tests the new key.
        const bool taken = std::any_of(clause.keys.begin(), clause.keys.end(),
            [&](const ConditionKeyValues& other) { return equalsIgnoreCase(other.key, *replacement); });
        if (!taken)
            attachFix(diagnostic, "Use " + std::string(*replacement), renameKeyEdit(context, pointer, *replacement));
        out.push_back(std::move(diagnostic));
    });
}

}  // namespace iam
