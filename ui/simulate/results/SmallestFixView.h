#pragma once

#include <optional>

#include <QWidget>

#include "core/eval/EvaluationResult.h"
#include "core/eval/SmallestFix.h"

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace iam::ui {

class SimulationSession;

// "Why denied → smallest fix": for an implicit deny, the statements to add and where (both sides of a
// cross-account request, the boundary too), each as read-only JSON with the reason, and "Apply fix";
// for an explicit deny, the Deny statements to change, each with "Show", and why no Allow can help.
class SmallestFixView final : public QWidget {
    Q_OBJECT

public:
    explicit SmallestFixView(SimulationSession& session, QWidget* parent = nullptr);

    QPushButton* applyButton() const { return m_apply; }
    QString summary() const;
    // Shows `fix` instead of the session's until the next result. For tests and previews; "Apply fix"
    // still applies the session's own suggestion.
    void showFix(const SmallestFix& fix);

signals:
    void statementRequested(const iam::StatementRef& ref);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void rebuild(const SmallestFix& fix);
    QString stepHeading(const FixStep& step) const;

    SimulationSession& m_session;
    QLabel* m_summary;
    QVBoxLayout* m_body;
    QPushButton* m_apply;
    QList<QWidget*> m_parts;
};

} // namespace iam::ui
