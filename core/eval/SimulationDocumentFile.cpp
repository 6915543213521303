#include "core/eval/SimulationDocumentFile.h"

#include <algorithm>
#include <map>

#include <nlohmann/json.hpp>

#include "core/eval/PolicyTestLoader.h"
#include "core/eval/PolicyTestWriter.h"
#include "core/eval/SimulationPolicyListing.h"
#include "core/json/JsonPointer.h"
#include "core/policy/PolicyReader.h"

namespace iam {
namespace {

using nlohmann::ordered_json;

std::string policyText(const ordered_json& document)
{
    return document.dump(2, ' ', false, ordered_json::error_handler_t::replace);
}

bool isOrganizationType(PolicyType type)
{
    return type == PolicyType::Scp || type == PolicyType::Rcp;
}

// The page keeps policies, not lists: a list with nothing in it cannot be shown, so a boundary,
// session or organization level written empty (which the command line weighs as "allows nothing")
// leaves play on the page. Said, so the two readings never differ in silence.
void warnAboutEmptyLevels(PolicyType type, const std::vector<SimulationPolicyListing::Level>& levels,
    const SourceMap& sourceMap, std::vector<Diagnostic>& diagnostics)
{
    if (type == PolicyType::Identity || type == PolicyType::Resource)
        return;
    const std::string key(policyTypeKey(type));
    for (std::size_t level = 0; level < levels.size(); ++level) {
        if (!levels[level].empty())
            continue;
        std::string pointer = "/policies/" + key;
        if (isOrganizationType(type) && levels.size() > 1)
            pointer = appendPointer(pointer, level);
        diagnostics.push_back({ "EMPTY_POLICY_LIST", Severity::Warning,
            "`" + key + "` holds no policy here, so the Simulate page leaves it out of play",
            "`iam-studio-cli simulate` reads an empty list as a " + std::string(policyTypeTitle(type))
                + " that allows nothing; to weigh that on the page, add a policy whose statements do not allow the "
                  "request",
            pointer, sourceMap.valueSpan(pointer), {}, {} });
    }
}

ordered_json policyEntryJson(const SimulationDocumentPolicy& policy)
{
    ordered_json entry = ordered_json::object();
    if (!policy.name.empty())
        entry["name"] = policy.name;
    if (!policy.enabled)
        entry["enabled"] = false;
    ordered_json document;
    SourceMap sourceMap;
    std::vector<Diagnostic> problems;
    // Duplicate keys would be merged away by writing the parsed document: such a text is kept as text.
    if (parseJsonText(policy.text, document, sourceMap, problems) && !hasErrors(problems))
        entry["document"] = std::move(document);
    else
        entry["text"] = policy.text;
    return entry;
}

} // namespace

SimulationDocumentLoad loadSimulationDocument(std::string_view text)
{
    SimulationDocumentLoad result;
    ordered_json root;
    SourceMap sourceMap;
    if (!parseJsonText(text, root, sourceMap, result.diagnostics))
        return result;
    if (!root.is_object()) {
        result.diagnostics.push_back(wrongTypeDiagnostic(sourceMap, "", "a simulation", "an object", root));
        return result;
    }
    SimulationDocument document;
    const SimulationPolicyListing listing = readSimulationPolicies(root, sourceMap, result.diagnostics);
    for (PolicyType type : kAllPolicyTypes) {
        const auto& levels = listing.of(type);
        if (!levels)
            continue;
        warnAboutEmptyLevels(type, *levels, sourceMap, result.diagnostics);
        for (std::size_t level = 0; level < levels->size(); ++level) {
            for (const SimulationPolicyEntry& entry : (*levels)[level]) {
                SimulationDocumentPolicy policy;
                policy.type = type;
                policy.level = isOrganizationType(type) ? static_cast<int>(level) : 0;
                policy.name = entry.name;
                policy.text = entry.document ? policyText(*entry.document) : entry.text.value_or(std::string());
                policy.enabled = entry.enabled;
                document.policies.push_back(std::move(policy));
            }
        }
    }

    // The request and the tests are read by the tests' reader, on the file with its policies set
    // aside: their documents are the page's to check (buildSimulation), not a reason to refuse the file.
    ordered_json requestAndTests = root;
    requestAndTests["policies"] = ordered_json { { "identity", ordered_json::array() } };
    PolicyTestLoadResult tests = loadPolicyTests(requestAndTests, std::move(sourceMap));
    result.diagnostics.insert(result.diagnostics.end(), tests.diagnostics.begin(), tests.diagnostics.end());
    sortByPosition(result.diagnostics);
    if (hasErrors(result.diagnostics) || !tests.file)
        return result;
    document.tests = std::move(tests.file->tests);
    if (tests.file->hasRequest)
        document.request = std::move(tests.file->simulation.request);
    else if (!document.tests.empty())
        document.request = document.tests.front().request;
    result.document = std::move(document);
    return result;
}

std::string saveSimulationDocument(const SimulationDocument& document)
{
    std::map<PolicyType, std::map<int, std::vector<const SimulationDocumentPolicy*>>> grouped;
    for (const auto& policy : document.policies)
        grouped[policy.type][isOrganizationType(policy.type) ? policy.level : 0].push_back(&policy);

    ordered_json policies = ordered_json::object();
    policies["identity"] = ordered_json::array();
    for (PolicyType type : kAllPolicyTypes) {
        const auto found = grouped.find(type);
        if (found == grouped.end())
            continue;
        const std::string key(policyTypeKey(type));
        std::vector<ordered_json> levels;
        for (const auto& [level, members] : found->second) {
            ordered_json list = ordered_json::array();
            for (const auto* policy : members)
                list.push_back(policyEntryJson(*policy));
            levels.push_back(std::move(list));
        }
        if (isOrganizationType(type) && levels.size() > 1) {
            // Levels are written root first without gaps: an empty level would be weighed as one that
            // allows nothing, which a missing one is not.
            policies[key] = ordered_json(levels);
        } else if (type == PolicyType::Resource && levels.front().size() == 1) {
            policies[key] = std::move(levels.front().front());
        } else {
            policies[key] = std::move(levels.front());
        }
    }
    ordered_json root = ordered_json::object();
    root["policies"] = std::move(policies);
    root["request"] = requestToJson(document.request);
    if (!document.tests.empty())
        root["tests"] = policyTestsToJson(document.tests);
    return root.dump(2, ' ', false, ordered_json::error_handler_t::replace) + '\n';
}

} // namespace iam
