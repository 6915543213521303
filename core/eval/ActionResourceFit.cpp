#include "core/eval/ActionResourceFit.h"

#include "core/catalog/Catalog.h"

namespace iam {

ResourceFit actionResourceFit(const Catalog& catalog, std::string_view action, std::string_view resource)
{
    const CatalogAction* known = catalog.findAction(action);
    if (!known)
        return ResourceFit::Unknown;
    if (resource == "*")
        return ResourceFit::Fits;
    // An action without resource types does not support resource-level permissions: AWS asks
    // about `*`, never about a particular ARN.
    for (const CatalogActionResource& entry : catalog.resourcesOf(*known)) {
        if (catalog.arnFits(resource, catalog.resourceTypeOf(entry)))
            return ResourceFit::Fits;
    }
    return ResourceFit::WrongType;
}

std::vector<std::string> actionResourceTypeNames(const Catalog& catalog, std::string_view action)
{
    std::vector<std::string> names;
    if (const CatalogAction* known = catalog.findAction(action)) {
        for (const CatalogActionResource& entry : catalog.resourcesOf(*known))
            names.emplace_back(catalog.resourceTypeOf(entry).name);
    }
    return names;
}

} // namespace iam
