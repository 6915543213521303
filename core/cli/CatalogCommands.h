#pragma once

#include <string>
#include <vector>

#include "core/cli/CliCommands.h"

namespace iam {

// `expand PATTERN...`: every action the patterns grant together, grouped by access level, as text
// or JSON. Exit 1 when a pattern names an unknown service or action or matches nothing (each
// reported on stderr with "did you mean"); the actions the other patterns matched are still shown.
int runExpand(const std::vector<std::string>& patterns, bool asJson, CliStreams streams);

// `explain ACTION`: access level, resource types with ARN templates, condition keys with their
// types and dependent actions. Exit 1 for an unknown action, with "did you mean".
int runExplain(const std::string& action, bool asJson, CliStreams streams);

}  // namespace iam
