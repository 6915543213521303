#pragma once

#include <QWidget>

#include "core/eval/EvaluationResult.h"
#include "core/eval/Request.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace iam::ui {

class PolicyTestsModel;
class SimulationSession;

// The simulation's policy tests: requests with the decision each must get, saved with the file and
// run headless by `iam-studio-cli test`. "Run all" checks them; from then on they are re-run at
// once whenever the policies or the tests change (they are few and each run is microseconds), so a
// result on screen is never stale. When a policy in play cannot be read, the last results stay,
// marked out of date.
class PolicyTestsView final : public QWidget {
    Q_OBJECT

public:
    explicit PolicyTestsView(SimulationSession& session, QWidget* parent = nullptr);

    void runAll();
    bool hasRun() const { return m_hasRun; }
    PolicyTestsModel* model() const { return m_model; }
    // The name a new test gets when none is typed: "s3:GetObject on reports/q3.pdf", made unique.
    QString suggestedTestName() const;

signals:
    // The user wants to look at a test's request in the single-request view (double-click, or
    // "Open in simulator").
    void requestChosen(const iam::Request& request);

protected:
    void changeEvent(QEvent* event) override;

private:
    void addCurrentRequest();
    void removeSelected();
    void openSelected();
    void renameTest(int row, const QString& name);
    void changeExpected(int row, iam::Decision expect);
    void testsChanged();
    void recompute();
    void updateSummary();
    void updateButtons();

    SimulationSession& m_session;
    PolicyTestsModel* m_model;
    QTableView* m_table = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_runAll = nullptr;
    QLineEdit* m_newName = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_open = nullptr;
    bool m_hasRun = false;
};

} // namespace iam::ui
