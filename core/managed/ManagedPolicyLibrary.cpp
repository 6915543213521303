#include "core/managed/ManagedPolicyLibrary.h"

#include <algorithm>
#include <tuple>

#include "core/catalog/AsciiCase.h"
#include "core/diagnostics/FuzzyMatch.h"
#include "core/managed/EmbeddedManagedPolicies.h"
#include "core/managed/ManagedBundleReader.h"
#include "core/managed/ManagedChunkCache.h"

namespace iam {
namespace {

// closestMatch accepts at most three edits: names whose lengths differ by more cannot be that close.
constexpr std::size_t kMostEdits = 3;

// How well a policy matches a search, best first.
enum class MatchRank {
    ExactName,
    NamePrefix,
    NameWordStart,
    NameContains,
    Description,
};

bool isLower(char c)
{
    return c >= 'a' && c <= 'z';
}

bool isUpper(char c)
{
    return c >= 'A' && c <= 'Z';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isAlnum(char c)
{
    return isLower(c) || isUpper(c) || isDigit(c);
}

// Where a word begins in a name written in CamelCase with acronyms and separators:
// `AWSLambda_ReadOnlyAccess` has words at AWS, Lambda, Read, Only, Access; `AmazonS3FullAccess` at
// Amazon, S3, Full, Access.
bool startsWord(std::string_view name, std::size_t at)
{
    if (at == 0)
        return true;
    const char previous = name[at - 1];
    const char current = name[at];
    if (!isAlnum(previous))
        return true;
    if (isUpper(current))
        return isLower(previous) || isDigit(previous)
            || (isUpper(previous) && at + 1 < name.size() && isLower(name[at + 1]));
    return isDigit(previous) != isDigit(current) && !isDigit(current);
}

struct Match {
    MatchRank rank = MatchRank::ExactName;
    std::size_t position = 0; // where in the name the word was found: earlier is more telling
};

// `folded` is `name` in lower case and `word` is lower case; searching those with find() (memchr
// and memcmp underneath) keeps a keystroke's search over every name well under a millisecond.
std::optional<Match> matchName(std::string_view name, std::string_view folded, std::string_view word)
{
    const std::size_t first = folded.find(word);
    if (first == std::string_view::npos)
        return std::nullopt;
    if (first == 0)
        return Match { folded.size() == word.size() ? MatchRank::ExactName : MatchRank::NamePrefix, 0 };
    for (std::size_t at = first; at != std::string_view::npos; at = folded.find(word, at + 1)) {
        if (startsWord(name, at))
            return Match { MatchRank::NameWordStart, at };
    }
    return Match { MatchRank::NameContains, first };
}

std::vector<std::string_view> splitWords(std::string_view text)
{
    std::vector<std::string_view> words;
    std::size_t at = 0;
    while (at < text.size()) {
        const std::size_t start = text.find_first_not_of(" \t\r\n", at);
        if (start == std::string_view::npos)
            break;
        std::size_t end = text.find_first_of(" \t\r\n", start);
        if (end == std::string_view::npos)
            end = text.size();
        words.push_back(text.substr(start, end - start));
        at = end;
    }
    return words;
}

ManagedPolicyDocument damagedDocument(const ManagedPolicy& policy)
{
    ManagedPolicyDocument document;
    Diagnostic diagnostic;
    diagnostic.code = "MANAGED_POLICIES_MALFORMED";
    diagnostic.severity = Severity::Error;
    diagnostic.message = "the document of `" + std::string(policy.name) + "` is damaged in the managed policy bundle";
    diagnostic.help = "regenerate the bundle with `scripts/update-managed-policies`";
    document.diagnostics.push_back(std::move(diagnostic));
    return document;
}

} // namespace

const ManagedPolicyLoadResult& ManagedPolicyLibrary::builtInResult()
{
    // A function-local static: read once, on first use, and thread-safe by the language's rules.
    // The embedded bytes are static, so unlike load() they are not copied.
    static const ManagedPolicyLoadResult result = [] {
        ManagedPolicyLoadResult loaded;
        ManagedPolicyLibrary library;
        if (ManagedBundleReader::read(embeddedManagedPolicyBytes(), library, loaded.diagnostics))
            loaded.library = std::move(library);
        return loaded;
    }();
    return result;
}

const ManagedPolicyLibrary& ManagedPolicyLibrary::builtIn()
{
    static const ManagedPolicyLibrary empty;
    const ManagedPolicyLoadResult& result = builtInResult();
    return result.library ? *result.library : empty;
}

const std::vector<Diagnostic>& ManagedPolicyLibrary::builtInDiagnostics()
{
    return builtInResult().diagnostics;
}

ManagedPolicyLoadResult ManagedPolicyLibrary::load(std::string_view bytes)
{
    ManagedPolicyLoadResult result;
    ManagedPolicyLibrary library;
    library.m_storage = std::make_shared<const std::string>(bytes);
    if (ManagedBundleReader::read(*library.m_storage, library, result.diagnostics))
        result.library = std::move(library);
    return result;
}

const ManagedPolicy* ManagedPolicyLibrary::find(std::string_view name) const
{
    const auto found = std::lower_bound(m_policies.begin(), m_policies.end(), name,
        [](const ManagedPolicy& policy, std::string_view key) { return compareIgnoreCase(policy.name, key) < 0; });
    if (found != m_policies.end() && equalsIgnoreCase(found->name, name))
        return &*found;
    return nullptr;
}

std::vector<const ManagedPolicy*> ManagedPolicyLibrary::search(std::string_view text, std::size_t limit) const
{
    std::vector<std::string> words;
    for (const std::string_view word : splitWords(text))
        words.push_back(toLowerAscii(word));
    std::vector<std::pair<Match, const ManagedPolicy*>> found;
    if (words.empty() || limit == 0)
        return {};
    for (std::size_t i = 0; i < m_policies.size(); ++i) {
        const ManagedPolicy& policy = m_policies[i];
        const std::string_view folded = m_foldedNames[i];
        // The first word ranks the policy, the others only narrow the list: people type the most
        // telling word first (`s3 read`).
        std::optional<Match> match = matchName(policy.name, folded, words.front());
        if (!match && containsIgnoreCase(policy.description, words.front()))
            match = Match { MatchRank::Description, 0 };
        if (!match)
            continue;
        const bool allWords = std::all_of(words.begin() + 1, words.end(), [&](const std::string& word) {
            return folded.find(word) != std::string_view::npos || containsIgnoreCase(policy.description, word);
        });
        if (allWords)
            found.emplace_back(*match, &policy);
    }
    // Within a rank, a word found early in the name (`AmazonS3FullAccess` for `s3`) before one found
    // late (`IVSRecordToS3`), then shorter names (`AmazonS3FullAccess` before
    // `AmazonS3FullAccessForOutposts`). The library is sorted by name, so a stable sort keeps ties
    // alphabetical.
    std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
        return std::tuple(a.first.rank, a.first.position, a.second->name.size())
            < std::tuple(b.first.rank, b.first.position, b.second->name.size());
    });
    std::vector<const ManagedPolicy*> policies;
    policies.reserve(std::min(limit, found.size()));
    for (const auto& [rank, policy] : found) {
        if (policies.size() >= limit)
            break;
        policies.push_back(policy);
    }
    return policies;
}

std::optional<std::string> ManagedPolicyLibrary::suggestName(std::string_view name) const
{
    std::vector<std::string> candidates;
    for (const auto& policy : m_policies) {
        const std::size_t difference
            = policy.name.size() > name.size() ? policy.name.size() - name.size() : name.size() - policy.name.size();
        if (difference <= kMostEdits)
            candidates.emplace_back(policy.name);
    }
    return closestMatch(name, candidates);
}

ManagedPolicyDocument ManagedPolicyLibrary::document(const ManagedPolicy& policy) const
{
    if (!m_chunks)
        return damagedDocument(policy);
    const std::optional<std::string_view> chunk = m_chunks->text(policy.chunk);
    // The reader checked the range against the announced size, and inflation checks that size.
    if (!chunk)
        return damagedDocument(policy);
    ManagedPolicyDocument document;
    document.text = chunk->substr(policy.offset, policy.length);
    return document;
}

} // namespace iam
