#pragma once

#include <string>
#include <string_view>

namespace iam {

// AWS compares service prefixes, action names and condition key names without regard to letter
// case, and all of them are ASCII: a locale-free fold is both correct and fast.
inline char foldAscii(char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

bool equalsIgnoreCase(std::string_view a, std::string_view b);
// <0, 0, >0 like std::string_view::compare, on folded characters.
int compareIgnoreCase(std::string_view a, std::string_view b);
bool startsWithIgnoreCase(std::string_view text, std::string_view prefix);
bool containsIgnoreCase(std::string_view text, std::string_view needle);
std::string toLowerAscii(std::string_view text);

}  // namespace iam
