#include "ui/simulate/results/TraceView.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTreeView>
#include <QVBoxLayout>

#include "core/eval/EvaluationReport.h"
#include "core/eval/StatementLocator.h"
#include "ui/common/JsonEditor.h"
#include "ui/simulate/SimulationSession.h"
#include "ui/simulate/results/EvaluationFlow.h"
#include "ui/simulate/results/ResultStyle.h"
#include "ui/simulate/results/TraceModel.h"

namespace iam::ui {

TraceView::TraceView(SimulationSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new TraceModel(this))
    , m_tree(new QTreeView(this))
    , m_caption(new QLabel(this))
    , m_editor(new JsonEditor(this))
{
    setObjectName(QStringLiteral("traceView"));
    m_tree->setObjectName(QStringLiteral("traceTree"));
    m_caption->setObjectName(QStringLiteral("traceCaption"));
    m_editor->setObjectName(QStringLiteral("traceJson"));

    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(false);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setAccessibleName(tr("Statements weighed"));
    m_tree->header()->setStretchLastSection(true);
    // The reason is what a reader comes for: the names column takes a fair share and elides the rest
    // (the full text is in each cell's tooltip and in the caption under the tree).
    m_tree->header()->setSectionResizeMode(TraceModel::StatementColumn, QHeaderView::Interactive);
    m_tree->header()->resizeSection(TraceModel::StatementColumn, fontMetrics().averageCharWidth() * 36);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->header()->setSectionResizeMode(TraceModel::MatchColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(TraceModel::EffectColumn, QHeaderView::ResizeToContents);

    m_caption->setWordWrap(true);
    m_caption->setTextFormat(Qt::RichText);
    m_editor->setReadOnly(true);
    m_editor->setAccessibleName(tr("The selected statement's policy"));

    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_caption);
    bottomLayout->addWidget(m_editor, 1);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("traceSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_tree);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TraceView::showSelection);
    connect(&m_session, &SimulationSession::resultChanged, this, &TraceView::refresh);
    refresh();
}

void TraceView::refresh()
{
    // Keep the reader's place across edits: the same statement stays selected when it still exists.
    const std::optional<StatementRef> previous = selectedStatement();
    m_model->setResult(m_session.result(), m_session.document(), m_session.build());
    m_tree->expandAll();
    m_shown.reset();
    const auto& result = m_session.result();
    if (!result) {
        clearEditor(tr("No decision yet, so no statements to show."));
        return;
    }
    if (previous && selectStatement(*previous))
        return;
    if (!result->decidedBy.empty()) {
        // The deny that decides, or the grant the decision rests on (not the organization's blanket allow).
        const StatementRef* first = &result->decidedBy.front();
        for (const StatementRef& ref : result->decidedBy) {
            if (ref.type == PolicyType::Identity || ref.type == PolicyType::Resource) {
                first = &ref;
                break;
            }
        }
        if (result->decision == Decision::ExplicitDeny)
            first = &result->decidedBy.front();
        if (selectStatement(*first))
            return;
    }
    if (result->decision == Decision::ImplicitDeny && result->blockedBy) {
        // Nothing decided it, so show where it stopped: the first statement of the gate that closed
        // (of its first level without an Allow), with the reason it does not allow.
        const EvaluationFlow flow(*result, m_session.document(), m_session.build());
        int level = -1;
        if (const auto stop = flow.stop(); stop && stop->gateKey.contains(QLatin1Char(':')))
            level = stop->gateKey.section(QLatin1Char(':'), 1).toInt();
        for (const StatementTrace& entry : result->trace) {
            if (entry.ref.type == *result->blockedBy && (level < 0 || entry.ref.level == level)
                && selectStatement(entry.ref))
                return;
        }
    }
    clearEditor(m_model->rowCount() == 0 ? tr("No statement was weighed: no policy in play.")
                                         : tr("Select a statement to see its JSON."));
}

bool TraceView::selectStatement(const StatementRef& ref)
{
    const QModelIndex index = m_model->indexOf(ref);
    if (!index.isValid())
        return false;
    m_tree->expand(index.parent());
    m_tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_tree->scrollTo(index);
    showSelection();
    return true;
}

std::optional<StatementRef> TraceView::selectedStatement() const
{
    if (const StatementTrace* statement = m_model->statementAt(m_tree->currentIndex()))
        return statement->ref;
    return std::nullopt;
}

void TraceView::showSelection()
{
    const QModelIndex current = m_tree->currentIndex();
    const std::optional<StatementRef> policy = m_model->policyRefAt(current);
    if (!policy) {
        clearEditor(tr("Select a statement to see its JSON."));
        return;
    }
    const StatementTrace* statement = m_model->statementAt(current);
    showPolicy(*policy, statement ? std::optional<StatementRef>(statement->ref) : std::nullopt);
    if (statement)
        emit statementSelected(statement->ref);
}

void TraceView::clearEditor(const QString& caption)
{
    m_caption->setText(caption.toHtmlEscaped());
    m_editor->setTextSilently(QString());
    m_highlighted = { 0, 0 };
    m_shown.reset();
}

void TraceView::showPolicy(const StatementRef& policyRef, const std::optional<StatementRef>& statement)
{
    const std::optional<std::size_t> documentIndex = m_session.build().documentIndex(policyRef);
    if (!documentIndex || *documentIndex >= m_session.document().policies.size()) {
        clearEditor(tr("This policy's text is not available."));
        return;
    }
    const std::string& text = m_session.document().policies[*documentIndex].text;
    const QString shown = QString::fromStdString(text);
    if (m_editor->documentText() != shown)
        m_editor->setTextSilently(shown);

    // Clear the previous highlight; block formats live in the document, not in the editor's selections.
    QTextCursor all(m_editor->document());
    all.select(QTextCursor::Document);
    all.setBlockFormat(QTextBlockFormat());
    m_highlighted = { 0, 0 };
    m_shown = statement;

    if (!statement) {
        m_caption->setText(ResultStyle::richText(QString::fromStdString(std::string(policyTypeTitle(policyRef.type)))
            + (policyRef.policyName.empty()
                    ? QString()
                    : QStringLiteral(" `%1`").arg(QString::fromStdString(policyRef.policyName)))));
        return;
    }

    QString description = QString::fromStdString(describeStatement(*statement));
    if (!description.isEmpty())
        description[0] = description[0].toUpper();
    const std::optional<SourceSpan> span = locateStatement(text, statement->statementIndex);
    if (!span) {
        m_caption->setText(ResultStyle::richText(description));
        return;
    }
    // The span counts UTF-8 bytes; the editor counts UTF-16 units.
    const int start = static_cast<int>(QString::fromUtf8(text.data(), static_cast<qsizetype>(span->offset)).size());
    const int end = start
        + static_cast<int>(QString::fromUtf8(text.data() + span->offset, static_cast<qsizetype>(span->length)).size());
    QTextDocument* document = m_editor->document();
    const QTextBlock first = document->findBlock(start);
    const QTextBlock last = document->findBlock(qMax(start, end - 1));
    m_highlighted = { first.blockNumber() + 1, last.blockNumber() + 1 };

    const StatementTrace* trace = m_model->statementAt(m_model->indexOf(*statement));
    const QPalette pal = palette();
    ResultStyle::Tone tone = ResultStyle::Tone::Neutral;
    if (trace && trace->matched)
        tone = statement->effect == Effect::Deny ? ResultStyle::Tone::ExplicitDeny : ResultStyle::Tone::Allowed;
    QColor background = ResultStyle::background(tone, pal);
    if (tone == ResultStyle::Tone::Neutral) {
        background = pal.color(QPalette::Highlight);
        background.setAlpha(ResultStyle::isDark(pal) ? 70 : 40);
    }
    QTextCursor lines(document);
    lines.setPosition(first.position());
    lines.setPosition(last.position(), QTextCursor::KeepAnchor);
    QTextBlockFormat format;
    format.setBackground(background);
    lines.mergeBlockFormat(format);

    QString caption = tr("%1 — lines %2–%3").arg(description).arg(m_highlighted.first).arg(m_highlighted.second);
    QString why;
    if (trace && !trace->matched)
        why = tr("Does not apply: %1.").arg(QString::fromStdString(explainMismatch(trace->mismatch)));
    else if (trace && m_model->isDeciding(*statement))
        why = statement->effect == Effect::Deny ? tr("This Deny matches, and a Deny always wins.")
                                                : tr("This Allow matches: the decision rests on it.");
    else if (trace)
        why = tr("Applies to this request.");
    m_caption->setText(ResultStyle::richText(caption)
        + (why.isEmpty() ? QString() : QStringLiteral("<br>") + ResultStyle::richText(why)));
    // The cursor on the statement's `{` lights its closing `}` too, framing the statement.
    QTextCursor cursor = m_editor->textCursor();
    cursor.setPosition(start);
    m_editor->setTextCursor(cursor);
    // Show the statement from its first line, with one line of the policy above it for context.
    m_editor->verticalScrollBar()->setValue(qMax(0, first.blockNumber() - 1));
}

void TraceView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_shown) {
        if (const std::optional<StatementRef> policy = m_model->policyRefAt(m_model->indexOf(*m_shown)))
            showPolicy(*policy, m_shown);
    }
}

} // namespace iam::ui
