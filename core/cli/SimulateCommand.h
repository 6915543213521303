#pragma once

#include <string>

#include "core/cli/CliCommands.h"

namespace iam {

enum class SimulateFormat { Json, Text };

// `simulate FILE|-`: the decision for one simulation file, as JSON or as a report for people.
// Exit 0 when decided, 2 when the file cannot be used (each problem named with its pointer and line:column).
// With `withFix` (`--fix`), the smallest change that would allow the request follows (SmallestFix.h): a
// `smallestFix` member of the JSON result, or a "Smallest fix" section of the text.
int runSimulate(const std::string& file, SimulateFormat format, CliStreams streams, bool withFix = false);

// `simulate --jsonl FILE|-`: one simulation per line in, one compact JSON result per line out, in
// order, each carrying the input's `id` and line number. A bad line gives an error result and the
// rest go on; the exit code is then 2.
int runSimulateJsonl(const std::string& file, CliStreams streams);

} // namespace iam
