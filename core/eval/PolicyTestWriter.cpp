#include "core/eval/PolicyTestWriter.h"

#include <nlohmann/json.hpp>

namespace iam {

using nlohmann::ordered_json;

ordered_json requestToJson(const Request& request)
{
    ordered_json json = ordered_json::object();
    if (request.principal != kDefaultPrincipal)
        json["principal"] = request.principal;
    json["action"] = request.action;
    json["resource"] = request.resource;
    if (request.resourceAccount)
        json["resourceAccount"] = *request.resourceAccount;
    if (!request.context.empty()) {
        ordered_json context = ordered_json::object();
        for (const auto& entry : request.context) {
            // Values stay text: AWS carries every context value as a string, and so does the loader.
            if (entry.isList)
                context[entry.key] = entry.values;
            else
                context[entry.key] = entry.values.empty() ? std::string() : entry.values.front();
        }
        json["context"] = std::move(context);
    }
    return json;
}

ordered_json policyTestsToJson(const std::vector<PolicyTest>& tests)
{
    ordered_json json = ordered_json::array();
    for (const auto& test : tests) {
        ordered_json entry = ordered_json::object();
        entry["name"] = test.name;
        entry["request"] = requestToJson(test.request);
        entry["expect"] = std::string(decisionName(test.expect));
        json.push_back(std::move(entry));
    }
    return json;
}

} // namespace iam
