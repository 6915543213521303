#pragma once

#include <QFrame>

class QLabel;

namespace iam::ui {

class HeadingLabel;
class SimulationSession;

// The answer in one glance: a large "Allowed" / "Denied — an explicit Deny" / "Denied — nothing allows
// it" with a symbol and a tinted band (green, red, amber: never colour alone), and one plain sentence
// why: the deciding statement, or which gate closed. Without a result it shows the session's status.
class DecisionBanner final : public QFrame {
    Q_OBJECT

public:
    explicit DecisionBanner(SimulationSession& session, QWidget* parent = nullptr);

    QString title() const;
    QString reason() const; // plain text
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void applyColors();
    QString reasonText() const;

    SimulationSession& m_session;
    HeadingLabel* m_title;
    QLabel* m_reason;
    QLabel* m_request;
    QString m_reasonPlain;
    bool m_applyingColors = false;
};

} // namespace iam::ui
