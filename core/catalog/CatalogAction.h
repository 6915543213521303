#pragma once

#include <cstdint>
#include <string_view>

#include "core/catalog/AccessLevel.h"

namespace iam {

// One action, e.g. `GetObject` of service `s3`. The ranges index the catalog's tables; read them
// through Catalog (resourcesOf, conditionKeysOf, dependentActionsOf).
struct CatalogAction {
    std::string_view name;  // without the service prefix, spelled as AWS does
    std::string_view description;
    std::uint32_t service = 0;
    AccessLevel accessLevel = AccessLevel::Read;
    std::uint32_t firstResource = 0;
    std::uint32_t resourceCount = 0;
    std::uint32_t firstKey = 0;
    std::uint32_t keyCount = 0;
    std::uint32_t firstDependent = 0;
    std::uint32_t dependentCount = 0;
};

}  // namespace iam
