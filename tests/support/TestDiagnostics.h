#pragma once

#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/diagnostics/Diagnostic.h"
#include "core/eval/Simulation.h"

namespace iam::test {

// The first diagnostic with `code`, or null: tests then check its pointer, message and span.
const Diagnostic* findCode(const std::vector<Diagnostic>& diagnostics, const std::string& code);

// The first diagnostic at JSON `pointer`, or null.
const Diagnostic* findPointer(const std::vector<Diagnostic>& diagnostics, const std::string& pointer);

// A simulation file the test builds itself, loaded. One that does not load is a broken test, not a
// finding: it stops the test run with the loader's message.
Simulation loadTestSimulation(const nlohmann::ordered_json& file);

} // namespace iam::test
