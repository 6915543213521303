#include "ui/builder/form/FieldValidation.h"

#include "core/form/FieldCheck.h"

namespace iam::ui {

namespace {

// The checks themselves are core's, so the form and the linter never disagree about a value.
std::string utf8(const QString& text) { return text.toStdString(); }
QString shown(const std::string& text) { return QString::fromStdString(text); }

}  // namespace

QString FieldValidation::sidError(const QString& sid) { return shown(FieldCheck::sidProblem(utf8(sid))); }

QString FieldValidation::arnFieldError(const QString& placeholder, const QString& value)
{
    return shown(FieldCheck::arnFieldProblem(utf8(placeholder), utf8(value)));
}

QString FieldValidation::arnFieldHint(const QString& placeholder)
{
    return shown(FieldCheck::arnFieldHint(utf8(placeholder)));
}

QString FieldValidation::arnFieldDefault(const QString& placeholder)
{
    return shown(FieldCheck::arnFieldDefault(utf8(placeholder)));
}

QString FieldValidation::principalError(const QString& type, const QString& value)
{
    return shown(FieldCheck::principalProblem(utf8(type), utf8(value)));
}

QString FieldValidation::principalHint(const QString& type) { return shown(FieldCheck::principalHint(utf8(type))); }

QString FieldValidation::conditionValueError(const QString& keyType, const QString& value)
{
    return shown(FieldCheck::conditionValueProblem(utf8(keyType), utf8(value)));
}

QString FieldValidation::conditionValueHint(const QString& keyType)
{
    return shown(FieldCheck::conditionValueHint(utf8(keyType)));
}

}  // namespace iam::ui
