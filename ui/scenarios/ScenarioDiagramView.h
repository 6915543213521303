#pragma once

#include <vector>

#include <QRect>
#include <QWidget>

#include "core/scenarios/Scenario.h"

namespace iam::ui {

// A scenario's flow drawn from its data: caller → service → role → policy → AWS API. Boxes are laid
// out in layers left to right along the edges (each box one step right of the boxes pointing at it);
// when the layers are wider than the widget they wrap onto further rows, like lines of text, so the
// boxes never shrink below a readable size. Each kind of box has its own shape, colour and a small
// caption word ("ROLE", "POLICY"), so the kinds differ without colour too. Hovering a box shows its
// explanation; clicking a policy's box asks for that policy. Everything is measured in the font, so
// the diagram grows with zoom and presentation mode.
class ScenarioDiagramView final : public QWidget {
    Q_OBJECT

public:
    explicit ScenarioDiagramView(QWidget* parent = nullptr);

    void setDiagram(std::vector<ScenarioNode> nodes, std::vector<ScenarioEdge> edges);
    const std::vector<ScenarioNode>& nodes() const { return m_nodes; }

    // Where a node's box is drawn at the current width; empty when there is no such node.
    QRect nodeRect(const QString& id) const;
    // The id of the box at `point`, empty between boxes.
    QString nodeAt(const QPoint& point) const;
    // The tooltip of the box at `point`: its label and its explanation; empty between boxes.
    QString toolTipAt(const QPoint& point) const;
    // How many rows the layers wrapped onto at the current width.
    int rowCount() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

signals:
    // A box standing for one of the scenario's policies was clicked.
    void policyActivated(const QString& policyName);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Layout {
        std::vector<QRect> boxes; // by node index
        std::vector<int> rowOf; // by node index
        std::vector<int> rowBottom; // by row: the lowest box's bottom edge
        // By edge: for an edge down to a later row, which of the edges leaving that row it is, so
        // each runs along its own lane between the rows; -1 for the others.
        std::vector<int> lane;
        std::vector<int> entry; // by edge, likewise: the lower the target, the further left it turns in
        // By edge: where a rightward edge leaves its box and enters the next, spread along the sides
        // so several arrows on one box stay apart.
        std::vector<int> startY;
        std::vector<int> endY;

        QSize size;
        int width = -1; // the width it was made for
    };
    Layout computeLayout(int width) const;
    const Layout& layout() const;
    QSize nodeSize(const ScenarioNode& node) const;
    int unit() const;
    void paintNode(QPainter& painter, const ScenarioNode& node, const QRect& rect, bool hovered) const;
    void paintEdge(QPainter& painter, std::size_t edgeIndex, const Layout& layout) const;
    int indexOf(const std::string& id) const;

    std::vector<ScenarioNode> m_nodes;
    std::vector<ScenarioEdge> m_edges;
    std::vector<int> m_layer; // by node index
    mutable Layout m_layout;
    int m_hovered = -1;
};

} // namespace iam::ui
