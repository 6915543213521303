#include "core/scenarios/ScenarioLoader.h"

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/diagnostics/FuzzyMatch.h"
#include "core/eval/PolicyTestLoader.h"
#include "core/eval/PrincipalIdentity.h"
#include "core/eval/SimulationLoader.h"
#include "core/eval/SimulationPolicyListing.h"
#include "core/json/JsonPointer.h"
#include "core/policy/PolicyReader.h"
#include "core/scenarios/ScenarioSimulation.h"

namespace iam {
namespace {

using nlohmann::ordered_json;
using Fields = std::vector<std::string>;

constexpr std::size_t kMaxFileBytes = 4u * 1024u * 1024u;

const Fields kTopFields
    = { "id", "title", "summary", "level", "tags", "story", "diagram", "policies", "tryIt", "breakIt", "tighten" };
const Fields kLevels = { "beginner", "intermediate", "advanced" };
const Fields kDiagramFields = { "nodes", "edges" };
const Fields kNodeFields = { "id", "label", "kind", "explanation", "policy" };
const Fields kEdgeFields = { "from", "to", "label" };
const Fields kPolicyFields = { "name", "document", "kind", "role", "expectFindings" };
const Fields kTryItFields = { "name", "request", "expect", "why", "policies" };
const Fields kChallengeFields = { "task", "tryIt", "expect", "hint", "change" };
const Fields kChangeFields = { "policy", "patch", "document" };
const Fields kDecisionNames = { "allowed", "explicitDeny", "implicitDeny" };

std::string lowercase(std::string_view text)
{
    std::string result(text);
    for (char& c : result)
        c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    return result;
}

bool isBlank(const std::string& text)
{
    return text.find_first_not_of(" \t\r\n") == std::string::npos;
}

// A trust policy stands in the resource-based slot (docs/fidelity.md); every other kind has its own.
bool kindFitsSlot(PolicyKind kind, PolicyType type)
{
    return policyTypeFor(kind) == type;
}

class ScenarioReader {
public:
    ScenarioReader(const SourceMap& sourceMap, std::vector<Diagnostic>& diagnostics)
        : m_map(sourceMap)
        , m_diagnostics(diagnostics)
    {
    }

    Scenario read(const ordered_json& root)
    {
        Scenario scenario;
        if (!root.is_object()) {
            m_diagnostics.push_back(wrongTypeDiagnostic(m_map, "", "a scenario", "an object", root));
            return scenario;
        }
        unknownFields(root, "", kTopFields, "the scenario");
        scenario.id = requireText(root, "", "id", "the scenario");
        if (!scenario.id.empty() && !isIdentifier(scenario.id)) {
            error("SCENARIO_INVALID_ID", "/id", "`" + scenario.id + "` is not a scenario id",
                "use lowercase letters, digits and hyphens, e.g. `ec2-mcp-server`");
        }
        scenario.title = requireText(root, "", "title", "the scenario");
        scenario.summary = requireText(root, "", "summary", "the scenario");
        scenario.level = requireText(root, "", "level", "the scenario");
        if (!scenario.level.empty() && std::find(kLevels.begin(), kLevels.end(), scenario.level) == kLevels.end())
            badWord("SCENARIO_INVALID_LEVEL", "/level", scenario.level, "a level", kLevels);
        scenario.tags = stringList(root, "", "tags", "the scenario", false);
        readStory(root, scenario);
        readDiagram(root, scenario);
        readPolicies(root, scenario);
        readTryIts(root, scenario);
        readChallenges(root, scenario);
        scenario.tighten = stringList(root, "", "tighten", "the scenario", true);
        checkNodePolicies(scenario);
        return scenario;
    }

private:
    static bool isIdentifier(const std::string& id)
    {
        return std::all_of(id.begin(), id.end(),
                   [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; })
            && id.front() != '-' && id.back() != '-';
    }

    void add(std::string code, Severity severity, const std::string& pointer, SourceSpan span, std::string message,
        std::string help)
    {
        m_diagnostics.push_back(
            { std::move(code), severity, std::move(message), std::move(help), pointer, std::move(span), {}, {} });
    }

    void error(std::string code, const std::string& pointer, std::string message, std::string help)
    {
        add(std::move(code), Severity::Error, pointer, m_map.valueSpan(pointer), std::move(message), std::move(help));
    }

    void warning(std::string code, const std::string& pointer, std::string message, std::string help)
    {
        add(std::move(code), Severity::Warning, pointer, m_map.valueSpan(pointer), std::move(message), std::move(help));
    }

    // A misspelt field would otherwise be ignored and leave, say, a try-it without its `why`.
    void unknownFields(
        const ordered_json& object, const std::string& pointer, const Fields& allowed, const std::string& owner)
    {
        for (const auto& [key, value] : object.items()) {
            if (std::find(allowed.begin(), allowed.end(), key) != allowed.end())
                continue;
            const std::string memberPointer = appendPointer(pointer, key);
            const auto suggestion = closestMatch(key, allowed);
            std::string list;
            for (const auto& field : allowed)
                list += (list.empty() ? "`" : ", `") + field + "`";
            add("SCENARIO_UNKNOWN_FIELD", Severity::Error, memberPointer, m_map.keySpan(memberPointer),
                "`" + key + "` is not a field of " + owner,
                suggestion ? "did you mean `" + *suggestion + "`?" : owner + " has " + list + "; remove `" + key + "`");
        }
    }

    void badWord(std::string code, const std::string& pointer, const std::string& value, const std::string& what,
        const Fields& words)
    {
        std::string list;
        for (const auto& word : words)
            list += (list.empty() ? "`" : ", `") + word + "`";
        const auto suggestion = closestMatch(value, words);
        error(std::move(code), pointer, "`" + value + "` is not " + what,
            suggestion ? "did you mean `" + *suggestion + "`?" : "write one of " + list);
    }

    const ordered_json* member(
        const ordered_json& object, const std::string& pointer, const std::string& key, const std::string& owner)
    {
        const auto found = object.find(key);
        if (found == object.end()) {
            error("SCENARIO_MISSING_FIELD", pointer, owner + " has no `" + key + "`",
                "add `\"" + key + "\"`; resources/scenarios/README.md describes each field");
            return nullptr;
        }
        return &*found;
    }

    // A string that must be there and say something.
    std::string requireText(
        const ordered_json& object, const std::string& pointer, const std::string& key, const std::string& owner)
    {
        const ordered_json* value = member(object, pointer, key, owner);
        if (!value)
            return {};
        return text(*value, appendPointer(pointer, key), "`" + key + "`");
    }

    std::string text(const ordered_json& value, const std::string& pointer, const std::string& what)
    {
        if (!value.is_string()) {
            m_diagnostics.push_back(wrongTypeDiagnostic(m_map, pointer, what, "a string", value));
            return {};
        }
        std::string result = value.get<std::string>();
        if (isBlank(result)) {
            error("SCENARIO_EMPTY_FIELD", pointer, what + " is empty", "write what it should say, or remove it");
            return {};
        }
        return result;
    }

    std::vector<std::string> stringList(const ordered_json& object, const std::string& pointer, const std::string& key,
        const std::string& owner, bool needsOne)
    {
        std::vector<std::string> result;
        const ordered_json* value = member(object, pointer, key, owner);
        if (!value)
            return result;
        const std::string listPointer = appendPointer(pointer, key);
        if (!value->is_array()) {
            m_diagnostics.push_back(
                wrongTypeDiagnostic(m_map, listPointer, "`" + key + "`", "an array of strings", *value));
            return result;
        }
        for (std::size_t i = 0; i < value->size(); ++i) {
            std::string entry = text((*value)[i], appendPointer(listPointer, i), "an entry of `" + key + "`");
            if (!entry.empty())
                result.push_back(std::move(entry));
        }
        if (needsOne && value->empty())
            error("SCENARIO_EMPTY_FIELD", listPointer, "`" + key + "` is empty", "add at least one entry");
        return result;
    }

    void readStory(const ordered_json& root, Scenario& scenario)
    {
        const ordered_json* story = member(root, "", "story", "the scenario");
        if (!story)
            return;
        if (story->is_string()) {
            // Paragraphs are separated by blank lines, as in Markdown.
            std::string paragraph;
            std::istringstream lines(text(*story, "/story", "`story`"));
            for (std::string line; std::getline(lines, line);) {
                if (isBlank(line)) {
                    if (!paragraph.empty())
                        scenario.story.push_back(std::move(paragraph));
                    paragraph.clear();
                } else {
                    paragraph += (paragraph.empty() ? "" : "\n") + line;
                }
            }
            if (!paragraph.empty())
                scenario.story.push_back(std::move(paragraph));
            return;
        }
        if (!story->is_array()) {
            m_diagnostics.push_back(wrongTypeDiagnostic(
                m_map, "/story", "`story`", "an array of paragraphs (strings), or one string", *story));
            return;
        }
        scenario.story = stringList(root, "", "story", "the scenario", true);
    }

    void readDiagram(const ordered_json& root, Scenario& scenario)
    {
        const ordered_json* diagram = member(root, "", "diagram", "the scenario");
        if (!diagram)
            return;
        if (!diagram->is_object()) {
            m_diagnostics.push_back(wrongTypeDiagnostic(m_map, "/diagram", "`diagram`", "an object", *diagram));
            return;
        }
        unknownFields(*diagram, "/diagram", kDiagramFields, "`diagram`");
        if (const ordered_json* nodes = member(*diagram, "/diagram", "nodes", "`diagram`")) {
            forEachObject(*nodes, "/diagram/nodes", "a node",
                [&](const ordered_json& node, const std::string& pointer) { readNode(node, pointer, scenario); });
            if (nodes->is_array() && nodes->empty())
                error(
                    "SCENARIO_EMPTY_FIELD", "/diagram/nodes", "the diagram has no nodes", "add the boxes of the flow");
        }
        std::set<std::string> ids;
        for (const auto& node : scenario.nodes)
            ids.insert(node.id);
        if (const ordered_json* edges = member(*diagram, "/diagram", "edges", "`diagram`")) {
            forEachObject(
                *edges, "/diagram/edges", "an edge", [&](const ordered_json& edge, const std::string& pointer) {
                    unknownFields(edge, pointer, kEdgeFields, "an edge");
                    ScenarioEdge result;
                    result.from = requireText(edge, pointer, "from", "this edge");
                    result.to = requireText(edge, pointer, "to", "this edge");
                    result.label = requireText(edge, pointer, "label", "this edge");
                    for (const auto* end : { &result.from, &result.to }) {
                        if (end->empty() || ids.count(*end))
                            continue;
                        const std::string endPointer = appendPointer(pointer, end == &result.from ? "from" : "to");
                        const auto suggestion = closestMatch(*end, std::vector<std::string>(ids.begin(), ids.end()));
                        error("SCENARIO_UNKNOWN_NODE", endPointer, "no node has the id `" + *end + "`",
                            suggestion ? "did you mean `" + *suggestion + "`?"
                                       : "use the `id` of one of the diagram's nodes");
                    }
                    scenario.edges.push_back(std::move(result));
                });
        }
    }

    void readNode(const ordered_json& node, const std::string& pointer, Scenario& scenario)
    {
        unknownFields(node, pointer, kNodeFields, "a node");
        ScenarioNode result;
        result.id = requireText(node, pointer, "id", "this node");
        for (const auto& earlier : scenario.nodes) {
            if (!result.id.empty() && earlier.id == result.id)
                error("SCENARIO_DUPLICATE_NAME", appendPointer(pointer, "id"),
                    "two nodes have the id `" + result.id + "`", "give each node its own id: edges name nodes by it");
        }
        result.label = requireText(node, pointer, "label", "this node");
        const std::string kind = requireText(node, pointer, "kind", "this node");
        if (const auto parsed = scenarioNodeKindFromName(kind)) {
            result.kind = *parsed;
        } else if (!kind.empty()) {
            badWord("SCENARIO_INVALID_NODE_KIND", appendPointer(pointer, "kind"), kind, "a kind of node",
                { "caller", "service", "role", "policy", "api", "account", "organization", "user", "group" });
        }
        result.explanation = requireText(node, pointer, "explanation", "this node");
        if (const auto policy = node.find("policy"); policy != node.end()) {
            result.policy = text(*policy, appendPointer(pointer, "policy"), "`policy`");
            m_nodePolicyPointers.push_back(appendPointer(pointer, "policy"));
        } else {
            m_nodePolicyPointers.emplace_back();
        }
        scenario.nodes.push_back(std::move(result));
    }

    void checkNodePolicies(const Scenario& scenario)
    {
        for (std::size_t i = 0; i < scenario.nodes.size() && i < m_nodePolicyPointers.size(); ++i) {
            if (!scenario.nodes[i].policy.empty())
                policyName(scenario, scenario.nodes[i].policy, m_nodePolicyPointers[i]);
        }
    }

    template <typename Function>
    void forEachObject(const ordered_json& list, const std::string& pointer, const std::string& what, Function&& f)
    {
        if (!list.is_array()) {
            m_diagnostics.push_back(wrongTypeDiagnostic(
                m_map, pointer, "`" + pointer.substr(pointer.rfind('/') + 1) + "`", "an array", list));
            return;
        }
        for (std::size_t i = 0; i < list.size(); ++i) {
            const std::string itemPointer = appendPointer(pointer, i);
            if (!list[i].is_object()) {
                m_diagnostics.push_back(wrongTypeDiagnostic(m_map, itemPointer, what, "an object", list[i]));
                continue;
            }
            f(list[i], itemPointer);
        }
    }

    // `policies` has the shape of a simulation file's, read by the same reader, with every entry named.
    void readPolicies(const ordered_json& root, Scenario& scenario)
    {
        if (!root.contains("policies")) {
            member(root, "", "policies", "the scenario");
            return;
        }
        const SimulationPolicyListing listing = readSimulationPolicies(root, m_map, m_diagnostics);
        for (PolicyType type : kAllPolicyTypes) {
            const auto& levels = listing.of(type);
            if (!levels)
                continue;
            for (std::size_t level = 0; level < levels->size(); ++level) {
                for (const SimulationPolicyEntry& entry : (*levels)[level])
                    readPolicy(root, entry, type, static_cast<int>(level), scenario);
            }
        }
    }

    void readPolicy(
        const ordered_json& root, const SimulationPolicyEntry& entry, PolicyType type, int level, Scenario& scenario)
    {
        constexpr std::string_view kDocumentSuffix = "/document";
        if (!entry.document || !entry.pointer.ends_with(kDocumentSuffix)) {
            error("SCENARIO_POLICY_NEEDS_NAME", entry.pointer,
                "a scenario's policy must be written as `{\"name\": ..., "
                "\"document\": {...}}`",
                "give the policy a name (try-its and challenges refer to it) and put the policy itself under "
                "`document`");
            return;
        }
        ScenarioPolicy policy;
        policy.type = type;
        policy.level = (type == PolicyType::Scp || type == PolicyType::Rcp) ? level : 0;
        policy.pointer = entry.pointer.substr(0, entry.pointer.size() - kDocumentSuffix.size());
        const ordered_json& object = root.at(ordered_json::json_pointer(policy.pointer));
        unknownFields(object, policy.pointer, kPolicyFields, "a scenario's policy");
        policy.name = requireText(object, policy.pointer, "name", "this policy");
        for (const auto& earlier : scenario.policies) {
            if (!policy.name.empty() && earlier.name == policy.name)
                error("SCENARIO_DUPLICATE_NAME", appendPointer(policy.pointer, "name"),
                    "two policies are named `" + policy.name + "` (the other is at `" + earlier.pointer + "`)",
                    "give each policy its own name: try-its and challenges refer to policies by name");
        }
        policy.kind = policyKindFor(type);
        if (const auto kind = object.find("kind"); kind != object.end()) {
            const std::string kindPointer = appendPointer(policy.pointer, "kind");
            const std::string name = text(*kind, kindPointer, "`kind`");
            if (const auto parsed = policyKindFromName(name)) {
                policy.kind = *parsed;
                if (!kindFitsSlot(*parsed, type)) {
                    error("SCENARIO_KIND_MISMATCH", kindPointer,
                        "a policy of kind `" + name + "` cannot stand in `" + std::string(policyTypeKey(type)) + "`",
                        std::string("put it where it plays: a trust policy or a resource-based policy under "
                                    "`resource`, a permissions boundary under `permissionBoundary`, ... or fix its "
                                    "`kind` (here `")
                            + std::string(policyKindName(policyKindFor(type))) + "`)");
                }
            } else if (!name.empty()) {
                badWord("SCENARIO_INVALID_POLICY_KIND", kindPointer, name, "a kind of policy",
                    { "identity", "resource", "trust", "scp", "rcp", "boundary", "session" });
            }
        }
        if (const auto role = object.find("role"); role != object.end())
            policy.role = text(*role, appendPointer(policy.pointer, "role"), "`role`");
        if (object.contains("expectFindings"))
            policy.expectFindings = stringList(object, policy.pointer, "expectFindings", "this policy", false);
        // The document is read exactly as a simulation file's, so its problems carry this file's pointers.
        ::iam::readPolicy(*entry.document, m_map, entry.pointer, m_diagnostics);
        policy.text = entry.document->dump(2, ' ', false, ordered_json::error_handler_t::replace);
        scenario.policies.push_back(std::move(policy));
    }

    std::optional<std::size_t> policyName(const Scenario& scenario, const std::string& name, const std::string& pointer)
    {
        if (const auto index = scenario.policyIndex(name))
            return index;
        std::vector<std::string> names;
        for (const auto& policy : scenario.policies)
            names.push_back(policy.name);
        const auto suggestion = closestMatch(name, names);
        error("SCENARIO_UNKNOWN_POLICY", pointer, "the scenario has no policy named `" + name + "`",
            suggestion ? "did you mean `" + *suggestion + "`?" : "use the `name` of one of the scenario's policies");
        return std::nullopt;
    }

    std::optional<Decision> decision(const ordered_json& object, const std::string& pointer, const std::string& owner)
    {
        const std::string value = requireText(object, pointer, "expect", owner);
        if (value.empty())
            return std::nullopt;
        if (const auto parsed = decisionFromName(value))
            return parsed;
        const std::string expectPointer = appendPointer(pointer, "expect");
        if (lowercase(value) == "deny" || lowercase(value) == "denied") {
            error("SCENARIO_INVALID_EXPECT", expectPointer, "`" + value + "` is not a decision",
                "say which kind of deny: `explicitDeny` (a Deny statement matches) or `implicitDeny` (nothing allows "
                "the request)");
        } else {
            badWord("SCENARIO_INVALID_EXPECT", expectPointer, value, "a decision", kDecisionNames);
        }
        return std::nullopt;
    }

    // Read as a simulation file's request is read, inside a stand-in file; the findings are moved to
    // where this request stands.
    Request request(const ordered_json& object, const std::string& pointer, const std::string& owner)
    {
        const ordered_json* value = member(object, pointer, "request", owner);
        const std::string requestPointer = appendPointer(pointer, "request");
        if (!value)
            return {};
        return loadEmbeddedRequest(*value, m_map, requestPointer, m_diagnostics).value_or(Request {});
    }

    void readTryIts(const ordered_json& root, Scenario& scenario)
    {
        const ordered_json* list = member(root, "", "tryIt", "the scenario");
        if (!list)
            return;
        forEachObject(*list, "/tryIt", "a try-it", [&](const ordered_json& entry, const std::string& pointer) {
            unknownFields(entry, pointer, kTryItFields, "a try-it");
            ScenarioTryIt tryIt;
            tryIt.pointer = pointer;
            tryIt.name = requireText(entry, pointer, "name", "this try-it");
            for (const auto& earlier : scenario.tryIts) {
                if (!tryIt.name.empty() && earlier.name == tryIt.name)
                    error("SCENARIO_DUPLICATE_NAME", appendPointer(pointer, "name"),
                        "two try-its are named `" + tryIt.name + "`",
                        "give each try-it its own name: challenges refer to try-its by name");
            }
            tryIt.request = request(entry, pointer, "this try-it");
            tryIt.expect = decision(entry, pointer, "this try-it").value_or(Decision::ImplicitDeny);
            tryIt.why = requireText(entry, pointer, "why", "this try-it");
            if (const auto policies = entry.find("policies"); policies != entry.end()) {
                tryIt.policiesGiven = true;
                const std::string listPointer = appendPointer(pointer, "policies");
                const auto names = stringList(entry, pointer, "policies", "this try-it", true);
                std::vector<bool> chosen(scenario.policies.size(), false);
                for (std::size_t i = 0; i < names.size(); ++i) {
                    if (const auto index = policyName(scenario, names[i], appendPointer(listPointer, i)))
                        chosen[*index] = true;
                }
                for (std::size_t i = 0; i < chosen.size(); ++i) {
                    if (chosen[i])
                        tryIt.policies.push_back(scenario.policies[i].name);
                }
            } else {
                tryIt.policies = defaultPoliciesInPlay(scenario);
            }
            checkPoliciesInPlay(scenario, tryIt);
            checkResourceAccount(tryIt);
            scenario.tryIts.push_back(std::move(tryIt));
        });
        if (!list->is_array())
            return;
        if (list->size() < 3)
            warning("SCENARIO_TOO_FEW_TRY_ITS", "/tryIt",
                "the scenario has " + std::to_string(list->size()) + " try-it" + (list->size() == 1 ? "" : "s")
                    + "; a scenario shows at least three",
                "add requests that show what the setup allows and what it does not");
        bool allowed = false;
        bool denied = false;
        for (const auto& tryIt : scenario.tryIts)
            (tryIt.expect == Decision::Allowed ? allowed : denied) = true;
        if (!scenario.tryIts.empty() && (!allowed || !denied))
            warning("SCENARIO_TRY_ITS_ONE_SIDED", "/tryIt",
                std::string("every try-it is ") + (allowed ? "allowed" : "denied"),
                "add at least one request the setup allows and one it denies, so the learner sees both sides");
    }

    // The rules of docs in resources/scenarios/README.md, "Which policies are in play".
    void checkPoliciesInPlay(const Scenario& scenario, const ScenarioTryIt& tryIt)
    {
        const std::string where = tryIt.policiesGiven ? appendPointer(tryIt.pointer, "policies") : tryIt.pointer;
        const std::string action = lowercase(tryIt.request.action);
        const bool stsRequest = action.starts_with("sts:");
        std::vector<std::string> resourceSlot;
        bool trustInPlay = false;
        for (const auto& name : tryIt.policies) {
            const ScenarioPolicy* policy = scenario.findPolicy(name);
            if (policy->type == PolicyType::Resource)
                resourceSlot.push_back(name);
            if (policy->kind != PolicyKind::Trust)
                continue;
            trustInPlay = true;
            if (!stsRequest && !tryIt.request.action.empty()) {
                error("SCENARIO_TRUST_POLICY_OUT_OF_PLACE", where,
                    "trust policy `" + name + "` is in play for `" + tryIt.request.action + "`",
                    "a trust policy answers only requests to assume the role (`sts:AssumeRole`, "
                    "`sts:AssumeRoleWithWebIdentity`, ...); leave it out of this try-it's `policies`");
            }
        }
        if (resourceSlot.size() > 1) {
            error("SCENARIO_TWO_RESOURCE_POLICIES", where,
                "`" + resourceSlot[0] + "` and `" + resourceSlot[1] + "` are both in play as the resource's policy",
                "a request reaches one resource, which has one resource-based policy: list this try-it's "
                "`policies` with only the one that guards its resource");
        }
        const bool hasTrust = std::any_of(scenario.policies.begin(), scenario.policies.end(),
            [](const ScenarioPolicy& policy) { return policy.kind == PolicyKind::Trust; });
        if (action.starts_with("sts:assumerole") && hasTrust && !trustInPlay) {
            error("SCENARIO_ASSUME_WITHOUT_TRUST", where,
                "this try-it assumes a role but none of the scenario's trust policies is in play",
                "list the role's trust policy in the try-it's `policies`, together with the caller's own policies");
        }
    }

    // The engine weighs a request as cross-account only when `resourceAccount` says so (it defaults to
    // the caller's account), so a role or key ARN of another account without it would teach the
    // same-account rules by mistake.
    void checkResourceAccount(const ScenarioTryIt& tryIt)
    {
        const Request& request = tryIt.request;
        if (request.resourceAccount || request.resource.empty())
            return;
        const auto principal = parsePrincipalIdentity(request.principal);
        if (!principal || principal->account.empty())
            return;
        std::string_view rest = request.resource;
        for (int part = 0; part < 4; ++part) {
            const auto colon = rest.find(':');
            if (colon == std::string_view::npos)
                return;
            rest.remove_prefix(colon + 1);
        }
        const std::string_view account = rest.substr(0, rest.find(':'));
        if (!isAccountId(account) || account == principal->account)
            return;
        warning("SCENARIO_RESOURCE_ACCOUNT_UNSET", appendPointer(tryIt.pointer, "request"),
            "the resource is in account `" + std::string(account) + "` but the request is weighed as if it were in "
                "the caller's account `" + principal->account + "`",
            "add `\"resourceAccount\": \"" + std::string(account) + "\"` so the cross-account rules apply");
    }

    void readChallenges(const ordered_json& root, Scenario& scenario)
    {
        const ordered_json* list = member(root, "", "breakIt", "the scenario");
        if (!list)
            return;
        forEachObject(*list, "/breakIt", "a challenge", [&](const ordered_json& entry, const std::string& pointer) {
            unknownFields(entry, pointer, kChallengeFields, "a challenge");
            ScenarioChallenge challenge;
            challenge.pointer = pointer;
            challenge.task = requireText(entry, pointer, "task", "this challenge");
            challenge.hint = requireText(entry, pointer, "hint", "this challenge");
            const std::string tryIt = requireText(entry, pointer, "tryIt", "this challenge");
            const auto expect = decision(entry, pointer, "this challenge");
            challenge.expect = expect.value_or(Decision::Allowed);
            if (!tryIt.empty()) {
                const auto found = std::find_if(scenario.tryIts.begin(), scenario.tryIts.end(),
                    [&](const ScenarioTryIt& candidate) { return candidate.name == tryIt; });
                if (found == scenario.tryIts.end()) {
                    std::vector<std::string> names;
                    for (const auto& candidate : scenario.tryIts)
                        names.push_back(candidate.name);
                    const auto suggestion = closestMatch(tryIt, names);
                    error("SCENARIO_UNKNOWN_TRY_IT", appendPointer(pointer, "tryIt"),
                        "the scenario has no try-it named `" + tryIt + "`",
                        suggestion ? "did you mean `" + *suggestion + "`?" : "use the `name` of one of the try-its");
                } else {
                    challenge.tryIt = tryIt;
                    challenge.tryItIndex = static_cast<std::size_t>(found - scenario.tryIts.begin());
                    if (expect && *expect == found->expect) {
                        error("SCENARIO_CHALLENGE_DOES_NOT_FLIP", appendPointer(pointer, "expect"),
                            "try-it `" + tryIt + "` already gets `" + std::string(decisionName(*expect)) + "`",
                            "a challenge asks for a change that gives the request another decision than the try-it "
                            "states");
                    }
                }
            }
            readChange(entry, pointer, scenario, challenge.reference);
            scenario.challenges.push_back(std::move(challenge));
        });
        if (list->is_array() && list->empty())
            warning("SCENARIO_NO_CHALLENGE", "/breakIt", "the scenario has no challenge",
                "add a change for the learner to make, with the try-it it must flip");
    }

    void readChange(
        const ordered_json& entry, const std::string& pointer, const Scenario& scenario, ScenarioChange& change)
    {
        const ordered_json* value = member(entry, pointer, "change", "this challenge");
        if (!value)
            return;
        const std::string changePointer = appendPointer(pointer, "change");
        if (!value->is_object()) {
            m_diagnostics.push_back(wrongTypeDiagnostic(m_map, changePointer, "`change`", "an object", *value));
            return;
        }
        unknownFields(*value, changePointer, kChangeFields, "a change");
        change.policy = requireText(*value, changePointer, "policy", "this change");
        if (!change.policy.empty())
            policyName(scenario, change.policy, appendPointer(changePointer, "policy"));
        const auto patch = value->find("patch");
        const auto document = value->find("document");
        if ((patch == value->end()) == (document == value->end())) {
            error(patch == value->end() ? "SCENARIO_MISSING_FIELD" : "SCENARIO_CHANGE_TWICE", changePointer,
                patch == value->end() ? "this change has neither a `patch` nor a `document`"
                                      : "this change has both a `patch` and a `document`",
                "give either `patch` (a JSON Patch applied to the policy's document) or `document` (the policy's "
                "whole new document)");
            return;
        }
        if (patch != value->end()) {
            const std::string patchPointer = appendPointer(changePointer, "patch");
            if (!patch->is_array() || patch->empty()) {
                m_diagnostics.push_back(wrongTypeDiagnostic(
                    m_map, patchPointer, "`patch`", "a JSON Patch: an array of operations", *patch));
                return;
            }
            change.patch = patch->dump(-1, ' ', false, ordered_json::error_handler_t::replace);
        } else {
            const std::string documentPointer = appendPointer(changePointer, "document");
            ::iam::readPolicy(*document, m_map, documentPointer, m_diagnostics);
            change.document = document->dump(2, ' ', false, ordered_json::error_handler_t::replace);
        }
    }

    const SourceMap& m_map;
    std::vector<Diagnostic>& m_diagnostics;
    std::vector<std::string> m_nodePolicyPointers;
};

std::string readWholeFile(const std::string& path, std::string& error)
{
    std::error_code code;
    if (std::filesystem::is_directory(path, code)) {
        error = "it is a folder";
        return {};
    }
    const auto size = std::filesystem::file_size(path, code);
    if (code) {
        error = "it cannot be read (" + code.message() + ")";
        return {};
    }
    if (size > kMaxFileBytes) {
        error = "it is larger than 4 MiB, far more than any scenario";
        return {};
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = "it cannot be opened";
        return {};
    }
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

ScenarioLoadResult unreadable(std::string fileName, const std::string& reason)
{
    ScenarioLoadResult result;
    result.fileName = std::move(fileName);
    result.diagnostics.push_back(
        { "SCENARIO_UNREADABLE_FILE", Severity::Error, "`" + result.fileName + "` cannot be used: " + reason,
            "check the path and that the file is readable", "", {}, {}, {} });
    return result;
}

} // namespace

std::string_view scenarioNodeKindName(ScenarioNodeKind kind)
{
    switch (kind) {
    case ScenarioNodeKind::Caller:
        return "caller";
    case ScenarioNodeKind::Service:
        return "service";
    case ScenarioNodeKind::Role:
        return "role";
    case ScenarioNodeKind::Policy:
        return "policy";
    case ScenarioNodeKind::Api:
        return "api";
    case ScenarioNodeKind::Account:
        return "account";
    case ScenarioNodeKind::Organization:
        return "organization";
    case ScenarioNodeKind::User:
        return "user";
    case ScenarioNodeKind::Group:
        return "group";
    }
    return "service";
}

std::optional<ScenarioNodeKind> scenarioNodeKindFromName(std::string_view name)
{
    for (auto kind :
        { ScenarioNodeKind::Caller, ScenarioNodeKind::Service, ScenarioNodeKind::Role, ScenarioNodeKind::Policy,
            ScenarioNodeKind::Api, ScenarioNodeKind::Account, ScenarioNodeKind::Organization, ScenarioNodeKind::User,
            ScenarioNodeKind::Group }) {
        if (scenarioNodeKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

const ScenarioPolicy* Scenario::findPolicy(std::string_view name) const
{
    const auto index = policyIndex(name);
    return index ? &policies[*index] : nullptr;
}

std::optional<std::size_t> Scenario::policyIndex(std::string_view name) const
{
    for (std::size_t i = 0; i < policies.size(); ++i) {
        if (policies[i].name == name)
            return i;
    }
    return std::nullopt;
}

ScenarioLoadResult loadScenario(std::string_view text, std::string fileName)
{
    ScenarioLoadResult result;
    result.fileName = std::move(fileName);
    ordered_json root;
    if (!parseJsonText(text, root, result.sourceMap, result.diagnostics))
        return result;
    Scenario scenario = ScenarioReader(result.sourceMap, result.diagnostics).read(root);
    sortByPosition(result.diagnostics);
    if (!hasErrors(result.diagnostics)) {
        scenario.fileName = result.fileName;
        result.scenario = std::move(scenario);
    }
    return result;
}

ScenarioLoadResult loadScenarioFile(const std::string& path)
{
    std::string reason;
    const std::string text = readWholeFile(path, reason);
    if (!reason.empty())
        return unreadable(path, reason);
    return loadScenario(text, path);
}

std::vector<ScenarioLoadResult> loadScenarioFolder(const std::string& folder)
{
    std::vector<std::string> paths;
    std::error_code code;
    std::filesystem::directory_iterator it(folder, code);
    if (code)
        return { unreadable(folder, "the folder cannot be read (" + code.message() + ")") };
    for (; it != std::filesystem::directory_iterator(); it.increment(code)) {
        if (code)
            break;
        const auto& path = it->path();
        std::error_code typeCode;
        if (path.extension() == ".json" && it->is_regular_file(typeCode))
            paths.push_back(path.string());
    }
    std::sort(paths.begin(), paths.end());
    std::vector<ScenarioLoadResult> results;
    std::vector<std::pair<std::string, std::string>> ids; // id, file
    for (const auto& path : paths) {
        ScenarioLoadResult result = loadScenarioFile(path);
        if (result.scenario) {
            const auto same = std::find_if(
                ids.begin(), ids.end(), [&](const auto& entry) { return entry.first == result.scenario->id; });
            if (same != ids.end()) {
                result.diagnostics.push_back({ "SCENARIO_DUPLICATE_ID", Severity::Error,
                    "another scenario already has the id `" + result.scenario->id + "` (`" + same->second + "`)",
                    "give each scenario its own `id`", "/id", result.sourceMap.valueSpan("/id"), {}, {} });
                result.scenario.reset();
            } else {
                ids.emplace_back(result.scenario->id, path);
            }
        }
        results.push_back(std::move(result));
    }
    return results;
}

} // namespace iam
