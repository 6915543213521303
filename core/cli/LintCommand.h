#pragma once

#include <string>
#include <vector>

#include "core/cli/CliCommands.h"
#include "core/lint/PolicyKind.h"

namespace iam {

class Catalog;

// `lint [--kind KIND] FILE...|-`: the parser's and the linter's findings, one per line as
// `file:line:col: severity: message [CODE]`, or one JSON report. Exit 1 when any finding is an
// error, 2 when an input cannot be read or is not JSON.
int runLint(const std::vector<std::string>& files, PolicyKind kind, bool asJson, CliStreams streams,
            const Catalog* catalog = nullptr);

}  // namespace iam
