#pragma once

#include <cstdint>
#include <string_view>

namespace iam {

// One AWS service, e.g. prefix `s3`, name "Amazon S3". The ranges index the catalog's tables; read
// them through Catalog (actionsOf, resourceTypesOf) rather than by hand.
struct CatalogService {
    std::string_view prefix;
    std::string_view name;
    std::uint32_t firstAction = 0;
    std::uint32_t actionCount = 0;
    std::uint32_t firstResourceType = 0;
    std::uint32_t resourceTypeCount = 0;
};

}  // namespace iam
