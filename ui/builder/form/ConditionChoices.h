#pragma once

#include <optional>

#include <QList>
#include <QString>
#include <QStringList>

#include "core/policy/Policy.h"

namespace iam::ui {

// What the condition editor offers, in Qt's terms: core's operators for a key's type and its one-click
// recipes (core/edit), plus a beginner's sentence per operator.
class ConditionChoices final {
public:
    struct Recipe {
        QString id; // stable, for objectNames: "require-mfa"
        QString title; // menu text
        QString explanation; // one sentence: what it does
        QString op;
        QString key;
        QStringList values;
        bool valuesAreExamples = false; // the author replaces them (an IP range, an organization id)
        std::optional<Effect> effect; // the effect the statement needs, when it matters
    };

    ConditionChoices() = delete;

    // Base operators (no IfExists, no ForAnyValue:) for an AWS key type, most useful first.
    static QStringList operatorsForKeyType(const QString& keyType);
    static bool isMultivalued(const QString& keyType);
    // "IfExists", "ForAnyValue", "ForAllValues": what the toggle does, in one sentence.
    static QString qualifierExplanation(const QString& qualifier);
    // One line for a beginner: "StringLike: matches a pattern with * and ?".
    static QString operatorExplanation(const QString& op);
    static QList<Recipe> recipes();
};

} // namespace iam::ui
