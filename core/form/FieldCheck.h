#pragma once

#include <string>
#include <string_view>

namespace iam {

// The checks the Build page's form runs on one field as the author types. Each answers with one
// plain sentence saying what is wrong and what to write instead, or an empty string when the value
// is fine. They share the engine's own readers (IP ranges, dates, ARNs), so the form never accepts
// a value the simulator would read differently.
class FieldCheck final {
public:
    FieldCheck() = delete;

    static std::string sidProblem(std::string_view sid);

    // One `${Placeholder}` of an ARN template: `Partition`, `Region`, `Account`, `BucketName`, ...
    static std::string arnFieldProblem(std::string_view placeholder, std::string_view value);
    // What to show in an empty field, e.g. "123456789012 (12 digits)".
    static std::string arnFieldHint(std::string_view placeholder);
    // The value a field starts with ("aws" for the partition), or empty.
    static std::string arnFieldDefault(std::string_view placeholder);

    // `AWS` (account id or ARN), `Service` (`lambda.amazonaws.com`), `Federated` (identity provider).
    static std::string principalProblem(std::string_view type, std::string_view value);
    static std::string principalHint(std::string_view type);

    // A value for a condition key of AWS type `keyType` (String, Numeric, Date, Bool, IPAddress, ARN,
    // and their ArrayOf forms).
    static std::string conditionValueProblem(std::string_view keyType, std::string_view value);
    static std::string conditionValueHint(std::string_view keyType);
};

}  // namespace iam
