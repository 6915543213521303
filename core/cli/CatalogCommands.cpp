#include "core/cli/CatalogCommands.h"

#include <algorithm>
#include <ostream>

#include <nlohmann/json.hpp>

#include "core/catalog/ActionExpansion.h"
#include "core/catalog/ActionExplanation.h"
#include "core/catalog/Catalog.h"
#include "core/cli/CliOutput.h"
#include "core/diagnostics/DiagnosticJson.h"

namespace iam {
namespace {

using Json = nlohmann::ordered_json;

Json catalogJson(const Catalog& catalog)
{
    const CatalogMetadata& metadata = catalog.metadata();
    return Json { { "source", metadata.sourcePackage }, { "version", metadata.sourceVersion },
        { "generated", metadata.generatedOn } };
}

}  // namespace

int runExpand(const std::vector<std::string>& patterns, bool asJson, CliStreams streams)
{
    const Catalog& catalog = Catalog::builtIn();
    int exitCode = kExitOk;
    std::vector<const CatalogAction*> actions;
    Json patternsJson = Json::array();
    for (const auto& pattern : patterns) {
        const ActionExpansion expansion = expandActions(catalog, pattern);
        actions.insert(actions.end(), expansion.actions.begin(), expansion.actions.end());
        for (const auto& diagnostic : expansion.diagnostics)
            printProblem(streams.err, diagnostic);
        if (!expansion.diagnostics.empty())
            exitCode = kExitFindings;
        patternsJson.push_back({{"pattern", expansion.pattern},
                                {"count", expansion.actions.size()},
                                {"diagnostics", diagnosticsToJson(expansion.diagnostics)}});
    }
    // Several patterns grant their union: an action matched twice is still one permission.
    std::sort(actions.begin(), actions.end(), [](const CatalogAction* a, const CatalogAction* b) {
        return a->accessLevel != b->accessLevel ? a->accessLevel < b->accessLevel : a < b;
    });
    actions.erase(std::unique(actions.begin(), actions.end()), actions.end());

    if (asJson) {
        Json byLevel = Json::object();
        for (const AccessLevel level : kAccessLevels) {
            Json names = Json::array();
            for (const CatalogAction* action : actions) {
                if (action->accessLevel == level)
                    names.push_back(catalog.fullName(*action));
            }
            byLevel[std::string(accessLevelName(level))] = std::move(names);
        }
        streams.out << dumpJson(Json{{"patterns", std::move(patternsJson)},
                                     {"count", actions.size()},
                                     {"accessLevels", std::move(byLevel)},
                                     {"catalog", catalogJson(catalog)}})
                    << '\n';
        return exitCode;
    }
    if (actions.empty())
        return exitCode;
    std::size_t width = 0;
    for (const CatalogAction* action : actions)
        width = std::max(width, catalog.fullName(*action).size());
    streams.out << (actions.size() == 1 ? "1 action" : std::to_string(actions.size()) + " actions") << ":\n";
    for (const AccessLevel level : kAccessLevels) {
        const auto count = std::count_if(actions.begin(), actions.end(),
                                         [level](const CatalogAction* a) { return a->accessLevel == level; });
        if (count == 0)
            continue;
        streams.out << '\n' << accessLevelName(level) << " (" << count << ")\n";
        for (const CatalogAction* action : actions) {
            if (action->accessLevel != level)
                continue;
            const std::string name = catalog.fullName(*action);
            streams.out << "  " << name;
            if (!action->description.empty())
                streams.out << std::string(width - name.size() + 2, ' ') << action->description;
            streams.out << '\n';
        }
    }
    return exitCode;
}

int runExplain(const std::string& name, bool asJson, CliStreams streams)
{
    const Catalog& catalog = Catalog::builtIn();
    const ActionExplanation explanation = explainAction(catalog, name);
    for (const auto& diagnostic : explanation.diagnostics)
        printProblem(streams.err, diagnostic);
    const int exitCode = explanation.found ? kExitOk : kExitFindings;

    if (asJson) {
        Json json{{"action", explanation.action}, {"found", explanation.found}};
        if (explanation.found) {
            json["service"] = explanation.serviceName;
            json["description"] = explanation.description;
            json["accessLevel"] = std::string(accessLevelName(explanation.accessLevel));
            Json resources = Json::array();
            for (const auto& resource : explanation.resourceTypes) {
                resources.push_back({{"name", resource.name},
                                     {"required", resource.required},
                                     {"arnTemplates", resource.arnTemplates},
                                     {"conditionKeys", resource.conditionKeys}});
            }
            json["resourceTypes"] = std::move(resources);
            Json keys = Json::array();
            for (const auto& key : explanation.conditionKeys)
                keys.push_back({{"name", key.name}, {"type", key.type}, {"description", key.description}});
            json["conditionKeys"] = std::move(keys);
            json["dependentActions"] = explanation.dependentActions;
        }
        json["diagnostics"] = diagnosticsToJson(explanation.diagnostics);
        json["catalog"] = catalogJson(catalog);
        streams.out << dumpJson(json) << '\n';
        return exitCode;
    }
    if (!explanation.found)
        return exitCode;

    std::ostream& out = streams.out;
    out << explanation.action << " (" << explanation.serviceName << ")\n";
    if (!explanation.description.empty())
        out << explanation.description << '\n';
    out << "Access level: " << accessLevelName(explanation.accessLevel) << '\n';

    out << "\nResource types:\n";
    if (explanation.resourceTypes.empty())
        out << "  none: this action is not about one resource, so its Resource must be \"*\"\n";
    for (const auto& resource : explanation.resourceTypes) {
        out << "  " << resource.name << (resource.required ? " (required)" : " (optional)") << '\n';
        for (const auto& arn : resource.arnTemplates)
            out << "    ARN: " << arn << '\n';
        if (!resource.conditionKeys.empty()) {
            out << "    keys:";
            for (const auto& key : resource.conditionKeys)
                out << ' ' << key;
            out << '\n';
        }
    }

    out << "\nCondition keys:\n";
    if (explanation.conditionKeys.empty())
        out << "  none of its own\n";
    std::size_t nameWidth = 0;
    std::size_t typeWidth = 0;
    for (const auto& key : explanation.conditionKeys) {
        nameWidth = std::max(nameWidth, key.name.size());
        typeWidth = std::max(typeWidth, key.type.size());
    }
    for (const auto& key : explanation.conditionKeys) {
        out << "  " << key.name << std::string(nameWidth - key.name.size() + 2, ' ') << key.type;
        if (!key.description.empty())
            out << std::string(typeWidth - key.type.size() + 2, ' ') << key.description;
        out << '\n';
    }
    out << "  (global keys such as aws:SourceIp and aws:PrincipalTag/${TagKey} work with every action)\n";

    out << "\nDependent actions:";
    if (explanation.dependentActions.empty())
        out << " none";
    for (const auto& dependent : explanation.dependentActions)
        out << ' ' << dependent;
    out << '\n';
    return exitCode;
}

}  // namespace iam
