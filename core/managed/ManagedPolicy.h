#pragma once

#include <cstdint>
#include <string_view>

namespace iam {

// One AWS managed policy as the bundle lists it: what a user knows it by. Its document is fetched
// separately (ManagedPolicyLibrary::document) because only then is its part of the bundle inflated.
// The strings point into the library that holds the policy and live as long as it.
struct ManagedPolicy {
    std::string_view name; // AmazonS3ReadOnlyAccess
    std::string_view arn; // arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess
    std::string_view path; // `/`, `/service-role/`, `/aws-service-role/`, `/job-function/`, ...
    std::string_view versionId; // the default version, the one an account gets when it attaches the policy
    std::string_view updatedOn; // YYYY-MM-DD, empty when unknown
    std::string_view description; // empty when the source data has none

    // Where the document lies: a chunk of the bundle and a byte range in its inflated text.
    std::uint32_t chunk = 0;
    std::uint32_t offset = 0;
    std::uint32_t length = 0;
};

} // namespace iam
