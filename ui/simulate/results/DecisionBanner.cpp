#include "ui/simulate/results/DecisionBanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QVBoxLayout>

#include "core/eval/EvaluationReport.h"
#include "ui/common/HeadingLabel.h"
#include "ui/simulate/SimulationSession.h"
#include "ui/simulate/results/EvaluationFlow.h"
#include "ui/simulate/results/ResultStyle.h"

namespace iam::ui {

namespace {

QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}

QString code(const std::string& text)
{
    return QStringLiteral("`%1`").arg(fromStd(text));
}

// Strips the backticks richText() turns into code, for the plain text tests and screen readers get.
QString plain(QString text)
{
    return text.remove(QLatin1Char('`'));
}

} // namespace

DecisionBanner::DecisionBanner(SimulationSession& session, QWidget* parent)
    : QFrame(parent)
    , m_session(session)
    , m_title(new HeadingLabel(QString(), 1.7, this))
    , m_reason(new QLabel(this))
    , m_request(new QLabel(this))
{
    setObjectName(QStringLiteral("decisionBanner"));
    m_title->setObjectName(QStringLiteral("decisionTitle"));
    m_reason->setObjectName(QStringLiteral("decisionReason"));
    m_request->setObjectName(QStringLiteral("decisionRequest"));
    m_reason->setWordWrap(true);
    m_reason->setTextFormat(Qt::RichText);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_request->setWordWrap(true);
    m_request->setTextFormat(Qt::RichText);
    m_request->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setAttribute(Qt::WA_StyledBackground, false);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);

    auto* text = new QVBoxLayout;
    text->setSpacing(4);
    text->addWidget(m_title);
    text->addWidget(m_reason);
    text->addWidget(m_request);
    auto* layout = new QHBoxLayout(this);
    layout->addLayout(text, 1);

    connect(&m_session, &SimulationSession::resultChanged, this, &DecisionBanner::refresh);
    refresh();
}

QString DecisionBanner::title() const
{
    return m_title->text();
}

QString DecisionBanner::reason() const
{
    return m_reasonPlain;
}

QSize DecisionBanner::sizeHint() const
{
    const QSize hint = QFrame::sizeHint();
    return { qMax(hint.width(), fontMetrics().averageCharWidth() * 60), hint.height() };
}

QSize DecisionBanner::minimumSizeHint() const
{
    return { fontMetrics().averageCharWidth() * 30, QFrame::minimumSizeHint().height() };
}

void DecisionBanner::refresh()
{
    const auto& result = m_session.result();
    if (!result) {
        m_title->setText(tr("No decision yet"));
        m_reasonPlain = m_session.statusText();
        m_reason->setText(m_reasonPlain.toHtmlEscaped());
        m_request->clear();
        m_request->hide();
    } else {
        m_title->setText(ResultStyle::decisionTitle(result->decision));
        QString reason = reasonText();
        if (!reason.isEmpty())
            reason[0] = reason[0].toUpper(); // core's descriptions start lowercase, mid-sentence style
        m_reasonPlain = plain(reason);
        m_reason->setText(ResultStyle::richText(reason));
        const Request& request = m_session.request();
        m_request->setText(ResultStyle::richText(
            tr("Asked: may `%1` do `%2` on `%3`?")
                .arg(fromStd(request.principal), fromStd(request.action), fromStd(request.resource))));
        m_request->show();
    }
    m_title->setAccessibleName(m_title->text());
    setAccessibleName(m_title->text());
    setAccessibleDescription(m_reasonPlain);
    applyColors();
    updateGeometry();
    update();
}

QString DecisionBanner::reasonText() const
{
    const EvaluationResult& result = *m_session.result();
    const QString action = code(m_session.request().action);
    switch (result.decision) {
    case Decision::Allowed: {
        // Name the grant a beginner wrote, not the organization's blanket FullAWSAccess.
        const StatementRef* grant = nullptr;
        for (const StatementRef& ref : result.decidedBy) {
            if (ref.type == PolicyType::Resource || ref.type == PolicyType::Identity) {
                grant = &ref;
                break;
            }
        }
        if (!grant && !result.decidedBy.empty())
            grant = &result.decidedBy.front();
        if (!grant)
            return tr("Every policy in play allows %1, and no Deny matches it.").arg(action);
        return tr("%1 allows %2, and no Deny matches it.").arg(fromStd(describeStatement(*grant)), action);
    }
    case Decision::ExplicitDeny: {
        if (result.decidedBy.empty())
            return tr("A Deny statement matches this request. A Deny always wins over any Allow.");
        QString who = fromStd(describeStatement(result.decidedBy.front()));
        who = who.left(1).toUpper() + who.mid(1);
        if (result.decidedBy.size() > 1)
            return tr("%1 denies it (and %2 more Deny statements match). A Deny always wins over any Allow.")
                .arg(who)
                .arg(result.decidedBy.size() - 1);
        return tr("%1 denies it. A Deny always wins over any Allow.").arg(who);
    }
    case Decision::ImplicitDeny:
        break;
    }

    if (!result.blockedBy)
        return tr("No policy allows %1, and AWS denies anything that is not allowed.").arg(action);
    const EvaluationFlow flow(result, m_session.document(), m_session.build());
    const bool cross = flow.crossAccount();
    switch (*result.blockedBy) {
    case PolicyType::Rcp:
    case PolicyType::Scp: {
        const bool scp = *result.blockedBy == PolicyType::Scp;
        QString level;
        if (const auto stop = flow.stop(); stop && stop->gateKey.contains(QLatin1Char(':')))
            level = EvaluationFlow::levelName(*result.blockedBy, stop->gateKey.section(QLatin1Char(':'), 1).toInt(),
                m_session.document(), m_session.build());
        return scp ? tr("No service control policy (SCP) at the %1 level allows %2. Every level of the "
                        "organization, from the root to the account, must allow it.")
                         .arg(level.isEmpty() ? tr("organization") : level, action)
                   : tr("No resource control policy (RCP) at the %1 level allows %2. Every level of the "
                        "organization, from the root to the account, must allow it.")
                         .arg(level.isEmpty() ? tr("organization") : level, action);
    }
    case PolicyType::Resource:
        if (cross && result.gate(PolicyType::Resource) == Gate::NotInPlay)
            return tr("The resource belongs to another account, so that account's resource-based policy must "
                      "allow %1 too, and there is none.")
                .arg(action);
        if (cross)
            return tr("The resource belongs to another account, so its resource-based policy must allow this "
                      "caller too, and it does not.");
        return tr("Only a resource-based policy can let this caller in, and none allows %1.").arg(action);
    case PolicyType::Identity:
        if (cross)
            return tr("The resource's own policy allows it, but across accounts the caller's identity-based "
                      "policies must allow %1 too, and none does.")
                .arg(action);
        if (result.gate(PolicyType::Resource) != Gate::NotInPlay)
            return tr("Neither an identity-based policy nor the resource-based policy allows %1, and AWS denies "
                      "anything that is not allowed.")
                .arg(action);
        return tr("No identity-based policy allows %1, and AWS denies anything that is not allowed.").arg(action);
    case PolicyType::PermissionBoundary:
        return tr("The permissions boundary does not allow %1. A boundary only sets limits: the action must be "
                  "allowed by the identity-based policy and by the boundary.")
            .arg(action);
    case PolicyType::Session:
        return tr("The session policy does not allow %1. A session can do only what both the role's policies and "
                  "its session policy allow.")
            .arg(action);
    }
    return {};
}

void DecisionBanner::applyColors()
{
    if (m_applyingColors)
        return;
    m_applyingColors = true;
    const auto& result = m_session.result();
    const QPalette base = palette();
    // Colours go through style sheets, not palettes: the application's style sheet restores a child's
    // palette to what it was when first polished each time the theme changes.
    const QColor titleColor = result ? ResultStyle::foreground(ResultStyle::toneOf(result->decision), base)
                                     : base.color(QPalette::WindowText);
    m_title->setStyleSheet(QStringLiteral("color: %1;").arg(titleColor.name()));
    m_request->setStyleSheet(QStringLiteral("color: %1;").arg(base.color(QPalette::PlaceholderText).name()));

    // Room on the left for the symbol, sized from the title's font so it grows with zoom.
    const int symbol = QFontMetrics(m_title->font()).height();
    const int pad = fontMetrics().height() / 2 + 4;
    layout()->setContentsMargins(result ? pad * 2 + symbol + 4 : pad * 2, pad, pad * 2, pad);
    m_applyingColors = false;
}

void DecisionBanner::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange
        || event->type() == QEvent::StyleChange)
        applyColors();
}

void DecisionBanner::paintEvent(QPaintEvent* event)
{
    QFrame::paintEvent(event);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const auto& result = m_session.result();
    const ResultStyle::Tone tone = result ? ResultStyle::toneOf(result->decision) : ResultStyle::Tone::Neutral;
    const QPalette pal = palette();
    const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    const qreal radius = fontMetrics().height() * 0.5;
    painter.setPen(QPen(ResultStyle::border(tone, pal), 1));
    painter.setBrush(ResultStyle::background(tone, pal));
    painter.drawRoundedRect(box, radius, radius);
    if (!result)
        return;
    // A strong band on the left edge carries the colour even where the tint is faint.
    const qreal band = qMax(4.0, fontMetrics().height() / 4.0);
    QPainterPath clip;
    clip.addRoundedRect(box, radius, radius);
    painter.setClipPath(clip);
    painter.fillRect(QRectF(box.left(), box.top(), band, box.height()), ResultStyle::foreground(tone, pal));
    painter.setClipping(false);

    const int symbol = QFontMetrics(m_title->font()).height();
    const int pad = fontMetrics().height() / 2 + 4;
    const QRect title = m_title->geometry();
    const QRectF symbolRect(pad * 2 - 2, title.center().y() - symbol / 2.0, symbol, symbol);
    ResultStyle::paintSymbol(painter, symbolRect, ResultStyle::symbolOf(result->decision),
        ResultStyle::foreground(tone, pal), pal.color(QPalette::Base));
}

} // namespace iam::ui
