#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/diagnostics/Diagnostic.h"
#include "core/eval/PolicyType.h"
#include "core/json/SourceMap.h"

namespace iam {

// One entry of a simulation file's `policies`, as the file writes it: a bare policy document, or
// `{"name", "enabled"?, "document"}`, or `{"name", "enabled"?, "text"}` for a policy saved while its
// text was not JSON.
struct SimulationPolicyEntry {
    std::string name;
    bool enabled = true;
    const nlohmann::ordered_json* document = nullptr; // into the parsed file; null when written as `text`
    std::optional<std::string> text;
    std::string pointer; // of the document, or of `text`
};

// The shape of `policies`, read once for both readers of simulation files: the command line's
// (SimulationLoader, which weighs the documents) and the Simulate page's (SimulationDocumentFile,
// which keeps them as text). Per policy type, nothing when the file does not name it, otherwise its
// levels (one for every type but `scp` and `rcp`), each with its entries in file order.
struct SimulationPolicyListing {
    using Level = std::vector<SimulationPolicyEntry>;
    std::array<std::optional<std::vector<Level>>, kAllPolicyTypes.size()> types;

    const std::optional<std::vector<Level>>& of(PolicyType type) const { return types[static_cast<std::size_t>(type)]; }
};

// Reads the `policies` member of a simulation file (`root` must be an object): its shape, names and
// switches, not the policy documents. Problems are appended with the file's pointers and positions:
// `policies` or `identity` missing, a list that is not one, levels mixed with policies, an entry that
// is neither a document nor a named entry, `name`, `enabled` or `text` of the wrong type.
SimulationPolicyListing readSimulationPolicies(
    const nlohmann::ordered_json& root, const SourceMap& sourceMap, std::vector<Diagnostic>& diagnostics);

} // namespace iam
