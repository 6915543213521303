#pragma once

#include "core/learn/LessonWidgetData.h"
#include "ui/learn/LessonCard.h"

class QLabel;
class QPlainTextEdit;

namespace iam::ui {

// Chapter 4's example policy: pointing at a line explains the element it belongs to (Effect, Action,
// Resource, Condition, ...). "Try this in the builder" hands the policy to the Build page.
class PolicyAnatomyView final : public LessonCard {
    Q_OBJECT

public:
    explicit PolicyAnatomyView(LessonPolicyAnatomyData data, QWidget* parent = nullptr);

    // The element a line of the policy belongs to: the nearest element name at or above it.
    QString elementAtLine(int line) const;
    void explainElement(const QString& element);
    QString shownElement() const { return m_shown; }
    QString explanationText() const;
    QPlainTextEdit* editor() const { return m_text; }

signals:
    void tryInBuilder(const QString& policyJson);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    LessonPolicyAnatomyData m_data;
    QPlainTextEdit* m_text = nullptr;
    QLabel* m_explanation = nullptr;
    QString m_shown;
};

} // namespace iam::ui
