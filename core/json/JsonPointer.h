#pragma once

#include <string>
#include <string_view>

namespace iam {

// RFC 6901: `~` becomes `~0` and `/` becomes `~1` inside one reference token.
std::string escapePointerToken(std::string_view token);
std::string appendPointer(std::string_view pointer, std::string_view token);
std::string appendPointer(std::string_view pointer, std::size_t index);

}  // namespace iam
