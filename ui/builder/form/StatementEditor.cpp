#include "ui/builder/form/StatementEditor.h"

#include <algorithm>

#include <QButtonGroup>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QUndoStack>
#include <QVBoxLayout>

#include "core/edit/PolicyTextEditor.h"
#include "core/json/JsonPointer.h"
#include "ui/builder/form/ActionPicker.h"
#include "ui/builder/form/CollapsibleSection.h"
#include "ui/builder/form/ConditionEditor.h"
#include "ui/builder/form/FieldValidation.h"
#include "ui/builder/form/FormEdits.h"
#include "ui/builder/form/FormStyle.h"
#include "ui/builder/form/PrincipalEditor.h"
#include "ui/builder/form/ResourceEditor.h"
#include "ui/common/HeadingLabel.h"
#include "ui/session/PolicySession.h"

namespace iam::ui {

StatementEditor::StatementEditor(PolicySession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_heading(new HeadingLabel(QString(), 1.15, this))
    , m_sidField(new QLineEdit(this))
    , m_sidMessage(new QLabel(this))
    , m_allowButton(new QPushButton(tr("Allow"), this))
    , m_denyButton(new QPushButton(tr("Deny"), this))
    , m_effectGroup(new QButtonGroup(this))
    , m_effectHint(new QLabel(this))
    , m_actionListMode(new QRadioButton(this))
    , m_notActionMode(new QRadioButton(this))
    , m_notActionHint(new QLabel(this))
    , m_principalSection(new CollapsibleSection(tr("Who it applies to (Principal)"), this))
    , m_actionsSection(new CollapsibleSection(tr("Actions"), this))
    , m_resourcesSection(new CollapsibleSection(tr("Resources"), this))
    , m_conditionsSection(new CollapsibleSection(tr("Conditions (optional)"), this))
    , m_principalEditor(new PrincipalEditor(session, this))
    , m_actionPicker(new ActionPicker(session, this))
    , m_resourceEditor(new ResourceEditor(session, this))
    , m_conditionEditor(new ConditionEditor(session, this))
{
    m_heading->setObjectName(QStringLiteral("statementHeading"));

    m_sidField->setObjectName(QStringLiteral("sidField"));
    m_sidField->setPlaceholderText(tr("Optional name, e.g. ReadReports"));
    m_sidField->setToolTip(tr("The Sid names the statement so you can tell statements apart. Letters and digits "
                              "only; AWS ignores it when deciding."));
    m_sidField->setClearButtonEnabled(true);
    m_sidMessage->setObjectName(QStringLiteral("sidMessage"));
    FormStyle::makeFieldMessage(m_sidMessage, Severity::Error);
    m_sidMessage->hide();

    m_allowButton->setObjectName(QStringLiteral("effectAllowButton"));
    m_denyButton->setObjectName(QStringLiteral("effectDenyButton"));
    for (QPushButton* button : { m_allowButton, m_denyButton }) {
        FormStyle::makeSwitchButton(button);
        button->setAutoDefault(false);
        button->setMinimumWidth(button->fontMetrics().horizontalAdvance(button->text()) + 40);
    }
    m_allowButton->setToolTip(tr("This statement gives permission"));
    m_denyButton->setToolTip(tr("This statement takes permission away, whatever other statements allow"));
    m_effectGroup->addButton(m_allowButton);
    m_effectGroup->addButton(m_denyButton);
    m_effectGroup->setExclusive(true);
    m_effectHint->setObjectName(QStringLiteral("effectHint"));
    FormStyle::makeHint(m_effectHint);

    auto* effectRow = new QHBoxLayout;
    effectRow->setSpacing(0);
    effectRow->addWidget(m_allowButton);
    effectRow->addWidget(m_denyButton);
    effectRow->addSpacing(10);
    effectRow->addWidget(m_effectHint, 1);

    m_actionListMode->setObjectName(QStringLiteral("actionModeList"));
    m_notActionMode->setObjectName(QStringLiteral("actionModeExcept"));
    auto* modeGroup = new QButtonGroup(this);
    modeGroup->addButton(m_actionListMode);
    modeGroup->addButton(m_notActionMode);
    m_notActionHint->setObjectName(QStringLiteral("notActionHint"));
    FormStyle::makeFieldMessage(m_notActionHint, Severity::Warning);
    m_notActionHint->hide();
    auto* modeBox = new QVBoxLayout;
    modeBox->setSpacing(2);
    modeBox->addWidget(m_actionListMode);
    modeBox->addWidget(m_notActionMode);
    modeBox->addWidget(m_notActionHint);

    auto* fields = new QFormLayout;
    fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    fields->setRowWrapPolicy(QFormLayout::WrapLongRows);
    fields->addRow(tr("&Name (Sid):"), m_sidField);
    fields->addRow(QString(), m_sidMessage);
    fields->addRow(tr("Effect:"), effectRow);
    fields->addRow(tr("Actions:"), modeBox);

    m_principalSection->setObjectName(QStringLiteral("principalSection"));
    m_actionsSection->setObjectName(QStringLiteral("actionsSection"));
    m_resourcesSection->setObjectName(QStringLiteral("resourcesSection"));
    m_conditionsSection->setObjectName(QStringLiteral("conditionsSection"));
    m_principalSection->setBody(m_principalEditor);
    m_actionsSection->setBody(m_actionPicker);
    m_resourcesSection->setBody(m_resourceEditor);
    m_conditionsSection->setBody(m_conditionEditor);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 8, 6);
    layout->setSpacing(8);
    layout->addWidget(m_heading);
    layout->addLayout(fields);
    layout->addWidget(m_principalSection);
    layout->addWidget(m_actionsSection);
    layout->addWidget(m_resourcesSection);
    layout->addWidget(m_conditionsSection);
    layout->addStretch(1);

    connect(m_sidField, &QLineEdit::textEdited, this, &StatementEditor::editSid);
    m_sidField->installEventFilter(this);
    connect(m_allowButton, &QPushButton::clicked, this, [this] { setEffect(Effect::Allow); });
    connect(m_denyButton, &QPushButton::clicked, this, [this] { setEffect(Effect::Deny); });
    connect(m_actionListMode, &QRadioButton::clicked, this, [this] { setNotAction(false); });
    connect(m_notActionMode, &QRadioButton::clicked, this, [this] { setNotAction(true); });
    // A recipe written for the other effect offers to switch the statement.
    connect(m_conditionEditor, &ConditionEditor::effectRequested, this, &StatementEditor::setEffect);
    updateModeTexts();
}

void StatementEditor::focusFirstField()
{
    m_sidField->setFocus(Qt::OtherFocusReason);
}

void StatementEditor::showStatement(const StatementContext& context)
{
    const bool switched = context.switchedStatement || context.index != m_context.index;
    m_context = context;
    m_context.switchedStatement = switched;
    setEnabled(context.editable);
    if (!context.isValid()) {
        m_heading->setText(QString());
        return;
    }
    const Statement& statement = *context.statement;
    m_heading->setText(tr("Statement %1").arg(context.index + 1));

    // The Sid field keeps its text and cursor while the user types in it: the text only changes
    // when it differs from the JSON for another reason (another statement, an undo, typing in JSON).
    const QString sid = statement.sid ? QString::fromStdString(*statement.sid) : QString();
    if (switched)
        m_sidPending = false;
    if (m_sidField->text() != sid && (switched || !m_sidPending)) {
        const QSignalBlocker blocker(m_sidField);
        const int cursor = m_sidField->cursorPosition();
        m_sidField->setText(sid);
        m_sidField->setCursorPosition(std::min(cursor, static_cast<int>(sid.size())));
        m_sidMessage->hide();
    }

    {
        const QSignalBlocker allowBlocker(m_allowButton);
        const QSignalBlocker denyBlocker(m_denyButton);
        m_allowButton->setChecked(statement.effect == Effect::Allow);
        m_denyButton->setChecked(statement.effect == Effect::Deny);
    }
    {
        const bool notAction = statement.notAction && !statement.action;
        const QSignalBlocker listBlocker(m_actionListMode);
        const QSignalBlocker exceptBlocker(m_notActionMode);
        m_actionListMode->setChecked(!notAction);
        m_notActionMode->setChecked(notAction);
    }
    updateModeTexts();

    const bool showPrincipal = kindRequiresPrincipal(context.kind) || statement.principal.has_value();
    m_principalSection->setVisible(showPrincipal);
    if (showPrincipal)
        m_principalEditor->showStatement(m_context);

    m_actionPicker->showStatement(m_context);
    const auto* actions
        = statement.action ? &*statement.action : (statement.notAction ? &*statement.notAction : nullptr);
    const int actionCount = actions ? static_cast<int>(actions->values.size()) : 0;
    m_actionsSection->setSummary(actionCount == 0 ? tr("none chosen yet") : tr("%n chosen", nullptr, actionCount));

    const bool showResources = context.kind != PolicyKind::Trust || statement.resource || statement.notResource;
    m_resourcesSection->setVisible(showResources);
    if (showResources) {
        m_resourceEditor->showStatement(m_context);
        const auto* resources
            = statement.resource ? &*statement.resource : (statement.notResource ? &*statement.notResource : nullptr);
        const int resourceCount = resources ? static_cast<int>(resources->values.size()) : 0;
        m_resourcesSection->setSummary(resourceCount == 0 ? tr("none yet") : tr("%n listed", nullptr, resourceCount));
    }

    m_conditionEditor->showStatement(m_context);
    int conditionCount = 0;
    if (statement.condition)
        for (const auto& clause : *statement.condition)
            conditionCount += static_cast<int>(clause.keys.size());
    m_conditionsSection->setSummary(conditionCount == 0 ? tr("none") : tr("%n set", nullptr, conditionCount));
}

void StatementEditor::updateModeTexts()
{
    const bool deny = m_denyButton->isChecked();
    m_effectHint->setText(deny ? tr("Deny takes these actions away, even where another statement allows them.")
                               : tr("Allow gives permission for the actions below."));
    m_actionListMode->setText(
        deny ? tr("Deny only the actions chosen below") : tr("Allow only the actions chosen below"));
    m_notActionMode->setText(deny ? tr("Deny every action except the ones chosen below (NotAction)")
                                  : tr("Allow every action except the ones chosen below (NotAction)"));
    m_notActionHint->setVisible(m_notActionMode->isChecked() && !deny);
    m_notActionHint->setText(tr("Careful: Allow with NotAction grants everything else in AWS, including actions "
                                "added in the future. It is usually meant for a Deny."));
}

void StatementEditor::editSid(const QString& text)
{
    if (!m_context.isValid())
        return;
    QString error = FieldValidation::sidError(text);
    const auto& others = m_context.otherSids;
    if (error.isEmpty() && std::find(others.begin(), others.end(), text.toStdString()) != others.end())
        error = tr("Another statement is already named %1. Each statement needs its own Sid.").arg(text);
    m_sidMessage->setText(error);
    m_sidMessage->setVisible(!error.isEmpty());
    if (!error.isEmpty()) {
        m_sidPending = true;
        return;
    }
    m_sidPending = false;
    const std::string pointer = appendPointer(m_context.pointer, "Sid");
    const bool hadSid = m_context.statement->sid.has_value();
    if (text.isEmpty()) {
        if (hadSid)
            m_session.applyEdit(tr("Remove Sid"), [&](PolicyTextEditor& editor) { return editor.remove(pointer); });
        return;
    }
    const std::string sid = text.toStdString();
    // One undo step for the whole name, not one per letter.
    m_session.applyEdit(
        tr("Rename statement to %1").arg(text),
        [&](PolicyTextEditor& editor) { return FormEdits::setString(editor, pointer, sid); },
        QStringLiteral("sid") + QString::fromStdString(pointer));
}

void StatementEditor::setEffect(Effect effect)
{
    if (!m_context.isValid() || m_context.statement->effect == effect) {
        updateModeTexts();
        return;
    }
    const std::string pointer = appendPointer(m_context.pointer, "Effect");
    const bool allow = effect == Effect::Allow;
    const bool changed = m_session.applyEdit(allow ? tr("Set effect to Allow") : tr("Set effect to Deny"),
        [&](PolicyTextEditor& editor) { return FormEdits::setString(editor, pointer, allow ? "Allow" : "Deny"); });
    if (!changed) {
        // The switch shows what the JSON says, not the click that could not be applied.
        const QSignalBlocker allowBlocker(m_allowButton);
        const QSignalBlocker denyBlocker(m_denyButton);
        m_allowButton->setChecked(m_context.statement->effect == Effect::Allow);
        m_denyButton->setChecked(m_context.statement->effect == Effect::Deny);
    }
    updateModeTexts();
}

void StatementEditor::setNotAction(bool notAction)
{
    if (!m_context.isValid())
        return;
    const Statement& statement = *m_context.statement;
    const bool isNotAction = statement.notAction && !statement.action;
    if (isNotAction == notAction)
        return;
    const std::string from = appendPointer(m_context.pointer, notAction ? "Action" : "NotAction");
    const std::string to = notAction ? "NotAction" : "Action";
    const bool exists = notAction ? statement.action.has_value() : statement.notAction.has_value();
    const bool changed
        = m_session.applyEdit(notAction ? tr("Use NotAction") : tr("Use Action"), [&](PolicyTextEditor& editor) {
              if (exists)
                  return editor.renameMember(from, to);
              return FormEdits::setEmptyList(editor, appendPointer(m_context.pointer, to));
          });
    if (!changed) {
        const QSignalBlocker listBlocker(m_actionListMode);
        const QSignalBlocker exceptBlocker(m_notActionMode);
        m_actionListMode->setChecked(!isNotAction);
        m_notActionMode->setChecked(isNotAction);
    }
    updateModeTexts();
}

bool StatementEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_sidField || (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress))
        return QWidget::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    const bool undo = key->matches(QKeySequence::Undo);
    const bool redo = key->matches(QKeySequence::Redo);
    if (!undo && !redo)
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::ShortcutOverride) {
        event->accept();  // comes back as a key press here, so the window's Undo does not run as well
        return true;
    }
    QUndoStack* history = m_session.undoStack();
    if (undo)
        history->undo();
    else
        history->redo();
    return true;
}

} // namespace iam::ui
