#include "core/catalog/AsciiCase.h"

#include <algorithm>

namespace iam {

bool equalsIgnoreCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && compareIgnoreCase(a, b) == 0;
}

int compareIgnoreCase(std::string_view a, std::string_view b)
{
    const std::size_t common = std::min(a.size(), b.size());
    for (std::size_t i = 0; i < common; ++i) {
        const char x = foldAscii(a[i]);
        const char y = foldAscii(b[i]);
        if (x != y)
            return static_cast<unsigned char>(x) < static_cast<unsigned char>(y) ? -1 : 1;
    }
    return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
}

bool startsWithIgnoreCase(std::string_view text, std::string_view prefix)
{
    return text.size() >= prefix.size() && compareIgnoreCase(text.substr(0, prefix.size()), prefix) == 0;
}

bool containsIgnoreCase(std::string_view text, std::string_view needle)
{
    if (needle.empty())
        return true;
    const auto found = std::search(text.begin(), text.end(), needle.begin(), needle.end(),
                                   [](char x, char y) { return foldAscii(x) == foldAscii(y); });
    return found != text.end();
}

std::string toLowerAscii(std::string_view text)
{
    std::string lower(text);
    for (char& c : lower)
        c = foldAscii(c);
    return lower;
}

}  // namespace iam
