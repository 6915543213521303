#include "core/lint/rules/ResourceTypeMismatchRule.h"

#include <algorithm>
#include <optional>
#include <utility>

#include "core/catalog/Catalog.h"
#include "core/json/JsonPointer.h"

namespace iam {
namespace {

// Templates read `arn:${Partition}:...`; a learner writes `arn:aws:...`.
std::string readableTemplate(std::string_view templateText)
{
    std::string text(templateText);
    constexpr std::string_view kPartition = "${Partition}";
    if (const auto at = text.find(kPartition); at != std::string::npos)
        text.replace(at, kPartition.size(), "aws");
    return text;
}

// "a `bucket` (`arn:aws:s3:::${BucketName}`)" or "a `bucket` or an `object`".
std::string describeTypes(const Catalog& catalog, const CatalogAction& action)
{
    std::string text;
    const auto resources = catalog.resourcesOf(action);
    for (std::size_t i = 0; i < resources.size(); ++i) {
        const CatalogResourceType& type = catalog.resourceTypeOf(resources[i]);
        if (i > 0)
            text += i + 1 == resources.size() ? " or " : ", ";
        text += "`" + std::string(type.name) + "`";
        const auto templates = catalog.arnTemplatesOf(type);
        if (resources.size() == 1 && !templates.empty())
            text += " (`" + readableTemplate(templates.front()) + "`)";
    }
    return text;
}

// What the resource is instead, when the action's own service knows it (the object beside the
// bucket): that names the mistake rather than only the rule.
std::string describeResource(const Catalog& catalog, const CatalogService& service, const std::string& arn)
{
    for (const CatalogResourceType& type : catalog.resourceTypesOf(service)) {
        if (catalog.arnFits(arn, type))
            return "`" + arn + "` is of type `" + std::string(type.name) + "`";
    }
    return "`" + arn + "` is not one";
}

// The first of `candidates` that fits one of the action's resource types, with that type's name.
std::optional<std::pair<std::string, std::string_view>> firstThatFits(
    const Catalog& catalog, const CatalogAction& action, const std::vector<std::string>& candidates)
{
    for (const std::string& arn : candidates) {
        for (const CatalogActionResource& resource : catalog.resourcesOf(action)) {
            const CatalogResourceType& type = catalog.resourceTypeOf(resource);
            if (catalog.arnFits(arn, type))
                return std::pair {arn, type.name};
        }
    }
    return std::nullopt;
}

// The fix for the commonest form of the mistake, spelled out both ways: the container of a
// resource (`arn:aws:s3:::b` for `arn:aws:s3:::b/*`, for s3:ListBucket), or what is inside a
// container (`arn:aws:s3:::b/*` for `arn:aws:s3:::b`, for s3:GetObject).
std::optional<std::string> fixFor(const Catalog& catalog, const CatalogAction& action, const std::string& name,
    const std::vector<std::string>& resources)
{
    std::vector<std::string> containers;
    std::vector<std::string> contents;
    for (const std::string& arn : resources) {
        std::size_t colons = 0;
        std::size_t at = 0;
        while (colons < 5 && (at = arn.find(':', at)) != std::string::npos) {
            ++colons;
            ++at;
        }
        if (colons < 5)
            continue;
        const std::size_t slash = arn.find('/', at);
        if (slash != std::string::npos && slash > at)
            containers.push_back(arn.substr(0, slash));
        else if (slash == std::string::npos && at < arn.size())
            contents.push_back(arn + "/*");
    }
    if (const auto fit = firstThatFits(catalog, action, containers)) {
        return "add `" + fit->first + "` to `Resource`: `" + name + "` acts on the `" + std::string(fit->second)
            + "` itself, not on what is inside it";
    }
    if (const auto fit = firstThatFits(catalog, action, contents)) {
        return "add `" + fit->first + "` to `Resource`: `" + name + "` acts on each `" + std::string(fit->second)
            + "` inside, not on the container";
    }
    return std::nullopt;
}

}  // namespace

std::string_view ResourceTypeMismatchRule::id() const
{
    return "resource-type-mismatch";
}

std::vector<std::string_view> ResourceTypeMismatchRule::codes() const
{
    return {"RESOURCE_TYPE_MISMATCH"};
}

void ResourceTypeMismatchRule::check(const LintContext& context, std::vector<Diagnostic>& out) const
{
    const Policy& policy = *context.policy();
    const Catalog& catalog = *context.catalog();
    for (std::size_t i = 0; i < policy.statements.size(); ++i) {
        const Statement& statement = policy.statements[i];
        // A Deny that names the wrong resource type is a gap too, but it denies nothing the author
        // relied on getting; the beginner's surprise is an Allow that grants nothing.
        if (statement.effect != Effect::Allow || !statement.action || !statement.resource)
            continue;
        const auto& resources = statement.resource->values;
        // `*` fits every type; a variable could stand for anything, so the rule cannot judge.
        const bool anyResourceFitsAll = std::any_of(resources.begin(), resources.end(), [](const std::string& arn) {
            return arn == "*" || !arn.starts_with("arn:") || arn.find("${") != std::string::npos;
        });
        if (resources.empty() || anyResourceFitsAll)
            continue;
        const std::string elementPointer = appendPointer(statementPointer(policy, i), "Action");
        const auto& actions = statement.action->values;
        for (std::size_t k = 0; k < actions.size(); ++k) {
            if (actions[k].find_first_of("*?") != std::string::npos)
                continue;
            const CatalogAction* action = catalog.findAction(actions[k]);
            if (!action || action->resourceCount == 0)
                continue;
            const auto types = catalog.resourcesOf(*action);
            const bool fits = std::any_of(resources.begin(), resources.end(), [&](const std::string& arn) {
                return std::any_of(types.begin(), types.end(), [&](const CatalogActionResource& resource) {
                    return catalog.arnFits(arn, catalog.resourceTypeOf(resource));
                });
            });
            if (fits)
                continue;
            const std::string name = catalog.fullName(*action);
            std::string help = "add a resource of the right type for `" + name
                + "` to `Resource`, or move the action to a statement whose resources fit it";
            if (auto fix = fixFor(catalog, *action, name, resources))
                help = std::move(*fix);
            const std::string plural = resources.size() == 1 ? "" : " (and no other resource of the statement)";
            out.push_back(context.at("RESOURCE_TYPE_MISMATCH", Severity::Warning,
                LintContext::entryPointer(elementPointer, statement.action->isList, k),
                "`" + name + "` acts on " + describeTypes(catalog, *action) + ", but "
                    + describeResource(catalog, catalog.serviceOf(*action), resources.front()) + plural
                    + ", so this statement grants it nothing",
                help));
        }
    }
}

}  // namespace iam
