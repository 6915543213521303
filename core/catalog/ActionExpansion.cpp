#include "core/catalog/ActionExpansion.h"

#include <algorithm>
#include <tuple>

#include "core/catalog/AsciiCase.h"
#include "core/catalog/Catalog.h"

namespace iam {
namespace {

Diagnostic problem(std::string code, std::string message, std::string help)
{
    Diagnostic diagnostic;
    diagnostic.code = std::move(code);
    diagnostic.severity = Severity::Error;
    diagnostic.message = std::move(message);
    diagnostic.help = std::move(help);
    return diagnostic;
}

// Explains an empty result: the service part is the likelier mistake, so it is checked first.
Diagnostic whyNothing(const Catalog& catalog, std::string_view pattern)
{
    const std::string quoted = "`" + std::string(pattern) + "`";
    const std::size_t colon = pattern.find(':');
    if (colon == std::string_view::npos) {
        return problem("INVALID_ACTION_PATTERN", quoted + " is not of the form `service:action`",
                       "write the service prefix, a colon and the action, e.g. `s3:GetObject` or `s3:Get*`");
    }
    const std::string_view service = pattern.substr(0, colon);
    const bool serviceHasWildcard = service.find_first_of("*?") != std::string_view::npos;
    if (!serviceHasWildcard && !catalog.findService(service)) {
        std::string help = "check the service prefix in AWS's list of services";
        const bool oneAction = pattern.find_first_of("*?") == std::string_view::npos;
        if (const auto action = oneAction ? catalog.suggestAction(pattern) : std::nullopt)
            help = "did you mean `" + *action + "`?";
        else if (const auto suggestion = catalog.suggestService(service))
            help = "did you mean `" + *suggestion + "`?";
        return problem("UNKNOWN_SERVICE", "no AWS service has the prefix `" + std::string(service) + "`", help);
    }
    std::string help = "check the spelling; `" + std::string(service) + ":*` lists every action of the service";
    if (pattern.find_first_of("*?") == std::string_view::npos) {
        if (const auto suggestion = catalog.suggestAction(pattern))
            help = "did you mean `" + *suggestion + "`?";
        return problem("UNKNOWN_ACTION", quoted + " is not an action AWS knows", help);
    }
    return problem("ACTION_PATTERN_MATCHES_NOTHING", quoted + " matches no action", help);
}

}  // namespace

std::size_t ActionExpansion::count(AccessLevel level) const
{
    return static_cast<std::size_t>(std::count_if(actions.begin(), actions.end(),
                                                  [level](const CatalogAction* a) { return a->accessLevel == level; }));
}

ActionExpansion expandActions(const Catalog& catalog, std::string_view pattern)
{
    ActionExpansion expansion;
    // Policies are often pasted with stray spaces; AWS itself would reject them, but the question
    // "what does this grant" is still clear.
    while (!pattern.empty() && (pattern.front() == ' ' || pattern.front() == '\t'))
        pattern.remove_prefix(1);
    while (!pattern.empty() && (pattern.back() == ' ' || pattern.back() == '\t'))
        pattern.remove_suffix(1);
    expansion.pattern = std::string(pattern);
    expansion.actions = catalog.matchActions(pattern);
    if (expansion.actions.empty()) {
        expansion.diagnostics.push_back(whyNothing(catalog, pattern));
        return expansion;
    }
    // matchActions already orders by service and name; a stable sort on level keeps that within a group.
    std::stable_sort(expansion.actions.begin(), expansion.actions.end(),
                     [](const CatalogAction* a, const CatalogAction* b) { return a->accessLevel < b->accessLevel; });
    return expansion;
}

}  // namespace iam
