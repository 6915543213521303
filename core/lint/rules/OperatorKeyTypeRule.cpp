#include "core/lint/rules/OperatorKeyTypeRule.h"

#include "core/catalog/AsciiCase.h"
#include "core/catalog/Catalog.h"
#include "core/eval/ConditionOperator.h"

namespace iam {
namespace {

using Family = ConditionOperator::Family;

// The operator family a key type is compared with; `ArrayOfString` holds strings, and so on.
std::optional<Family> familyOfType(std::string_view type)
{
    if (type.starts_with("ArrayOf"))
        type.remove_prefix(7);
    if (type == "String")
        return Family::String;
    if (type == "Numeric")
        return Family::Numeric;
    if (type == "Date")
        return Family::Date;
    if (type == "Bool" || type == "Boolean")
        return Family::Bool;
    if (type == "IPAddress")
        return Family::IpAddress;
    if (type == "ARN")
        return Family::Arn;
    return std::nullopt;
}

// Whether AWS reads a key of family `key` with an operator of family `op`. Null tests presence, so
// it fits every key. String operators compare any value as text, which is how most authors test
// ARNs, so they are never flagged; Arn operators on a String key are accepted too, since many String
// keys hold ARNs. What is left are the operators that parse the value (numbers, dates, addresses,
// booleans) on a key that holds something else.
bool fits(Family op, Family key, std::string_view keyName)
{
    if (op == key || op == Family::Null || op == Family::String || op == Family::Binary)
        return true;
    if (op == Family::Arn)
        return key == Family::String;
    // AWS documents aws:EpochTime as both Date and Numeric.
    if (op == Family::Numeric && equalsIgnoreCase(keyName, "aws:EpochTime"))
        return true;
    return false;
}

std::string_view describeFamily(Family family)
{
    switch (family) {
    case Family::Numeric:
        return "numbers";
    case Family::Date:
        return "dates";
    case Family::Bool:
        return "`true` or `false`";
    case Family::IpAddress:
        return "IP addresses";
    case Family::Arn:
        return "ARNs";
    default:
        return "text";
    }
}

// The operators to use for a key of this family, as Access Analyzer's message names them.
std::string operatorsFor(Family family)
{
    switch (family) {
    case Family::String:
        return "a String operator such as `StringEquals` or `StringLike`";
    case Family::Numeric:
        return "a Numeric operator such as `NumericEquals` or `NumericLessThan`";
    case Family::Date:
        return "a Date operator such as `DateGreaterThan` or `DateLessThan`";
    case Family::Bool:
        return "the `Bool` operator";
    case Family::IpAddress:
        return "`IpAddress` or `NotIpAddress`";
    case Family::Arn:
        return "an ARN operator such as `ArnLike` or `ArnEquals`";
    default:
        return "an operator of the key's type";
    }
}

}  // namespace

std::string_view OperatorKeyTypeRule::id() const
{
    return "operator-key-type";
}

std::vector<std::string_view> OperatorKeyTypeRule::codes() const
{
    return {"TYPE_MISMATCH"};
}

void OperatorKeyTypeRule::check(const LintContext& context, std::vector<Diagnostic>& out) const
{
    context.forEachConditionKey([&](std::size_t, const ConditionClause& clause, const ConditionKeyValues& keyValues,
                                    const std::string& pointer) {
        const auto parsed = parseConditionOperator(clause.op);
        if (!parsed || keyValues.key.find_first_of("*?") != std::string::npos)
            return;
        const CatalogConditionKey* key = context.findConditionKey(keyValues.key);
        if (!key)
            return;
        const auto keyFamily = familyOfType(key->type);
        if (!keyFamily || fits(parsed->family, *keyFamily, keyValues.key))
            return;
        out.push_back(context.at("TYPE_MISMATCH", Severity::Warning, pointer,
            "`" + clause.op + "` compares " + std::string(describeFamily(parsed->family)) + ", but `" + keyValues.key
                + "` holds " + std::string(describeFamily(*keyFamily)) + " (type " + std::string(key->type)
                + "), so the condition cannot work as written",
            "use " + operatorsFor(*keyFamily) + " with `" + keyValues.key + "`", LintContext::Anchor::Key));
    });
}

}  // namespace iam
