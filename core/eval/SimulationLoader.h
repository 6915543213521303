#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/diagnostics/Diagnostic.h"
#include "core/eval/Simulation.h"
#include "core/json/SourceMap.h"

namespace iam {

struct SimulationLoadResult {
    std::optional<Simulation> simulation; // set when no error was found
    std::vector<Diagnostic> diagnostics; // pointers and positions are those of the simulation file
    SourceMap sourceMap; // of the text, when loaded from text; for placing later findings

    bool ok() const { return simulation.has_value(); }
};

// Reads a simulation file (see docs/fidelity.md for its shape). Never throws on any input.
SimulationLoadResult loadSimulation(std::string_view text);
// The same from an already parsed document, e.g. one line of a JSONL batch. The source map may be
// empty, in which case diagnostics carry pointers but no positions.
SimulationLoadResult loadSimulation(const nlohmann::ordered_json& value, const SourceMap& sourceMap);

// A request that stands inside another file (a policy test's, a scenario's try-it) at `pointer`, read
// exactly as a simulation file's top-level `request` is; findings carry the enclosing file's pointers
// and positions. Nothing is returned when `value` is not an object or the request has errors.
std::optional<Request> loadEmbeddedRequest(const nlohmann::ordered_json& value, const SourceMap& sourceMap,
                                           const std::string& pointer, std::vector<Diagnostic>& diagnostics);

} // namespace iam
