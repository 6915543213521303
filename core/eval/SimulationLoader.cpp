#include "core/eval/SimulationLoader.h"

#include <nlohmann/json.hpp>

#include "core/eval/PrincipalIdentity.h"
#include "core/eval/SimulationPolicyListing.h"
#include "core/json/JsonPointer.h"
#include "core/policy/PolicyReader.h"

namespace iam {
namespace {

using nlohmann::ordered_json;

class Loader {
public:
    Loader(const SourceMap& sourceMap, std::vector<Diagnostic>& diagnostics)
        : m_map(sourceMap)
        , m_diagnostics(diagnostics)
    {
    }

    std::optional<Simulation> load(const ordered_json& root)
    {
        if (!root.is_object()) {
            m_diagnostics.push_back(wrongTypeDiagnostic(m_map, "", "a simulation", "an object", root));
            return std::nullopt;
        }
        Simulation simulation;
        readPolicies(root, simulation);
        const auto request = root.find("request");
        if (request == root.end()) {
            missing("", "the simulation has no `request`",
                "add `\"request\": {\"action\": \"s3:GetObject\", \"resource\": \"arn:aws:s3:::bucket/key\"}`");
        } else if (!request->is_object()) {
            m_diagnostics.push_back(wrongTypeDiagnostic(m_map, "/request", "`request`", "an object", *request));
        } else {
            readRequest(*request, simulation.request);
        }
        if (hasErrors(m_diagnostics))
            return std::nullopt;
        return simulation;
    }

private:
    void missing(const std::string& pointer, std::string message, std::string help)
    {
        m_diagnostics.push_back({ "SIMULATION_MISSING_FIELD", Severity::Error, std::move(message), std::move(help),
            pointer, m_map.valueSpan(pointer), {}, {} });
    }

    void error(std::string code, const std::string& pointer, std::string message, std::string help)
    {
        m_diagnostics.push_back({ std::move(code), Severity::Error, std::move(message), std::move(help), pointer,
            m_map.valueSpan(pointer), {}, {} });
    }

    // A policy switched on, read as the engine weighs it.
    SimulationPolicy weigh(const SimulationPolicyEntry& entry)
    {
        SimulationPolicy policy { entry.name, {}, entry.pointer };
        if (entry.document) {
            policy.policy = readPolicy(*entry.document, m_map, entry.pointer, m_diagnostics);
        } else {
            const std::string who = entry.name.empty() ? "this policy" : "policy `" + entry.name + "`";
            error("POLICY_NOT_JSON", entry.pointer,
                who + " was saved while its text was not JSON, so it cannot be weighed",
                "open the file on the Simulate page and finish the policy's JSON, or switch the policy off with "
                "`\"enabled\": false`");
        }
        return policy;
    }

    // A type, or an SCP/RCP level, whose policies are all switched off is not in play, as if they were
    // not attached; an empty list still is (it allows nothing).
    std::optional<std::vector<std::vector<SimulationPolicy>>> weighLevels(
        const std::optional<std::vector<SimulationPolicyListing::Level>>& levels)
    {
        if (!levels)
            return std::nullopt;
        std::vector<std::vector<SimulationPolicy>> result;
        for (const auto& level : *levels) {
            std::vector<SimulationPolicy> policies;
            for (const auto& entry : level) {
                if (entry.enabled)
                    policies.push_back(weigh(entry));
            }
            if (!policies.empty() || level.empty())
                result.push_back(std::move(policies));
        }
        if (result.empty())
            return std::nullopt;
        return result;
    }

    std::optional<std::vector<SimulationPolicy>> weighList(
        const std::optional<std::vector<SimulationPolicyListing::Level>>& levels)
    {
        auto weighed = weighLevels(levels);
        if (!weighed)
            return std::nullopt;
        return std::move(weighed->front());
    }

    void readPolicies(const ordered_json& root, Simulation& simulation)
    {
        const SimulationPolicyListing listing = readSimulationPolicies(root, m_map, m_diagnostics);
        if (auto identity = weighList(listing.of(PolicyType::Identity)))
            simulation.identity = std::move(*identity);
        if (auto resource = weighList(listing.of(PolicyType::Resource)); resource && !resource->empty()) {
            // AWS attaches one resource-based policy to a resource: the first switched on is the one.
            for (std::size_t i = 1; i < resource->size(); ++i) {
                m_diagnostics.push_back({ "SECOND_RESOURCE_POLICY", Severity::Warning,
                    "only the first resource-based policy switched on is weighed",
                    "a resource has one resource-based policy: switch this one off with `\"enabled\": false` or "
                    "merge its statements into the first",
                    (*resource)[i].pointer, m_map.keySpan((*resource)[i].pointer), {}, {} });
            }
            simulation.resource = std::move(resource->front());
        }
        simulation.permissionBoundary = weighList(listing.of(PolicyType::PermissionBoundary));
        simulation.session = weighList(listing.of(PolicyType::Session));
        simulation.scp = weighLevels(listing.of(PolicyType::Scp));
        simulation.rcp = weighLevels(listing.of(PolicyType::Rcp));
    }

    std::optional<std::string> readString(const ordered_json& object, const std::string& parent, const char* key)
    {
        const auto member = object.find(key);
        if (member == object.end())
            return std::nullopt;
        const std::string pointer = appendPointer(parent, key);
        if (!member->is_string()) {
            m_diagnostics.push_back(
                wrongTypeDiagnostic(m_map, pointer, "`" + std::string(key) + "`", "a string", *member));
            return std::nullopt;
        }
        return member->get<std::string>();
    }

    // AWS carries every context value as text; numbers and booleans are read as their JSON spelling.
    std::optional<std::string> contextValueText(
        const ordered_json& value, const std::string& pointer, const std::string& key)
    {
        if (value.is_string())
            return value.get<std::string>();
        if (value.is_boolean())
            return std::string(value.get<bool>() ? "true" : "false");
        if (value.is_number())
            return value.dump();
        m_diagnostics.push_back(wrongTypeDiagnostic(
            m_map, pointer, "the value of `" + key + "`", "a string, number, boolean or an array of them", value));
        return std::nullopt;
    }

    void readRequest(const ordered_json& request, Request& result)
    {
        if (auto principal = readString(request, "/request", "principal")) {
            result.principal = *principal;
            if (!parsePrincipalIdentity(*principal)) {
                error("INVALID_REQUEST_PRINCIPAL", "/request/principal",
                    "`" + *principal + "` is not a principal we can simulate",
                    "use a user ARN (`arn:aws:iam::111122223333:user/alice`), a role session "
                    "(`arn:aws:sts::111122223333:assumed-role/role-name/session-name`), a role, a federated user, "
                    "the account root (`arn:aws:iam::111122223333:root`), a service (`lambda.amazonaws.com`) "
                    "or `anonymous`");
            }
        }
        if (auto action = readString(request, "/request", "action")) {
            result.action = *action;
            const auto colon = action->find(':');
            if (colon == std::string::npos || colon == 0 || colon + 1 == action->size()) {
                error("INVALID_REQUEST_ACTION", "/request/action", "`" + *action + "` is not an action",
                    "write the service prefix, a colon and the action name, e.g. `s3:GetObject`");
            }
        } else if (!request.contains("action")) {
            missing("/request", "the request has no `action`", "add e.g. `\"action\": \"s3:GetObject\"`");
        }
        if (auto resource = readString(request, "/request", "resource")) {
            result.resource = *resource;
            if (resource->empty())
                error("INVALID_REQUEST_RESOURCE", "/request/resource", "the request's `resource` is empty",
                    "give the ARN of the resource, e.g. `arn:aws:s3:::my-bucket/report.pdf`, or `*`");
        } else if (!request.contains("resource")) {
            missing("/request", "the request has no `resource`",
                "add e.g. `\"resource\": \"arn:aws:s3:::my-bucket/report.pdf\"`");
        }
        result.resourceAccount = readString(request, "/request", "resourceAccount");
        const auto context = request.find("context");
        if (context == request.end() || context->is_null())
            return;
        if (!context->is_object()) {
            m_diagnostics.push_back(wrongTypeDiagnostic(m_map, "/request/context", "`context`", "an object", *context));
            return;
        }
        for (const auto& [key, value] : context->items()) {
            const std::string pointer = appendPointer("/request/context", key);
            ContextEntry entry { key, {}, value.is_array() };
            if (value.is_array()) {
                for (std::size_t i = 0; i < value.size(); ++i) {
                    if (auto text = contextValueText(value[i], appendPointer(pointer, i), key))
                        entry.values.push_back(std::move(*text));
                }
            } else if (auto text = contextValueText(value, pointer, key)) {
                entry.values.push_back(std::move(*text));
            }
            result.context.push_back(std::move(entry));
        }
    }

    const SourceMap& m_map;
    std::vector<Diagnostic>& m_diagnostics;
};

} // namespace

SimulationLoadResult loadSimulation(const nlohmann::ordered_json& value, const SourceMap& sourceMap)
{
    SimulationLoadResult result;
    result.simulation = Loader(sourceMap, result.diagnostics).load(value);
    sortByPosition(result.diagnostics);
    return result;
}

SimulationLoadResult loadSimulation(std::string_view text)
{
    ordered_json value;
    SourceMap sourceMap;
    std::vector<Diagnostic> parseDiagnostics;
    if (!parseJsonText(text, value, sourceMap, parseDiagnostics)) {
        SimulationLoadResult result;
        result.diagnostics = std::move(parseDiagnostics);
        return result;
    }
    SimulationLoadResult result = loadSimulation(value, sourceMap);
    result.sourceMap = std::move(sourceMap);
    if (!parseDiagnostics.empty()) {
        // Duplicate keys: nlohmann kept one of the two, so what we read may not be what was meant.
        if (hasErrors(parseDiagnostics))
            result.simulation.reset();
        result.diagnostics.insert(result.diagnostics.end(), parseDiagnostics.begin(), parseDiagnostics.end());
        sortByPosition(result.diagnostics);
    }
    return result;
}

std::optional<Request> loadEmbeddedRequest(const nlohmann::ordered_json& value, const SourceMap& sourceMap,
                                           const std::string& pointer, std::vector<Diagnostic>& diagnostics)
{
    if (!value.is_object()) {
        diagnostics.push_back(wrongTypeDiagnostic(sourceMap, pointer, "`request`", "an object", value));
        return std::nullopt;
    }
    nlohmann::ordered_json standIn = nlohmann::ordered_json::object();
    standIn["policies"]["identity"] = nlohmann::ordered_json::array();
    standIn["request"] = value;
    SimulationLoadResult loaded = loadSimulation(standIn, SourceMap());
    constexpr std::string_view kStandInPointer = "/request";
    const std::string standInQuoted = "`" + std::string(kStandInPointer);
    const std::string realQuoted = "`" + pointer;
    for (auto& diagnostic : loaded.diagnostics) {
        diagnostic.pointer = pointer + diagnostic.pointer.substr(kStandInPointer.size());
        diagnostic.span = sourceMap.valueSpan(diagnostic.pointer);
        for (auto at = diagnostic.help.find(standInQuoted); at != std::string::npos;
             at = diagnostic.help.find(standInQuoted, at + realQuoted.size()))
            diagnostic.help.replace(at, standInQuoted.size(), realQuoted);
        diagnostics.push_back(std::move(diagnostic));
    }
    if (!loaded.simulation)
        return std::nullopt;
    return std::move(loaded.simulation->request);
}

} // namespace iam
