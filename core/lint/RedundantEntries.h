#pragma once

#include <optional>
#include <string>
#include <vector>

namespace iam {

// For each entry of an Action or Resource list: the index of another entry that already covers it
// (a wildcard that matches it, or an earlier copy of it), or nothing. Only entries with a wildcard
// can cover others, so long lists of plain names cost a hash lookup each, not a comparison with
// every other entry.
std::vector<std::optional<std::size_t>> findCoveringEntries(const std::vector<std::string>& values, bool ignoreCase);

}  // namespace iam
