#pragma once

#include <optional>
#include <vector>

#include "core/eval/EvaluationResult.h"
#include "core/learn/LessonWidgetData.h"
#include "ui/learn/LessonCard.h"

class QComboBox;
class QLabel;

namespace iam::ui {

// A small simulator inside a lesson: pick a prepared request and see how AWS reaches its answer, one
// question at a time. `basic` asks deny → allow → default deny; `full` walks every kind of policy in
// AWS's order. The evaluation engine decides; the lesson data only supplies the requests.
class LessonEvaluationFlow final : public LessonCard {
    Q_OBJECT

public:
    LessonEvaluationFlow(std::vector<LessonPreparedRequest> requests, bool full, QWidget* parent = nullptr);

    int requestCount() const { return static_cast<int>(m_requests.size()); }
    void selectRequest(const QString& id);
    void decide(int index);
    std::optional<Decision> lastDecision() const { return m_decision; }
    QString stepsText() const;

private:
    QString basicSteps(const EvaluationResult& result) const;
    QString fullSteps(const EvaluationResult& result) const;

    std::vector<LessonPreparedRequest> m_requests;
    bool m_full = false;
    QComboBox* m_picker = nullptr;
    QLabel* m_story = nullptr;
    QLabel* m_steps = nullptr;
    std::optional<Decision> m_decision;
};

} // namespace iam::ui
