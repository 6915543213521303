#pragma once

#include <QString>

namespace iam::ui {

// core's FieldCheck in the form's Qt strings: each answer is a plain sentence next to the field
// (empty when the value is fine), so a mistake is explained where it is typed.
class FieldValidation final {
public:
    FieldValidation() = delete;

    static QString sidError(const QString& sid);

    // One `${Placeholder}` of an ARN template: `Partition`, `Region`, `Account`, `BucketName`, ...
    static QString arnFieldError(const QString& placeholder, const QString& value);
    // What to show in an empty field, e.g. "123456789012 (12 digits)".
    static QString arnFieldHint(const QString& placeholder);
    // The value a field starts with ("aws" for the partition), or empty.
    static QString arnFieldDefault(const QString& placeholder);

    // `AWS` (account id or ARN), `Service` (`lambda.amazonaws.com`), `Federated` (provider).
    static QString principalError(const QString& type, const QString& value);
    static QString principalHint(const QString& type);

    // A value for a condition key of AWS type `keyType` (String, Numeric, Date, Bool, IPAddress,
    // ARN, and their ArrayOf forms).
    static QString conditionValueError(const QString& keyType, const QString& value);
    static QString conditionValueHint(const QString& keyType);
};

} // namespace iam::ui
