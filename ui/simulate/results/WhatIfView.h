#pragma once

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace iam {
struct ContextWhatIf;
}

namespace iam::ui {

class SimulationSession;

// For each context key a policy checks but the request does not carry: the key, the condition that
// checks it, and the decision without the key beside the decision with a value that satisfies it,
// with "Use this value" to put that value into the request. An empty state says what would appear.
class WhatIfView final : public QWidget {
    Q_OBJECT

public:
    explicit WhatIfView(SimulationSession& session, QWidget* parent = nullptr);

    int cardCount() const;
    // Puts what-if `index`'s satisfying value into the request's context, as its button does.
    bool useValue(int index);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    QWidget* makeCard(const ContextWhatIf& whatIf, int index);
    QString policyNameOf(const std::string& pointer) const;

    SimulationSession& m_session;
    QVBoxLayout* m_cards;
    QLabel* m_empty;
    QList<QWidget*> m_cardWidgets;
};

} // namespace iam::ui
