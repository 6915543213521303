#include "ui/simulate/results/SmallestFixView.h"

#include <algorithm>

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/eval/EvaluationReport.h"
#include "ui/common/JsonEditor.h"
#include "ui/common/VerticalScrollArea.h"
#include "ui/simulate/SimulationSession.h"
#include "ui/simulate/results/EvaluationFlow.h"
#include "ui/simulate/results/ResultStyle.h"

namespace iam::ui {

namespace {

QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}

QLabel* wrappedLabel(const QString& richText, QWidget* parent, bool muted = false)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setText(richText);
    if (muted)
        label->setStyleSheet(
            QStringLiteral("color: %1;").arg(parent->palette().color(QPalette::PlaceholderText).name()));
    return label;
}

// A read-only editor exactly as tall as the statement, so the page scrolls rather than the snippet.
JsonEditor* statementEditor(const QString& json, QWidget* parent)
{
    auto* editor = new JsonEditor(parent);
    editor->setReadOnly(true);
    editor->setTextSilently(json);
    editor->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const int lines = qMax(1, editor->document()->blockCount());
    const QFontMetrics metrics(editor->font());
    const int height = lines * metrics.lineSpacing() + 2 * editor->frameWidth()
        + 2 * qRound(editor->document()->documentMargin()) + metrics.lineSpacing(); // room for a scroll bar
    editor->setFixedHeight(height);
    return editor;
}

} // namespace

SmallestFixView::SmallestFixView(SimulationSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_summary(new QLabel(this))
    , m_body(new QVBoxLayout)
    , m_apply(new QPushButton(tr("Apply fix"), this))
{
    setObjectName(QStringLiteral("smallestFixView"));
    m_summary->setObjectName(QStringLiteral("fixSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_apply->setObjectName(QStringLiteral("applyFix"));
    m_apply->setToolTip(tr("Adds the statements above to the policies named, so the request is allowed."));

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_apply);

    // The content scrolls inside the view, so a long fix or many keys never stretch the page.
    auto* content = new QWidget;
    content->setObjectName(QStringLiteral("scrolledContent"));
    auto* layout = new QVBoxLayout(content);
    const int margin = fontMetrics().height() / 2;
    layout->setContentsMargins(margin, margin, margin, margin);
    layout->addWidget(m_summary);
    layout->addLayout(m_body);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_apply, &QPushButton::clicked, this, [this] { m_session.applySmallestFix(); });
    fillWithVerticalScrollArea(this, content);

    connect(&m_session, &SimulationSession::resultChanged, this, &SmallestFixView::refresh);
    refresh();
}

QString SmallestFixView::summary() const
{
    return m_summary->text();
}

void SmallestFixView::refresh()
{
    rebuild(m_session.smallestFix());
}

void SmallestFixView::showFix(const SmallestFix& fix)
{
    rebuild(fix);
}

QString SmallestFixView::stepHeading(const FixStep& step) const
{
    const QString type = fromStd(std::string(policyTypeTitle(step.type)));
    QString where;
    if (step.type == PolicyType::Scp || step.type == PolicyType::Rcp) {
        // The step's level is the author's own number, as in the document; no engine level to translate.
        int highest = 0;
        for (const SimulationDocumentPolicy& policy : m_session.document().policies) {
            if (policy.type == step.type)
                highest = std::max(highest, policy.level);
        }
        where = step.level == 0     ? tr(" at the organization root")
            : step.level >= highest ? tr(" at the account")
                                    : tr(" at the OU (level %1)").arg(step.level);
    }
    const auto& policies = m_session.document().policies;
    if (step.policyIndex && *step.policyIndex < policies.size()) {
        const std::string& name = policies[*step.policyIndex].name;
        return name.empty() ? tr("Add to the %1%2:").arg(type, where)
                            : tr("Add to the %1 `%2`%3:").arg(type, fromStd(name), where);
    }
    return step.newPolicyName.empty() ? tr("Add a new %1%2:").arg(type, where)
                                      : tr("Add a new %1 `%2`%3:").arg(type, fromStd(step.newPolicyName), where);
}

void SmallestFixView::rebuild(const SmallestFix& fix)
{
    for (QWidget* part : std::as_const(m_parts)) {
        part->hide();
        part->deleteLater();
    }
    m_parts.clear();
    const auto add = [this](QWidget* part) {
        m_body->addWidget(part);
        part->show(); // at once, not on the next pass of the event loop
        m_parts.append(part);
    };

    const auto& result = m_session.result();
    m_apply->setVisible(fix.kind == SmallestFix::Kind::AddAllow);
    m_apply->setEnabled(fix.kind == SmallestFix::Kind::AddAllow && !fix.steps.empty());

    if (!result) {
        m_summary->setText(m_session.statusText().toHtmlEscaped());
        return;
    }
    switch (fix.kind) {
    case SmallestFix::Kind::NotNeeded:
        m_summary->setText(result->decision == Decision::Allowed
                ? tr("Nothing to fix: this request is allowed.").toHtmlEscaped()
                : ResultStyle::richText(
                    fix.summary.empty() ? tr("No suggestion yet for this denied request.") : fromStd(fix.summary)));
        break;
    case SmallestFix::Kind::NotPossible:
        m_summary->setText(ResultStyle::richText(fromStd(fix.summary)));
        break;
    case SmallestFix::Kind::AddAllow:
    case SmallestFix::Kind::ChangeDeny:
        m_summary->setText(ResultStyle::richText(fromStd(fix.summary)));
        break;
    }

    for (const std::string& detail : fix.details)
        add(wrappedLabel(ResultStyle::richText(fromStd(detail)), this));

    if (fix.kind == SmallestFix::Kind::AddAllow) {
        for (std::size_t i = 0; i < fix.steps.size(); ++i) {
            const FixStep& step = fix.steps[i];
            auto* box = new QFrame(this);
            box->setObjectName(QStringLiteral("fixStep%1").arg(i));
            auto* layout = new QVBoxLayout(box);
            layout->setContentsMargins(0, 0, 0, 0);
            auto* heading = wrappedLabel(ResultStyle::richText(stepHeading(step)), box);
            heading->setObjectName(QStringLiteral("fixStepHeading"));
            layout->addWidget(heading);
            JsonEditor* json = statementEditor(fromStd(step.statementJson), box);
            json->setObjectName(QStringLiteral("fixStatement"));
            layout->addWidget(json);
            // The reason often repeats a detail shown above; once is enough.
            if (!step.reason.empty()
                && std::find(fix.details.begin(), fix.details.end(), step.reason) == fix.details.end())
                layout->addWidget(wrappedLabel(ResultStyle::richText(fromStd(step.reason)), box, true));
            add(box);
        }
        if (fix.contextAlternative) {
            auto* alternative = wrappedLabel(
                ResultStyle::richText(tr("Or, without editing any policy: %1").arg(fromStd(*fix.contextAlternative))),
                this);
            alternative->setObjectName(QStringLiteral("fixContextAlternative"));
            add(alternative);
        }
    }

    if (fix.kind == SmallestFix::Kind::ChangeDeny) {
        for (std::size_t i = 0; i < fix.denyStatements.size(); ++i) {
            const StatementRef ref = fix.denyStatements[i];
            auto* row = new QWidget(this);
            row->setObjectName(QStringLiteral("fixDeny%1").arg(i));
            auto* layout = new QHBoxLayout(row);
            layout->setContentsMargins(0, 0, 0, 0);
            auto* symbol = new QLabel(QStringLiteral("✕"), row);
            symbol->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;")
                                      .arg(ResultStyle::foreground(ResultStyle::Tone::ExplicitDeny, palette()).name()));
            layout->addWidget(symbol);
            QString describe = fromStd(describeStatement(ref));
            describe = describe.left(1).toUpper() + describe.mid(1);
            layout->addWidget(wrappedLabel(ResultStyle::richText(describe), row), 1);
            auto* show = new QPushButton(tr("Show"), row);
            show->setObjectName(QStringLiteral("showDenyStatement"));
            show->setToolTip(tr("Select this statement in the trace and show its JSON."));
            connect(show, &QPushButton::clicked, this, [this, ref] { emit statementRequested(ref); });
            layout->addWidget(show);
            add(row);
        }
    }
}

void SmallestFixView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    // The tinted parts took their colours from the palette when they were made.
    if (event->type() == QEvent::PaletteChange)
        refresh();
}

} // namespace iam::ui
