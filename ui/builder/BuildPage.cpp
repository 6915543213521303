#include "ui/builder/BuildPage.h"

#include <map>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include "core/lint/PolicyKind.h"
#include "ui/builder/BuiltInTemplates.h"
#include "ui/builder/ExportDialog.h"
#include "ui/builder/ManagedPolicyDialog.h"
#include "ui/builder/PolicyKindNames.h"
#include "ui/builder/TemplateGalleryDialog.h"
#include "ui/builder/form/PolicyForm.h"
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
    case Severity::Error:
        return one ? BuildPage::tr("1 error") : BuildPage::tr("%1 errors").arg(count);
    case Severity::SecurityWarning:
        return one ? BuildPage::tr("1 security warning") : BuildPage::tr("%1 security warnings").arg(count);
    case Severity::Warning:
        return one ? BuildPage::tr("1 warning") : BuildPage::tr("%1 warnings").arg(count);
    case Severity::Suggestion:
        return one ? BuildPage::tr("1 suggestion") : BuildPage::tr("%1 suggestions").arg(count);
    }
    return {};
}

QString withThousands(int number)
{
    // Always "6,144", as AWS's documentation writes the quotas.
    return QLocale(QLocale::English).toString(number);
}

const QString kCrLf = QStringLiteral("\r\n");

} // namespace

BuildPage::BuildPage(PolicySession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_editor(new JsonEditor(this))
    , m_model(new DiagnosticsModel(this))
{
    m_editor->setObjectName(QStringLiteral("policyEditor"));
    m_editor->setUndoStack(session.undoStack());
    m_editor->setPlaceholderText(tr("Fill in the form on the left, start from a template (New from, above), or "
                                    "type or paste an IAM policy here, for example:\n\n"
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

    m_form = new PolicyForm(session, this);
    if (m_form->objectName().isEmpty())
        m_form->setObjectName(QStringLiteral("policyForm"));

    m_sides = new QSplitter(Qt::Horizontal, this);
    m_sides->setObjectName(QStringLiteral("formJsonSplitter"));
    m_sides->setChildrenCollapsible(false);
    m_sides->addWidget(m_form);
    m_sides->addWidget(editorFrame);
    m_sides->setStretchFactor(0, 1);
    m_sides->setStretchFactor(1, 1);
    // Half and half whatever the form's widest list asks for, so the JSON stays readable at 1280×800.
    m_sides->setSizes({ 540, 500 });

    auto* vertical = new QSplitter(Qt::Vertical, this);
    vertical->setObjectName(QStringLiteral("findingsSplitter"));
    vertical->setChildrenCollapsible(false);
    vertical->addWidget(m_sides);
    vertical->addWidget(createFindingsPanel());
    vertical->setStretchFactor(0, 1);
    vertical->setStretchFactor(1, 0);
    // The form needs the height; the findings list stays a few rows tall unless dragged larger.
    vertical->setSizes({ 640, 110 });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 14, 20, 12);
    layout->setSpacing(10);
    layout->addWidget(createTopBar());
    layout->addWidget(createReadOnlyBanner());
    layout->addWidget(vertical, 1);

    // A form field's own Ctrl+Z wins while it has the focus; anywhere else on the page the keys
    // reach the document's history.
    auto* undo = new QAction(this);
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(undo, &QAction::triggered, session.undoStack(), &QUndoStack::undo);
    auto* redo = new QAction(this);
    redo->setShortcuts({ QKeySequence(QKeySequence::Redo), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z) });
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(redo, &QAction::triggered, session.undoStack(), &QUndoStack::redo);
    addActions({ undo, redo });

    connect(m_editor, &QPlainTextEdit::textChanged, this, &BuildPage::takeEditorText);
    connect(&m_session, &PolicySession::textChanged, this, &BuildPage::showSessionText);
    connect(&m_session, &PolicySession::diagnosticsChanged, this, &BuildPage::showDiagnostics);
    connect(&m_session, &PolicySession::kindChanged, this, &BuildPage::updateKind);
    connect(&m_session, &PolicySession::readOnlyChanged, this, &BuildPage::updateReadOnly);
    connect(&m_session, &PolicySession::displayNameChanged, this, &BuildPage::updateReadOnly);

    showSessionText();
    showDiagnostics();
    updateKind();
    updateReadOnly();
}

QWidget* BuildPage::createTopBar()
{
    auto* bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("buildTopBar"));

    auto* title = new HeadingLabel(tr("Build a policy"), 1.6, bar);
    title->setObjectName(QStringLiteral("pageTitle"));

    auto* newFrom = new QPushButton(tr("New from"), bar);
    newFrom->setObjectName(QStringLiteral("newFromButton"));
    auto* newMenu = new QMenu(newFrom);
    QAction* empty = newMenu->addAction(tr("Empty policy"), this, &BuildPage::startEmpty);
    empty->setObjectName(QStringLiteral("actionNewEmpty"));
    QAction* gallery = newMenu->addAction(tr("Template gallery…"), this, &BuildPage::showTemplateGallery);
    gallery->setObjectName(QStringLiteral("actionNewFromTemplate"));
    QAction* managed = newMenu->addAction(tr("AWS managed policy…"), this, &BuildPage::showManagedPolicyPicker);
    managed->setObjectName(QStringLiteral("actionNewFromManaged"));
    newFrom->setMenu(newMenu);

    auto* exportButton = new QPushButton(tr("Export"), bar);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    auto* exportMenu = new QMenu(exportButton);
    const struct {
        ExportFormat format;
        QString text;
        const char* name;
    } formats[] = { { ExportFormat::Terraform, tr("As Terraform…"), "actionExportTerraform" },
        { ExportFormat::CloudFormation, tr("As CloudFormation…"), "actionExportCloudFormation" },
        { ExportFormat::AwsCli, tr("As an AWS CLI command…"), "actionExportAwsCli" } };
    for (const auto& entry : formats) {
        QAction* action
            = exportMenu->addAction(entry.text, this, [this, format = entry.format] { showExport(format); });
        action->setObjectName(QString::fromLatin1(entry.name));
        m_exportActions << action;
    }
    exportMenu->addSeparator();
    QAction* copy = exportMenu->addAction(tr("Copy JSON"), this, &BuildPage::copyJson);
    copy->setObjectName(QStringLiteral("actionCopyJsonPage"));
    exportButton->setMenu(exportMenu);

    auto* test = new QPushButton(tr("Test this policy"), bar);
    test->setObjectName(QStringLiteral("testPolicyButton"));
    test->setToolTip(tr("Put this policy in play on the Simulate page and ask what AWS would decide"));
    connect(test, &QPushButton::clicked, this, &BuildPage::testPolicyRequested);

    auto* kindLabel = new QLabel(tr("Policy kind:"), bar);
    m_kindSelector = new QComboBox(bar);
    m_kindSelector->setObjectName(QStringLiteral("kindSelector"));
    m_kindSelector->setAccessibleName(tr("Policy kind"));
    for (PolicyKind kind : allPolicyKinds()) {
        m_kindSelector->addItem(policyKindLabel(kind), static_cast<int>(kind));
        m_kindSelector->setItemData(m_kindSelector->count() - 1, policyKindHint(kind), Qt::ToolTipRole);
    }
    m_kindSelector->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    kindLabel->setBuddy(m_kindSelector);
    connect(m_kindSelector, &QComboBox::activated, this,
        [this](int index) { m_session.setKind(static_cast<PolicyKind>(m_kindSelector->itemData(index).toInt())); });
    m_kindHint = new QLabel(bar);
    m_kindHint->setObjectName(QStringLiteral("kindHint"));
    m_kindHint->setWordWrap(true);
    m_kindHint->setMinimumWidth(160);

    m_characterCount = new QLabel(bar);
    m_characterCount->setObjectName(QStringLiteral("characterCount"));
    m_characterCount->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto* firstRow = new QHBoxLayout;
    firstRow->setSpacing(8);
    firstRow->addWidget(title);
    firstRow->addStretch(1);
    firstRow->addWidget(m_characterCount);
    firstRow->addSpacing(12);
    firstRow->addWidget(newFrom);
    firstRow->addWidget(exportButton);
    firstRow->addWidget(test);

    auto* secondRow = new QHBoxLayout;
    secondRow->setSpacing(8);
    secondRow->addWidget(kindLabel);
    secondRow->addWidget(m_kindSelector);
    secondRow->addSpacing(8);
    secondRow->addWidget(m_kindHint, 1);

    auto* layout = new QVBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(firstRow);
    layout->addLayout(secondRow);
    return bar;
}

QWidget* BuildPage::createReadOnlyBanner()
{
    m_readOnlyBanner = new QWidget(this);
    m_readOnlyBanner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_readOnlyText = new QLabel(m_readOnlyBanner);
    m_readOnlyText->setObjectName(QStringLiteral("banner"));
    m_readOnlyText->setWordWrap(true);
    auto* duplicate = new QPushButton(tr("Duplicate as my policy"), m_readOnlyBanner);
    duplicate->setObjectName(QStringLiteral("duplicateButton"));
    connect(duplicate, &QPushButton::clicked, this, &BuildPage::duplicateAsOwnPolicy);
    auto* layout = new QHBoxLayout(m_readOnlyBanner);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_readOnlyText, 1);
    layout->addWidget(duplicate, 0, Qt::AlignVCenter);
    return m_readOnlyBanner;
}

QWidget* BuildPage::createFindingsPanel()
{
    auto* panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("findingsPanel"));

    auto* findingsTitle = new HeadingLabel(tr("Findings"), 1.15, panel);
    m_summary = new QLabel(panel);
    m_summary->setObjectName(QStringLiteral("findingsSummary"));

    m_fixButton = new QPushButton(tr("Fix"), panel);
    m_fixButton->setObjectName(QStringLiteral("fixButton"));
    connect(m_fixButton, &QPushButton::clicked, this, &BuildPage::applySelectedFix);

    m_findingsView = new QTreeView(panel);
    m_findingsView->setObjectName(QStringLiteral("findingsView"));
    m_findingsView->setAccessibleName(tr("Findings"));
    m_findingsView->setModel(m_model);
    m_findingsView->setRootIsDecorated(false);
    m_findingsView->setUniformRowHeights(true);
    m_findingsView->setAlternatingRowColors(true);
    m_findingsView->setWordWrap(false);
    m_findingsView->setTextElideMode(Qt::ElideRight);
    m_findingsView->setMinimumHeight(60);
    // The problem and its remedy share the width; the tooltip holds the full text of both.
    QHeaderView* header = m_findingsView->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(DiagnosticsModel::SeverityColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DiagnosticsModel::PositionColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DiagnosticsModel::MessageColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(DiagnosticsModel::HelpColumn, QHeaderView::Stretch);

    // A click shows the place and keeps the list's focus for the Fix button and the arrow keys;
    // Enter or a double-click goes there to edit.
    connect(m_findingsView, &QTreeView::clicked, this, [this](const QModelIndex& index) {
        if (index.isValid() && index.data(DiagnosticsModel::LineRole).toInt() > 0) {
            const auto offset = index.data(DiagnosticsModel::ByteOffsetRole).toULongLong();
            m_editor->moveCursorToPosition(
                editorPosition(m_session.textPositionForByteOffset(static_cast<std::size_t>(offset))), false);
        }
    });
    connect(m_findingsView, &QTreeView::doubleClicked, this, &BuildPage::jumpToFinding);
    connect(m_findingsView, &QTreeView::activated, this, &BuildPage::jumpToFinding);
    connect(
        m_findingsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &BuildPage::updateFixButton);

    auto* findingsHeader = new QHBoxLayout;
    findingsHeader->setSpacing(12);
    findingsHeader->addWidget(findingsTitle);
    findingsHeader->addWidget(m_summary, 1, Qt::AlignBottom);
    findingsHeader->addWidget(m_fixButton);

    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(findingsHeader);
    layout->addWidget(m_findingsView, 1);
    return panel;
}

void BuildPage::jumpToFinding(const QModelIndex& index)
{
    if (!index.isValid() || index.data(DiagnosticsModel::LineRole).toInt() <= 0)
        return;
    const auto offset = index.data(DiagnosticsModel::ByteOffsetRole).toULongLong();
    m_editor->moveCursorToPosition(
        editorPosition(m_session.textPositionForByteOffset(static_cast<std::size_t>(offset))));
}

void BuildPage::applySelectedFix()
{
    const QModelIndex current = m_findingsView->currentIndex();
    if (!current.isValid())
        return;
    // Findings of text typed since would put the fix in the wrong place: check the text first.
    if (!m_session.areDiagnosticsCurrent())
        m_session.reparseNow();
    const int row = current.row();
    if (row >= m_model->rowCount())
        return;
    const Diagnostic diagnostic = m_model->diagnosticAt(row);
    if (m_session.applyFix(diagnostic))
        emit statusMessage(tr("Applied the fix: %1").arg(QString::fromStdString(diagnostic.fixTitle)));
}

void BuildPage::showTemplateGallery()
{
    TemplateGalleryDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const std::optional<PolicyTemplate> chosen = dialog.selectedTemplate();
    if (chosen)
        openPolicyText(dialog.selectedText(), chosen->kind, QString::fromStdString(chosen->title));
}

bool BuildPage::openPolicyText(const QString& text, PolicyKind kind, const QString& name)
{
    if (!confirmDiscard())
        return false;
    // The kind first, so the policy is checked once, as what it is.
    m_session.setKind(kind);
    m_session.startUntitled(text, true, name);
    emit statusMessage(tr("Opened \"%1\" as a new draft. Save it to keep your changes.").arg(name));
    return true;
}

bool BuildPage::openTemplate(const QString& id)
{
    const std::optional<BuiltInTemplate> found = builtInTemplate(id);
    if (!found) {
        emit statusMessage(tr("There is no template called \"%1\".").arg(id));
        return false;
    }
    return openPolicyText(found->text, found->entry.kind, QString::fromStdString(found->entry.title));
}

void BuildPage::showManagedPolicyPicker()
{
    ManagedPolicyDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedName().isEmpty() || !confirmDiscard())
        return;
    // AWS managed policies are attached to users, groups and roles.
    m_session.setKind(PolicyKind::Identity);
    m_session.startUntitled(dialog.selectedText(), false, dialog.selectedName());
    m_session.setReadOnly(true);
}

void BuildPage::showExport(ExportFormat format)
{
    if (!m_session.areDiagnosticsCurrent())
        m_session.reparseNow();
    if (!m_session.policy() || !m_session.isPolicyCurrent())
        return;
    const QString name
        = m_session.filePath().isEmpty() ? m_session.displayName() : QFileInfo(m_session.filePath()).completeBaseName();
    ExportDialog dialog(*m_session.policy(), m_session.kind(),
        name == tr("Untitled") ? QStringLiteral("my-policy") : name, format, this);
    dialog.exec();
}

void BuildPage::copyJson()
{
    QApplication::clipboard()->setText(m_session.text());
    emit statusMessage(tr("Copied the policy's JSON"));
}

void BuildPage::startEmpty()
{
    if (!confirmDiscard())
        return;
    m_session.clear();
    m_editor->setFocus();
}

void BuildPage::duplicateAsOwnPolicy()
{
    // The same text, now the user's: editable, untitled, and worth a question before it is closed.
    const QString name = tr("Copy of %1").arg(m_session.displayName());
    m_session.startUntitled(m_session.text(), true, name);
    emit statusMessage(tr("This copy is yours to change. Save it to keep it."));
}

void BuildPage::takeEditorText()
{
    if (m_showingSessionText)
        return;
    QString text = m_editor->documentText();
    if (m_crlf)
        text.replace(QLatin1Char('\n'), kCrLf);
    const QString before = m_session.text();
    if (text == before)
        return;
    // A paste or a cut is an undo step of its own; typed characters merge into one.
    const bool typing = JsonEditor::isTypingChange(before, text);
    if (!typing)
        m_session.endTypingStep();
    m_session.setText(text);
    if (!typing)
        m_session.endTypingStep();
}

void BuildPage::showSessionText()
{
    m_crlf = m_session.text().contains(kCrLf);
    const QString wanted = editorTextFor(m_session.text());
    // The editor's own edits come back through the session: nothing to do then.
    if (m_editor->documentText() != wanted) {
        m_showingSessionText = true;
        // A new document starts at its top; a change to the same one keeps the cursor and scroll.
        if (m_session.undoStack()->count() == 0)
            m_editor->setTextSilently(wanted);
        else
            m_editor->replaceTextKeepingView(wanted);
        m_showingSessionText = false;
    }
    updateCharacterCount();
}

QString BuildPage::editorTextFor(const QString& sessionText) const
{
    if (!m_crlf)
        return sessionText;
    QString text = sessionText;
    return text.replace(kCrLf, QStringLiteral("\n"));
}

int BuildPage::editorPosition(int sessionPosition) const
{
    if (!m_crlf)
        return sessionPosition;
    const QString text = m_session.text();
    int crs = 0;
    for (qsizetype at = text.indexOf(kCrLf); at >= 0 && at < sessionPosition; at = text.indexOf(kCrLf, at + 2))
        ++crs;
    return sessionPosition - crs;
}

void BuildPage::showMarkers()
{
    // The findings may describe text the user has typed over since; they are redrawn after the next check.
    if (m_editor->documentText() != editorTextFor(m_session.text()))
        return;
    QList<JsonEditor::Marker> markers;
    for (const auto& diagnostic : m_session.diagnostics()) {
        if (!diagnostic.span.isKnown())
            continue;
        JsonEditor::Marker marker;
        marker.start = editorPosition(m_session.textPositionForByteOffset(diagnostic.span.offset));
        marker.end
            = editorPosition(m_session.textPositionForByteOffset(diagnostic.span.offset + diagnostic.span.length));
        if (marker.end <= marker.start)
            marker.end = marker.start + 1; // a point still gets a visible mark
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
    // Keep the chosen finding chosen while its text is edited; otherwise offer the first fixable one.
    std::string selectedCode;
    std::string selectedPointer;
    if (const QModelIndex current = m_findingsView->currentIndex(); current.isValid()) {
        const Diagnostic& diagnostic = m_model->diagnosticAt(current.row());
        selectedCode = diagnostic.code;
        selectedPointer = diagnostic.pointer;
    }
    const auto& diagnostics = m_session.diagnostics();
    m_model->setDiagnostics(diagnostics);
    int select = -1;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Diagnostic& diagnostic = m_model->diagnosticAt(row);
        if (!selectedCode.empty() && diagnostic.code == selectedCode && diagnostic.pointer == selectedPointer) {
            select = row;
            break;
        }
        if (select < 0 && diagnostic.hasFix())
            select = row;
    }
    if (select >= 0)
        m_findingsView->selectionModel()->setCurrentIndex(
            m_model->index(select, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    showMarkers();
    updateFixButton();
    updateExportActions();

    if (m_session.text().trimmed().isEmpty()) {
        m_summary->setText(tr("Nothing to check yet: fill in the form, or type or paste a policy on the right."));
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

void BuildPage::updateCharacterCount()
{
    const int count = m_session.quotaCharacterCount();
    const int quota = m_session.sizeQuota();
    m_characterCount->setText(tr("%1 / %2 characters").arg(withThousands(count), withThousands(quota)));
    m_characterCount->setToolTip(
        tr("AWS limits how long %1 may be: %2 characters, not counting the spaces and line breaks between its "
           "parts.")
            .arg(QString::fromStdString(policyKindWithArticle(m_session.kind())), withThousands(quota)));
    // Over the quota AWS refuses the policy: say so in the colour of an error.
    m_characterCount->setStyleSheet(count > quota ? QStringLiteral("color: #d64545; font-weight: bold;") : QString());
}

void BuildPage::updateFixButton()
{
    const QModelIndex current = m_findingsView->currentIndex();
    const QString title = current.isValid() ? current.data(DiagnosticsModel::FixTitleRole).toString() : QString();
    const bool fixable = !title.isEmpty() && !m_session.isReadOnly();
    m_fixButton->setEnabled(fixable);
    m_fixButton->setText(fixable ? tr("Fix: %1").arg(title) : tr("Fix"));
    m_fixButton->setToolTip(fixable ? tr("Change the JSON as the finding suggests. Undo takes it back.")
                                    : tr("Choose a finding that can be fixed in one click: its tooltip says "
                                         "\"One-click fix\"."));
}

void BuildPage::updateKind()
{
    const int index = m_kindSelector->findData(static_cast<int>(m_session.kind()));
    m_kindSelector->setCurrentIndex(index);
    m_kindHint->setText(policyKindHint(m_session.kind()));
    updateCharacterCount();
}

void BuildPage::updateReadOnly()
{
    const bool readOnly = m_session.isReadOnly();
    m_editor->setReadOnly(readOnly);
    m_kindSelector->setEnabled(!readOnly);
    m_readOnlyBanner->setVisible(readOnly);
    if (readOnly)
        m_readOnlyText->setText(tr("%1 is an AWS managed policy: AWS writes and updates it, so it is shown "
                                   "read-only. To start your own policy from it, duplicate it.")
                                    .arg(m_session.displayName()));
    updateFixButton();
}

void BuildPage::updateExportActions()
{
    const bool exportable
        = m_session.policy().has_value() && m_session.isPolicyCurrent() && !m_session.text().trimmed().isEmpty();
    for (QAction* action : std::as_const(m_exportActions)) {
        action->setEnabled(exportable);
        action->setToolTip(exportable ? QString()
                                      : tr("Fix the errors first: only a policy that reads correctly "
                                           "can be exported."));
    }
}

bool BuildPage::confirmDiscard()
{
    return !m_discardCheck || m_discardCheck();
}

} // namespace iam::ui
