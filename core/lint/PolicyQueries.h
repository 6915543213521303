#pragma once

#include <optional>
#include <string_view>

#include "core/policy/Policy.h"

namespace iam {

// Questions several rules ask of a statement, answered one way for all of them.

// Whether an Action list grants `action` (e.g. `iam:PassRole`): `*`, `iam:*`, `iam:Pass*` do.
bool actionsInclude(const std::optional<StringOrList>& actions, std::string_view action);
// Whether any condition of the statement tests `key` (names compared without regard to case).
bool conditionUsesKey(const Statement& statement, std::string_view key);
// `*` alone, or a principal list that contains the AWS wildcard `*`.
bool principalIsEveryone(const Principal& principal);
bool containsValue(const std::optional<StringOrList>& list, std::string_view value);

}  // namespace iam
