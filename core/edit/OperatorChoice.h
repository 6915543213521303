#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace iam {

// The condition operators that fit a catalog key type (AWS's words: String, ArrayOfString, Numeric,
// Date, Bool, IPAddress, ARN, ArrayOfARN, Binary, ...), most useful first, `Null` last: any key can
// be tested for presence. An unknown type offers the String operators, which AWS accepts for any key.
std::vector<std::string> operatorsForKeyType(std::string_view awsType);

// `ArrayOf...` keys can carry several values in one request, so their operators need ForAnyValue or
// ForAllValues in front.
bool isMultivaluedKeyType(std::string_view awsType);

// One beginner sentence for the Build page's toggles: "IfExists", "ForAnyValue", "ForAllValues".
// Empty for anything else.
std::string_view operatorQualifierExplanation(std::string_view qualifier);

} // namespace iam
