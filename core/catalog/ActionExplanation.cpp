#include "core/catalog/ActionExplanation.h"

#include <algorithm>

#include "core/catalog/ActionExpansion.h"
#include "core/catalog/Catalog.h"

namespace iam {

ActionExplanation explainAction(const Catalog& catalog, std::string_view name)
{
    ActionExplanation explanation;
    while (!name.empty() && name.front() == ' ')
        name.remove_prefix(1);
    while (!name.empty() && name.back() == ' ')
        name.remove_suffix(1);
    const CatalogAction* action
        = name.find_first_of("*?") == std::string_view::npos ? catalog.findAction(name) : nullptr;
    if (!action) {
        explanation.action = std::string(name);
        if (name.find_first_of("*?") != std::string_view::npos) {
            Diagnostic diagnostic;
            diagnostic.code = "EXPLAIN_NEEDS_ONE_ACTION";
            diagnostic.message = "`" + std::string(name) + "` is a wildcard, not one action";
            diagnostic.help = "use expand to list the actions it matches, then explain one of them";
            explanation.diagnostics.push_back(std::move(diagnostic));
        } else {
            // The same wording and codes as expand gives for a name that matches nothing.
            explanation.diagnostics = expandActions(catalog, name).diagnostics;
        }
        return explanation;
    }
    explanation.found = true;
    explanation.action = catalog.fullName(*action);
    explanation.serviceName = std::string(catalog.serviceOf(*action).name);
    explanation.description = std::string(action->description);
    explanation.accessLevel = action->accessLevel;
    for (const auto& resource : catalog.resourcesOf(*action)) {
        const CatalogResourceType& type = catalog.resourceTypeOf(resource);
        ActionExplanation::ResourceType entry;
        entry.name = std::string(type.name);
        entry.required = resource.required;
        for (const std::string_view arn : catalog.arnTemplatesOf(type))
            entry.arnTemplates.emplace_back(arn);
        for (const CatalogConditionKey* key : catalog.conditionKeysOf(type))
            entry.conditionKeys.emplace_back(key->name);
        for (const CatalogConditionKey* key : catalog.conditionKeysOf(resource)) {
            if (std::find(entry.conditionKeys.begin(), entry.conditionKeys.end(), key->name)
                == entry.conditionKeys.end())
                entry.conditionKeys.emplace_back(key->name);
        }
        explanation.resourceTypes.push_back(std::move(entry));
    }
    for (const CatalogConditionKey* key : catalog.conditionKeysOf(*action))
        explanation.conditionKeys.push_back(
            { std::string(key->name), std::string(key->type), std::string(key->description) });
    for (const std::string_view dependent : catalog.dependentActionsOf(*action))
        explanation.dependentActions.emplace_back(dependent);
    return explanation;
}

}  // namespace iam
