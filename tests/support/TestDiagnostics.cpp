#include "tests/support/TestDiagnostics.h"

#include <QtGlobal>

#include <nlohmann/json.hpp>

#include "core/eval/SimulationLoader.h"

namespace iam::test {

const Diagnostic* findCode(const std::vector<Diagnostic>& diagnostics, const std::string& code)
{
    for (const auto& diagnostic : diagnostics) {
        if (diagnostic.code == code)
            return &diagnostic;
    }
    return nullptr;
}

const Diagnostic* findPointer(const std::vector<Diagnostic>& diagnostics, const std::string& pointer)
{
    for (const auto& diagnostic : diagnostics) {
        if (diagnostic.pointer == pointer)
            return &diagnostic;
    }
    return nullptr;
}

Simulation loadTestSimulation(const nlohmann::ordered_json& file)
{
    const SimulationLoadResult loaded = loadSimulation(file.dump());
    if (!loaded.ok())
        qFatal("test simulation does not load: %s", loaded.diagnostics.front().message.c_str());
    return *loaded.simulation;
}

} // namespace iam::test
