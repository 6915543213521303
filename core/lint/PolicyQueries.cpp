#include "core/lint/PolicyQueries.h"

#include "core/catalog/AsciiCase.h"
#include "core/lint/WildcardCover.h"

namespace iam {

bool actionsInclude(const std::optional<StringOrList>& actions, std::string_view action)
{
    if (!actions)
        return false;
    for (const auto& pattern : actions->values) {
        if (wildcardCovers(pattern, action, true))
            return true;
    }
    return false;
}

bool conditionUsesKey(const Statement& statement, std::string_view key)
{
    if (!statement.condition)
        return false;
    for (const auto& clause : *statement.condition) {
        for (const auto& entry : clause.keys) {
            if (equalsIgnoreCase(entry.key, key))
                return true;
        }
    }
    return false;
}

bool principalIsEveryone(const Principal& principal)
{
    if (principal.isWildcard)
        return true;
    for (const auto& entry : principal.entries) {
        if (entry.type != "AWS")
            continue;
        for (const auto& id : entry.ids.values) {
            if (id == "*")
                return true;
        }
    }
    return false;
}

bool containsValue(const std::optional<StringOrList>& list, std::string_view value)
{
    if (!list)
        return false;
    for (const auto& item : list->values) {
        if (item == value)
            return true;
    }
    return false;
}

}  // namespace iam
