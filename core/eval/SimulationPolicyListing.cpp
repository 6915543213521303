#include "core/eval/SimulationPolicyListing.h"

#include <nlohmann/json.hpp>

#include "core/json/JsonPointer.h"
#include "core/policy/PolicyReader.h"

namespace iam {
namespace {

using nlohmann::ordered_json;
using Level = SimulationPolicyListing::Level;

class ListingReader {
public:
    ListingReader(const SourceMap& sourceMap, std::vector<Diagnostic>& diagnostics)
        : m_map(sourceMap)
        , m_diagnostics(diagnostics)
    {
    }

    SimulationPolicyListing read(const ordered_json& root)
    {
        SimulationPolicyListing listing;
        const auto policies = root.find("policies");
        if (policies == root.end()) {
            error("SIMULATION_MISSING_FIELD", "", "the simulation has no `policies`",
                "add `\"policies\": {\"identity\": [...]}` with the policies to weigh");
            return listing;
        }
        if (!policies->is_object()) {
            m_diagnostics.push_back(wrongTypeDiagnostic(m_map, "/policies", "`policies`", "an object", *policies));
            return listing;
        }
        for (PolicyType type : kAllPolicyTypes) {
            const std::string key(policyTypeKey(type));
            const auto member = policies->find(key);
            auto& slot = listing.types[static_cast<std::size_t>(type)];
            const std::string pointer = "/policies/" + key;
            const std::string what = "`" + key + "`";
            if (member == policies->end()) {
                if (type == PolicyType::Identity)
                    error("SIMULATION_MISSING_FIELD", "/policies", "`policies` has no `identity`",
                        "add `\"identity\": [...]` with the principal's identity-based policies (an empty list is "
                        "fine)");
                continue;
            }
            if (type == PolicyType::Scp || type == PolicyType::Rcp) {
                slot = readLevels(*member, pointer, what);
            } else if (type == PolicyType::Resource) {
                // AWS attaches one resource-based policy; the page may keep others switched off beside it,
                // which the file writes as a list.
                if (member->is_null())
                    continue;
                if (member->is_array()) {
                    slot = readList(*member, pointer, what);
                } else if (auto entry = readEntry(*member, pointer)) {
                    slot.emplace(1, Level { std::move(*entry) });
                } else {
                    slot.emplace(); // in play, though unreadable: the error already stops the file
                }
            } else {
                slot = readList(*member, pointer, what);
            }
        }
        return listing;
    }

private:
    void error(std::string code, const std::string& pointer, std::string message, std::string help)
    {
        m_diagnostics.push_back({ std::move(code), Severity::Error, std::move(message), std::move(help), pointer,
            m_map.valueSpan(pointer), {}, {} });
    }

    std::optional<SimulationPolicyEntry> readEntry(const ordered_json& value, const std::string& pointer)
    {
        if (!value.is_object()) {
            m_diagnostics.push_back(wrongTypeDiagnostic(
                m_map, pointer, "a policy", "a policy document or `{\"name\": ..., \"document\": {...}}`", value));
            return std::nullopt;
        }
        SimulationPolicyEntry entry;
        const auto document = value.find("document");
        const auto text = value.find("text");
        if (document == value.end() && text == value.end()) {
            entry.document = &value;
            entry.pointer = pointer;
            return entry;
        }
        bool readable = true;
        if (const auto name = value.find("name"); name != value.end()) {
            if (name->is_string()) {
                entry.name = name->get<std::string>();
            } else {
                m_diagnostics.push_back(
                    wrongTypeDiagnostic(m_map, appendPointer(pointer, "name"), "`name`", "a string", *name));
                readable = false;
            }
        }
        if (const auto enabled = value.find("enabled"); enabled != value.end()) {
            if (enabled->is_boolean()) {
                entry.enabled = enabled->get<bool>();
            } else {
                m_diagnostics.push_back(wrongTypeDiagnostic(
                    m_map, appendPointer(pointer, "enabled"), "`enabled`", "`true` or `false`", *enabled));
                readable = false;
            }
        }
        if (document != value.end() && text != value.end()) {
            error("POLICY_DOCUMENT_AND_TEXT", appendPointer(pointer, "text"),
                "this policy has both a `document` and a `text`",
                "keep `document` (the policy as JSON) and remove `text`, which holds a policy that was not JSON when "
                "it was saved");
            return std::nullopt;
        }
        if (document != value.end()) {
            entry.document = &*document;
            entry.pointer = appendPointer(pointer, "document");
        } else {
            entry.pointer = appendPointer(pointer, "text");
            if (text->is_string()) {
                entry.text = text->get<std::string>();
            } else {
                m_diagnostics.push_back(wrongTypeDiagnostic(m_map, entry.pointer, "`text`", "a string", *text));
                readable = false;
            }
        }
        if (!readable)
            return std::nullopt;
        return entry;
    }

    std::optional<std::vector<Level>> readList(
        const ordered_json& value, const std::string& pointer, const std::string& what)
    {
        if (!value.is_array()) {
            m_diagnostics.push_back(wrongTypeDiagnostic(m_map, pointer, what, "an array of policies", value));
            return std::nullopt;
        }
        Level level;
        for (std::size_t i = 0; i < value.size(); ++i) {
            if (auto entry = readEntry(value[i], appendPointer(pointer, i)))
                level.push_back(std::move(*entry));
        }
        return std::vector<Level> { std::move(level) };
    }

    // A flat list is one level; a list of lists is one level per inner list, root first.
    std::optional<std::vector<Level>> readLevels(
        const ordered_json& value, const std::string& pointer, const std::string& what)
    {
        if (!value.is_array()) {
            m_diagnostics.push_back(wrongTypeDiagnostic(
                m_map, pointer, what, "an array of policies, or an array of levels (arrays of policies)", value));
            return std::nullopt;
        }
        std::size_t arrays = 0;
        for (const auto& element : value)
            arrays += element.is_array() ? 1 : 0;
        if (arrays == 0)
            return readList(value, pointer, what);
        if (arrays != value.size()) {
            error("MIXED_ORGANIZATION_LEVELS", pointer, what + " mixes policies and levels",
                "write either a list of policies (one level) or a list of levels, each a list of policies");
            return std::nullopt;
        }
        std::vector<Level> levels;
        for (std::size_t i = 0; i < value.size(); ++i) {
            if (auto level = readList(value[i], appendPointer(pointer, i), what))
                levels.push_back(std::move(level->front()));
        }
        return levels;
    }

    const SourceMap& m_map;
    std::vector<Diagnostic>& m_diagnostics;
};

} // namespace

SimulationPolicyListing readSimulationPolicies(
    const nlohmann::ordered_json& root, const SourceMap& sourceMap, std::vector<Diagnostic>& diagnostics)
{
    return ListingReader(sourceMap, diagnostics).read(root);
}

} // namespace iam
