#include "core/eval/Pattern.h"

#include <algorithm>
#include <array>

namespace iam {
namespace {

using Atom = Pattern::Atom;
using AtomKind = Pattern::AtomKind;

char foldAscii(char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

bool isContinuationByte(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

std::string_view trim(std::string_view text)
{
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos)
        return {};
    const auto last = text.find_last_not_of(" \t");
    return text.substr(first, last - first + 1);
}

std::string lowercase(std::string_view text)
{
    std::string result(text);
    std::transform(result.begin(), result.end(), result.begin(), foldAscii);
    return result;
}

// Iterative matching with one backtrack point per `*`: linear for the patterns people write and
// never exponential, whatever the input. `?` stands for one character, not one byte.
bool globMatch(const Atom* pattern, std::size_t patternSize, std::string_view subject, bool ignoreCase)
{
    std::size_t p = 0;
    std::size_t s = 0;
    std::size_t starPattern = std::string_view::npos;
    std::size_t starSubject = 0;
    while (s < subject.size()) {
        if (p < patternSize && pattern[p].kind == AtomKind::Question) {
            ++p;
            ++s;
            while (s < subject.size() && isContinuationByte(subject[s]))
                ++s;
        } else if (p < patternSize && pattern[p].kind == AtomKind::Literal
            && (ignoreCase ? foldAscii(pattern[p].c) == foldAscii(subject[s]) : pattern[p].c == subject[s])) {
            ++p;
            ++s;
        } else if (p < patternSize && pattern[p].kind == AtomKind::Star) {
            starPattern = p++;
            starSubject = s;
        } else if (starPattern != std::string_view::npos) {
            p = starPattern + 1;
            s = ++starSubject;
        } else {
            return false;
        }
    }
    while (p < patternSize && pattern[p].kind == AtomKind::Star)
        ++p;
    return p == patternSize;
}

} // namespace

Pattern Pattern::compile(std::string_view text, Options options)
{
    Pattern pattern;
    pattern.m_text = std::string(text);
    pattern.m_atoms.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (options.variables && c == '$' && i + 1 < text.size() && text[i + 1] == '{') {
            const auto close = text.find('}', i + 2);
            if (close != std::string_view::npos) {
                const std::string_view inner = trim(text.substr(i + 2, close - i - 2));
                if (inner == "*" || inner == "?" || inner == "$") {
                    // The documented escapes: a literal `*`, `?` or `$` where it would otherwise be special.
                    pattern.m_atoms.push_back({ inner[0], AtomKind::Literal });
                    i = close;
                    continue;
                }
                Variable variable;
                variable.atomIndex = pattern.m_atoms.size();
                const auto comma = inner.find(',');
                variable.spelled = std::string(trim(inner.substr(0, comma)));
                variable.key = lowercase(variable.spelled);
                if (comma != std::string_view::npos) {
                    std::string_view fallback = trim(inner.substr(comma + 1));
                    if (fallback.size() >= 2 && fallback.front() == '\'' && fallback.back() == '\'')
                        fallback = fallback.substr(1, fallback.size() - 2);
                    variable.defaultValue = std::string(fallback);
                    variable.hasDefault = true;
                }
                if (!variable.key.empty()) {
                    pattern.m_variables.push_back(std::move(variable));
                    pattern.m_plain = false;
                    i = close;
                    continue;
                }
            }
        }
        if (options.wildcards && (c == '*' || c == '?')) {
            pattern.m_atoms.push_back({ c, c == '*' ? AtomKind::Star : AtomKind::Question });
            pattern.m_plain = false;
        } else {
            pattern.m_atoms.push_back({ c, AtomKind::Literal });
        }
    }
    if (pattern.m_plain && pattern.m_atoms.size() != text.size())
        pattern.m_plain = false; // escapes changed the text: compare against the atoms
    return pattern;
}

bool Pattern::resolveAtoms(const VariableResolver* resolver, const std::vector<Atom>*& atoms) const
{
    if (m_variables.empty()) {
        atoms = &m_atoms;
        return true;
    }
    // One buffer per thread, reused: substituting variables allocates only while it grows.
    thread_local std::vector<Atom> scratch;
    scratch.clear();
    std::size_t next = 0;
    for (const auto& variable : m_variables) {
        scratch.insert(scratch.end(), m_atoms.begin() + static_cast<std::ptrdiff_t>(next),
            m_atoms.begin() + static_cast<std::ptrdiff_t>(variable.atomIndex));
        next = variable.atomIndex;
        std::optional<std::string_view> value = resolver ? resolver->resolveVariable(variable.key) : std::nullopt;
        if (!value && variable.hasDefault)
            value = std::string_view(variable.defaultValue);
        if (!value)
            return false;
        // A substituted value is literal text: a `*` in a user name is not a wildcard.
        for (char c : *value)
            scratch.push_back({ c, AtomKind::Literal });
    }
    scratch.insert(scratch.end(), m_atoms.begin() + static_cast<std::ptrdiff_t>(next), m_atoms.end());
    atoms = &scratch;
    return true;
}

bool Pattern::matches(std::string_view subject, bool ignoreCase, const VariableResolver* resolver) const
{
    if (m_plain) {
        if (subject.size() != m_text.size())
            return false;
        if (!ignoreCase)
            return subject == m_text;
        for (std::size_t i = 0; i < subject.size(); ++i) {
            if (foldAscii(subject[i]) != foldAscii(m_text[i]))
                return false;
        }
        return true;
    }
    const std::vector<Atom>* atoms = nullptr;
    if (!resolveAtoms(resolver, atoms))
        return false;
    return globMatch(atoms->data(), atoms->size(), subject, ignoreCase);
}

bool Pattern::matchesArn(std::string_view subject, const VariableResolver* resolver) const
{
    const std::vector<Atom>* atoms = nullptr;
    if (!resolveAtoms(resolver, atoms))
        return false;
    // The first five colons separate the six parts; the resource part keeps any further colons.
    std::array<std::size_t, 6> patternStart {};
    std::size_t patternParts = 1;
    for (std::size_t i = 0; i < atoms->size() && patternParts < 6; ++i) {
        if ((*atoms)[i].kind == AtomKind::Literal && (*atoms)[i].c == ':')
            patternStart[patternParts++] = i + 1;
    }
    if (patternParts < 6) {
        // Not ARN-shaped: only a lone `*` still means "any ARN"; anything else cannot line up part by part.
        return atoms->size() == 1 && (*atoms)[0].kind == AtomKind::Star;
    }
    std::array<std::size_t, 6> subjectStart {};
    std::size_t subjectParts = 1;
    for (std::size_t i = 0; i < subject.size() && subjectParts < 6; ++i) {
        if (subject[i] == ':')
            subjectStart[subjectParts++] = i + 1;
    }
    if (subjectParts < 6)
        return false;
    for (std::size_t part = 0; part < 6; ++part) {
        const std::size_t pBegin = patternStart[part];
        const std::size_t pEnd = part < 5 ? patternStart[part + 1] - 1 : atoms->size();
        const std::size_t sBegin = subjectStart[part];
        const std::size_t sEnd = part < 5 ? subjectStart[part + 1] - 1 : subject.size();
        if (!globMatch(atoms->data() + pBegin, pEnd - pBegin, subject.substr(sBegin, sEnd - sBegin), false))
            return false;
    }
    return true;
}

bool Pattern::expand(const VariableResolver* resolver, std::string& out) const
{
    const std::vector<Atom>* atoms = nullptr;
    if (!resolveAtoms(resolver, atoms))
        return false;
    out.clear();
    for (const auto& atom : *atoms)
        out += atom.c;
    return true;
}

bool Pattern::resolves(const VariableResolver* resolver) const
{
    for (const auto& variable : m_variables) {
        if (!variable.hasDefault && !(resolver && resolver->resolveVariable(variable.key)))
            return false;
    }
    return true;
}

std::vector<std::string> Pattern::variableKeys() const
{
    std::vector<std::string> keys;
    for (const auto& variable : m_variables)
        keys.push_back(variable.spelled);
    return keys;
}

} // namespace iam
