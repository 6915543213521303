#pragma once

#include <string>
#include <vector>

#include "core/cli/CliCommands.h"

namespace iam {

// `scenario check FILE|DIR...`: loads each scenario file (every `*.json` of a folder) and proves it:
// policies lint as declared, try-its get their stated decisions, challenges flip. One line per scenario
// (`PASS id: ...` or `FAIL id` followed by each failed check), problems on stderr as
// `file:line:col: severity: message [CODE] at /pointer`, then a summary.
// With --json, one report instead: {"files": [{"file", "id"?, "diagnostics"?, "passed", "checks": [{"kind",
// "name", "passed", "detail"?, "pointer", "line"?}]}], "summary": {"scenarios", "passed", "failed",
// "unusableFiles"}}; problems still go to stderr.
// Exit 0 when every scenario passes, 1 when a check fails, 2 when a file cannot be read or used (2 wins).
int runScenarioCheck(const std::vector<std::string>& paths, bool json, CliStreams streams);

} // namespace iam
