#include "core/edit/StatementSummary.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <string_view>

#include "core/catalog/AccessLevel.h"
#include "core/catalog/Catalog.h"

namespace iam {
namespace {

bool hasWildcard(std::string_view text)
{
    return text.find_first_of("*?") != std::string_view::npos;
}

std::string lowercase(std::string_view text)
{
    std::string out(text);
    std::transform(
        out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

// "Amazon S3" → "S3", "AWS Identity and Access Management (IAM)" → "IAM": the name people say.
std::string shortServiceName(std::string_view name)
{
    if (name.ends_with(')')) {
        const auto open = name.rfind('(');
        if (open != std::string_view::npos)
            return std::string(name.substr(open + 1, name.size() - open - 2));
    }
    for (const std::string_view prefix : { "Amazon ", "AWS " }) {
        if (name.starts_with(prefix))
            return std::string(name.substr(prefix.size()));
    }
    return std::string(name);
}

std::string plural(std::size_t count, std::string_view word)
{
    return std::to_string(count) + " " + std::string(word) + (count == 1 ? "" : "s");
}

// `arn:aws:s3:::my-bucket/*` → `my-bucket/*`: the part that names the resource; the partition,
// region and account rarely tell two statements apart.
std::string shortResource(const std::string& resource)
{
    if (!resource.starts_with("arn:"))
        return resource;
    std::size_t at = 0;
    for (int colon = 0; colon < 5; ++colon) {
        at = resource.find(':', at);
        if (at == std::string::npos)
            return resource;
        ++at;
    }
    const std::string rest = resource.substr(at);
    return rest.empty() ? resource : rest;
}

// "s3:GetObject", "all S3 actions", "3 S3 read actions", "12 actions in 3 services".
std::string describeActions(const std::vector<std::string>& values, const Catalog* catalog)
{
    if (values.empty())
        return "no actions";
    if (std::find(values.begin(), values.end(), "*") != values.end())
        return "all actions";
    if (values.size() == 1 && !hasWildcard(values[0]))
        return values[0];

    // `s3:*` alone: every action of one service.
    if (values.size() == 1 && values[0].ends_with(":*") && values[0].find(':') == values[0].size() - 2) {
        const std::string prefix = values[0].substr(0, values[0].size() - 2);
        const CatalogService* service = catalog ? catalog->findService(prefix) : nullptr;
        return "all " + (service ? shortServiceName(service->name) : prefix) + " actions";
    }

    if (catalog) {
        std::set<const CatalogAction*> actions;
        for (const auto& value : values) {
            for (const CatalogAction* action : catalog->matchActions(value))
                actions.insert(action);
        }
        if (!actions.empty()) {
            std::set<std::uint32_t> services;
            std::set<AccessLevel> levels;
            for (const CatalogAction* action : actions) {
                services.insert(action->service);
                levels.insert(action->accessLevel);
            }
            if (services.size() > 1)
                return plural(actions.size(), "action") + " in " + std::to_string(services.size()) + " services";
            const std::string service = shortServiceName(catalog->services()[*services.begin()].name);
            const std::string level = levels.size() == 1 ? " " + lowercase(accessLevelName(*levels.begin())) : "";
            return std::to_string(actions.size()) + " " + service + level
                + (actions.size() == 1 ? " action" : " actions");
        }
    }
    if (values.size() == 1)
        return values[0];
    return plural(values.size(), "action");
}

std::string describeResources(const std::vector<std::string>& values)
{
    if (std::find(values.begin(), values.end(), "*") != values.end())
        return "everything";
    if (values.size() == 1)
        return shortResource(values[0]);
    return plural(values.size(), "resource");
}

std::string describePrincipal(const Principal& principal)
{
    if (principal.isWildcard)
        return "anyone";
    std::vector<std::string> ids;
    for (const auto& entry : principal.entries) {
        for (const auto& id : entry.ids.values)
            ids.push_back(id);
    }
    if (std::find(ids.begin(), ids.end(), "*") != ids.end())
        return "anyone";
    if (ids.size() == 1) {
        const std::string& id = ids[0];
        if (id.size() == 12 && std::all_of(id.begin(), id.end(), [](unsigned char c) { return std::isdigit(c); }))
            return "account " + id;
        return shortResource(id);
    }
    return plural(ids.size(), "principal");
}

} // namespace

std::string summarizeStatement(const Statement& statement, const Catalog* catalog)
{
    std::string summary = statement.effect == Effect::Allow ? "Allow" : "Deny";

    bool everythingExcept = false;
    if (statement.action) {
        summary += " " + describeActions(statement.action->values, catalog);
    } else if (statement.notAction) {
        const auto& values = statement.notAction->values;
        const std::string except = values.size() == 1 ? values[0] : plural(values.size(), "action");
        summary += " everything except " + except + " (NotAction)";
        everythingExcept = true;
    } else {
        summary += " no actions";
    }

    if (statement.resource) {
        const std::string resources = describeResources(statement.resource->values);
        // "everything except iam:* on everything" says the same thing twice.
        if (!(everythingExcept && resources == "everything"))
            summary += " on " + resources;
    } else if (statement.notResource) {
        summary += " on everything except " + describeResources(statement.notResource->values);
    }

    // Who, for resource and trust policies; identity policies have no Principal and say nothing.
    if (statement.principal)
        summary += " for " + describePrincipal(*statement.principal);
    else if (statement.notPrincipal)
        summary += " for anyone except " + describePrincipal(*statement.notPrincipal);

    if (statement.condition) {
        std::size_t count = 0;
        for (const auto& clause : *statement.condition)
            count += clause.keys.size();
        if (count == 1)
            summary += " when 1 condition holds";
        else if (count > 1)
            summary += " when " + std::to_string(count) + " conditions hold";
    }
    return summary;
}

} // namespace iam
