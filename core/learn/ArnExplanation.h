#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics/Diagnostic.h"

namespace iam {

class Catalog;

// One labelled piece of an ARN, for the Learn page's ARN dissector.
struct ArnPart {
    enum class Kind { Prefix, Partition, Service, Region, Account, ResourceType, ResourceName, Resource };
    Kind kind = Kind::Resource;
    std::string label; // "partition", "region", "bucket name", ...
    std::string value; // as written; may be empty (an S3 ARN's region)
    std::size_t offset = 0; // bytes from the ARN's first character
    std::string explanation; // plain words; user values in backticks
};

// An ARN taken apart and explained for a beginner. Works on half-typed text too: every part that is
// already there is explained, and what is wrong or missing is in `diagnostics`.
struct ArnExplanation {
    std::vector<ArnPart> parts;
    std::string serviceName; // "Amazon S3" when the catalog knows the service
    std::vector<std::string> resourceTypes; // the catalog's resource types this ARN can name
    std::vector<std::string> facts; // service-specific facts, e.g. why an S3 ARN has no region
    // parseArn's errors, then warnings about the shape: a region where the service has none, a missing
    // account, a resource no resource type of the service fits, an unknown service.
    std::vector<Diagnostic> diagnostics;

    bool ok() const { return !hasErrors(diagnostics); }
};

// Never throws. Without a catalog only the generic parts are explained.
ArnExplanation explainArn(std::string_view text, const Catalog* catalog);

// `us-east-1` → "US East (N. Virginia)"; empty for a region it does not know.
std::string regionDisplayName(std::string_view region);

} // namespace iam
