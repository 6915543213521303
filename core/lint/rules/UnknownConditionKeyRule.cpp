#include "core/lint/rules/UnknownConditionKeyRule.h"

#include <algorithm>

#include "core/catalog/AsciiCase.h"
#include "core/catalog/Catalog.h"
#include "core/lint/LintFixes.h"
#include "core/lint/rules/DeprecatedGlobalKeyRule.h"

namespace iam {

std::string_view UnknownConditionKeyRule::id() const
{
    return "unknown-condition-key";
}

std::vector<std::string_view> UnknownConditionKeyRule::codes() const
{
    return {"UNKNOWN_CONDITION_KEY"};
}

void UnknownConditionKeyRule::check(const LintContext& context, std::vector<Diagnostic>& out) const
{
    const Catalog& catalog = *context.catalog();
    context.forEachConditionKey(
        [&](std::size_t, const ConditionClause& clause, const ConditionKeyValues& keyValues, const std::string& pointer) {
            const std::string& key = keyValues.key;
            const auto colon = key.find(':');
            // Malformed keys are condition-key-format's; wildcards and variables cannot be judged.
            if (colon == std::string::npos || colon == 0 || colon + 1 == key.size()
                || key.find_first_of("*?") != std::string::npos || key.find("${") != std::string::npos)
                return;
            const std::string_view prefix = std::string_view(key).substr(0, colon);
            const bool global = equalsIgnoreCase(prefix, "aws");
            // Identity providers (`token.actions.githubusercontent.com:sub`, `saml:aud`) define their own
            // keys, which the catalog does not list: only keys of services it knows are judged.
            if (!global && !catalog.findService(prefix))
                return;
            // A retired key is deprecated-global-key's finding, which names its replacement.
            if (context.findConditionKey(key) || DeprecatedGlobalKeyRule::replacementFor(key))
                return;
            // A key family (`.../ResourceTag/team`) is known when the catalog lists any member of it,
            // whatever it names the placeholder (`${TagKey}`, `<key>`, or plain `tag-key` in Secrets Manager).
            if (const auto slash = key.find('/'); slash != std::string::npos) {
                const std::string_view stem = std::string_view(key).substr(0, slash + 1);
                const auto keys = catalog.conditionKeys();
                if (std::any_of(keys.begin(), keys.end(),
                        [&](const CatalogConditionKey& known) { return startsWithIgnoreCase(known.name, stem); }))
                    return;
            }
            const std::string why = "a key AWS does not know is never in the request, so the condition cannot match it";
            std::string help = (global ? "use a key from AWS's list of global condition keys, e.g. `aws:SourceIp`"
                                       : "check the key in the list of `" + std::string(prefix) + "` condition keys")
                + "; " + why;
            const auto suggestion = catalog.suggestConditionKey(key);
            if (suggestion)
                help = "did you mean `" + *suggestion + "`? " + why;
            Diagnostic diagnostic = context.at("UNKNOWN_CONDITION_KEY", Severity::Warning, pointer,
                global ? "`" + key + "` is not a global condition key"
                       : "`" + key + "` is not a condition key of `" + std::string(prefix) + "`",
                help, LintContext::Anchor::Key);
            // Key names ignore case, so a suggestion already in the block would become its duplicate.
            const bool taken = suggestion && std::any_of(clause.keys.begin(), clause.keys.end(),
                [&](const ConditionKeyValues& other) { return equalsIgnoreCase(other.key, *suggestion); });
            if (suggestion && !taken)
                attachFix(diagnostic, "Use " + *suggestion, renameKeyEdit(context, pointer, *suggestion));
            out.push_back(std::move(diagnostic));
        });
}

}  // namespace iam
