#include "ui/builder/BuildPage.h"

#include <map>

#include <QFrame>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

#include "ui/common/DiagnosticsModel.h"
#include "ui/common/HeadingLabel.h"
#include "ui/common/JsonEditor.h"
#include "ui/session/PolicySession.h"

namespace iam::ui {

namespace {

QString countText(Severity severity, int count)
{
    const bool one = count == 1;
    switch (severity) {
    case Severity::Error: return one ? BuildPage::tr("1 error") : BuildPage::tr("%1 errors").arg(count);
    case Severity::SecurityWarning:
        return one ? BuildPage::tr("1 security warning") : BuildPage::tr("%1 security warnings").arg(count);
    case Severity::Warning: return one ? BuildPage::tr("1 warning") : BuildPage::tr("%1 warnings").arg(count);
    case Severity::Suggestion:
        return one ? BuildPage::tr("1 suggestion") : BuildPage::tr("%1 suggestions").arg(count);
    }
    return {};
}

}  // namespace

BuildPage::BuildPage(PolicySession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_editor(new JsonEditor(this))
    , m_model(new DiagnosticsModel(this))
    , m_findingsView(new QTreeView(this))
    , m_summary(new QLabel(this))
{
    auto* title = new HeadingLabel(tr("Build a policy"), 1.6, this);
    title->setObjectName(QStringLiteral("pageTitle"));

    auto* banner = new QLabel(tr("The visual form builder arrives in a later release. For now, write the policy "
                                 "as JSON: every problem shows up below as you type."),
                              this);
    banner->setObjectName(QStringLiteral("banner"));
    banner->setWordWrap(true);

    m_editor->setObjectName(QStringLiteral("policyEditor"));
    m_editor->setPlaceholderText(tr("Type or paste an IAM policy here, for example:\n\n"
                                    "{\n"
                                    "  \"Version\": \"2012-10-17\",\n"
                                    "  \"Statement\": [\n"
                                    "    {\n"
                                    "      \"Effect\": \"Allow\",\n"
                                    "      \"Action\": \"s3:GetObject\",\n"
                                    "      \"Resource\": \"arn:aws:s3:::example-bucket/*\"\n"
                                    "    }\n"
                                    "  ]\n"
                                    "}"));

    auto* editorFrame = new QFrame(this);
    editorFrame->setObjectName(QStringLiteral("editorFrame"));
    auto* editorLayout = new QVBoxLayout(editorFrame);
    editorLayout->setContentsMargins(1, 1, 1, 1);
    editorLayout->addWidget(m_editor);

    auto* findingsTitle = new HeadingLabel(tr("Findings"), 1.15, this);
    m_summary->setObjectName(QStringLiteral("findingsSummary"));

    m_findingsView->setObjectName(QStringLiteral("findingsView"));
    m_findingsView->setAccessibleName(tr("Findings"));
    m_findingsView->setModel(m_model);
    m_findingsView->setRootIsDecorated(false);
    m_findingsView->setUniformRowHeights(true);
    m_findingsView->setAlternatingRowColors(true);
    m_findingsView->setWordWrap(false);
    m_findingsView->setTextElideMode(Qt::ElideRight);
    // The problem and its remedy share the width; the tooltip holds the full text of both.
    QHeaderView* header = m_findingsView->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(DiagnosticsModel::SeverityColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DiagnosticsModel::PositionColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DiagnosticsModel::MessageColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(DiagnosticsModel::HelpColumn, QHeaderView::Stretch);

    auto* findingsPanel = new QWidget(this);
    auto* findingsLayout = new QVBoxLayout(findingsPanel);
    findingsLayout->setContentsMargins(0, 12, 0, 0);
    findingsLayout->setSpacing(6);
    auto* findingsHeader = new QHBoxLayout;
    findingsHeader->addWidget(findingsTitle);
    findingsHeader->addSpacing(12);
    findingsHeader->addWidget(m_summary, 1, Qt::AlignBottom);
    findingsLayout->addLayout(findingsHeader);
    findingsLayout->addWidget(m_findingsView);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(editorFrame);
    splitter->addWidget(findingsPanel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(12);
    layout->addWidget(title);
    layout->addWidget(banner);
    layout->addWidget(splitter, 1);

    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_showingSessionText)
            m_session.setText(m_editor->toPlainText());
    });
    connect(&m_session, &PolicySession::textChanged, this, &BuildPage::showSessionText);
    connect(&m_session, &PolicySession::diagnosticsChanged, this, &BuildPage::showDiagnostics);
    connect(m_findingsView, &QTreeView::doubleClicked, this, &BuildPage::jumpToFinding);
    connect(m_findingsView, &QTreeView::activated, this, &BuildPage::jumpToFinding);

    showSessionText();
    showDiagnostics();
}

void BuildPage::jumpToFinding(const QModelIndex& index)
{
    if (!index.isValid() || index.data(DiagnosticsModel::LineRole).toInt() <= 0)
        return;
    const auto offset = index.data(DiagnosticsModel::ByteOffsetRole).toULongLong();
    m_editor->moveCursorToPosition(m_session.textPositionForByteOffset(static_cast<std::size_t>(offset)));
}

void BuildPage::showSessionText()
{
    // The editor's own edits come back through the session; only replace the text when it differs,
    // so typing keeps the cursor and the undo history.
    if (m_editor->toPlainText() == m_session.text())
        return;
    m_showingSessionText = true;
    m_editor->setTextSilently(m_session.text());
    m_showingSessionText = false;
}

void BuildPage::showMarkers()
{
    // The findings may describe text the user has typed over since; they are redrawn after the next check.
    if (m_editor->toPlainText() != m_session.text())
        return;
    QList<JsonEditor::Marker> markers;
    for (const auto& diagnostic : m_session.diagnostics()) {
        if (!diagnostic.span.isKnown())
            continue;
        JsonEditor::Marker marker;
        marker.start = m_session.textPositionForByteOffset(diagnostic.span.offset);
        marker.end = m_session.textPositionForByteOffset(diagnostic.span.offset + diagnostic.span.length);
        if (marker.end <= marker.start)
            marker.end = marker.start + 1;  // a point still gets a visible mark
        marker.color = DiagnosticsModel::severityColor(diagnostic.severity);
        marker.toolTip = QString::fromStdString(diagnostic.message);
        if (!diagnostic.help.empty())
            marker.toolTip += QLatin1Char('\n') + QString::fromStdString(diagnostic.help);
        markers << marker;
    }
    m_editor->setMarkers(markers);
}

void BuildPage::showDiagnostics()
{
    const auto& diagnostics = m_session.diagnostics();
    m_model->setDiagnostics(diagnostics);
    showMarkers();
    if (m_session.text().trimmed().isEmpty()) {
        m_summary->setText(tr("Nothing to check yet: type or paste a policy above."));
        return;
    }
    if (diagnostics.empty()) {
        m_summary->setText(tr("No problems found."));
        return;
    }
    std::map<Severity, int> counts;
    for (const auto& diagnostic : diagnostics)
        ++counts[diagnostic.severity];
    QStringList parts;
    for (const auto& [severity, count] : counts)
        parts << countText(severity, count);
    m_summary->setText(parts.join(QStringLiteral(", ")));
}

}  // namespace iam::ui
