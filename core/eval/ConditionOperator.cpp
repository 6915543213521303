#include "core/eval/ConditionOperator.h"

#include <array>
#include <string>

namespace iam {
namespace {

struct BaseOperator {
    std::string_view name;
    ConditionOperator::Family family;
    ConditionOperator::Comparison comparison;
    bool negated;
    bool ignoreCase;
};

using F = ConditionOperator::Family;
using C = ConditionOperator::Comparison;

// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
constexpr std::array<BaseOperator, 27> kOperators = { {
    { "StringEquals", F::String, C::Equals, false, false },
    { "StringNotEquals", F::String, C::Equals, true, false },
    { "StringEqualsIgnoreCase", F::String, C::Equals, false, true },
    { "StringNotEqualsIgnoreCase", F::String, C::Equals, true, true },
    { "StringLike", F::String, C::Like, false, false },
    { "StringNotLike", F::String, C::Like, true, false },
    { "NumericEquals", F::Numeric, C::Equals, false, false },
    { "NumericNotEquals", F::Numeric, C::Equals, true, false },
    { "NumericLessThan", F::Numeric, C::LessThan, false, false },
    { "NumericLessThanEquals", F::Numeric, C::LessThanEquals, false, false },
    { "NumericGreaterThan", F::Numeric, C::GreaterThan, false, false },
    { "NumericGreaterThanEquals", F::Numeric, C::GreaterThanEquals, false, false },
    { "DateEquals", F::Date, C::Equals, false, false },
    { "DateNotEquals", F::Date, C::Equals, true, false },
    { "DateLessThan", F::Date, C::LessThan, false, false },
    { "DateLessThanEquals", F::Date, C::LessThanEquals, false, false },
    { "DateGreaterThan", F::Date, C::GreaterThan, false, false },
    { "DateGreaterThanEquals", F::Date, C::GreaterThanEquals, false, false },
    { "Bool", F::Bool, C::Equals, false, false },
    { "BinaryEquals", F::Binary, C::Equals, false, false },
    { "IpAddress", F::IpAddress, C::Equals, false, false },
    { "NotIpAddress", F::IpAddress, C::Equals, true, false },
    { "ArnEquals", F::Arn, C::Like, false, false },
    { "ArnLike", F::Arn, C::Like, false, false },
    { "ArnNotEquals", F::Arn, C::Like, true, false },
    { "ArnNotLike", F::Arn, C::Like, true, false },
    { "Null", F::Null, C::Equals, false, false },
} };

} // namespace

bool ConditionOperator::supportsVariables() const
{
    return family == Family::String || family == Family::Arn || family == Family::Bool;
}

std::optional<ConditionOperator> parseConditionOperator(std::string_view name)
{
    ConditionOperator result;
    if (name.starts_with("ForAllValues:")) {
        result.qualifier = ConditionOperator::SetQualifier::ForAllValues;
        name.remove_prefix(13);
    } else if (name.starts_with("ForAnyValue:")) {
        result.qualifier = ConditionOperator::SetQualifier::ForAnyValue;
        name.remove_prefix(12);
    }
    constexpr std::string_view kIfExists = "IfExists";
    if (name.size() > kIfExists.size() && name.ends_with(kIfExists)) {
        result.ifExists = true;
        name.remove_suffix(kIfExists.size());
    }
    for (const auto& base : kOperators) {
        if (base.name != name)
            continue;
        // Null tests presence itself, so AWS has no `NullIfExists`.
        if (base.family == F::Null && result.ifExists)
            return std::nullopt;
        result.family = base.family;
        result.comparison = base.comparison;
        result.negated = base.negated;
        result.ignoreCase = base.ignoreCase;
        return result;
    }
    return std::nullopt;
}

} // namespace iam
