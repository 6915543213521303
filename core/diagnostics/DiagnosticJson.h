#pragma once

#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/diagnostics/Diagnostic.h"

namespace iam {

// The machine-readable form of findings, shared by every `--json` output.
nlohmann::ordered_json diagnosticToJson(const Diagnostic& diagnostic);
nlohmann::ordered_json diagnosticsToJson(const std::vector<Diagnostic>& diagnostics);

}  // namespace iam
