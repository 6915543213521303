#include "core/lint/WildcardCover.h"

#include <algorithm>
#include <vector>

#include "core/catalog/AsciiCase.h"
#include "core/catalog/WildcardMatch.h"

namespace iam {
namespace {

char fold(char c, bool ignoreCase)
{
    return ignoreCase ? foldAscii(c) : c;
}

bool hasWildcard(std::string_view text)
{
    return text.find_first_of("*?") != std::string_view::npos;
}

}  // namespace

bool wildcardCovers(std::string_view general, std::string_view specific, bool ignoreCase)
{
    if (!hasWildcard(specific))
        return wildcardMatch(general, specific, ignoreCase);
    // reachable[j]: general's first i characters can absorb specific's first j characters.
    const std::size_t n = specific.size();
    std::vector<char> reachable(n + 1, 0);
    std::vector<char> next(n + 1, 0);
    reachable[0] = 1;
    for (const char g : general) {
        std::fill(next.begin(), next.end(), 0);
        for (std::size_t j = 0; j <= n; ++j) {
            if (g == '*') {
                // A star absorbs nothing, or anything specific writes, its own wildcards included.
                if (reachable[j] || (j > 0 && next[j - 1]))
                    next[j] = 1;
                continue;
            }
            if (j == 0 || !reachable[j - 1])
                continue;
            const char s = specific[j - 1];
            if (g == '?')
                next[j] = s != '*';
            else
                next[j] = s != '*' && s != '?' && fold(s, ignoreCase) == fold(g, ignoreCase);
        }
        reachable.swap(next);
    }
    return reachable[n] != 0;
}

}  // namespace iam
