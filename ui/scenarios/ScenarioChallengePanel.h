#pragma once

#include <QWidget>

#include "core/eval/SimulationDocument.h"
#include "core/scenarios/Scenario.h"

class QComboBox;
class QLabel;
class QPushButton;

namespace iam::ui {

class JsonEditor;

// "Break it": a task that must change a stated request's decision, done by editing one policy. Check
// runs the learner's edited policy with the rest of the setup through the engine (runScenarioDocument)
// and says "Solved!" or what the request got and why. A hint and a reference solution are there on
// request; Reset brings the scenario's policy back.
class ScenarioChallengePanel final : public QWidget {
    Q_OBJECT

public:
    explicit ScenarioChallengePanel(const Scenario& scenario, QWidget* parent = nullptr);

    int currentChallenge() const { return m_current; }
    void setCurrentChallenge(int index);
    JsonEditor* editor() const { return m_editor; }
    QString resultText() const; // plain text of the last check, empty before
    bool solved() const { return m_solved; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void check();
    void showSolution();
    void reset();
    void showResult(const QString& html, bool good);
    void showProblems(const std::vector<SimulationBuild::PolicyProblem>& problems, std::size_t policy);
    void applyResultColors();

    const Scenario& m_scenario;
    int m_current = -1;
    bool m_solved = false;
    bool m_resultGood = false;
    QComboBox* m_picker;
    QLabel* m_task;
    QLabel* m_goal;
    QPushButton* m_hintButton;
    QLabel* m_hint;
    QLabel* m_editorCaption;
    JsonEditor* m_editor;
    QPushButton* m_check;
    QPushButton* m_solution;
    QPushButton* m_reset;
    QLabel* m_result;
};

} // namespace iam::ui
