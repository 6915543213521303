#include "core/lint/rules/ResourceTypeMismatchRule.h"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <optional>
#include <unordered_map>
#include <utility>

#include "core/catalog/Catalog.h"
#include "core/json/JsonPointer.h"
#include "core/lint/LintFixes.h"

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

// Whether an ARN fits a resource type, remembered for one lint run. Statements repeat the same few
// types and ARNs (every S3 read action acts on `object`, every statement of a policy may name the
// same bucket), and compiling and matching a template is this rule's whole cost, so each
// (type, ARN) pair is matched once. Answers are Catalog::arnFits's, unchanged.
class FitCache final {
public:
    explicit FitCache(const Catalog& catalog) : m_catalog(catalog) {}

    // A number for the ARN's text, so repeated questions about it skip hashing the string.
    std::uint32_t idOf(std::string_view arn)
    {
        auto id = m_arnIds.find(arn);
        if (id == m_arnIds.end())
            id = m_arnIds.emplace(std::string(arn), static_cast<std::uint32_t>(m_arnIds.size())).first;
        return id->second;
    }

    bool fits(std::uint32_t arnId, std::string_view arn, const CatalogResourceType& type)
    {
        const auto key = std::pair {&type, arnId};
        if (const auto hit = m_fits.find(key); hit != m_fits.end())
            return hit->second;
        const bool fits = m_catalog.arnFits(arn, type);
        m_fits.emplace(key, fits);
        return fits;
    }

    bool fits(std::string_view arn, const CatalogResourceType& type) { return fits(idOf(arn), arn, type); }

    bool fitsAny(std::uint32_t arnId, std::string_view arn, const CatalogAction& action)
    {
        for (const CatalogActionResource& resource : m_catalog.resourcesOf(action)) {
            if (fits(arnId, arn, m_catalog.resourceTypeOf(resource)))
                return true;
        }
        return false;
    }

    bool fitsAny(std::string_view arn, const CatalogAction& action) { return fitsAny(idOf(arn), arn, action); }

private:
    struct TextHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const { return std::hash<std::string_view> {}(text); }
    };
    struct KeyHash {
        std::size_t operator()(const std::pair<const CatalogResourceType*, std::uint32_t>& key) const
        {
            return std::hash<const void*> {}(key.first) * 31 + key.second;
        }
    };

    const Catalog& m_catalog;
    std::unordered_map<std::string, std::uint32_t, TextHash, std::equal_to<>> m_arnIds;
    std::unordered_map<std::pair<const CatalogResourceType*, std::uint32_t>, bool, KeyHash> m_fits;
};

// `find_first_of("*?")` calls memchr once per character; this rule asks for every action entry.
bool hasWildcard(std::string_view text)
{
    return std::any_of(text.begin(), text.end(), [](char c) { return c == '*' || c == '?'; });
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
std::string describeResource(const Catalog& catalog, FitCache& cache, const CatalogService& service,
                             const std::string& arn)
{
    for (const CatalogResourceType& type : catalog.resourceTypesOf(service)) {
        if (cache.fits(arn, type))
            return "`" + arn + "` is of type `" + std::string(type.name) + "`";
    }
    return "`" + arn + "` is not one";
}

// The first of `candidates` that fits one of the action's resource types, with that type's name.
std::optional<std::pair<std::string, std::string_view>> firstThatFits(
    const Catalog& catalog, FitCache& cache, const CatalogAction& action, const std::vector<std::string>& candidates)
{
    for (const std::string& arn : candidates) {
        for (const CatalogActionResource& resource : catalog.resourcesOf(action)) {
            const CatalogResourceType& type = catalog.resourceTypeOf(resource);
            if (cache.fits(arn, type))
                return std::pair {arn, type.name};
        }
    }
    return std::nullopt;
}

// The remedy for the commonest form of the mistake: the container of a resource (`arn:aws:s3:::b`
// for `arn:aws:s3:::b/*`, for s3:ListBucket), or what is inside a container (`arn:aws:s3:::b/*` for
// `arn:aws:s3:::b`, for s3:GetObject). `from` is the written resource it was derived from.
struct MissingResource {
    std::string arn;
    std::string_view typeName;
    bool container = false;
    std::size_t from = 0;
};

// The containers of a statement's resources (`arn:aws:s3:::b` for `arn:aws:s3:::b/*`) and what is
// inside its containers (`arn:aws:s3:::b/*` for `arn:aws:s3:::b`), each with the resource it comes from.
struct Candidates {
    std::vector<std::string> containers;
    std::vector<std::size_t> containerFrom;
    std::vector<std::string> contents;
    std::vector<std::size_t> contentFrom;
};

Candidates candidatesFor(const std::vector<std::string>& resources)
{
    Candidates candidates;
    for (std::size_t r = 0; r < resources.size(); ++r) {
        const std::string& arn = resources[r];
        std::size_t colons = 0;
        std::size_t at = 0;
        while (colons < 5 && (at = arn.find(':', at)) != std::string::npos) {
            ++colons;
            ++at;
        }
        if (colons < 5)
            continue;
        const std::size_t slash = arn.find('/', at);
        if (slash != std::string::npos && slash > at) {
            candidates.containers.push_back(arn.substr(0, slash));
            candidates.containerFrom.push_back(r);
        } else if (slash == std::string::npos && at < arn.size()) {
            candidates.contents.push_back(arn + "/*");
            candidates.contentFrom.push_back(r);
        }
    }
    return candidates;
}

std::optional<MissingResource> missingResourceFor(const Catalog& catalog, FitCache& cache,
                                                  const CatalogAction& action, const Candidates& candidates)
{
    if (const auto fit = firstThatFits(catalog, cache, action, candidates.containers)) {
        const auto index = static_cast<std::size_t>(
            std::find(candidates.containers.begin(), candidates.containers.end(), fit->first)
            - candidates.containers.begin());
        return MissingResource {fit->first, fit->second, true, candidates.containerFrom[index]};
    }
    if (const auto fit = firstThatFits(catalog, cache, action, candidates.contents)) {
        const auto index = static_cast<std::size_t>(
            std::find(candidates.contents.begin(), candidates.contents.end(), fit->first) - candidates.contents.begin());
        return MissingResource {fit->first, fit->second, false, candidates.contentFrom[index]};
    }
    return std::nullopt;
}

// One statement's Action entries, looked up once for all of its findings.
struct StatementActions {
    std::vector<const CatalogAction*> actions;  // null for wildcards and names the catalog does not know
    std::vector<char> fitsToday;  // the action fits one of the statement's resources
    bool anyWildcard = false;
};

// Whether adding `arn` to the statement's resources would let another of its actions do something
// it cannot do today. A wildcard action may match one that acts on the new resource, so it counts
// as yes; an action that fits none of today's resources (the one being fixed among them) grants
// nothing yet and is the same mistake, which the new resource is meant to mend. So the answer
// depends on the ARN alone, and a statement's findings share it.
bool widensOthers(FitCache& cache, const StatementActions& statement, const std::string& arn)
{
    if (statement.anyWildcard)
        return true;
    const std::uint32_t arnId = cache.idOf(arn);
    for (std::size_t j = 0; j < statement.actions.size(); ++j) {
        const CatalogAction* other = statement.actions[j];
        if (other && statement.fitsToday[j] && cache.fitsAny(arnId, arn, *other))
            return true;
    }
    return false;
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
    FitCache cache(catalog);
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
        std::vector<std::uint32_t> resourceIds;
        for (const std::string& arn : resources)
            resourceIds.push_back(cache.idOf(arn));
        const auto& written = statement.action->values;
        StatementActions actions;
        actions.actions.reserve(written.size());
        actions.fitsToday.reserve(written.size());
        for (const std::string& name : written) {
            const bool wildcard = hasWildcard(name);
            actions.anyWildcard = actions.anyWildcard || wildcard;
            const CatalogAction* action = wildcard ? nullptr : context.findAction(name);
            bool fits = false;
            for (std::size_t r = 0; action && r < resources.size() && !fits; ++r)
                fits = cache.fitsAny(resourceIds[r], resources[r], *action);
            actions.actions.push_back(action);
            actions.fitsToday.push_back(fits);
        }
        // Worked out on the statement's first finding, then shared by the others.
        std::optional<Candidates> candidates;
        const CatalogService* describedFor = nullptr;
        std::string description;
        // The fix for each ARN to add (none when adding it is not safe), shared by the findings that
        // need the same ARN, such as every bucket action on an object ARN.
        std::unordered_map<std::string, std::optional<TextEdit>> fixes;
        const std::string statementAt = statementPointer(policy, i);
        const std::string elementPointer = appendPointer(statementAt, "Action");
        for (std::size_t k = 0; k < written.size(); ++k) {
            const CatalogAction* action = actions.actions[k];
            if (!action || action->resourceCount == 0 || actions.fitsToday[k])
                continue;
            if (!candidates)
                candidates = candidatesFor(resources);
            const std::string name = catalog.fullName(*action);
            std::string help = "add a resource of the right type for `" + name
                + "` to `Resource`, or move the action to a statement whose resources fit it";
            const auto missing = missingResourceFor(catalog, cache, *action, *candidates);
            if (missing) {
                help = "add `" + missing->arn + "` to `Resource`: `" + name + "` acts on "
                    + (missing->container ? "the `" + std::string(missing->typeName) + "` itself, not on what is inside it"
                                          : "each `" + std::string(missing->typeName) + "` inside, not on the container");
            }
            // What the first resource is, as the action's service sees it: the same for every
            // finding of the statement unless its actions come from several services.
            const CatalogService& service = catalog.serviceOf(*action);
            if (describedFor != &service) {
                description = describeResource(catalog, cache, service, resources.front());
                describedFor = &service;
            }
            const std::string plural = resources.size() == 1 ? "" : " (and no other resource of the statement)";
            Diagnostic diagnostic = context.at("RESOURCE_TYPE_MISMATCH", Severity::Warning,
                LintContext::entryPointer(elementPointer, statement.action->isList, k),
                "`" + name + "` acts on " + describeTypes(catalog, *action) + ", but " + description + plural
                    + ", so this statement grants it nothing",
                help);
            // Adding the resource is safe only when it gives no other action of the statement more
            // than it has today; otherwise the author has to split the statement, which is a choice.
            if (missing) {
                auto fix = fixes.find(missing->arn);
                if (fix == fixes.end()) {
                    std::optional<TextEdit> edit;
                    if (!widensOthers(cache, actions, missing->arn))
                        edit = addEntryAfterEdit(context, appendPointer(statementAt, "Resource"),
                            statement.resource->isList, missing->from, resources.size(), missing->arn);
                    fix = fixes.emplace(missing->arn, std::move(edit)).first;
                }
                attachFix(diagnostic,
                    "Add " + missing->arn + " to Resource (the " + std::string(missing->typeName)
                        + (missing->container ? " itself" : "s inside") + "); no other action here gains access",
                    fix->second);
            }
            out.push_back(std::move(diagnostic));
        }
    }
}

}  // namespace iam
