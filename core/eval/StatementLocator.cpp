#include "core/eval/StatementLocator.h"

#include <string>

#include <nlohmann/json.hpp>

#include "core/json/SourceMap.h"

namespace iam {

std::optional<SourceSpan> locateStatement(std::string_view policyText, std::size_t statementIndex)
{
    // The source map trusts its input to be JSON; a half-typed policy gets no span rather than a wrong one.
    if (!nlohmann::ordered_json::accept(policyText.begin(), policyText.end()))
        return std::nullopt;
    const SourceMap map = SourceMap::build(policyText);
    if (const SourceMap::Entry* entry = map.find("/Statement/" + std::to_string(statementIndex));
        entry && entry->value.isKnown())
        return entry->value;
    const SourceMap::Entry* statement = map.find("/Statement");
    if (statementIndex == 0 && statement && statement->value.isKnown() && statement->value.offset < policyText.size()
        && policyText[statement->value.offset] == '{')
        return statement->value;
    return std::nullopt;
}

} // namespace iam
