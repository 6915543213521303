#pragma once

#include <optional>

#include <QString>

#include "core/eval/EvaluationResult.h"
#include "core/learn/LessonWidgetData.h"
#include "ui/learn/LessonCard.h"

class QComboBox;
class QLabel;
class QPushButton;

namespace iam::ui {

class BuildingCanvas;

// Chapter 1's building: the drawing, what the clicked part stands for in AWS, and "walk a request": pick a
// prepared request, watch its badge go to the door, and see the decision the evaluation engine makes for
// it (the same engine as the Simulate page; the lesson data only says what to ask).
class BuildingView final : public LessonCard {
    Q_OBJECT

public:
    explicit BuildingView(LessonBuildingData data, bool showWalks = true, QWidget* parent = nullptr);

    BuildingCanvas* canvas() const { return m_canvas; }
    // Selects and explains a part, as a chapter's `focus=` option asks.
    void showPart(const QString& id);

    int walkCount() const { return static_cast<int>(m_data.walks.size()); }
    void startWalk(int index);
    void finishWalk();
    // The engine's decision for the last walk that reached its door; nothing before the first.
    std::optional<Decision> lastDecision() const { return m_lastDecision; }
    QString explanationText() const; // the clicked part's explanation, as plain text
    QString outcomeText() const; // what the last walk ended in, as plain text

private:
    void showOutcome();
    int doorOf(const LessonPreparedRequest& walk) const;

    LessonBuildingData m_data;
    BuildingCanvas* m_canvas = nullptr;
    QLabel* m_explanation = nullptr;
    QComboBox* m_picker = nullptr;
    QPushButton* m_walkButton = nullptr;
    QLabel* m_story = nullptr;
    QLabel* m_outcome = nullptr;
    int m_walkIndex = -1;
    EvaluationResult m_result;
    std::optional<Decision> m_lastDecision;
};

} // namespace iam::ui
