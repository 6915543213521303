#pragma once

#include <optional>
#include <vector>

#include <QRect>
#include <QWidget>

#include "ui/simulate/results/EvaluationFlow.h"

namespace iam::ui {

class SimulationSession;

// AWS's evaluation order drawn as a flow of gate boxes, top to bottom: a Deny anywhere? → RCPs → SCPs
// (a box per level) → resource-based and identity-based policies side by side ("either is enough" in
// one account, "both must allow" across accounts) → permissions boundary → session policies →
// decision. The path the request took is lit, the gate that stopped it is marked (red for a Deny,
// amber for a missing Allow) with the deciding statement written there, and kinds not in play are
// dimmed. Hovering a box explains that gate to a beginner. Everything is measured in the font, so
// it grows with zoom.
class EvaluationFlowView final : public QWidget {
    Q_OBJECT

public:
    explicit EvaluationFlowView(SimulationSession& session, QWidget* parent = nullptr);

    const EvaluationFlow& flow() const { return m_flow; }
    bool hasResult() const { return m_hasResult; }
    // The marked gate: where a denied request stopped, and how; nothing when allowed or no result.
    std::optional<FlowStop> stoppedAt() const;
    // The key of the gate the eye should go to: the stop, or "decision" when allowed; empty without a result.
    QString litGateName() const;
    // Where a gate's box is drawn (empty when there is no such gate), for tests and tooltips.
    QRect gateRect(const QString& key) const;
    // The tooltip text of the box at `point`, empty between boxes.
    QString toolTipAt(const QPoint& point) const;

    QSize sizeHint() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Box {
        std::size_t gate = 0;
        QRect rect;
    };
    void refresh();
    void layoutBoxes() const;
    // The boxes for a width, and the height they need.
    int layoutFor(int width, std::vector<Box>* boxes) const;
    // Lays the boxes out again when the width changed since; a hidden widget gets no resize events.
    void ensureLayout() const;
    int contentHeight() const;
    int detailTextWidth(const QRect& box) const;
    int detailLines(const FlowGate& gate, int boxWidth) const;
    void paintBox(QPainter& painter, const FlowGate& gate, const QRect& rect) const;

    SimulationSession& m_session;
    EvaluationFlow m_flow;
    bool m_hasResult = false;
    mutable std::vector<Box> m_boxes;
    mutable int m_height = 0;
    mutable int m_layoutWidth = -1;
};

} // namespace iam::ui
