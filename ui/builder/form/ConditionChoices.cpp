#include "ui/builder/form/ConditionChoices.h"

#include <QObject>

#include "core/edit/ConditionRecipe.h"
#include "core/edit/OperatorChoice.h"

namespace iam::ui {

QStringList ConditionChoices::operatorsForKeyType(const QString& keyType)
{
    QStringList ops;
    for (const auto& op : iam::operatorsForKeyType(keyType.toStdString()))
        ops << QString::fromStdString(op);
    return ops;
}

bool ConditionChoices::isMultivalued(const QString& keyType)
{
    return isMultivaluedKeyType(keyType.toStdString());
}

QString ConditionChoices::qualifierExplanation(const QString& qualifier)
{
    const std::string name = qualifier.toStdString();
    const std::string_view text = operatorQualifierExplanation(name);
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString ConditionChoices::operatorExplanation(const QString& op)
{
    if (op == QStringLiteral("Null"))
        return QObject::tr("Null: true means the key is absent from the request, false means it is there.");
    if (op.contains(QStringLiteral("Like")))
        return QObject::tr("%1: compares with a pattern; * matches any characters, ? one.").arg(op);
    if (op.contains(QStringLiteral("Not")))
        return QObject::tr("%1: passes when the request's value matches none of the values.").arg(op);
    if (op == QStringLiteral("Bool"))
        return QObject::tr("Bool: passes when the request's value is the given true or false.");
    if (op.contains(QStringLiteral("LessThan")) || op.contains(QStringLiteral("GreaterThan")))
        return QObject::tr("%1: compares the request's value with yours.").arg(op);
    if (op == QStringLiteral("IpAddress"))
        return QObject::tr("IpAddress: passes when the request comes from one of the addresses or ranges.");
    return QObject::tr("%1: passes when the request's value is one of the values.").arg(op);
}

QList<ConditionChoices::Recipe> ConditionChoices::recipes()
{
    QList<Recipe> recipes;
    for (const ConditionRecipe& recipe : conditionRecipes()) {
        Recipe entry;
        entry.id = QString::fromStdString(recipe.id);
        entry.title = QString::fromStdString(recipe.title);
        entry.explanation = QString::fromStdString(recipe.explanation);
        entry.op = QString::fromStdString(recipe.operatorName);
        entry.key = QString::fromStdString(recipe.key);
        for (const auto& value : recipe.values)
            entry.values << QString::fromStdString(value);
        // true/false are the answer itself; an IP range or an id is an example to replace.
        entry.valuesAreExamples = entry.op != QStringLiteral("Bool");
        entry.effect = recipe.effect;
        recipes << entry;
    }
    return recipes;
}

} // namespace iam::ui
