#pragma once

#include <string>
#include <vector>

#include "core/cli/CliCommands.h"

namespace iam {

// `test FILE...`: runs the `tests` of each simulation file. One line per test (`PASS name`, or
// `FAIL name: expected ..., got ... (...)`) and a summary, or one JSON report with --json.
// Exit 0 when every test passes, 1 when any fails, 2 when a file cannot be read or used.
int runTest(const std::vector<std::string>& files, bool json, CliStreams streams);

} // namespace iam
