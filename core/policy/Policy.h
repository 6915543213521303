#pragma once

#include <optional>
#include <string>
#include <vector>

// The policy model: what a policy document means, with just enough of its written form (string
// or array, single statement or list) that formatting does not rewrite the author's choices.
// Positions are kept apart (SourceMap), so two policies compare equal when they mean the same.
namespace iam {

enum class Effect { Allow, Deny };

// Action, Resource and a principal's ids may be one string or an array of strings.
struct StringOrList {
    std::vector<std::string> values;
    bool isList = false;

    bool operator==(const StringOrList&) const = default;
};

// One `"AWS": [...]`, `"Service": ...`, `"Federated": ...` or `"CanonicalUser": ...` member.
struct PrincipalEntry {
    std::string type;
    StringOrList ids;

    bool operator==(const PrincipalEntry&) const = default;
};

struct Principal {
    bool isWildcard = false;  // written as the bare string "*"
    std::vector<PrincipalEntry> entries;

    bool operator==(const Principal&) const = default;
};

// AWS reads numbers and booleans in conditions as their text; the kind only keeps how it was written.
struct ConditionValue {
    enum class Kind { String, Number, Boolean };
    std::string text;
    Kind kind = Kind::String;

    bool operator==(const ConditionValue&) const = default;
};

struct ConditionKeyValues {
    std::string key;
    std::vector<ConditionValue> values;
    bool isList = false;

    bool operator==(const ConditionKeyValues&) const = default;
};

// One operator block, e.g. `"StringEquals": {"aws:username": "alice", ...}`.
struct ConditionClause {
    std::string op;
    std::vector<ConditionKeyValues> keys;

    bool operator==(const ConditionClause&) const = default;
};

struct Statement {
    std::optional<std::string> sid;
    Effect effect = Effect::Allow;
    std::optional<Principal> principal;
    std::optional<Principal> notPrincipal;
    std::optional<StringOrList> action;
    std::optional<StringOrList> notAction;
    std::optional<StringOrList> resource;
    std::optional<StringOrList> notResource;
    std::optional<std::vector<ConditionClause>> condition;

    bool operator==(const Statement&) const = default;
};

struct Policy {
    std::optional<std::string> version;
    std::optional<std::string> id;
    std::vector<Statement> statements;
    bool statementIsList = true;

    bool operator==(const Policy&) const = default;
};

inline constexpr const char* kPolicyVersion2012 = "2012-10-17";
inline constexpr const char* kPolicyVersion2008 = "2008-10-17";

// The pointer of statement `index`, which is `/Statement` when the document has a single object.
std::string statementPointer(const Policy& policy, std::size_t index);

}  // namespace iam
