#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/eval/VariableResolver.h"

namespace iam {

// A policy value compiled once so that matching a request allocates nothing: the text split into
// literal characters, `*` and `?` wildcards (when the operator has them) and `${...}` policy
// variables (when the policy's Version allows them). Hand-written rather than std::regex: faster,
// and no pattern a user writes can make it explode.
class Pattern final {
public:
    struct Options {
        bool wildcards = false; // `*` and `?` are wildcards, not literal characters
        bool variables = false; // `${...}` is a policy variable, not literal text
    };

    Pattern() = default;
    static Pattern compile(std::string_view text, Options options);

    // False also when a variable cannot be resolved: an unresolvable value matches nothing.
    bool matches(std::string_view subject, bool ignoreCase, const VariableResolver* resolver) const;
    // ARN comparison (ArnEquals, ArnLike): the six colon-separated parts are matched one by one,
    // so a wildcard in the region cannot swallow the account.
    bool matchesArn(std::string_view subject, const VariableResolver* resolver) const;
    // The value with its variables substituted, for explanations; false when one cannot be resolved.
    bool expand(const VariableResolver* resolver, std::string& out) const;
    // Whether every variable has a value (or a default) in this request.
    bool resolves(const VariableResolver* resolver) const;

    const std::string& text() const { return m_text; }
    bool hasVariables() const { return !m_variables.empty(); }
    // The keys of the variables this value uses, as written, for "missing context keys".
    std::vector<std::string> variableKeys() const;

    enum class AtomKind : std::uint8_t { Literal, Star, Question };
    struct Atom {
        char c = 0;
        AtomKind kind = AtomKind::Literal;
    };

private:
    struct Variable {
        std::size_t atomIndex = 0; // where its value is inserted among the atoms
        std::string key; // lowercased
        std::string spelled; // as written, for messages
        std::string defaultValue;
        bool hasDefault = false;
    };

    bool resolveAtoms(const VariableResolver* resolver, const std::vector<Atom>*& atoms) const;

    std::string m_text;
    std::vector<Atom> m_atoms; // the pattern without its variables
    std::vector<Variable> m_variables;
    bool m_plain = true; // only literal characters: a plain string comparison suffices
};

} // namespace iam
