#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace iam {

// Edit distance counting a swap of neighbouring letters as one edit (the commonest typo), ASCII
// case folded: "did you mean" compares names, not typography.
std::size_t editDistance(std::string_view a, std::string_view b);

// The candidate nearest to `word`, if it is close enough to be a plausible typo of it.
std::optional<std::string> closestMatch(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace iam
