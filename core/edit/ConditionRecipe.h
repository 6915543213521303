#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/policy/Policy.h"

namespace iam {

// A one-click condition for the Build page: the operator, key and placeholder values a beginner
// would otherwise have to look up, and the statement effect it is written for (a guardrail that
// denies when the condition holds is wrong under Allow).
struct ConditionRecipe {
    std::string id;
    std::string title;
    std::string explanation; // one sentence: what it does and why
    std::optional<Effect> effect; // the effect the statement needs; nullopt when either works
    std::string operatorName;
    std::string key;
    std::vector<std::string> values; // placeholders the author replaces (documentation ranges, example ids)
};

const std::vector<ConditionRecipe>& conditionRecipes();
// Nullptr when no recipe has this id.
const ConditionRecipe* findConditionRecipe(std::string_view id);

} // namespace iam
