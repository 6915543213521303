#pragma once

#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/diagnostics/Diagnostic.h"
#include "core/json/SourceMap.h"
#include "core/policy/Policy.h"

namespace iam {

// Reads a policy document from an already parsed JSON value, which may sit inside a larger file
// (a simulation, a scenario, a quiz): pointers and positions are those of the enclosing file.
// Problems are appended to `diagnostics`; the returned model is best effort when there are errors.
Policy readPolicy(const nlohmann::ordered_json& value, const SourceMap& sourceMap, const std::string& pointer,
                  std::vector<Diagnostic>& diagnostics);

// Parses JSON text into a value and its source map, or explains the syntax error as a diagnostic.
// Shared by every loader of our JSON files so syntax errors read the same everywhere.
bool parseJsonText(std::string_view text, nlohmann::ordered_json& value, SourceMap& sourceMap,
                   std::vector<Diagnostic>& diagnostics);

// The diagnostic for a value of the wrong JSON type, e.g. "`Effect` must be a string, not a number".
Diagnostic wrongTypeDiagnostic(const SourceMap& sourceMap, const std::string& pointer, std::string_view what,
                               std::string_view expected, const nlohmann::ordered_json& actual);

// An error in a field of one of our JSON files, positioned at the value `pointer` names.
Diagnostic fieldError(const SourceMap& sourceMap, std::string code, const std::string& pointer, std::string message,
                      std::string help);

}  // namespace iam
