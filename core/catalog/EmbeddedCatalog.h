#pragma once

#include <string_view>

namespace iam {

// The bytes of resources/catalog/aws-catalog.txt, compiled into iam_core so that neither the app
// nor the CLI reads a data file at run time. Static: valid for the whole program.
std::string_view embeddedCatalogBytes();

}  // namespace iam
