#include "core/policy/PolicyParser.h"

#include <nlohmann/json.hpp>

#include "core/policy/PolicyReader.h"

namespace iam {

PolicyParseResult parsePolicy(std::string_view text)
{
    PolicyParseResult result;
    nlohmann::ordered_json value;
    if (parseJsonText(text, value, result.sourceMap, result.diagnostics)) {
        Policy policy = readPolicy(value, result.sourceMap, "", result.diagnostics);
        if (!hasErrors(result.diagnostics))
            result.policy = std::move(policy);
    }
    sortByPosition(result.diagnostics);
    return result;
}

}  // namespace iam
