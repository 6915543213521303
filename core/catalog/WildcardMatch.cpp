#include "core/catalog/WildcardMatch.h"

#include "core/catalog/AsciiCase.h"

namespace iam {

bool wildcardMatch(std::string_view pattern, std::string_view text, bool ignoreCase)
{
    // Greedy with one backtrack point: the last `*` seen. Linear in practice and never exponential,
    // whatever the user types.
    std::size_t p = 0;
    std::size_t t = 0;
    std::size_t starAt = std::string_view::npos;
    std::size_t resumeAt = 0;
    while (t < text.size()) {
        if (p < pattern.size()
            && (pattern[p] == '?' || pattern[p] == text[t]
                || (ignoreCase && foldAscii(pattern[p]) == foldAscii(text[t])))) {
            ++p;
            ++t;
        } else if (p < pattern.size() && pattern[p] == '*') {
            starAt = p++;
            resumeAt = t;
        } else if (starAt != std::string_view::npos) {
            p = starAt + 1;
            t = ++resumeAt;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == '*')
        ++p;
    return p == pattern.size();
}

}  // namespace iam
