#include "core/edit/OperatorChoice.h"

namespace iam {
namespace {

const std::vector<std::string> kStringOperators = { "StringEquals", "StringNotEquals", "StringLike", "StringNotLike",
    "StringEqualsIgnoreCase", "StringNotEqualsIgnoreCase" };
const std::vector<std::string> kNumericOperators = { "NumericEquals", "NumericNotEquals", "NumericLessThan",
    "NumericLessThanEquals", "NumericGreaterThan", "NumericGreaterThanEquals" };
const std::vector<std::string> kDateOperators = { "DateEquals", "DateNotEquals", "DateLessThan", "DateLessThanEquals",
    "DateGreaterThan", "DateGreaterThanEquals" };
const std::vector<std::string> kArnOperators = { "ArnEquals", "ArnLike", "ArnNotEquals", "ArnNotLike" };

std::string_view elementType(std::string_view awsType)
{
    constexpr std::string_view kArrayOf = "ArrayOf";
    return awsType.starts_with(kArrayOf) ? awsType.substr(kArrayOf.size()) : awsType;
}

} // namespace

std::vector<std::string> operatorsForKeyType(std::string_view awsType)
{
    const std::string_view type = elementType(awsType);
    std::vector<std::string> operators;
    auto add = [&operators](const std::vector<std::string>& more) {
        operators.insert(operators.end(), more.begin(), more.end());
    };
    if (type == "Numeric" || type == "Long") {
        add(kNumericOperators);
    } else if (type == "Date") {
        add(kDateOperators);
    } else if (type == "Bool" || type == "Boolean") {
        operators.push_back("Bool");
    } else if (type == "IPAddress") {
        operators = { "IpAddress", "NotIpAddress" };
    } else if (type == "ARN") {
        // AWS compares ARNs with the String operators too; the Arn ones match part by part.
        add(kArnOperators);
        add(kStringOperators);
    } else if (type == "Binary") {
        operators.push_back("BinaryEquals");
    } else {
        add(kStringOperators);
    }
    operators.push_back("Null");
    return operators;
}

bool isMultivaluedKeyType(std::string_view awsType)
{
    return awsType.starts_with("ArrayOf");
}

std::string_view operatorQualifierExplanation(std::string_view qualifier)
{
    if (qualifier == "IfExists")
        return "If the request does not carry this key at all, the condition counts as met; without IfExists a "
               "missing key means the condition fails.";
    if (qualifier == "ForAnyValue")
        return "The request can carry several values for this key; the condition is met when at least one of them "
               "matches.";
    if (qualifier == "ForAllValues")
        return "The request can carry several values for this key; the condition is met when every one of them "
               "matches, and also when the request carries none.";
    return {};
}

} // namespace iam
