#include "core/eval/SimulationLoader.h"

#include <nlohmann/json.hpp>

#include "core/eval/PrincipalIdentity.h"
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
        const auto policies = root.find("policies");
        if (policies == root.end()) {
            missing("", "the simulation has no `policies`",
                "add `\"policies\": {\"identity\": [...]}` with the policies to weigh");
        } else if (!policies->is_object()) {
            m_diagnostics.push_back(wrongTypeDiagnostic(m_map, "/policies", "`policies`", "an object", *policies));
        } else {
            readPolicies(*policies, simulation);
        }
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
            pointer, m_map.valueSpan(pointer) });
    }

    void error(std::string code, const std::string& pointer, std::string message, std::string help)
    {
        m_diagnostics.push_back({ std::move(code), Severity::Error, std::move(message), std::move(help), pointer,
            m_map.valueSpan(pointer) });
    }

    std::optional<SimulationPolicy> readPolicyEntry(const ordered_json& value, const std::string& pointer)
    {
        if (!value.is_object()) {
            m_diagnostics.push_back(wrongTypeDiagnostic(
                m_map, pointer, "a policy", "a policy document or `{\"name\": ..., \"document\": {...}}`", value));
            return std::nullopt;
        }
        SimulationPolicy entry;
        const auto document = value.find("document");
        if (document == value.end()) {
            entry.pointer = pointer;
            entry.policy = readPolicy(value, m_map, pointer, m_diagnostics);
            return entry;
        }
        if (const auto name = value.find("name"); name != value.end()) {
            if (name->is_string())
                entry.name = name->get<std::string>();
            else
                m_diagnostics.push_back(
                    wrongTypeDiagnostic(m_map, appendPointer(pointer, "name"), "`name`", "a string", *name));
        }
        entry.pointer = appendPointer(pointer, "document");
        entry.policy = readPolicy(*document, m_map, entry.pointer, m_diagnostics);
        return entry;
    }

    std::optional<std::vector<SimulationPolicy>> readPolicyList(
        const ordered_json& value, const std::string& pointer, std::string_view what)
    {
        if (!value.is_array()) {
            m_diagnostics.push_back(wrongTypeDiagnostic(m_map, pointer, what, "an array of policies", value));
            return std::nullopt;
        }
        std::vector<SimulationPolicy> list;
        for (std::size_t i = 0; i < value.size(); ++i) {
            if (auto entry = readPolicyEntry(value[i], appendPointer(pointer, i)))
                list.push_back(std::move(*entry));
        }
        return list;
    }

    // A flat list is one level; a list of lists is one level per inner list, root first.
    std::optional<std::vector<std::vector<SimulationPolicy>>> readLevels(
        const ordered_json& value, const std::string& pointer, std::string_view what)
    {
        if (!value.is_array()) {
            m_diagnostics.push_back(wrongTypeDiagnostic(
                m_map, pointer, what, "an array of policies, or an array of levels (arrays of policies)", value));
            return std::nullopt;
        }
        std::size_t arrays = 0;
        for (const auto& element : value)
            arrays += element.is_array() ? 1 : 0;
        std::vector<std::vector<SimulationPolicy>> levels;
        if (arrays == 0) {
            levels.push_back(*readPolicyList(value, pointer, what));
            return levels;
        }
        if (arrays != value.size()) {
            error("MIXED_ORGANIZATION_LEVELS", pointer, std::string(what) + " mixes policies and levels",
                "write either a list of policies (one level) or a list of levels, each a list of policies");
            return std::nullopt;
        }
        for (std::size_t i = 0; i < value.size(); ++i) {
            if (auto level = readPolicyList(value[i], appendPointer(pointer, i), what))
                levels.push_back(std::move(*level));
        }
        return levels;
    }

    void readPolicies(const ordered_json& policies, Simulation& simulation)
    {
        const auto identity = policies.find("identity");
        if (identity == policies.end()) {
            missing("/policies", "`policies` has no `identity`",
                "add `\"identity\": [...]` with the principal's identity-based policies (an empty list is fine)");
        } else if (auto list = readPolicyList(*identity, "/policies/identity", "`identity`")) {
            simulation.identity = std::move(*list);
        }
        if (const auto resource = policies.find("resource"); resource != policies.end() && !resource->is_null())
            simulation.resource = readPolicyEntry(*resource, "/policies/resource");
        if (const auto boundary = policies.find("permissionBoundary"); boundary != policies.end())
            simulation.permissionBoundary
                = readPolicyList(*boundary, "/policies/permissionBoundary", "`permissionBoundary`");
        if (const auto session = policies.find("session"); session != policies.end())
            simulation.session = readPolicyList(*session, "/policies/session", "`session`");
        if (const auto scp = policies.find("scp"); scp != policies.end())
            simulation.scp = readLevels(*scp, "/policies/scp", "`scp`");
        if (const auto rcp = policies.find("rcp"); rcp != policies.end())
            simulation.rcp = readLevels(*rcp, "/policies/rcp", "`rcp`");
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

} // namespace iam
