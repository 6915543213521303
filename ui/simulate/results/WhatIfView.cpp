#include "ui/simulate/results/WhatIfView.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/eval/ContextWhatIf.h"
#include "ui/common/VerticalScrollArea.h"
#include "ui/simulate/SimulationSession.h"
#include "ui/simulate/results/ResultStyle.h"

namespace iam::ui {

namespace {

QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}

// One side of the comparison: a tinted chip with a symbol and the decision in words.
QLabel* outcomeChip(const QString& caption, Decision decision, QWidget* parent)
{
    auto* chip = new QLabel(parent);
    const QPalette base = parent->palette();
    const ResultStyle::Tone tone = ResultStyle::toneOf(decision);
    const QString symbol = decision == Decision::Allowed ? QStringLiteral("✓")
        : decision == Decision::ExplicitDeny             ? QStringLiteral("✕")
                                                         : QStringLiteral("⊘");
    chip->setTextFormat(Qt::RichText);
    chip->setWordWrap(true);
    chip->setText(QStringLiteral("<div>%1</div><div style=\"font-weight:600; color:%2\">%3 %4</div>")
                      .arg(ResultStyle::richText(caption), ResultStyle::foreground(tone, base).name(), symbol,
                          ResultStyle::decisionTitle(decision).toHtmlEscaped()));
    chip->setStyleSheet(
        QStringLiteral("QLabel { background: %1; border: 1px solid %2; border-radius: 6px; "
                       "padding: 6px 8px; }")
            .arg(ResultStyle::background(tone, base).name(), ResultStyle::border(tone, base).name(QColor::HexArgb)));
    chip->setAccessibleName(caption + QStringLiteral(": ") + ResultStyle::decisionTitle(decision));
    return chip;
}

} // namespace

WhatIfView::WhatIfView(SimulationSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_cards(new QVBoxLayout)
    , m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("whatIfView"));
    m_empty->setObjectName(QStringLiteral("whatIfEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setText(tr("No condition is waiting for a context key. When a policy checks a key this request does "
                        "not carry (aws:MultiFactorAuthPresent, say), it appears here with the decision without "
                        "it and with a value that would satisfy the condition."));

    // The content scrolls inside the view, so a long fix or many keys never stretch the page.
    auto* content = new QWidget;
    content->setObjectName(QStringLiteral("scrolledContent"));
    auto* layout = new QVBoxLayout(content);
    const int margin = fontMetrics().height() / 2;
    layout->setContentsMargins(margin, margin, margin, margin);
    layout->addWidget(m_empty);
    layout->addLayout(m_cards);
    layout->addStretch(1);
    m_cards->setSpacing(fontMetrics().height() / 2);

    fillWithVerticalScrollArea(this, content);

    connect(&m_session, &SimulationSession::resultChanged, this, &WhatIfView::refresh);
    refresh();
}

int WhatIfView::cardCount() const
{
    return static_cast<int>(m_cardWidgets.size());
}

void WhatIfView::refresh()
{
    // The button that asked for this refresh may be inside an old card: delete them later, not now.
    for (QWidget* card : std::as_const(m_cardWidgets)) {
        card->hide();
        card->deleteLater();
    }
    m_cardWidgets.clear();
    const auto& whatIfs = m_session.whatIf();
    m_empty->setStyleSheet(QStringLiteral("color: %1;").arg(palette().color(QPalette::PlaceholderText).name()));
    m_empty->setVisible(whatIfs.empty());
    if (!m_session.result())
        m_empty->setText(m_session.statusText());
    else
        m_empty->setText(tr("No condition is waiting for a context key. When a policy checks a key this request "
                            "does not carry (aws:MultiFactorAuthPresent, say), it appears here with the decision "
                            "without it and with a value that would satisfy the condition."));
    for (std::size_t i = 0; i < whatIfs.size(); ++i) {
        QWidget* card = makeCard(whatIfs[i], static_cast<int>(i));
        m_cards->addWidget(card);
        card->show(); // at once, not on the next pass of the event loop
        m_cardWidgets.append(card);
    }
}

QString WhatIfView::policyNameOf(const std::string& pointer) const
{
    // Statement pointers read /policies/<document index>/Statement/<n>.
    const QStringList parts = fromStd(pointer).split(QLatin1Char('/'));
    bool ok = false;
    const int index = parts.size() > 2 && parts[1] == QLatin1String("policies") ? parts[2].toInt(&ok) : -1;
    const auto& policies = m_session.document().policies;
    if (!ok || index < 0 || static_cast<std::size_t>(index) >= policies.size())
        return {};
    const auto& policy = policies[static_cast<std::size_t>(index)];
    const QString type = fromStd(std::string(policyTypeTitle(policy.type)));
    return policy.name.empty() ? type : QStringLiteral("%1 `%2`").arg(type, fromStd(policy.name));
}

QWidget* WhatIfView::makeCard(const ContextWhatIf& whatIf, int index)
{
    auto* card = new QFrame(this);
    card->setObjectName(QStringLiteral("whatIfCard%1").arg(index));
    card->setFrameShape(QFrame::StyledPanel);
    card->setProperty("contextKey", fromStd(whatIf.key));
    auto* layout = new QVBoxLayout(card);

    auto* key = new QLabel(card);
    key->setObjectName(QStringLiteral("whatIfKey"));
    key->setTextFormat(Qt::RichText);
    key->setText(ResultStyle::richText(tr("The request has no `%1`").arg(fromStd(whatIf.key))));
    layout->addWidget(key);

    auto* condition = new QLabel(card);
    condition->setObjectName(QStringLiteral("whatIfCondition"));
    condition->setWordWrap(true);
    condition->setTextFormat(Qt::RichText);
    QString conditionText;
    if (!whatIf.operatorName.empty()) {
        QStringList values;
        for (const std::string& value : whatIf.policyValues)
            values << QStringLiteral("`%1`").arg(fromStd(value));
        const QString where = policyNameOf(whatIf.statementPointer);
        conditionText = where.isEmpty()
            ? tr("A condition checks it: `%1` %2.").arg(fromStd(whatIf.operatorName), values.join(tr(" or ")))
            : tr("The %1 checks it: `%2` %3.").arg(where, fromStd(whatIf.operatorName), values.join(tr(" or ")));
    } else {
        conditionText = tr("A policy uses it, but no condition compares it to a value.");
    }
    condition->setText(ResultStyle::richText(conditionText));
    layout->addWidget(condition);

    auto* sides = new QHBoxLayout;
    sides->addWidget(outcomeChip(tr("Without `%1`").arg(fromStd(whatIf.key)), whatIf.withoutKey, card), 1);
    if (whatIf.satisfyingValue && whatIf.withValue) {
        QLabel* with = outcomeChip(
            tr("With `%1` = `%2`").arg(fromStd(whatIf.key), fromStd(*whatIf.satisfyingValue)), *whatIf.withValue, card);
        with->setObjectName(QStringLiteral("whatIfWith"));
        sides->addWidget(with, 1);
    } else {
        auto* none
            = new QLabel(tr("No value can satisfy this condition: it holds only while the key is absent."), card);
        none->setWordWrap(true);
        sides->addWidget(none, 1);
    }
    layout->addLayout(sides);

    if (whatIf.satisfyingValue && whatIf.withValue) {
        auto* row = new QHBoxLayout;
        if (*whatIf.withValue == whatIf.withoutKey) {
            auto* same = new QLabel(tr("This key alone does not change the decision."), card);
            same->setWordWrap(true);
            row->addWidget(same, 1);
        } else {
            row->addStretch(1);
        }
        auto* use = new QPushButton(tr("Use this value"), card);
        use->setObjectName(QStringLiteral("useValue"));
        use->setProperty("contextKey", fromStd(whatIf.key));
        use->setToolTip(
            tr("Adds %1 = %2 to the request's context.").arg(fromStd(whatIf.key), fromStd(*whatIf.satisfyingValue)));
        connect(use, &QPushButton::clicked, this, [this, index] { useValue(index); });
        row->addWidget(use);
        layout->addLayout(row);
    }
    return card;
}

bool WhatIfView::useValue(int index)
{
    const auto& whatIfs = m_session.whatIf();
    if (index < 0 || static_cast<std::size_t>(index) >= whatIfs.size())
        return false;
    const ContextWhatIf& whatIf = whatIfs[static_cast<std::size_t>(index)];
    if (!whatIf.satisfyingValue)
        return false;
    Request request = m_session.request();
    bool replaced = false;
    for (ContextEntry& entry : request.context) {
        // Key names are case-insensitive to AWS; an empty row the user added for this key gets the value.
        if (QString::fromStdString(entry.key).compare(fromStd(whatIf.key), Qt::CaseInsensitive) == 0) {
            entry.values = { *whatIf.satisfyingValue };
            entry.isList = false;
            replaced = true;
            break;
        }
    }
    if (!replaced)
        request.context.push_back({ whatIf.key, { *whatIf.satisfyingValue }, false });
    m_session.setRequest(request);
    return true;
}

void WhatIfView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    // The tinted parts took their colours from the palette when they were made.
    if (event->type() == QEvent::PaletteChange)
        refresh();
}

} // namespace iam::ui
