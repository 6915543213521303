#include "core/lint/RedundantEntries.h"

#include <algorithm>
#include <unordered_map>

#include "core/catalog/AsciiCase.h"
#include "core/json/JsonPointer.h"
#include "core/lint/LintFixes.h"
#include "core/lint/WildcardCover.h"

namespace iam {
namespace {

// Not find_first_of, which calls memchr once per character: this runs on every entry of every list.
bool hasWildcard(const std::string& value)
{
    return std::any_of(value.begin(), value.end(), [](char c) { return c == '*' || c == '?'; });
}

// Keys are views into the list, hashed and compared with or without case, so finding duplicates
// copies no string.
struct KeyHash {
    bool ignoreCase;
    std::size_t operator()(std::string_view key) const
    {
        std::size_t hash = 1469598103934665603ull;
        for (const char c : key)
            hash = (hash ^ static_cast<unsigned char>(ignoreCase ? foldAscii(c) : c)) * 1099511628211ull;
        return hash;
    }
};

struct KeyEqual {
    bool ignoreCase;
    bool operator()(std::string_view a, std::string_view b) const
    {
        return ignoreCase ? equalsIgnoreCase(a, b) : a == b;
    }
};

}  // namespace

std::vector<std::optional<std::size_t>> findCoveringEntries(const std::vector<std::string>& values, bool ignoreCase)
{
    std::vector<std::optional<std::size_t>> covering(values.size());
    std::vector<std::size_t> wildcards;
    std::unordered_map<std::string_view, std::size_t, KeyHash, KeyEqual> firstSeen(
        values.size() * 2, KeyHash {ignoreCase}, KeyEqual {ignoreCase});
    for (std::size_t k = 0; k < values.size(); ++k) {
        if (hasWildcard(values[k]))
            wildcards.push_back(k);
    }
    for (std::size_t k = 0; k < values.size(); ++k) {
        const auto [it, inserted] = firstSeen.emplace(values[k], k);
        if (!inserted) {
            covering[k] = it->second;
            continue;
        }
        for (const std::size_t other : wildcards) {
            if (other == k || !wildcardCovers(values[other], values[k], ignoreCase))
                continue;
            // Two wildcards that cover each other are spelled differently but mean the same: the
            // later one is the redundant one.
            if (other > k && wildcardCovers(values[k], values[other], ignoreCase))
                continue;
            covering[k] = other;
            break;
        }
    }
    return covering;
}

void reportRedundantEntries(const LintContext& context, const RedundantEntryCheck& check, std::vector<Diagnostic>& out)
{
    const Policy& policy = *context.policy();
    for (std::size_t i = 0; i < policy.statements.size(); ++i) {
        const Statement& statement = policy.statements[i];
        for (const auto& [element, list] :
             {std::pair {check.element, &(statement.*check.list)},
              std::pair {check.notElement, &(statement.*check.notList)}}) {
            if (!*list)
                continue;
            const auto& values = (*list)->values;
            const std::string elementPointer = appendPointer(statementPointer(policy, i), element);
            const auto covering = findCoveringEntries(values, check.ignoreCase);
            for (std::size_t k = 0; k < values.size(); ++k) {
                if (!covering[k])
                    continue;
                const std::string& other = values[*covering[k]];
                const bool same = check.ignoreCase ? equalsIgnoreCase(other, values[k]) : other == values[k];
                Diagnostic diagnostic = context.at(
                    std::string(check.code), Severity::Suggestion,
                    LintContext::entryPointer(elementPointer, (*list)->isList, k),
                    same ? "`" + values[k] + "` is listed twice in `" + element + "`"
                         : "`" + values[k] + "` is already covered by `" + other + "` in `" + element + "`",
                    "remove `" + values[k] + "`" + std::string(check.helpNote));
                if ((*list)->isList) {
                    attachFix(diagnostic, "Remove " + values[k],
                              removeEntryEdit(context, elementPointer, k, values.size()));
                }
                out.push_back(std::move(diagnostic));
            }
        }
    }
}

}  // namespace iam
