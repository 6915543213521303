#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics/Diagnostic.h"
#include "core/eval/SimulationDocument.h"

namespace iam {

struct SimulationDocumentLoad {
    std::optional<SimulationDocument> document; // set when no error was found
    std::vector<Diagnostic> diagnostics; // pointers and line:column of the file
};

// Reads a simulation file (docs/fidelity.md, docs/simulation-files.md) into the page's document. Each
// policy's text is its document laid out as the writer lays it out (two-space indent, keys in file
// order); `{"name", "enabled": false, "document"}` entries stay switched off; SCP/RCP levels keep their
// number; `tests` are read with loadPolicyTests' checks. A file with tests but no `request` gets the
// first test's request. Never throws on any input.
SimulationDocumentLoad loadSimulationDocument(std::string_view text);

// Writes the document as a simulation file that `iam-studio-cli simulate` and `iam-studio-cli test`
// read: `policies` (named entries as `{"name", "document"}`, plus `"enabled": false` for a policy
// switched off; SCP/RCP as a list of levels), `request`, and `tests` when there are any. Two-space
// indentation, LF, a final newline. A policy whose text is not valid JSON is written as a string under
// `"text"` so no work is lost; reading it back gives the same text and the same problem.
// loadSimulationDocument(saveSimulationDocument(d)) == d for every document whose policy texts are
// JSON written in the writer's own layout; otherwise the texts may differ only in layout.
std::string saveSimulationDocument(const SimulationDocument& document);

} // namespace iam
