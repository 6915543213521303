#include "core/lint/rules/ConditionValueTypeRule.h"

#include "core/catalog/AsciiCase.h"
#include "core/eval/ConditionOperator.h"
#include "core/eval/IamDate.h"
#include "core/eval/IpNetwork.h"

namespace iam {
namespace {

bool isNumber(std::string_view text)
{
    std::size_t i = 0;
    if (i < text.size() && (text[i] == '-' || text[i] == '+'))
        ++i;
    std::size_t digits = 0;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
        ++i;
        ++digits;
    }
    if (i < text.size() && text[i] == '.') {
        ++i;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
            ++i;
            ++digits;
        }
    }
    return digits > 0 && i == text.size();
}

bool isBoolean(std::string_view text)
{
    return equalsIgnoreCase(text, "true") || equalsIgnoreCase(text, "false");
}

struct Expectation {
    std::string what;  // "a number", ...
    std::string example;
};

// What the operator family reads, or nothing when any text will do.
std::optional<Expectation> expectationFor(ConditionOperator::Family family)
{
    using F = ConditionOperator::Family;
    switch (family) {
    case F::Numeric:
        return Expectation {"a number", "`10` or `3.5`"};
    case F::Date:
        return Expectation {"a date", "`2026-01-31T12:00:00Z` or epoch seconds such as `1769860800`"};
    case F::IpAddress:
        return Expectation {"an IP address or CIDR range", "`203.0.113.0/24` or `2001:db8::/32`"};
    case F::Bool:
        return Expectation {"`true` or `false`", "`\"true\"`"};
    case F::Null:
        return Expectation {"`true` or `false`", "`\"true\"` (the key is absent) or `\"false\"` (present)"};
    default:
        return std::nullopt;
    }
}

bool fits(ConditionOperator::Family family, std::string_view text)
{
    using F = ConditionOperator::Family;
    switch (family) {
    case F::Numeric:
        return isNumber(text);
    case F::Date:
        return parseIamDate(text).has_value();
    case F::IpAddress:
        return parseIpNetwork(text).has_value();
    case F::Bool:
        // Bool conditions may compare with a variable such as `${aws:MultiFactorAuthPresent}`.
        return isBoolean(text) || text.find("${") != std::string_view::npos;
    case F::Null:
        return isBoolean(text);
    default:
        return true;
    }
}

}  // namespace

std::string_view ConditionValueTypeRule::id() const
{
    return "condition-value-type";
}

std::vector<std::string_view> ConditionValueTypeRule::codes() const
{
    return {"CONDITION_VALUE_TYPE_MISMATCH"};
}

void ConditionValueTypeRule::check(const LintContext& context, std::vector<Diagnostic>& out) const
{
    context.forEachConditionValue([&](std::size_t, const ConditionClause& clause, const ConditionKeyValues& keyValues,
                                      std::size_t valueIndex, const std::string& pointer) {
        const auto parsed = parseConditionOperator(clause.op);
        if (!parsed)
            return;
        const auto expectation = expectationFor(parsed->family);
        const std::string& value = keyValues.values[valueIndex].text;
        if (!expectation || fits(parsed->family, value))
            return;
        std::string help = "write " + expectation->what + ", e.g. " + expectation->example;
        if (value.find("${") != std::string::npos)
            help += "; policy variables are not replaced in `" + clause.op + "` conditions";
        out.push_back(context.at("CONDITION_VALUE_TYPE_MISMATCH", Severity::Warning, pointer,
                                 "`" + clause.op + "` needs " + expectation->what + ", and `" + value + "` is not one",
                                 help));
    });
}

}  // namespace iam
