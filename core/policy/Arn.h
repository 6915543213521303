#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics/Diagnostic.h"

namespace iam {

// `arn:partition:service:region:account-id:resource`. The resource keeps its full text; type and
// id are the split at its first `/` or `:` (`user/alice` → `user` + `alice`), empty when it has none.
struct Arn {
    std::string partition;
    std::string service;
    std::string region;
    std::string account;
    std::string resource;
    std::string resourceType;
    std::string resourceId;

    std::string toString() const;
    bool operator==(const Arn&) const = default;
};

struct ArnParseResult {
    std::optional<Arn> arn;  // set when no error was found
    std::vector<Diagnostic> diagnostics;  // spans count from the ARN's first character, line 1
};

// Accepts what may stand in a policy: wildcards (`*`, `?`) and policy variables (`${aws:username}`)
// anywhere in the service, region, account and resource parts.
ArnParseResult parseArn(std::string_view text);

// The partitions AWS has today, for "is this a real partition" checks and for pickers.
const std::vector<std::string>& knownPartitions();

}  // namespace iam
