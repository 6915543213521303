#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace iam {

// AWS's five access levels, in the order its reference lists them: from what only reveals that
// things exist up to what changes who may do what.
enum class AccessLevel : std::uint8_t { List, Read, Write, PermissionsManagement, Tagging };

inline constexpr std::array<AccessLevel, 5> kAccessLevels{AccessLevel::List, AccessLevel::Read, AccessLevel::Write,
                                                          AccessLevel::PermissionsManagement, AccessLevel::Tagging};

// "List", "Read", "Write", "Permissions management", "Tagging": the words AWS's reference uses.
std::string_view accessLevelName(AccessLevel level);
// Accepts the names above in any letter case; nullopt otherwise.
std::optional<AccessLevel> accessLevelFromName(std::string_view name);

}  // namespace iam
