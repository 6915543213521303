#pragma once

#include <optional>
#include <string_view>

namespace iam {

// One condition operator as AWS spells it, e.g. `ForAnyValue:StringNotLikeIfExists`, taken apart.
struct ConditionOperator {
    enum class Family { String, Numeric, Date, Bool, Binary, IpAddress, Arn, Null };
    enum class Comparison { Equals, Like, LessThan, LessThanEquals, GreaterThan, GreaterThanEquals };
    enum class SetQualifier { None, ForAllValues, ForAnyValue };

    Family family = Family::String;
    Comparison comparison = Comparison::Equals;
    SetQualifier qualifier = SetQualifier::None;
    bool negated = false; // StringNotEquals, NotIpAddress, ArnNotLike, ...: true when the positive form is false
    bool ignoreCase = false; // StringEqualsIgnoreCase and StringNotEqualsIgnoreCase
    bool ifExists = false; // a missing key makes the condition true

    // Whether `${...}` in its values is a policy variable (AWS lists this per operator family).
    bool supportsVariables() const;
};

// Operator names are case-sensitive, as AWS reads them. Nothing for a name AWS does not know.
std::optional<ConditionOperator> parseConditionOperator(std::string_view name);

} // namespace iam
