#pragma once

#include <QWidget>

class QTabWidget;

namespace iam::ui {

class PolicySession;
class SimulationSession;
class TraceView;

// The offline policy simulator: the policies in play on the left; on the right the request and AWS's
// answer (decision, evaluation flow, trace, what-if, smallest fix), the access matrix and the tests.
// It owns the simulation document (SimulationSession); the Build page's policy comes in through
// "Test this policy" and the "From the Build page" entry of the policies list.
class SimulatePage final : public QWidget {
    Q_OBJECT

public:
    explicit SimulatePage(PolicySession& buildSession, QWidget* parent = nullptr);

    SimulationSession& session() const { return *m_session; }

    // "Test this policy" on the Build page: puts the Build page's policy in play (replacing the copy a
    // previous click put there) and, when no request is set yet, asks a first question about it.
    void testBuildPolicy();
    // Asks to save a modified simulation; false when the user cancels.
    bool maybeSave();

    void newSimulation();
    void openSimulation();
    bool openSimulationFile(const QString& path);
    bool saveSimulation();
    bool saveSimulationAs();

signals:
    void statusMessage(const QString& text);

private:
    QWidget* createTopBar();
    QWidget* createRequestTab();
    void showError(const QString& title, const QString& text);

    PolicySession& m_buildSession;
    SimulationSession* m_session;
    QTabWidget* m_tabs = nullptr;
    QTabWidget* m_resultTabs = nullptr;
    TraceView* m_trace = nullptr;
};

} // namespace iam::ui
