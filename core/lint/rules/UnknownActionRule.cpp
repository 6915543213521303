#include "core/lint/rules/UnknownActionRule.h"

#include <algorithm>

#include "core/catalog/ActionExpansion.h"
#include "core/catalog/Catalog.h"
#include "core/diagnostics/FuzzyMatch.h"
#include "core/json/JsonPointer.h"
#include "core/lint/LintFixes.h"

namespace iam {
namespace {

// A name a typo or two away from a real one is a mistake: the statement grants nothing, so it is
// an error. A name nothing resembles closely may be newer or older than the catalog (AWS's own
// managed policies still name retired services such as `deeplens`), so it is only a warning, as is
// a wildcard that matches nothing.
Severity severityOf(const Catalog& catalog, const Diagnostic& problem, std::string_view written)
{
    if (problem.code == "INVALID_ACTION_PATTERN")
        return Severity::Error;
    if (problem.code == "ACTION_PATTERN_MATCHES_NOTHING")
        return Severity::Warning;
    constexpr std::size_t kTypoDistance = 2;
    std::optional<std::string> suggestion;
    std::string_view compared = written;
    if (problem.code == "UNKNOWN_SERVICE") {
        compared = written.substr(0, written.find(':'));
        suggestion = catalog.suggestService(compared);
    } else {
        suggestion = catalog.suggestAction(written);
    }
    return suggestion && editDistance(compared, *suggestion) <= kTypoDistance ? Severity::Error : Severity::Warning;
}

// The name the "did you mean" of a misspelling points to, spelled in full so the fix can put it in
// place of the written one: the closest action, or the closest service with the rest kept as written.
std::optional<std::string> replacementFor(const Catalog& catalog, const Diagnostic& problem, std::string_view written)
{
    if (problem.code != "UNKNOWN_ACTION" && problem.code != "UNKNOWN_SERVICE")
        return std::nullopt;
    const bool oneAction = written.find_first_of("*?") == std::string_view::npos;
    if (oneAction) {
        if (auto action = catalog.suggestAction(written))
            return action;
    }
    const std::size_t colon = written.find(':');
    if (problem.code != "UNKNOWN_SERVICE" || colon == std::string_view::npos)
        return std::nullopt;
    if (auto service = catalog.suggestService(written.substr(0, colon)))
        return *service + std::string(written.substr(colon));
    return std::nullopt;
}

}  // namespace

std::string_view UnknownActionRule::id() const
{
    return "unknown-action";
}

std::vector<std::string_view> UnknownActionRule::codes() const
{
    return {"INVALID_ACTION_PATTERN", "UNKNOWN_SERVICE", "UNKNOWN_ACTION", "ACTION_PATTERN_MATCHES_NOTHING"};
}

void UnknownActionRule::check(const LintContext& context, std::vector<Diagnostic>& out) const
{
    const Catalog& catalog = *context.catalog();
    context.forEachActionEntry(
        [&](std::size_t, std::string_view, const std::string& value, const std::string& pointer) {
            // A variable is already an error in Action (policy-variable); guessing what it
            // expands to would only add a second finding on the same text.
            if (value.find("${") != std::string::npos)
                return;
            // Most entries are exact, known names: a hash lookup settles them without a pattern search.
            if (std::none_of(value.begin(), value.end(), [](char c) { return c == '*' || c == '?'; })
                && context.findAction(value))
                return;
            // expandActions explains an empty match with the same codes `iam-studio-cli expand`
            // prints, so one misspelling reads the same everywhere.
            const ActionExpansion expansion = expandActions(catalog, value);
            for (const Diagnostic& problem : expansion.diagnostics) {
                Diagnostic diagnostic = context.at(problem.code, severityOf(catalog, problem, value), pointer,
                                                   problem.message, problem.help);
                if (const auto replacement = replacementFor(catalog, problem, value); replacement && *replacement != value)
                    attachFix(diagnostic, "Use " + *replacement, replaceValueEdit(context, pointer, jsonQuoted(*replacement)));
                out.push_back(std::move(diagnostic));
            }
        });
}

}  // namespace iam
