#pragma once

#include <string_view>

namespace iam {

// IAM's matching of action names against an Action element's value: `*` any run of characters,
// `?` exactly one, letter case ignored. Lint also matches case-sensitive elements (Resource), hence
// the switch.
bool wildcardMatch(std::string_view pattern, std::string_view text, bool ignoreCase = true);

}  // namespace iam
