#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/diagnostics/Diagnostic.h"
#include "core/json/SourceMap.h"
#include "core/lint/PolicyKind.h"
#include "core/policy/Policy.h"

namespace iam {

class Catalog;
struct CatalogAction;
struct CatalogService;
struct CatalogConditionKey;

// Everything a rule may look at: the document as written (text and positions), the model when the
// text parsed, what kind of policy it is, and the action catalog when the caller has one.
class LintContext final {
public:
    LintContext(std::string_view text, const SourceMap& sourceMap, const Policy* policy, PolicyKind kind,
                const Catalog* catalog)
        : m_text(text)
        , m_sourceMap(sourceMap)
        , m_policy(policy)
        , m_kind(kind)
        , m_catalog(catalog)
    {
    }

    std::string_view text() const { return m_text; }
    const SourceMap& sourceMap() const { return m_sourceMap; }
    // Null when the text has errors: rules that need the model do not run then.
    const Policy* policy() const { return m_policy; }
    PolicyKind kind() const { return m_kind; }
    // Null when the caller has no catalog: catalog-based rules stay silent rather than guess.
    const Catalog* catalog() const { return m_catalog; }
    // The catalog's action for a full name (`s3:GetObject`, any letter case), or null. Remembered for
    // the rest of the run: several rules look up every Action entry, and policies repeat names.
    // Needs a catalog.
    const CatalogAction* findAction(std::string_view fullName) const;
    // The catalog's condition key for a name (`aws:SourceIp`, `aws:PrincipalTag/team`), or null;
    // remembered the same way, since several condition rules ask about every key. Needs a catalog.
    const CatalogConditionKey* findConditionKey(std::string_view name) const;

    enum class Anchor { Value, Key };
    // A finding about the element at `pointer`, placed on its value (or its key, for "this element
    // should not be here").
    Diagnostic at(std::string code, Severity severity, const std::string& pointer, std::string message,
                  std::string help, Anchor anchor = Anchor::Value) const;
    // The span of `length` bytes starting `offset` bytes into the string value at `pointer`, so a
    // finding can point inside a value (the bad part of an ARN). Falls back to the whole value when
    // the string is written with escapes, whose decoded offsets differ from the text's.
    SourceSpan spanInsideString(const std::string& pointer, std::size_t offset, std::size_t length) const;
    // The pointer of entry `index` of an element that may be one string or an array of strings.
    static std::string entryPointer(const std::string& elementPointer, bool isList, std::size_t index);

    // Walks every Condition of the model in document order, so the condition rules share one loop
    // and agree on pointers. Only for rules that run on a parsed policy. `pointer` locates the
    // clause (its operator), the key, or the value.
    using ClauseVisitor =
        std::function<void(std::size_t statementIndex, const ConditionClause& clause, const std::string& pointer)>;
    using KeyVisitor = std::function<void(std::size_t statementIndex, const ConditionClause& clause,
                                          const ConditionKeyValues& keyValues, const std::string& pointer)>;
    using ValueVisitor =
        std::function<void(std::size_t statementIndex, const ConditionClause& clause,
                           const ConditionKeyValues& keyValues, std::size_t valueIndex, const std::string& pointer)>;
    void forEachConditionClause(const ClauseVisitor& visit) const;
    void forEachConditionKey(const KeyVisitor& visit) const;
    void forEachConditionValue(const ValueVisitor& visit) const;

    // Walks every entry of Action and NotAction (or Resource and NotResource) in document order;
    // `element` names which of the two holds it and `pointer` locates the entry.
    using EntryVisitor = std::function<void(std::size_t statementIndex, std::string_view element,
                                            const std::string& value, const std::string& pointer)>;
    void forEachActionEntry(const EntryVisitor& visit) const;
    void forEachResourceEntry(const EntryVisitor& visit) const;

private:
    void forEachEntry(std::optional<StringOrList> Statement::*element, std::optional<StringOrList> Statement::*notElement,
                      std::string_view name, std::string_view notName, const EntryVisitor& visit) const;

    // The pointers of a model node's children (a list's entries, a condition's operators, an
    // operator's keys, a key's values), built on first use and kept for the run: every rule walks
    // the same nodes and would otherwise rebuild the same strings. Keyed by the node's address in
    // the policy, which does not move while the context lives.
    const std::vector<std::string>& pointersOf(const void* node,
                                               const std::function<void(std::vector<std::string>&)>& build) const;

    std::string_view m_text;
    const SourceMap& m_sourceMap;
    const Policy* m_policy;
    PolicyKind m_kind;
    const Catalog* m_catalog;

    struct TextHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const { return std::hash<std::string_view> {}(text); }
    };
    mutable std::unordered_map<std::string, const CatalogService*, TextHash, std::equal_to<>> m_services;
    mutable std::unordered_map<std::string, const CatalogAction*, TextHash, std::equal_to<>> m_actions;
    mutable std::unordered_map<std::string, const CatalogConditionKey*, TextHash, std::equal_to<>> m_conditionKeys;
    mutable std::unordered_map<const void*, std::vector<std::string>> m_pointers;
};

}  // namespace iam
