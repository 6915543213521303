#include "ui/simulate/results/EvaluationFlowView.h"

#include <QEvent>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include "ui/simulate/SimulationSession.h"
#include "ui/simulate/results/ResultStyle.h"

namespace iam::ui {

namespace {

using State = FlowGate::State;

bool isDim(State state)
{
    return state == State::NotInPlay || state == State::NotReached;
}

ResultStyle::Tone toneOf(const FlowGate& gate)
{
    switch (gate.state) {
    case State::Passed:
        return ResultStyle::Tone::Allowed;
    case State::DenyHere:
        return ResultStyle::Tone::ExplicitDeny;
    case State::Stopped:
        return gate.stoppedExplicitly ? ResultStyle::Tone::ExplicitDeny : ResultStyle::Tone::ImplicitDeny;
    case State::Decision:
        return gate.verdict == Gate::Allow       ? ResultStyle::Tone::Allowed
            : gate.verdict == Gate::ExplicitDeny ? ResultStyle::Tone::ExplicitDeny
                                                 : ResultStyle::Tone::ImplicitDeny;
    default:
        return ResultStyle::Tone::Neutral;
    }
}

ResultStyle::Symbol symbolOf(const FlowGate& gate)
{
    switch (gate.state) {
    case State::Passed:
        return ResultStyle::Symbol::Check;
    case State::DenyHere:
        return ResultStyle::Symbol::Cross;
    case State::Stopped:
        return gate.stoppedExplicitly ? ResultStyle::Symbol::Cross : ResultStyle::Symbol::Stop;
    case State::Decision:
        return gate.verdict == Gate::Allow       ? ResultStyle::Symbol::Check
            : gate.verdict == Gate::ExplicitDeny ? ResultStyle::Symbol::Cross
                                                 : ResultStyle::Symbol::Stop;
    case State::Bypassed:
        return ResultStyle::Symbol::Dash;
    default:
        return ResultStyle::Symbol::Dot;
    }
}

QString stateWords(const FlowGate& gate)
{
    switch (gate.state) {
    case State::NotInPlay:
        return EvaluationFlowView::tr("Not in play for this request.");
    case State::Passed:
        return EvaluationFlowView::tr("The request passed this gate.");
    case State::Bypassed:
        return EvaluationFlowView::tr("Nothing here allows it, but this request did not need it.");
    case State::DenyHere:
        return EvaluationFlowView::tr("A matching Deny is in this kind of policy.");
    case State::Stopped:
        return gate.stoppedExplicitly ? EvaluationFlowView::tr("Stopped here by an explicit Deny.")
                                      : EvaluationFlowView::tr("Stopped here: no statement allows the request.");
    case State::NotReached:
        return EvaluationFlowView::tr("Not reached: the request stopped earlier.");
    case State::Decision:
        return {};
    }
    return {};
}

QString stripTicks(QString text)
{
    return text.remove(QLatin1Char('`'));
}

} // namespace

EvaluationFlowView::EvaluationFlowView(SimulationSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("evaluationFlow"));
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setMouseTracking(true);
    setAccessibleName(tr("Evaluation order"));
    connect(&m_session, &SimulationSession::resultChanged, this, &EvaluationFlowView::refresh);
    refresh();
}

std::optional<FlowStop> EvaluationFlowView::stoppedAt() const
{
    return m_hasResult ? m_flow.stop() : std::nullopt;
}

QString EvaluationFlowView::litGateName() const
{
    if (!m_hasResult)
        return {};
    if (const auto stop = m_flow.stop())
        return stop->gateKey;
    return QStringLiteral("decision");
}

QRect EvaluationFlowView::gateRect(const QString& key) const
{
    ensureLayout();
    for (const Box& box : m_boxes) {
        if (m_flow.gates()[box.gate].key == key)
            return box.rect;
    }
    return {};
}

QString EvaluationFlowView::toolTipAt(const QPoint& point) const
{
    ensureLayout();
    for (const Box& box : m_boxes) {
        if (!box.rect.contains(point))
            continue;
        const FlowGate& gate = m_flow.gates()[box.gate];
        QString text = QStringLiteral("<p><b>%1</b></p>").arg(gate.title.toHtmlEscaped());
        const QString state = stateWords(gate);
        if (!state.isEmpty() || !gate.detail.isEmpty())
            text += QStringLiteral("<p>%1 %2</p>").arg(state.toHtmlEscaped(), ResultStyle::richText(gate.detail));
        if (!gate.pairNote.isEmpty())
            text += QStringLiteral("<p>%1</p>")
                        .arg(m_flow.crossAccount()
                                ? tr("This request crosses accounts: the resource-based policy and the caller's "
                                     "identity-based policy must both allow it.")
                                : tr("Caller and resource are in one account: an Allow in the resource-based "
                                     "policy or in an identity-based policy is enough."));
        text += QStringLiteral("<p>%1</p>").arg(gate.help.toHtmlEscaped());
        return text;
    }
    return {};
}

void EvaluationFlowView::refresh()
{
    const auto& result = m_session.result();
    m_hasResult = result.has_value();
    m_flow = m_hasResult ? EvaluationFlow(*result, m_session.document(), m_session.build()) : EvaluationFlow();
    QStringList spoken;
    for (const FlowGate& gate : m_flow.gates()) {
        if (gate.state != State::NotInPlay)
            spoken << gate.title + QStringLiteral(": ") + stripTicks(gate.detail);
    }
    setAccessibleDescription(spoken.join(QStringLiteral("; ")));
    layoutBoxes();
    updateGeometry();
    update();
}

// Rows of boxes, measured in lines of the current font: a box in play holds a title and a detail
// line, a box not in play only its title; arrows between rows; the resource-based and identity-based
// boxes share one row with their "or" / "and" between them and a caption under it.
void EvaluationFlowView::ensureLayout() const
{
    if (m_layoutWidth != width())
        layoutBoxes();
}

void EvaluationFlowView::layoutBoxes() const
{
    m_layoutWidth = width();
    m_boxes.clear();
    m_height = layoutFor(width(), &m_boxes);
}

int EvaluationFlowView::layoutFor(int availableWidth, std::vector<Box>* boxes) const
{
    std::vector<Box> scratch;
    std::vector<Box>& out = boxes ? *boxes : scratch;
    const QFontMetrics metrics(font());
    const int line = metrics.height();
    const int pad = line / 2;
    const int gap = line * 9 / 10; // room for an arrow
    const int width = qMax(fontMetrics().averageCharWidth() * 40, availableWidth) - 2;
    const int left = 1;
    int y = 1;
    const auto& gates = m_flow.gates();
    for (std::size_t i = 0; i < gates.size(); ++i) {
        const FlowGate& gate = gates[i];
        const bool tall = gate.state != State::NotInPlay;
        // A kind not in play takes one slim line: it is there to teach the order, not to be read first.
        const int height = tall ? pad * 2 + line * (1 + detailLines(gate, width)) + 2 : line * 3 / 2 + 2;
        if (gate.sideBySideWithNext && i + 1 < gates.size()) {
            const FlowGate& other = gates[i + 1];
            const int joint = metrics.horizontalAdvance(QStringLiteral(" and ")) + line;
            const int half = (width - joint) / 2;
            const bool bothShort = gate.state == State::NotInPlay && other.state == State::NotInPlay;
            const int lines = qMax(detailLines(gate, half), detailLines(other, width - half - joint));
            const int rowHeight = bothShort ? height : pad * 2 + line * (1 + lines) + 2;
            out.push_back({ i, QRect(left, y, half, rowHeight) });
            out.push_back({ i + 1, QRect(left + half + joint, y, width - half - joint, rowHeight) });
            y += rowHeight + line + gap; // the caption line, then the arrow
            ++i;
            continue;
        }
        out.push_back({ i, QRect(left, y, width, height) });
        y += height + gap;
    }
    return out.empty() ? line * 3 : y - gap + 2;
}

int EvaluationFlowView::detailTextWidth(const QRect& box) const
{
    const int line = fontMetrics().height();
    return box.width() - line / 2 * 3 - qRound(line * 1.1);
}

// A detail line that does not fit the box wraps once, so a half-width box (the resource/identity pair)
// still says its whole sentence; beyond two lines it is cut short, and the tooltip has it all.
int EvaluationFlowView::detailLines(const FlowGate& gate, int boxWidth) const
{
    if (gate.state == State::NotInPlay || gate.detail.isEmpty())
        return 1;
    const int width = detailTextWidth(QRect(0, 0, boxWidth, 1));
    return fontMetrics().horizontalAdvance(stripTicks(gate.detail)) > width ? 2 : 1;
}

int EvaluationFlowView::contentHeight() const
{
    ensureLayout();
    return m_height;
}

bool EvaluationFlowView::hasHeightForWidth() const
{
    return true;
}

int EvaluationFlowView::heightForWidth(int width) const
{
    return layoutFor(width, nullptr);
}

QSize EvaluationFlowView::sizeHint() const
{
    const int width = fontMetrics().averageCharWidth() * 64;
    return { width, heightForWidth(width) };
}

QSize EvaluationFlowView::minimumSizeHint() const
{
    const int width = fontMetrics().averageCharWidth() * 40;
    return { width, heightForWidth(width) };
}

void EvaluationFlowView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    layoutBoxes();
}

void EvaluationFlowView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        layoutBoxes();
        updateGeometry();
    }
    if (event->type() == QEvent::PaletteChange)
        update();
}

bool EvaluationFlowView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void EvaluationFlowView::paintEvent(QPaintEvent*)
{
    ensureLayout();
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QFontMetrics metrics(font());
    const int line = metrics.height();

    if (!m_hasResult) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(line / 2, 0, -line / 2, 0), Qt::AlignVCenter | Qt::TextWordWrap,
            tr("The order in which AWS weighs the policies appears here once there is a decision."));
        return;
    }

    // Arrows first, so boxes sit on top of their ends. Up to the stop the path is lit.
    const auto& gates = m_flow.gates();
    const QColor lit = ResultStyle::foreground(ResultStyle::Tone::Allowed, pal);
    const QColor dim = pal.color(QPalette::Mid);
    bool pastStop = false;
    for (std::size_t k = 0; k + 1 < m_boxes.size(); ++k) {
        const Box& from = m_boxes[k];
        const FlowGate& gate = gates[from.gate];
        if (gate.state == State::Stopped)
            pastStop = true;
        if (gate.sideBySideWithNext)
            continue; // the pair's row has one arrow out, from its left box
        const Box* previous = k > 0 && gates[m_boxes[k - 1].gate].sideBySideWithNext ? &m_boxes[k - 1] : nullptr;
        const Box& to = m_boxes[k + 1];
        const bool pairStopped = previous && gates[previous->gate].state == State::Stopped;
        const bool past = pastStop || pairStopped;
        const int x = (previous ? previous->rect.left() : from.rect.left()) + line * 3 / 2;
        const int top = from.rect.bottom() + (previous ? line : 0) + 2;
        const int bottom = to.rect.top() - 1;
        const QColor color = past ? dim : lit;
        QPen pen(color, past ? 1.2 : 2.2);
        if (past)
            pen.setStyle(Qt::DashLine);
        painter.setPen(pen);
        painter.drawLine(QPointF(x, top), QPointF(x, bottom - line / 3.0));
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        const qreal head = line / 3.0;
        QPainterPath arrow;
        arrow.moveTo(x - head * 0.7, bottom - head);
        arrow.lineTo(x + head * 0.7, bottom - head);
        arrow.lineTo(x, bottom);
        arrow.closeSubpath();
        painter.drawPath(arrow);
    }

    for (std::size_t k = 0; k < m_boxes.size(); ++k) {
        const Box& box = m_boxes[k];
        const FlowGate& gate = gates[box.gate];
        paintBox(painter, gate, box.rect);
        if (gate.sideBySideWithNext && k + 1 < m_boxes.size()) {
            // The joint between the pair, and its caption beneath.
            const QRect next = m_boxes[k + 1].rect;
            const QRect joint(box.rect.right(), box.rect.top(), next.left() - box.rect.right(), box.rect.height());
            QFont bold = font();
            bold.setBold(true);
            painter.setFont(bold);
            painter.setPen(pal.color(QPalette::WindowText));
            painter.drawText(joint, Qt::AlignCenter, m_flow.crossAccount() ? tr("and") : tr("or"));
            painter.setFont(font());
            painter.setPen(pal.color(QPalette::PlaceholderText));
            const QRect caption(box.rect.left(), box.rect.bottom() + 2, next.right() - box.rect.left(), line);
            painter.drawText(caption, Qt::AlignHCenter | Qt::AlignVCenter,
                metrics.elidedText(gate.pairNote, Qt::ElideRight, caption.width()));
        }
    }
}

void EvaluationFlowView::paintBox(QPainter& painter, const FlowGate& gate, const QRect& rect) const
{
    const QPalette pal = palette();
    const QFontMetrics metrics(font());
    const int line = metrics.height();
    const int pad = line / 2;
    const ResultStyle::Tone tone = toneOf(gate);
    const bool marked = gate.state == State::Stopped || gate.state == State::Decision;
    const bool dim = isDim(gate.state);
    const QRectF box = QRectF(rect).adjusted(1, 1, -1, -1);
    const qreal radius = line / 2.5;

    painter.save();
    if (dim)
        painter.setOpacity(gate.state == State::NotInPlay ? 0.7 : 0.8);
    QPen border(marked ? ResultStyle::foreground(tone, pal) : ResultStyle::border(tone, pal), marked ? 2.5 : 1.0);
    if (gate.state == State::NotInPlay)
        border.setStyle(Qt::DashLine);
    painter.setPen(border);
    painter.setBrush(marked || gate.state == State::DenyHere ? ResultStyle::background(tone, pal)
                                                             : pal.color(dim ? QPalette::Window : QPalette::Base));
    painter.drawRoundedRect(box, radius, radius);

    // The symbol, then the title (bold) and the detail line.
    const int symbolSide = qRound(line * 1.1);
    const QRectF symbolRect(rect.left() + pad, rect.center().y() + 0.5 - symbolSide / 2.0, symbolSide, symbolSide);
    const QColor symbolColor = tone == ResultStyle::Tone::Neutral ? pal.color(QPalette::PlaceholderText)
                                                                  : ResultStyle::foreground(tone, pal);
    ResultStyle::paintSymbol(painter, symbolRect, symbolOf(gate), symbolColor, pal.color(QPalette::Base));

    const int textLeft = rect.left() + pad * 2 + symbolSide;
    int textRight = rect.right() - pad;
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);

    // The mark a beginner looks for: where it stopped, in words as well as colour.
    if (gate.state == State::Stopped) {
        const QString badge = tr("STOPPED HERE");
        const int badgeWidth = boldMetrics.horizontalAdvance(badge) + line;
        const QRectF badgeRect(textRight - badgeWidth, rect.top() + pad, badgeWidth, line);
        painter.setPen(Qt::NoPen);
        painter.setBrush(ResultStyle::foreground(tone, pal));
        painter.drawRoundedRect(badgeRect, line / 2.0, line / 2.0);
        painter.setFont(bold);
        painter.setPen(pal.color(QPalette::Base));
        painter.drawText(badgeRect, Qt::AlignCenter, badge);
        textRight -= badgeWidth + pad;
    }

    painter.setFont(bold);
    painter.setPen(gate.state == State::Decision ? ResultStyle::foreground(tone, pal) : pal.color(QPalette::Text));
    const int titleTop = gate.state == State::NotInPlay ? rect.center().y() + 1 - line / 2 : rect.top() + pad;
    const QRect titleRect(textLeft, titleTop, textRight - textLeft, line);
    if (gate.state == State::NotInPlay) {
        // One line: the title, then "not in play" in the muted colour.
        painter.setPen(pal.color(QPalette::PlaceholderText));
        const QString suffix = QStringLiteral(" — ") + tr("not in play");
        const int suffixWidth = metrics.horizontalAdvance(suffix);
        const QString title = boldMetrics.elidedText(gate.title, Qt::ElideRight, titleRect.width() - suffixWidth);
        painter.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, title);
        painter.setFont(font());
        painter.drawText(titleRect.adjusted(boldMetrics.horizontalAdvance(title), 0, 0, 0),
            Qt::AlignLeft | Qt::AlignVCenter, suffix);
        painter.restore();
        return;
    }
    painter.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
        boldMetrics.elidedText(gate.title, Qt::ElideRight, titleRect.width()));

    painter.setFont(font());
    const QColor detailColor = gate.state == State::Stopped || gate.state == State::DenyHere
        ? ResultStyle::foreground(tone, pal)
        : pal.color(
            gate.state == State::Passed || gate.state == State::Decision ? QPalette::Text : QPalette::PlaceholderText);
    painter.setPen(detailColor);
    const int lines = detailLines(gate, rect.width());
    const QRect detailRect(textLeft, rect.top() + pad + line + 2, rect.right() - pad - textLeft, line * lines);
    QString detail = stripTicks(gate.detail);
    if (lines == 1) {
        detail = metrics.elidedText(detail, Qt::ElideMiddle, detailRect.width());
    } else {
        // Word-wrapped text needs its own cut: keep what fits two lines, with a margin for the break.
        const int room = detailRect.width() * 2 - metrics.averageCharWidth() * 8;
        if (metrics.horizontalAdvance(detail) > room)
            detail = metrics.elidedText(detail, Qt::ElideRight, room);
    }
    painter.drawText(detailRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, detail);
    painter.restore();
}

} // namespace iam::ui
