#pragma once

#include <cstdint>
#include <string_view>

namespace iam {

// A kind of resource, e.g. `object` of s3 with ARN template
// `arn:${Partition}:s3:::${BucketName}/${ObjectName}`. Read its templates and keys through Catalog.
struct CatalogResourceType {
    std::string_view name;
    std::uint32_t service = 0;
    std::uint32_t firstArn = 0;
    std::uint32_t arnCount = 0;
    std::uint32_t firstKey = 0;
    std::uint32_t keyCount = 0;
};

}  // namespace iam
