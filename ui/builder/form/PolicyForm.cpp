#include "ui/builder/form/PolicyForm.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QShortcut>
#include <QToolButton>
#include <QVBoxLayout>

#include "core/edit/PolicyTextEditor.h"
#include "ui/builder/form/FormEdits.h"
#include "ui/builder/form/FormStyle.h"
#include "ui/builder/form/StatementContext.h"
#include "ui/builder/form/StatementEditor.h"
#include "ui/builder/form/StatementListModel.h"
#include "ui/builder/form/StatementListView.h"
#include "ui/common/HeadingLabel.h"
#include "ui/session/PolicySession.h"

namespace iam::ui {

namespace {

QToolButton* makeToolButton(const QString& objectName, const QString& text, const QString& toolTip, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAccessibleName(toolTip);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setFocusPolicy(Qt::StrongFocus);
    return button;
}

} // namespace

PolicyForm::PolicyForm(PolicySession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_banner(new QLabel(this))
    , m_model(new StatementListModel(this))
    , m_list(new StatementListView(this))
    , m_addButton(new QPushButton(tr("Add statement"), this))
    , m_duplicateButton(makeToolButton(QStringLiteral("duplicateStatementButton"), tr("Duplicate"),
          tr("Add a copy of the selected statement right after it"), this))
    , m_removeButton(makeToolButton(QStringLiteral("removeStatementButton"), tr("Remove"),
          tr("Remove the selected statement (Delete). Undo brings it back."), this))
    , m_upButton(makeToolButton(
          QStringLiteral("moveStatementUpButton"), tr("Up"), tr("Move the selected statement up (Ctrl+Up)"), this))
    , m_downButton(makeToolButton(QStringLiteral("moveStatementDownButton"), tr("Down"),
          tr("Move the selected statement down (Ctrl+Down)"), this))
    , m_emptyHint(new QLabel(this))
    , m_scrollArea(new QScrollArea(this))
    , m_editor(new StatementEditor(session, this))
{
    setObjectName(QStringLiteral("policyForm"));

    m_banner->setObjectName(QStringLiteral("formStaleBanner"));
    m_banner->setText(tr("The JSON has an error, so the form shows the last version that worked; fix the JSON to "
                         "edit here."));
    FormStyle::makeBanner(m_banner, Severity::Warning);
    m_banner->hide();

    auto* title = new HeadingLabel(tr("Statements"), 1.25, this);
    auto* intro = new QLabel(tr("Each statement allows or denies some actions on some resources. AWS reads all of "
                                "them together, and a Deny always wins over an Allow."),
        this);
    intro->setObjectName(QStringLiteral("statementsIntro"));
    FormStyle::makeHint(intro);

    m_list->setObjectName(QStringLiteral("statementList"));
    m_list->setAccessibleName(tr("Statements"));
    m_list->setModel(m_model);
    m_list->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    m_addButton->setObjectName(QStringLiteral("addStatementButton"));
    m_addButton->setToolTip(tr("Add a new Allow statement at the end and open it below"));
    m_addButton->setDefault(false);
    m_upButton->setArrowType(Qt::UpArrow);
    m_downButton->setArrowType(Qt::DownArrow);
    m_upButton->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_downButton->setToolButtonStyle(Qt::ToolButtonIconOnly);

    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(6);
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_duplicateButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);
    buttons->addWidget(m_upButton);
    buttons->addWidget(m_downButton);

    m_emptyHint->setObjectName(QStringLiteral("emptyFormHint"));
    m_emptyHint->setText(tr("This policy has no statements yet. Click “Add statement” to start: you will choose "
                            "a service, tick the actions to allow, and say which resources they may touch."));
    m_emptyHint->setWordWrap(true);

    m_editor->setObjectName(QStringLiteral("statementEditor"));
    m_scrollArea->setObjectName(QStringLiteral("statementScrollArea"));
    m_scrollArea->setWidget(m_editor);
    m_scrollArea->setWidgetResizable(true);
    m_scrollArea->setFrameShape(QFrame::NoFrame);
    m_scrollArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_banner);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    // Only one of the two shows; either takes the rest of the height, so nothing floats apart.
    layout->addWidget(m_emptyHint, 1, Qt::AlignTop);
    layout->addWidget(m_scrollArea, 1);

    connect(m_addButton, &QPushButton::clicked, this, &PolicyForm::addStatement);
    connect(m_duplicateButton, &QToolButton::clicked, this, &PolicyForm::duplicateStatement);
    connect(m_removeButton, &QToolButton::clicked, this, &PolicyForm::removeStatement);
    connect(m_upButton, &QToolButton::clicked, this, [this] { moveStatement(m_current, m_current - 1); });
    connect(m_downButton, &QToolButton::clicked, this, [this] { moveStatement(m_current, m_current + 1); });
    // Queued: the drop arrives inside the view's own drag handling, which must finish before the
    // edit resets the rows under it.
    connect(m_list, &StatementListView::moveRequested, this, &PolicyForm::moveStatement, Qt::QueuedConnection);

    auto* up = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up), m_list, nullptr, nullptr, Qt::WidgetShortcut);
    connect(up, &QShortcut::activated, this, [this] { moveStatement(m_current, m_current - 1); });
    auto* down = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down), m_list, nullptr, nullptr, Qt::WidgetShortcut);
    connect(down, &QShortcut::activated, this, [this] { moveStatement(m_current, m_current + 1); });
    auto* remove = new QShortcut(QKeySequence::Delete, m_list, nullptr, nullptr, Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &PolicyForm::removeStatement);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& current) {
        if (m_refreshing || !current.isValid() || current.row() == m_current)
            return;
        m_current = current.row();
        showCurrentStatement(true);
        updateButtons();
    });

    connect(&m_session, &PolicySession::diagnosticsChanged, this, &PolicyForm::refresh);
    connect(&m_session, &PolicySession::kindChanged, this, &PolicyForm::refresh);
    connect(&m_session, &PolicySession::readOnlyChanged, this, &PolicyForm::refresh);
    connect(&m_session, &PolicySession::textChanged, this, [this] {
        // A blank page has nothing to parse; show it as an empty policy at once.
        if (m_session.text().trimmed().isEmpty())
            refresh();
    });
    refresh();
}

int PolicyForm::statementCount() const
{
    return m_model->rowCount();
}

void PolicyForm::selectStatement(int index)
{
    if (index < 0 || index >= statementCount())
        return;
    m_list->setCurrentIndex(m_model->index(index));
}

void PolicyForm::refresh()
{
    const bool blank = m_session.text().trimmed().isEmpty();
    const bool current = blank || m_session.isPolicyCurrent();
    const auto& policy = m_session.policy();
    m_editable = current && !m_session.isReadOnly();
    m_banner->setVisible(!current);

    const int previous = m_current;
    {
        const QScopedValueRollback guard(m_refreshing, true);
        m_model->setStatements(blank || !policy ? std::vector<Statement>() : policy->statements);
        const int count = statementCount();
        if (m_current >= count)
            m_current = count - 1;
        if (m_current < 0 && count > 0)
            m_current = 0;
        const QModelIndex index = m_current >= 0 ? m_model->index(m_current) : QModelIndex();
        if (m_list->currentIndex() != index)
            m_list->setCurrentIndex(index);
        if (index.isValid() && !m_list->selectionModel()->isSelected(index))
            m_list->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect);
    }
    m_list->setDragEnabled(m_editable);
    m_list->setAcceptDrops(m_editable);
    FormStyle::fitToRows(m_list, statementCount(), 3, 8);
    m_list->setVisible(statementCount() > 0);
    m_emptyHint->setVisible(statementCount() == 0);
    m_scrollArea->setVisible(statementCount() > 0);
    showCurrentStatement(m_current != previous);
    updateButtons();
}

void PolicyForm::showCurrentStatement(bool switched)
{
    StatementContext context;
    const auto& policy = m_session.policy();
    const Statement* statement = m_model->statement(m_current);
    if (statement && policy) {
        context.statement = *statement;
        context.index = m_current;
        context.pointer = statementPointer(*policy, static_cast<std::size_t>(m_current));
        for (int row = 0; row < statementCount(); ++row) {
            const Statement* other = m_model->statement(row);
            if (row != m_current && other->sid)
                context.otherSids.push_back(*other->sid);
        }
    }
    context.kind = m_session.kind();
    context.editable = m_editable;
    context.switchedStatement = switched;
    m_editor->showStatement(context);
}

void PolicyForm::updateButtons()
{
    const int count = statementCount();
    const bool selected = m_current >= 0 && m_current < count;
    const bool isList = !m_session.policy() || m_session.policy()->statementIsList;
    m_addButton->setEnabled(m_editable);
    m_duplicateButton->setEnabled(m_editable && selected);
    m_removeButton->setEnabled(m_editable && selected);
    m_upButton->setEnabled(m_editable && selected && isList && m_current > 0);
    m_downButton->setEnabled(m_editable && selected && isList && m_current + 1 < count);
}

void PolicyForm::addStatement()
{
    if (!m_editable)
        return;
    const bool blank = m_session.text().trimmed().isEmpty();
    const std::optional<Policy> policy = blank ? std::nullopt : m_session.policy();
    const PolicyKind kind = m_session.kind();
    const int previous = m_current;
    m_current = statementCount(); // the refresh during the edit selects the new statement
    if (!m_session.applyEdit(tr("Add statement"),
            [&](PolicyTextEditor& editor) { return FormEdits::addStatement(editor, policy, kind); })) {
        m_current = previous;
        return;
    }
    showCurrentStatement(true);
    m_editor->focusFirstField();
}

void PolicyForm::duplicateStatement()
{
    const auto& policy = m_session.policy();
    if (!m_editable || !policy || m_current < 0 || m_current >= statementCount())
        return;
    const Policy copy = *policy;
    const int index = m_current;
    m_current = index + 1;
    if (!m_session.applyEdit(tr("Duplicate statement %1").arg(index + 1), [&](PolicyTextEditor& editor) {
            return FormEdits::duplicateStatement(editor, copy, static_cast<std::size_t>(index));
        }))
        m_current = index;
}

void PolicyForm::removeStatement()
{
    const auto& policy = m_session.policy();
    if (!m_editable || !policy || m_current < 0 || m_current >= statementCount())
        return;
    const Policy copy = *policy;
    const int index = m_current;
    const Statement* statement = m_model->statement(index);
    const QString name = statement && statement->sid && !statement->sid->empty()
        ? tr("Remove statement %1").arg(QString::fromStdString(*statement->sid))
        : tr("Remove statement %1").arg(index + 1);
    if (m_session.applyEdit(name, [&](PolicyTextEditor& editor) {
            return FormEdits::removeStatement(editor, copy, static_cast<std::size_t>(index));
        }))
        m_list->setFocus();
}

void PolicyForm::moveStatement(int from, int to)
{
    const auto& policy = m_session.policy();
    const int count = statementCount();
    if (!m_editable || !policy || !policy->statementIsList || from < 0 || from >= count || to < 0 || to >= count
        || from == to)
        return;
    const int previous = m_current;
    m_current = to;
    const QString name
        = to < from ? tr("Move statement %1 up").arg(from + 1) : tr("Move statement %1 down").arg(from + 1);
    if (!m_session.applyEdit(name, [&](PolicyTextEditor& editor) {
            return editor.moveElement("/Statement", static_cast<std::size_t>(from), static_cast<std::size_t>(to));
        })) {
        m_current = previous;
    }
}

} // namespace iam::ui
