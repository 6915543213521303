#pragma once

#include <string_view>
#include <vector>

#include "core/diagnostics/Diagnostic.h"

namespace iam {

class Catalog;

// Fills a Catalog from the text of a catalog file in one pass, keeping string_views into the bytes
// (which must outlive the catalog). Any malformed line makes the whole file unusable: a catalog
// that is half right would give confident wrong answers.
class CatalogReader final {
public:
    static bool read(std::string_view bytes, Catalog& catalog, std::vector<Diagnostic>& diagnostics);
};

}  // namespace iam
