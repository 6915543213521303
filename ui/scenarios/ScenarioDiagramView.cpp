#include "ui/scenarios/ScenarioDiagramView.h"

#include <algorithm>
#include <cmath>
#include <deque>

#include <QEvent>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include "ui/simulate/results/ResultStyle.h"

namespace iam::ui {

namespace {

QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}

QStringList labelLines(const ScenarioNode& node)
{
    return fromStd(node.label).split(QLatin1Char('\n'));
}

// The small word above a box's label: it names the kind in words, so the colour is never the only clue.
QString captionOf(ScenarioNodeKind kind)
{
    switch (kind) {
    case ScenarioNodeKind::Caller:
        return ScenarioDiagramView::tr("WHO ASKS");
    case ScenarioNodeKind::Service:
        return ScenarioDiagramView::tr("SERVICE");
    case ScenarioNodeKind::Role:
        return ScenarioDiagramView::tr("ROLE");
    case ScenarioNodeKind::Policy:
        return ScenarioDiagramView::tr("POLICY");
    case ScenarioNodeKind::Api:
        return ScenarioDiagramView::tr("AWS API");
    case ScenarioNodeKind::Account:
        return ScenarioDiagramView::tr("ACCOUNT");
    case ScenarioNodeKind::Organization:
        return ScenarioDiagramView::tr("ORGANIZATION");
    case ScenarioNodeKind::User:
        return ScenarioDiagramView::tr("IAM USER");
    case ScenarioNodeKind::Group:
        return ScenarioDiagramView::tr("IAM GROUP");
    }
    return QString();
}

struct KindColors {
    QColor fill;
    QColor border;
};

KindColors colorsOf(ScenarioNodeKind kind, const QPalette& palette)
{
    int hue = 0;
    int saturation = 0;
    switch (kind) {
    case ScenarioNodeKind::Caller:
        hue = 210, saturation = 170;
        break;
    case ScenarioNodeKind::Service:
        hue = 180, saturation = 150;
        break;
    case ScenarioNodeKind::Role:
        hue = 270, saturation = 130;
        break;
    case ScenarioNodeKind::Policy:
        hue = 38, saturation = 210;
        break;
    case ScenarioNodeKind::Api:
        hue = 135, saturation = 120;
        break;
    case ScenarioNodeKind::Account:
        hue = 0, saturation = 0;
        break;
    case ScenarioNodeKind::Organization:
        hue = 225, saturation = 50;
        break;
    case ScenarioNodeKind::User:
        hue = 195, saturation = 140;
        break;
    case ScenarioNodeKind::Group:
        hue = 320, saturation = 90;
        break;
    }
    if (ResultStyle::isDark(palette))
        return { QColor::fromHsl(hue, saturation * 6 / 10, 50), QColor::fromHsl(hue, saturation, 172) };
    return { QColor::fromHsl(hue, saturation, 238), QColor::fromHsl(hue, std::min(255, saturation + 40), 92) };
}

QFont captionFont(const QFont& base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.75);
    font.setBold(true);
    font.setLetterSpacing(QFont::PercentageSpacing, 108);
    return font;
}

QFont labelFont(const QFont& base)
{
    QFont font = base;
    font.setBold(true);
    return font;
}

QFont edgeFont(const QFont& base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.9);
    return font;
}

void paintArrowHead(QPainter& painter, const QPointF& tip, const QPointF& from, qreal size)
{
    const QPointF direction = tip - from;
    const qreal length = std::hypot(direction.x(), direction.y());
    if (length <= 0)
        return;
    const QPointF unitVector = direction / length;
    const QPointF normal(-unitVector.y(), unitVector.x());
    const QPointF base = tip - unitVector * size;
    QPolygonF head;
    head << tip << base + normal * size * 0.5 << base - normal * size * 0.5;
    painter.drawPolygon(head);
}

// How far below a row's lowest box the lane of its `lane`th wrapping edge runs; laneY(u, n) is the
// depth all n lanes need.
int laneY(int u, int lane)
{
    return u * 2 + lane * u * 17 / 10;
}

} // namespace

ScenarioDiagramView::ScenarioDiagramView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("scenarioDiagram"));
    setMouseTracking(true);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void ScenarioDiagramView::setDiagram(std::vector<ScenarioNode> nodes, std::vector<ScenarioEdge> edges)
{
    m_nodes = std::move(nodes);
    m_edges = std::move(edges);
    m_hovered = -1;

    // Longest path from the boxes nothing points at (Kahn's order), so every arrow goes rightwards.
    // Boxes on a cycle, which the format allows but no scenario needs, keep the layer reached so far.
    const int count = static_cast<int>(m_nodes.size());
    m_layer.assign(count, 0);
    std::vector<int> incoming(count, 0);
    for (const auto& edge : m_edges) {
        const int from = indexOf(edge.from);
        const int to = indexOf(edge.to);
        if (from >= 0 && to >= 0 && from != to)
            ++incoming[to];
    }
    std::deque<int> ready;
    for (int i = 0; i < count; ++i) {
        if (incoming[i] == 0)
            ready.push_back(i);
    }
    while (!ready.empty()) {
        const int node = ready.front();
        ready.pop_front();
        for (const auto& edge : m_edges) {
            if (indexOf(edge.from) != node)
                continue;
            const int to = indexOf(edge.to);
            if (to < 0 || to == node)
                continue;
            m_layer[to] = std::max(m_layer[to], m_layer[node] + 1);
            if (--incoming[to] == 0)
                ready.push_back(to);
        }
    }
    m_layout = Layout();
    updateGeometry();
    update();
}

int ScenarioDiagramView::indexOf(const std::string& id) const
{
    for (std::size_t i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes[i].id == id)
            return static_cast<int>(i);
    }
    return -1;
}

int ScenarioDiagramView::unit() const
{
    return fontMetrics().height();
}

QSize ScenarioDiagramView::nodeSize(const ScenarioNode& node) const
{
    const QFontMetrics caption(captionFont(font()));
    const QFontMetrics label(labelFont(font()));
    const QStringList lines = labelLines(node);
    int width = caption.horizontalAdvance(captionOf(node.kind));
    for (const QString& line : lines)
        width = std::max(width, label.horizontalAdvance(line));
    const int u = unit();
    width = std::max(width + u * 3 / 2, u * 7);
    const int height = u + caption.height() + u / 6 + label.lineSpacing() * static_cast<int>(lines.size());
    return { width, height };
}

ScenarioDiagramView::Layout ScenarioDiagramView::computeLayout(int width) const
{
    Layout result;
    result.width = width;
    const int count = static_cast<int>(m_nodes.size());
    if (count == 0)
        return result;
    const int u = unit();
    const int margin = u * 3 / 2;
    const int columnGap = u * 7;
    const int nodeGap = u * 2;
    const int top = u * 2; // room for the label of an edge leaving a top box

    int layers = 0;
    for (int layer : m_layer)
        layers = std::max(layers, layer + 1);
    std::vector<std::vector<int>> columns(layers);
    for (int i = 0; i < count; ++i)
        columns[m_layer[i]].push_back(i);

    // Order each column by where its boxes' sources sit, so arrows cross as little as possible.
    std::vector<double> position(count, 0);
    for (int layer = 0; layer < layers; ++layer) {
        auto& column = columns[layer];
        std::vector<double> key(count, 0);
        for (std::size_t slot = 0; slot < column.size(); ++slot) {
            const int node = column[slot];
            double sum = 0;
            int sources = 0;
            for (const auto& edge : m_edges) {
                const int from = indexOf(edge.from);
                if (indexOf(edge.to) == node && from >= 0 && m_layer[from] < layer) {
                    sum += position[from];
                    ++sources;
                }
            }
            key[node] = sources > 0 ? sum / sources : static_cast<double>(slot);
        }
        std::stable_sort(column.begin(), column.end(), [&](int a, int b) { return key[a] < key[b]; });
        for (std::size_t slot = 0; slot < column.size(); ++slot)
            position[column[slot]] = static_cast<double>(slot);
    }

    std::vector<QSize> sizes(count);
    for (int i = 0; i < count; ++i)
        sizes[i] = nodeSize(m_nodes[i]);
    std::vector<int> columnWidth(layers, 0);
    std::vector<int> columnHeight(layers, 0);
    for (int layer = 0; layer < layers; ++layer) {
        for (int node : columns[layer]) {
            columnWidth[layer] = std::max(columnWidth[layer], sizes[node].width());
            columnHeight[layer] += sizes[node].height();
        }
        columnHeight[layer] += nodeGap * std::max(0, static_cast<int>(columns[layer].size()) - 1);
    }

    // As few rows as fit the width: the layers wrap like words on a line.
    auto rowWidth = [&](int first, int last) {
        int total = 2 * margin + columnGap * (last - first);
        for (int layer = first; layer <= last; ++layer)
            total += columnWidth[layer];
        return total;
    };
    int perRow = 1;
    for (int rows = 1; rows <= layers; ++rows) {
        const int candidate = (layers + rows - 1) / rows;
        int widest = 0;
        for (int first = 0; first < layers; first += candidate)
            widest = std::max(widest, rowWidth(first, std::min(layers, first + candidate) - 1));
        perRow = candidate;
        if (widest <= width)
            break;
    }

    // Edges that wrap down to a later row each get a lane between the rows, and the gap grows to fit them.
    const int rows = (layers + perRow - 1) / perRow;
    std::vector<int> lanes(rows, 0);
    std::vector<std::size_t> wrapping;
    for (std::size_t e = 0; e < m_edges.size(); ++e) {
        const int from = indexOf(m_edges[e].from);
        const int to = indexOf(m_edges[e].to);
        if (from >= 0 && to >= 0 && m_layer[to] / perRow > m_layer[from] / perRow) {
            ++lanes[m_layer[from] / perRow];
            wrapping.push_back(e);
        }
    }
    auto rowGap = [&](int row) { return std::max(u * 4, laneY(u, lanes[row]) + u / 2); };

    result.boxes.assign(count, QRect());
    result.rowOf.assign(count, 0);
    int y = top;
    int widest = 0;
    for (int first = 0, row = 0; first < layers; first += perRow, ++row) {
        const int last = std::min(layers, first + perRow) - 1;
        int height = 0;
        for (int layer = first; layer <= last; ++layer)
            height = std::max(height, columnHeight[layer]);
        const int total = rowWidth(first, last);
        widest = std::max(widest, total);
        int x = margin + std::max(0, (width - total) / 2);
        int bottom = y;
        for (int layer = first; layer <= last; ++layer) {
            int boxY = y + (height - columnHeight[layer]) / 2;
            for (int node : columns[layer]) {
                const QSize size = sizes[node];
                result.boxes[node] = QRect(QPoint(x + (columnWidth[layer] - size.width()) / 2, boxY), size);
                result.rowOf[node] = row;
                boxY += size.height() + nodeGap;
                bottom = std::max(bottom, result.boxes[node].bottom());
            }
            x += columnWidth[layer] + columnGap;
        }
        result.rowBottom.push_back(bottom);
        y = row + 1 < rows ? bottom + rowGap(row) : bottom;
    }
    result.size = QSize(widest, y + margin);

    // The edge from the highest box takes the deepest lane and the outermost turn, so the wrapping
    // edges of one row nest instead of crossing where they leave.
    std::stable_sort(wrapping.begin(), wrapping.end(), [&](std::size_t a, std::size_t b) {
        return result.boxes[indexOf(m_edges[a].from)].center().y()
            > result.boxes[indexOf(m_edges[b].from)].center().y();
    });
    result.lane.assign(m_edges.size(), -1);
    // Several rightward arrows on one side of a box: spread them over the side, in the order of the
    // boxes at their other ends, so they neither overlap nor cross there.
    result.startY.assign(m_edges.size(), 0);
    result.endY.assign(m_edges.size(), 0);
    for (int i = 0; i < count; ++i) {
        std::vector<std::size_t> out;
        std::vector<std::size_t> in;
        for (std::size_t e = 0; e < m_edges.size(); ++e) {
            const int from = indexOf(m_edges[e].from);
            const int to = indexOf(m_edges[e].to);
            if (from < 0 || to < 0 || result.rowOf[from] != result.rowOf[to] || m_layer[to] <= m_layer[from])
                continue;
            if (from == i)
                out.push_back(e);
            if (to == i)
                in.push_back(e);
        }
        auto spread = [&](std::vector<std::size_t>& edges, bool outgoing, std::vector<int>& ys) {
            std::stable_sort(edges.begin(), edges.end(), [&](std::size_t a, std::size_t b) {
                const int otherA = indexOf(outgoing ? m_edges[a].to : m_edges[a].from);
                const int otherB = indexOf(outgoing ? m_edges[b].to : m_edges[b].from);
                return result.boxes[otherA].center().y() < result.boxes[otherB].center().y();
            });
            const QRect& box = result.boxes[i];
            const int n = static_cast<int>(edges.size());
            for (int k = 0; k < n; ++k)
                ys[edges[k]] = n == 1 ? box.center().y() : box.top() + box.height() * (k + 1) / (n + 1);
        };
        spread(out, true, result.startY);
        spread(in, false, result.endY);
    }

    std::vector<int> used(rows, 0);
    for (std::size_t e : wrapping)
        result.lane[e] = used[result.rowOf[indexOf(m_edges[e].from)]]++;
    std::stable_sort(wrapping.begin(), wrapping.end(), [&](std::size_t a, std::size_t b) {
        return result.boxes[indexOf(m_edges[a].to)].center().y() < result.boxes[indexOf(m_edges[b].to)].center().y();
    });
    result.entry.assign(m_edges.size(), -1);
    std::fill(used.begin(), used.end(), 0);
    for (std::size_t e : wrapping)
        result.entry[e] = used[result.rowOf[indexOf(m_edges[e].from)]]++;
    return result;
}

const ScenarioDiagramView::Layout& ScenarioDiagramView::layout() const
{
    if (m_layout.width != width())
        m_layout = computeLayout(width());
    return m_layout;
}

QRect ScenarioDiagramView::nodeRect(const QString& id) const
{
    const int index = indexOf(id.toStdString());
    return index < 0 ? QRect() : layout().boxes[index];
}

QString ScenarioDiagramView::nodeAt(const QPoint& point) const
{
    const Layout& current = layout();
    for (std::size_t i = 0; i < m_nodes.size(); ++i) {
        if (current.boxes[i].contains(point))
            return fromStd(m_nodes[i].id);
    }
    return QString();
}

QString ScenarioDiagramView::toolTipAt(const QPoint& point) const
{
    const int index = indexOf(nodeAt(point).toStdString());
    if (index < 0)
        return QString();
    const ScenarioNode& node = m_nodes[index];
    return labelLines(node).join(QLatin1Char(' ')) + QLatin1Char('\n') + fromStd(node.explanation);
}

int ScenarioDiagramView::rowCount() const
{
    return static_cast<int>(layout().rowBottom.size());
}

QSize ScenarioDiagramView::sizeHint() const
{
    const Layout natural = computeLayout(QWIDGETSIZE_MAX);
    return natural.size;
}

QSize ScenarioDiagramView::minimumSizeHint() const
{
    int widest = 0;
    for (const auto& node : m_nodes)
        widest = std::max(widest, nodeSize(node).width());
    return { widest + unit() * 3, unit() * 4 };
}

int ScenarioDiagramView::heightForWidth(int width) const
{
    return computeLayout(width).size.height();
}

bool ScenarioDiagramView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int index = indexOf(nodeAt(help->pos()).toStdString());
        if (index < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const ScenarioNode& node = m_nodes[index];
        QString tip = QStringLiteral("<p><b>%1</b></p><p>%2</p>")
                          .arg(labelLines(node).join(QLatin1Char(' ')).toHtmlEscaped(),
                              fromStd(node.explanation).toHtmlEscaped());
        if (!node.policy.empty())
            tip += QStringLiteral("<p><i>%1</i></p>").arg(tr("Click to read this policy."));
        QToolTip::showText(help->globalPos(), tip, this, layout().boxes[index]);
        return true;
    }
    return QWidget::event(event);
}

void ScenarioDiagramView::mouseMoveEvent(QMouseEvent* event)
{
    const int index = indexOf(nodeAt(event->position().toPoint()).toStdString());
    if (index != m_hovered) {
        m_hovered = index;
        const bool clickable = index >= 0 && !m_nodes[index].policy.empty();
        setCursor(clickable ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void ScenarioDiagramView::mousePressEvent(QMouseEvent* event)
{
    const int index = indexOf(nodeAt(event->position().toPoint()).toStdString());
    if (event->button() == Qt::LeftButton && index >= 0 && !m_nodes[index].policy.empty()) {
        emit policyActivated(fromStd(m_nodes[index].policy));
        return;
    }
    QWidget::mousePressEvent(event);
}

void ScenarioDiagramView::leaveEvent(QEvent* event)
{
    if (m_hovered != -1) {
        m_hovered = -1;
        update();
    }
    QWidget::leaveEvent(event);
}

void ScenarioDiagramView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange) {
        m_layout = Layout();
        updateGeometry();
    }
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange)
        update();
    QWidget::changeEvent(event);
}

void ScenarioDiagramView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const Layout& current = layout();
    for (std::size_t e = 0; e < m_edges.size(); ++e)
        paintEdge(painter, e, current);
    for (std::size_t i = 0; i < m_nodes.size(); ++i)
        paintNode(painter, m_nodes[i], current.boxes[i], static_cast<int>(i) == m_hovered);
}

void ScenarioDiagramView::paintEdge(QPainter& painter, std::size_t edgeIndex, const Layout& current) const
{
    const ScenarioEdge& edge = m_edges[edgeIndex];
    const int lane = current.lane[edgeIndex];
    const int from = indexOf(edge.from);
    const int to = indexOf(edge.to);
    if (from < 0 || to < 0 || from == to)
        return;
    const QRectF a = current.boxes[from];
    const QRectF b = current.boxes[to];
    const qreal u = unit();

    QPainterPath path;
    QPointF labelAnchor; // the label's bottom centre
    qreal labelWidth = u * 6.5;
    QPointF beforeTip;
    QPointF tip;
    if (current.rowOf[from] == current.rowOf[to] && b.left() > a.right()) {
        const QPointF start(a.right(), current.startY[edgeIndex]);
        tip = QPointF(b.left(), current.endY[edgeIndex]);
        path.moveTo(start);
        path.lineTo(tip);
        beforeTip = start;
        labelAnchor = QPointF((start.x() + tip.x()) / 2, (start.y() + tip.y()) / 2 - u / 4);
    } else if (current.rowOf[to] > current.rowOf[from]) {
        // Down to the next row: out of the box's right side, along the gap between the rows, and into
        // the target from its left, so the line never runs through another box.
        const int step = std::max(0, lane);
        const qreal channel = current.rowBottom[current.rowOf[from]] + laneY(static_cast<int>(u), step);
        const QPointF start(a.right(), a.center().y());
        // Turn beside the whole column, not just this box, so the line never runs through a wider neighbour.
        qreal columnRight = a.right();
        qreal columnLeft = b.left();
        for (std::size_t i = 0; i < m_nodes.size(); ++i) {
            if (m_layer[i] == m_layer[from])
                columnRight = std::max<qreal>(columnRight, current.boxes[i].right());
            if (m_layer[i] == m_layer[to])
                columnLeft = std::min<qreal>(columnLeft, current.boxes[i].left());
        }
        const qreal outX = columnRight + u * (0.8 + 0.6 * step);
        const qreal inX = columnLeft - u * (0.8 + 0.6 * std::max(0, current.entry[edgeIndex]));
        tip = QPointF(b.left(), b.center().y());
        path.moveTo(start);
        path.lineTo(outX, start.y());
        path.lineTo(outX, channel);
        path.lineTo(inX, channel);
        path.lineTo(inX, tip.y());
        path.lineTo(tip);
        beforeTip = QPointF(inX, tip.y());
        labelAnchor = QPointF((outX + inX) / 2, channel - u / 4);
        labelWidth = u * 14;
    } else {
        const bool below = b.top() > a.bottom();
        const QPointF start = below ? QPointF(a.center().x(), a.bottom()) : QPointF(a.center().x(), a.top());
        tip = below ? QPointF(b.center().x(), b.top()) : QPointF(b.center().x(), b.bottom());
        path.moveTo(start);
        path.lineTo(tip);
        beforeTip = start;
        labelAnchor = (start + tip) / 2;
    }

    QColor line = palette().color(QPalette::WindowText);
    line.setAlphaF(0.6);
    painter.setPen(QPen(line, std::max(1.5, u / 10.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
    painter.setBrush(line);
    painter.setPen(Qt::NoPen);
    paintArrowHead(painter, tip, beforeTip, u * 0.6);

    const QString text = fromStd(edge.label);
    if (text.isEmpty())
        return;
    painter.setFont(edgeFont(font()));
    const QFontMetrics metrics(painter.font());
    const QRect bounds = metrics.boundingRect(
        QRect(0, 0, static_cast<int>(labelWidth), 10000), Qt::TextWordWrap | Qt::AlignHCenter, text);
    QRectF box(0, 0, bounds.width() + u / 2, bounds.height());
    box.moveCenter(QPointF(labelAnchor.x(), labelAnchor.y() - box.height() / 2));
    // A soft backing keeps the words readable where they cross a line.
    QColor backing = palette().color(QPalette::Window);
    backing.setAlphaF(0.85);
    painter.setBrush(backing);
    painter.drawRoundedRect(box, u / 4, u / 4);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(box, Qt::TextWordWrap | Qt::AlignCenter, text);
    painter.setFont(font());
}

void ScenarioDiagramView::paintNode(QPainter& painter, const ScenarioNode& node, const QRect& rect, bool hovered) const
{
    const KindColors colors = colorsOf(node.kind, palette());
    const qreal u = unit();
    const QRectF box = QRectF(rect).adjusted(1, 1, -1, -1);
    QPainterPath shape;
    switch (node.kind) {
    case ScenarioNodeKind::Caller:
        shape.addRoundedRect(box, box.height() / 2, box.height() / 2);
        break;
    case ScenarioNodeKind::Policy: {
        // A sheet of paper with its corner folded.
        const qreal fold = u * 0.8;
        shape.moveTo(box.topLeft());
        shape.lineTo(box.right() - fold, box.top());
        shape.lineTo(box.right(), box.top() + fold);
        shape.lineTo(box.bottomRight());
        shape.lineTo(box.bottomLeft());
        shape.closeSubpath();
        break;
    }
    case ScenarioNodeKind::Api: {
        const qreal cut = u * 0.6;
        QPolygonF octagon;
        octagon << QPointF(box.left() + cut, box.top()) << QPointF(box.right() - cut, box.top())
                << QPointF(box.right(), box.top() + cut) << QPointF(box.right(), box.bottom() - cut)
                << QPointF(box.right() - cut, box.bottom()) << QPointF(box.left() + cut, box.bottom())
                << QPointF(box.left(), box.bottom() - cut) << QPointF(box.left(), box.top() + cut);
        shape.addPolygon(octagon);
        shape.closeSubpath();
        break;
    }
    default:
        shape.addRoundedRect(box, u / 2.5, u / 2.5);
        break;
    }

    QColor fill = colors.fill;
    if (hovered)
        fill = ResultStyle::isDark(palette()) ? fill.lighter(125) : fill.darker(106);
    const bool container = node.kind == ScenarioNodeKind::Account || node.kind == ScenarioNodeKind::Organization;
    const bool role = node.kind == ScenarioNodeKind::Role;
    QPen pen(colors.border, (hovered || role) ? u / 6.0 : u / 10.0);
    if (container)
        pen.setStyle(Qt::DashLine);
    painter.setPen(pen);
    painter.setBrush(fill);
    painter.drawPath(shape);
    if (node.kind == ScenarioNodeKind::Policy) {
        const qreal fold = u * 0.8;
        painter.drawLine(QPointF(box.right() - fold, box.top()), QPointF(box.right() - fold, box.top() + fold));
        painter.drawLine(QPointF(box.right() - fold, box.top() + fold), QPointF(box.right(), box.top() + fold));
    }

    const QFont caption = captionFont(font());
    const QFontMetrics captionMetrics(caption);
    const int padY = static_cast<int>(u / 2);
    QRect text = rect.adjusted(0, padY, 0, -padY);
    painter.setFont(caption);
    painter.setPen(colors.border);
    painter.drawText(
        QRect(text.left(), text.top(), text.width(), captionMetrics.height()), Qt::AlignCenter, captionOf(node.kind));
    text.setTop(text.top() + captionMetrics.height() + static_cast<int>(u / 6));
    painter.setFont(labelFont(font()));
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(text, Qt::AlignHCenter | Qt::AlignTop, labelLines(node).join(QLatin1Char('\n')));
    painter.setFont(font());
}

} // namespace iam::ui
