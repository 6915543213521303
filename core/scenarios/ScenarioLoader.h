#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics/Diagnostic.h"
#include "core/json/SourceMap.h"
#include "core/scenarios/Scenario.h"

namespace iam {

struct ScenarioLoadResult {
    std::string fileName; // as given, so messages name the file
    std::optional<Scenario> scenario; // set when no error was found
    std::vector<Diagnostic> diagnostics; // pointers and line:column of the scenario file
    SourceMap sourceMap; // of the file, for placing the checker's findings

    bool ok() const { return scenario.has_value(); }
};

// Reads one scenario file (format: resources/scenarios/README.md). Every problem is reported at once
// with its JSON pointer and position; a policy document is read by the simulation files' reader, so
// its problems carry the scenario file's pointers too. Never throws on any input.
ScenarioLoadResult loadScenario(std::string_view text, std::string fileName);

// Reads a file from disk (at most 4 MiB); an unreadable file gives one SCENARIO_UNREADABLE_FILE error.
ScenarioLoadResult loadScenarioFile(const std::string& path);

// Every `*.json` file directly in the folder, sorted by file name. A broken file gives its own
// diagnostics and the others still load. Two files with the same `id` are refused from the second on.
// An unreadable folder gives one result holding one SCENARIO_UNREADABLE_FILE error.
std::vector<ScenarioLoadResult> loadScenarioFolder(const std::string& folder);

} // namespace iam
