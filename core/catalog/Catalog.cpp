#include "core/catalog/Catalog.h"

#include <algorithm>

#include "core/catalog/ArnTemplate.h"
#include "core/catalog/AsciiCase.h"
#include "core/catalog/CatalogReader.h"
#include "core/catalog/EmbeddedCatalog.h"
#include "core/catalog/WildcardMatch.h"
#include "core/diagnostics/FuzzyMatch.h"

namespace iam {
namespace {

// closestMatch never accepts more than three edits, and names whose lengths differ by more than
// that cannot be within three: skipping them keeps "did you mean" fast over ec2's 800 actions.
constexpr std::size_t kMostEdits = 3;

bool closeInLength(std::string_view a, std::string_view b)
{
    return (a.size() > b.size() ? a.size() - b.size() : b.size() - a.size()) <= kMostEdits;
}

bool hasWildcard(std::string_view text)
{
    return text.find_first_of("*?") != std::string_view::npos;
}

// Placeholders in condition key names come as `${TagKey}` (AWS's reference) or `<key>` (older pages).
bool isPlaceholderStart(std::string_view text, std::size_t at, std::size_t& end)
{
    if (text.compare(at, 2, "${") == 0)
        end = text.find('}', at + 2);
    else if (text[at] == '<')
        end = text.find('>', at + 1);
    else
        return false;
    return end != std::string_view::npos;
}

// A templated key name against a concrete one: literal parts compare without case, each
// placeholder takes one or more characters.
bool keyTemplateMatches(std::string_view pattern, std::string_view name)
{
    std::size_t end = 0;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (isPlaceholderStart(pattern, i, end)) {
            const std::string_view rest = pattern.substr(end + 1);
            for (std::size_t take = 1; take <= name.size(); ++take) {
                if (keyTemplateMatches(rest, name.substr(take)))
                    return true;
            }
            return false;
        }
        if (name.empty() || foldAscii(pattern[i]) != foldAscii(name.front()))
            return false;
        name.remove_prefix(1);
    }
    return name.empty();
}

// The text of a templated key before its first placeholder: `aws:PrincipalTag/`.
std::string_view templateStem(std::string_view pattern)
{
    std::size_t end = 0;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (isPlaceholderStart(pattern, i, end))
            return pattern.substr(0, i);
    }
    return pattern;
}

template <typename Range, typename Name>
auto findIgnoreCase(const Range& range, std::string_view wanted, Name name)
{
    auto found = std::lower_bound(range.begin(), range.end(), wanted,
        [&](const auto& item, std::string_view key) { return compareIgnoreCase(name(item), key) < 0; });
    if (found != range.end() && equalsIgnoreCase(name(*found), wanted))
        return &*found;
    return static_cast<decltype(&*found)>(nullptr);
}

}  // namespace

const Catalog& Catalog::builtIn()
{
    // A function-local static: built once, on first use, and thread-safe by the language's rules.
    static const Catalog catalog = [] {
        Catalog loaded;
        std::vector<Diagnostic> diagnostics;
        if (!CatalogReader::read(embeddedCatalogBytes(), loaded, diagnostics))
            return Catalog();
        return loaded;
    }();
    return catalog;
}

CatalogLoadResult Catalog::load(std::string_view bytes)
{
    CatalogLoadResult result;
    Catalog catalog;
    catalog.m_storage = std::make_shared<const std::string>(bytes);
    if (CatalogReader::read(*catalog.m_storage, catalog, result.diagnostics))
        result.catalog = std::move(catalog);
    return result;
}

const CatalogService* Catalog::findService(std::string_view prefix) const
{
    return findIgnoreCase(m_services, prefix, [](const CatalogService& service) { return service.prefix; });
}

std::span<const CatalogAction> Catalog::actionsOf(const CatalogService& service) const
{
    return std::span<const CatalogAction>(m_actions).subspan(service.firstAction, service.actionCount);
}

const CatalogAction* Catalog::findAction(std::string_view fullName) const
{
    const std::size_t colon = fullName.find(':');
    if (colon == std::string_view::npos)
        return nullptr;
    const CatalogService* service = findService(fullName.substr(0, colon));
    return service ? findAction(*service, fullName.substr(colon + 1)) : nullptr;
}

const CatalogAction* Catalog::findAction(const CatalogService& service, std::string_view name) const
{
    return findIgnoreCase(actionsOf(service), name, [](const CatalogAction& action) { return action.name; });
}

std::string Catalog::fullName(const CatalogAction& action) const
{
    std::string name(serviceOf(action).prefix);
    name += ':';
    name += action.name;
    return name;
}

std::vector<const CatalogAction*> Catalog::matchActions(std::string_view pattern) const
{
    std::vector<const CatalogAction*> matches;
    const std::size_t colon = pattern.find(':');
    if (colon == std::string_view::npos) {
        // Only a lone `*` (every action) makes sense without a service part.
        if (!pattern.empty() && pattern.find_first_not_of('*') == std::string_view::npos) {
            matches.reserve(m_actions.size());
            for (const auto& action : m_actions)
                matches.push_back(&action);
        }
        return matches;
    }
    const std::string_view servicePattern = pattern.substr(0, colon);
    const std::string_view actionPattern = pattern.substr(colon + 1);
    auto addFrom = [&](const CatalogService& service) {
        for (const auto& action : actionsOf(service)) {
            if (wildcardMatch(actionPattern, action.name))
                matches.push_back(&action);
        }
    };
    if (!hasWildcard(servicePattern)) {
        if (const CatalogService* service = findService(servicePattern))
            addFrom(*service);
        return matches;
    }
    for (const auto& service : m_services) {
        if (wildcardMatch(servicePattern, service.prefix))
            addFrom(service);
    }
    return matches;
}

std::vector<const CatalogAction*> Catalog::searchActions(std::string_view text, std::size_t limit) const
{
    std::vector<const CatalogAction*> starting;
    std::vector<const CatalogAction*> containing;
    if (text.empty() || limit == 0)
        return starting;
    const std::size_t colon = text.find(':');
    const std::string_view servicePart = colon == std::string_view::npos ? std::string_view() : text.substr(0, colon);
    const std::string_view namePart = colon == std::string_view::npos ? text : text.substr(colon + 1);
    for (const auto& service : m_services) {
        const bool serviceNamed = colon != std::string_view::npos;
        if (serviceNamed && !equalsIgnoreCase(service.prefix, servicePart))
            continue;
        // Without a colon, `s3` also finds every s3 action: people type the service first.
        const bool serviceMatches = !serviceNamed && startsWithIgnoreCase(service.prefix, text);
        for (const auto& action : actionsOf(service)) {
            if (startsWithIgnoreCase(action.name, namePart) || (serviceMatches && !serviceNamed)) {
                starting.push_back(&action);
                if (starting.size() >= limit)
                    return starting;
            } else if (containing.size() < limit && containsIgnoreCase(action.name, namePart)) {
                containing.push_back(&action);
            }
        }
    }
    for (const CatalogAction* action : containing) {
        if (starting.size() >= limit)
            break;
        starting.push_back(action);
    }
    return starting;
}

std::span<const CatalogActionResource> Catalog::resourcesOf(const CatalogAction& action) const
{
    return std::span<const CatalogActionResource>(m_actionResources)
        .subspan(action.firstResource, action.resourceCount);
}

std::span<const CatalogResourceType> Catalog::resourceTypesOf(const CatalogService& service) const
{
    return std::span<const CatalogResourceType>(m_resourceTypes)
        .subspan(service.firstResourceType, service.resourceTypeCount);
}

const CatalogResourceType* Catalog::findResourceType(const CatalogService& service, std::string_view name) const
{
    for (const auto& type : resourceTypesOf(service)) {
        if (equalsIgnoreCase(type.name, name))
            return &type;
    }
    return nullptr;
}

std::span<const std::string_view> Catalog::arnTemplatesOf(const CatalogResourceType& type) const
{
    return std::span<const std::string_view>(m_arnTemplates).subspan(type.firstArn, type.arnCount);
}

bool Catalog::arnFits(std::string_view arn, const CatalogResourceType& type) const
{
    for (const std::string_view text : arnTemplatesOf(type)) {
        if (ArnTemplate::compile(text).fits(arn))
            return true;
    }
    return false;
}

std::vector<const CatalogConditionKey*> Catalog::keysInRange(std::uint32_t first, std::uint32_t count) const
{
    std::vector<const CatalogConditionKey*> keys;
    keys.reserve(count);
    for (std::uint32_t i = first; i < first + count; ++i)
        keys.push_back(&m_conditionKeys[m_keyRefs[i]]);
    return keys;
}

std::vector<const CatalogConditionKey*> Catalog::conditionKeysOf(const CatalogAction& action) const
{
    std::vector<const CatalogConditionKey*> keys = keysInRange(action.firstKey, action.keyCount);
    for (const auto& resource : resourcesOf(action)) {
        for (const CatalogConditionKey* key : conditionKeysOf(resource)) {
            if (std::find(keys.begin(), keys.end(), key) == keys.end())
                keys.push_back(key);
        }
    }
    return keys;
}

std::vector<const CatalogConditionKey*> Catalog::conditionKeysOf(const CatalogResourceType& type) const
{
    return keysInRange(type.firstKey, type.keyCount);
}

std::vector<const CatalogConditionKey*> Catalog::conditionKeysOf(const CatalogActionResource& resource) const
{
    return keysInRange(resource.firstKey, resource.keyCount);
}

std::span<const std::string_view> Catalog::dependentActionsOf(const CatalogAction& action) const
{
    return std::span<const std::string_view>(m_dependentActions).subspan(action.firstDependent, action.dependentCount);
}

std::vector<const CatalogConditionKey*> Catalog::globalConditionKeys() const
{
    std::vector<const CatalogConditionKey*> keys;
    for (const auto& key : m_conditionKeys) {
        if (key.global)
            keys.push_back(&key);
    }
    return keys;
}

const CatalogConditionKey* Catalog::findConditionKey(std::string_view name) const
{
    if (const auto* exact
        = findIgnoreCase(m_conditionKeys, name, [](const CatalogConditionKey& key) { return key.name; }))
        return exact;
    for (const std::uint32_t index : m_templatedKeys) {
        if (keyTemplateMatches(m_conditionKeys[index].name, name))
            return &m_conditionKeys[index];
    }
    return nullptr;
}

std::optional<std::string> Catalog::suggestService(std::string_view prefix) const
{
    std::vector<std::string> candidates;
    candidates.reserve(m_services.size());
    for (const auto& service : m_services) {
        if (closeInLength(service.prefix, prefix))
            candidates.emplace_back(service.prefix);
    }
    return closestMatch(prefix, candidates);
}

std::optional<std::string> Catalog::suggestAction(std::string_view written) const
{
    const std::size_t colon = written.find(':');
    if (colon == std::string_view::npos)
        return std::nullopt;
    const std::string_view name = written.substr(colon + 1);
    const CatalogService* service = findService(written.substr(0, colon));
    if (!service) {
        const auto prefix = suggestService(written.substr(0, colon));
        service = prefix ? findService(*prefix) : nullptr;
        if (!service)
            return std::nullopt;
        if (const CatalogAction* exact = findAction(*service, name))
            return fullName(*exact);
    }
    std::vector<std::string> candidates;
    candidates.reserve(service->actionCount);
    for (const auto& action : actionsOf(*service)) {
        if (closeInLength(action.name, name))
            candidates.emplace_back(action.name);
    }
    const auto best = closestMatch(name, candidates);
    if (!best)
        return std::nullopt;
    return std::string(service->prefix) + ':' + *best;
}

std::optional<std::string> Catalog::suggestConditionKey(std::string_view name) const
{
    // `aws:PrincipalTags/team`: the stem before the last `/` is the part to correct, the rest is the
    // user's own tag name and stays.
    const std::size_t slash = name.rfind('/');
    if (slash != std::string_view::npos) {
        const std::string_view stem = name.substr(0, slash + 1);
        std::vector<std::string> stems;
        for (const std::uint32_t index : m_templatedKeys) {
            const std::string_view candidate = templateStem(m_conditionKeys[index].name);
            if (closeInLength(candidate, stem))
                stems.emplace_back(candidate);
        }
        if (const auto best = closestMatch(stem, stems))
            return *best + std::string(name.substr(slash + 1));
    }
    std::vector<std::string> candidates;
    candidates.reserve(m_conditionKeys.size());
    for (const auto& key : m_conditionKeys) {
        if (closeInLength(key.name, name))
            candidates.emplace_back(key.name);
    }
    return closestMatch(name, candidates);
}

}  // namespace iam
