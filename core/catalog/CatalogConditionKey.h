#pragma once

#include <string_view>

namespace iam {

// A condition key, e.g. `s3:prefix` (String) or `aws:SourceIp` (IPAddress). A name with a
// placeholder (`aws:PrincipalTag/${TagKey}`, `s3:ExistingObjectTag/<key>`) stands for a family of
// keys. `type` is AWS's word: String, ArrayOfString, Numeric, Date, Bool, ARN, IPAddress, ...
struct CatalogConditionKey {
    std::string_view name;
    std::string_view type;
    std::string_view description;
    bool global = false;  // usable with every action of every service
    bool templated = false;  // the name has a placeholder
};

}  // namespace iam
