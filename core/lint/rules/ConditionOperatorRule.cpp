#include "core/lint/rules/ConditionOperatorRule.h"

#include <algorithm>

#include "core/diagnostics/FuzzyMatch.h"
#include "core/eval/ConditionOperator.h"
#include "core/lint/LintFixes.h"

namespace iam {
namespace {

// The base names from AWS's "IAM JSON policy elements: Condition operators" page, for suggestions;
// whether a name is valid is decided by parseConditionOperator, the evaluator's own reading.
const std::vector<std::string>& baseOperatorNames()
{
    static const std::vector<std::string> names = {"StringEquals",
                                                   "StringNotEquals",
                                                   "StringEqualsIgnoreCase",
                                                   "StringNotEqualsIgnoreCase",
                                                   "StringLike",
                                                   "StringNotLike",
                                                   "NumericEquals",
                                                   "NumericNotEquals",
                                                   "NumericLessThan",
                                                   "NumericLessThanEquals",
                                                   "NumericGreaterThan",
                                                   "NumericGreaterThanEquals",
                                                   "DateEquals",
                                                   "DateNotEquals",
                                                   "DateLessThan",
                                                   "DateLessThanEquals",
                                                   "DateGreaterThan",
                                                   "DateGreaterThanEquals",
                                                   "Bool",
                                                   "BinaryEquals",
                                                   "IpAddress",
                                                   "NotIpAddress",
                                                   "ArnEquals",
                                                   "ArnLike",
                                                   "ArnNotEquals",
                                                   "ArnNotLike",
                                                   "Null"};
    return names;
}

struct SplitOperator {
    std::string prefix;  // `ForAllValues:`, `ForAnyValue:` or empty
    std::string base;
    std::string suffix;  // `IfExists` or empty
};

SplitOperator splitOperator(std::string_view name)
{
    SplitOperator split;
    for (const std::string_view prefix : {"ForAllValues:", "ForAnyValue:"}) {
        if (name.starts_with(prefix)) {
            split.prefix = prefix;
            name.remove_prefix(prefix.size());
        }
    }
    constexpr std::string_view kIfExists = "IfExists";
    if (name.size() > kIfExists.size() && name.ends_with(kIfExists)) {
        split.suffix = kIfExists;
        name.remove_suffix(kIfExists.size());
    }
    split.base = name;
    return split;
}

// The nearest valid spelling: first of the whole name (case slips such as `stringequals`), then of
// its base with the author's prefix and suffix kept.
std::optional<std::string> suggestOperator(const std::string& name)
{
    std::vector<std::string> whole;
    for (const auto& base : baseOperatorNames()) {
        whole.push_back(base);
        if (base != "Null")
            whole.push_back(base + "IfExists");
    }
    if (auto match = closestMatch(name, whole))
        return match;
    const SplitOperator split = splitOperator(name);
    std::string prefix = split.prefix;
    if (prefix.empty()) {
        // `ForAllValue:` and `forallvalues:` are typos of a qualifier, not part of the operator.
        if (const auto colon = name.find(':'); colon != std::string::npos) {
            if (auto qualifier = closestMatch(name.substr(0, colon + 1), {"ForAllValues:", "ForAnyValue:"})) {
                prefix = *qualifier;
                const SplitOperator rest = splitOperator(name.substr(colon + 1));
                if (auto base = closestMatch(rest.base, baseOperatorNames()))
                    return prefix + *base + rest.suffix;
                return std::nullopt;
            }
        }
    }
    if (auto base = closestMatch(split.base, baseOperatorNames()))
        return prefix + *base + split.suffix;
    return std::nullopt;
}

}  // namespace

std::string_view ConditionOperatorRule::id() const
{
    return "condition-operator";
}

std::vector<std::string_view> ConditionOperatorRule::codes() const
{
    return {"INVALID_CONDITION_OPERATOR", "NULL_WITH_IF_EXISTS"};
}

void ConditionOperatorRule::check(const LintContext& context, std::vector<Diagnostic>& out) const
{
    context.forEachConditionClause([&](std::size_t statementIndex, const ConditionClause& clause,
                                       const std::string& pointer) {
        if (parseConditionOperator(clause.op))
            return;
        // Renaming the operator is the fix, unless the block already has one by that name: the two
        // would then be duplicate keys, which AWS rejects.
        const auto renameTo = [&](Diagnostic& diagnostic, const std::string& name) {
            const auto& clauses = *context.policy()->statements[statementIndex].condition;
            const bool taken = std::any_of(clauses.begin(), clauses.end(),
                                           [&](const ConditionClause& other) { return other.op == name; });
            if (!taken)
                attachFix(diagnostic, "Use " + name, renameKeyEdit(context, pointer, name));
        };
        const SplitOperator split = splitOperator(clause.op);
        if (split.base == "Null" && !split.suffix.empty()) {
            Diagnostic diagnostic = context.at(
                "NULL_WITH_IF_EXISTS", Severity::Error, pointer,
                "`" + clause.op + "` does not exist: `Null` has no `IfExists` form",
                "write `" + split.prefix + "Null`; it already tests whether the key is present", LintContext::Anchor::Key);
            renameTo(diagnostic, split.prefix + "Null");
            out.push_back(std::move(diagnostic));
            return;
        }
        std::string help = "use an operator from AWS's list, e.g. `StringEquals`, `StringLike`, `ArnLike`, "
                           "`NumericLessThan`, `DateGreaterThan`, `Bool`, `IpAddress` or `Null`";
        const auto suggestion = suggestOperator(clause.op);
        const bool suggested = suggestion && *suggestion != clause.op;
        if (suggested)
            help = "did you mean `" + *suggestion + "`? operator names are case-sensitive";
        Diagnostic diagnostic = context.at("INVALID_CONDITION_OPERATOR", Severity::Error, pointer,
                                           "`" + clause.op + "` is not a condition operator", help,
                                           LintContext::Anchor::Key);
        if (suggested)
            renameTo(diagnostic, *suggestion);
        out.push_back(std::move(diagnostic));
    });
}

}  // namespace iam
