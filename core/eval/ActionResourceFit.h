#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace iam {

class Catalog;

// Whether AWS could ever receive a request of this action on this resource. Policies are matched by
// text alone, so `s3:Get*` on `arn:aws:s3:::reports/*` "allows" s3:GetBucketPolicy on an object ARN,
// but S3 only ever asks about that action for a bucket. An access matrix uses this to tell the cells
// that mean something from those that cannot happen.
enum class ResourceFit {
    Fits, // the resource is of a type the action acts on, or it is `*`
    WrongType, // the action acts on other types (or on no type: it is asked about `*`)
    Unknown, // the catalog does not know the action
};

// The resource may be written as in a policy (wildcards allowed): it fits when some ARN it could
// stand for is of one of the action's resource types (Catalog::arnFits). Action names in any case.
ResourceFit actionResourceFit(const Catalog& catalog, std::string_view action, std::string_view resource);

// The resource types the action acts on, as the catalog names them (`bucket`, `object`); empty for an
// unknown action or one that takes `*`.
std::vector<std::string> actionResourceTypeNames(const Catalog& catalog, std::string_view action);

} // namespace iam
