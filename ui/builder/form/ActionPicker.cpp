#include "ui/builder/form/ActionPicker.h"

#include <algorithm>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include "core/catalog/ActionExpansion.h"
#include "core/catalog/Catalog.h"
#include "core/edit/PolicyTextEditor.h"
#include "core/json/JsonPointer.h"
#include "ui/builder/form/ActionTreeModel.h"
#include "ui/builder/form/FormEdits.h"
#include "ui/builder/form/FormStyle.h"
#include "ui/builder/form/ServiceListModel.h"
#include "ui/session/PolicySession.h"

namespace iam::ui {

namespace {

QString fromView(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QLabel* stepLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

bool containsIgnoringCase(const std::vector<std::string>& values, const QString& name)
{
    return std::any_of(values.begin(), values.end(), [&](const std::string& value) {
        return QString::fromStdString(value).compare(name, Qt::CaseInsensitive) == 0;
    });
}

} // namespace

ActionPicker::ActionPicker(PolicySession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_serviceModel(new ServiceListModel(Catalog::builtIn(), this))
    , m_actionModel(new ActionTreeModel(Catalog::builtIn(), this))
    , m_serviceFilter(new QLineEdit(this))
    , m_serviceList(new QListView(this))
    , m_serviceLabel(new QLabel(this))
    , m_actionFilter(new QLineEdit(this))
    , m_actionTree(new QTreeView(this))
    , m_wildcardField(new QLineEdit(this))
    , m_wildcardAddButton(new QPushButton(tr("Add wildcard"), this))
    , m_wildcardPreview(new QLabel(this))
    , m_wildcardShowButton(new QToolButton(this))
    , m_wildcardList(new QListWidget(this))
    , m_chosenList(new QListWidget(this))
    , m_removeButton(new QPushButton(tr("Remove"), this))
    , m_chosenLabel(new QLabel(this))
{
    const int line = fontMetrics().height();

    m_serviceFilter->setObjectName(QStringLiteral("serviceFilter"));
    m_serviceFilter->setPlaceholderText(tr("Search services by name or prefix, e.g. S3, DynamoDB, lambda"));
    m_serviceFilter->setAccessibleName(tr("Search services"));
    m_serviceFilter->setClearButtonEnabled(true);
    m_serviceList->setObjectName(QStringLiteral("serviceList"));
    m_serviceList->setAccessibleName(tr("Services"));
    m_serviceList->setModel(m_serviceModel);
    m_serviceList->setUniformItemSizes(true);
    m_serviceList->setFixedHeight(line * 6);
    m_serviceList->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_serviceLabel->setObjectName(QStringLiteral("serviceLabel"));
    m_serviceLabel->setWordWrap(true);
    m_actionFilter->setObjectName(QStringLiteral("actionFilter"));
    m_actionFilter->setPlaceholderText(tr("Filter actions, e.g. Get or bucket"));
    m_actionFilter->setAccessibleName(tr("Filter actions"));
    m_actionFilter->setClearButtonEnabled(true);
    m_actionTree->setObjectName(QStringLiteral("actionTree"));
    m_actionTree->setAccessibleName(tr("Actions of the service, by access level"));
    m_actionTree->setModel(m_actionModel);
    m_actionTree->setUniformRowHeights(true);
    m_actionTree->setMinimumHeight(line * 12);
    m_actionTree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_actionTree->setTextElideMode(Qt::ElideRight);
    m_actionTree->header()->setStretchLastSection(true);
    m_actionTree->header()->setSectionResizeMode(ActionTreeModel::NameColumn, QHeaderView::Interactive);
    m_actionTree->setColumnWidth(
        ActionTreeModel::NameColumn, fontMetrics().horizontalAdvance(tr("Permissions management (999)")) + line * 4);

    m_wildcardField->setObjectName(QStringLiteral("wildcardField"));
    m_wildcardField->setPlaceholderText(tr("e.g. s3:Get* or s3:List*"));
    m_wildcardField->setAccessibleName(tr("Action wildcard"));
    m_wildcardField->setClearButtonEnabled(true);
    m_wildcardAddButton->setObjectName(QStringLiteral("wildcardAddButton"));
    m_wildcardAddButton->setAutoDefault(false);
    m_wildcardAddButton->setEnabled(false);
    m_wildcardPreview->setObjectName(QStringLiteral("wildcardPreview"));
    m_wildcardPreview->setWordWrap(true);
    m_wildcardShowButton->setObjectName(QStringLiteral("wildcardShowButton"));
    m_wildcardShowButton->setText(tr("Show them"));
    m_wildcardShowButton->setCheckable(true);
    m_wildcardShowButton->setAutoRaise(true);
    m_wildcardShowButton->hide();
    m_wildcardList->setObjectName(QStringLiteral("wildcardList"));
    m_wildcardList->setAccessibleName(tr("Actions the wildcard grants"));
    m_wildcardList->setFixedHeight(line * 7);
    m_wildcardList->hide();

    m_chosenLabel->setObjectName(QStringLiteral("chosenActionsLabel"));
    m_chosenList->setObjectName(QStringLiteral("chosenActionsList"));
    m_chosenList->setAccessibleName(tr("Chosen actions"));

    m_removeButton->setObjectName(QStringLiteral("removeActionButton"));
    m_removeButton->setToolTip(tr("Remove the selected action from the statement"));
    m_removeButton->setAutoDefault(false);
    m_removeButton->setEnabled(false);

    auto* wildcardRow = new QHBoxLayout;
    wildcardRow->addWidget(m_wildcardField, 1);
    wildcardRow->addWidget(m_wildcardAddButton);
    auto* previewRow = new QHBoxLayout;
    previewRow->addWidget(m_wildcardPreview, 1);
    previewRow->addWidget(m_wildcardShowButton, 0, Qt::AlignTop);
    auto* chosenRow = new QHBoxLayout;
    chosenRow->addWidget(m_chosenList, 1);
    chosenRow->addWidget(m_removeButton, 0, Qt::AlignTop);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(stepLabel(tr("1. Choose a service"), this));
    layout->addWidget(m_serviceFilter);
    layout->addWidget(m_serviceList);
    layout->addWidget(stepLabel(tr("2. Tick the actions"), this));
    layout->addWidget(m_serviceLabel);
    layout->addWidget(m_actionFilter);
    layout->addWidget(m_actionTree);
    layout->addWidget(stepLabel(tr("Or add a wildcard"), this));
    layout->addLayout(wildcardRow);
    layout->addLayout(previewRow);
    layout->addWidget(m_wildcardList);
    layout->addWidget(m_chosenLabel);
    layout->addLayout(chosenRow);

    connect(m_serviceFilter, &QLineEdit::textChanged, this, [this](const QString& text) {
        const QString current = currentService();
        m_serviceModel->setFilter(text);
        int row = m_serviceModel->rowOf(current);
        // While searching, the best match is the one to show; an exact prefix wins.
        if (!text.trimmed().isEmpty() && m_serviceModel->rowCount() > 0
            && (row < 0 || m_serviceModel->rowOf(text.trimmed()) == 0))
            row = 0;
        if (row >= 0)
            m_serviceList->setCurrentIndex(m_serviceModel->index(row));
    });
    connect(m_serviceFilter, &QLineEdit::returnPressed, this, [this] {
        if (m_serviceModel->rowCount() > 0)
            m_actionTree->setFocus(Qt::TabFocusReason);
    });
    connect(
        m_serviceList->selectionModel(), &QItemSelectionModel::currentChanged, this, &ActionPicker::serviceRowChanged);
    connect(m_actionFilter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_actionModel->setFilter(text);
        if (!text.trimmed().isEmpty())
            m_actionTree->expandAll();
    });
    connect(m_actionModel, &ActionTreeModel::toggleRequested, this,
        [this](const QStringList& actions, bool checked) { checked ? addActions(actions) : removeActions(actions); });
    connect(m_wildcardField, &QLineEdit::textChanged, this, &ActionPicker::updateWildcardPreview);
    connect(m_wildcardField, &QLineEdit::returnPressed, m_wildcardAddButton, &QPushButton::click);
    connect(m_wildcardAddButton, &QPushButton::clicked, this, [this] {
        const QString pattern = m_wildcardField->text().trimmed();
        if (pattern.isEmpty() || containsIgnoringCase(chosenValues(), pattern))
            return;
        addActions({ pattern });
        m_wildcardField->clear();
    });
    connect(m_wildcardShowButton, &QToolButton::toggled, this, [this](bool shown) {
        m_wildcardList->setVisible(shown);
        m_wildcardShowButton->setText(shown ? tr("Hide them") : tr("Show them"));
    });
    connect(m_chosenList, &QListWidget::currentRowChanged, this,
        [this](int row) { m_removeButton->setEnabled(row >= 0 && m_context.editable); });
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        if (const QListWidgetItem* item = m_chosenList->currentItem())
            removeActions({ item->text() });
    });

    // Down from a search field goes to what it searches, as in a browser's address bar.
    m_serviceFilter->installEventFilter(this);
    m_actionFilter->installEventFilter(this);

    updateWildcardPreview();
    updateChosenList();
    serviceRowChanged();
}

bool ActionPicker::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Down) {
        if (watched == m_serviceFilter) {
            m_serviceList->setFocus(Qt::TabFocusReason);
            return true;
        }
        if (watched == m_actionFilter) {
            m_actionTree->setFocus(Qt::TabFocusReason);
            if (!m_actionTree->currentIndex().isValid() && m_actionModel->rowCount() > 0)
                m_actionTree->setCurrentIndex(m_actionModel->index(0, 0));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

const std::vector<std::string>& ActionPicker::chosenValues() const
{
    static const std::vector<std::string> none;
    if (!m_context.isValid())
        return none;
    const Statement& statement = *m_context.statement;
    if (statement.action)
        return statement.action->values;
    if (statement.notAction)
        return statement.notAction->values;
    return none;
}

std::string ActionPicker::listPointer() const
{
    const Statement& statement = *m_context.statement;
    const bool notAction = statement.notAction && !statement.action;
    return appendPointer(m_context.pointer, notAction ? "NotAction" : "Action");
}

QString ActionPicker::currentService() const
{
    const CatalogService* service = m_actionModel->service();
    return service ? fromView(service->prefix) : QString();
}

bool ActionPicker::chooseService(const QString& prefix)
{
    int row = m_serviceModel->rowOf(prefix);
    if (row < 0 && !m_serviceModel->filter().isEmpty()) {
        const QSignalBlocker blocker(m_serviceFilter);
        m_serviceFilter->clear();
        m_serviceModel->setFilter(QString());
        row = m_serviceModel->rowOf(prefix);
    }
    if (row < 0)
        return false;
    m_serviceList->setCurrentIndex(m_serviceModel->index(row));
    m_serviceList->scrollTo(m_serviceModel->index(row), QAbstractItemView::PositionAtCenter);
    return true;
}

void ActionPicker::showStatement(const StatementContext& context)
{
    m_context = context;
    if (!context.isValid())
        return;
    const auto& values = chosenValues();
    // A statement opened for the first time shows the service of its first action.
    if (context.switchedStatement || !m_actionModel->service()) {
        for (const auto& value : values) {
            const QString prefix = QString::fromStdString(value).section(QLatin1Char(':'), 0, 0);
            if (prefix != QStringLiteral("*") && chooseService(prefix))
                break;
        }
    }
    if (context.switchedStatement)
        m_wildcardField->clear();
    m_actionModel->setChosen(values);
    if (context.switchedStatement)
        expandChosenGroups();
    m_actionModel->setCheckable(context.editable);
    updateChosenList();
    updateWildcardPreview();
}

void ActionPicker::serviceRowChanged()
{
    const CatalogService* service = m_serviceModel->service(m_serviceList->currentIndex().row());
    if (service != m_actionModel->service()) {
        m_actionModel->setService(service);
        if (!m_actionFilter->text().trimmed().isEmpty())
            m_actionTree->expandAll();
        else
            expandChosenGroups();
    }
    if (!service) {
        m_serviceLabel->setText(tr("Choose a service above to see its actions."));
        return;
    }
    const int total = static_cast<int>(service->actionCount);
    m_serviceLabel->setText(tr("%1 has %2 actions, grouped by what they let you do. Open a group with its "
                               "arrow; tick a group to choose all of it.")
                                .arg(fromView(service->name))
                                .arg(total));
}

void ActionPicker::expandChosenGroups()
{
    // Open where the statement's actions are, so they show without hunting through the groups.
    for (int row = 0; row < m_actionModel->rowCount(); ++row) {
        const QModelIndex group = m_actionModel->index(row, 0);
        if (group.data(Qt::CheckStateRole).toInt() != Qt::Unchecked)
            m_actionTree->expand(group);
    }
}

void ActionPicker::updateWildcardPreview()
{
    const QString pattern = m_wildcardField->text().trimmed();
    m_wildcardList->clear();
    if (pattern.isEmpty()) {
        m_wildcardPreview->setText(tr("A wildcard chooses many actions at once: * stands for any letters. "
                                      "You will see what it grants before you add it."));
        m_wildcardShowButton->hide();
        m_wildcardList->hide();
        m_wildcardAddButton->setEnabled(false);
        return;
    }
    const ActionExpansion expansion = expandActions(Catalog::builtIn(), pattern.toStdString());
    const int count = static_cast<int>(expansion.actions.size());
    if (count == 0) {
        QString reason = tr("%1 → no actions").arg(pattern);
        if (!expansion.diagnostics.empty()) {
            const auto& diagnostic = expansion.diagnostics.front();
            reason += tr(": %1").arg(QString::fromStdString(diagnostic.message).remove(QLatin1Char('`')));
            if (!diagnostic.help.empty())
                reason += tr(" (%1)").arg(QString::fromStdString(diagnostic.help).remove(QLatin1Char('`')));
        }
        m_wildcardPreview->setText(reason);
        m_wildcardShowButton->hide();
        m_wildcardList->hide();
        m_wildcardAddButton->setEnabled(false);
        return;
    }
    QStringList levels;
    for (AccessLevel level : kAccessLevels) {
        if (const auto n = expansion.count(level))
            levels << tr("%1 %2").arg(static_cast<int>(n)).arg(fromView(accessLevelName(level)));
    }
    const QString actions = count == 1 ? tr("1 action") : tr("%1 actions").arg(count);
    m_wildcardPreview->setText(tr("%1 → %2 (%3)").arg(pattern, actions, levels.join(tr(", "))));
    for (const CatalogAction* action : expansion.actions) {
        auto* item = new QListWidgetItem(QString::fromStdString(Catalog::builtIn().fullName(*action)), m_wildcardList);
        item->setToolTip(
            tr("%1: %2").arg(fromView(accessLevelName(action->accessLevel)), fromView(action->description)));
    }
    m_wildcardShowButton->show();
    m_wildcardList->setVisible(m_wildcardShowButton->isChecked());
    m_wildcardAddButton->setEnabled(m_context.isValid() && !containsIgnoringCase(chosenValues(), pattern));
}

void ActionPicker::updateChosenList()
{
    const auto& values = chosenValues();
    QStringList texts;
    for (const auto& value : values)
        texts << QString::fromStdString(value);
    QStringList current;
    for (int i = 0; i < m_chosenList->count(); ++i)
        current << m_chosenList->item(i)->text();
    if (current != texts) {
        const int row = m_chosenList->currentRow();
        m_chosenList->clear();
        m_chosenList->addItems(texts);
        if (row >= 0 && m_chosenList->count() > 0)
            m_chosenList->setCurrentRow(std::min(row, m_chosenList->count() - 1));
    }
    const bool notAction = m_context.isValid() && m_context.statement->notAction && !m_context.statement->action;
    if (texts.isEmpty())
        m_chosenLabel->setText(tr("No actions chosen yet. A statement needs at least one."));
    else
        m_chosenLabel->setText(notAction ? tr("Every action except these %n:", nullptr, static_cast<int>(texts.size()))
                                         : tr("Chosen actions (%n):", nullptr, static_cast<int>(texts.size())));
    FormStyle::fitToRows(m_chosenList, m_chosenList->count(), 1, 6);
    m_chosenList->setVisible(!texts.isEmpty());
    m_removeButton->setVisible(!texts.isEmpty());
    m_removeButton->setEnabled(m_chosenList->currentRow() >= 0 && m_context.editable);
}

void ActionPicker::addActions(const QStringList& actions)
{
    if (!m_context.isValid() || actions.isEmpty())
        return;
    const std::string pointer = listPointer();
    const std::size_t count = chosenValues().size();
    std::vector<std::string> values;
    for (const QString& action : actions)
        values.push_back(action.toStdString());
    const QString name = actions.size() == 1 ? tr("Add action %1").arg(actions.front())
                                             : tr("Add %n actions", nullptr, static_cast<int>(actions.size()));
    m_session.applyEdit(
        name, [&](PolicyTextEditor& editor) { return FormEdits::appendStrings(editor, pointer, count, values); });
}

void ActionPicker::removeActions(const QStringList& actions)
{
    if (!m_context.isValid() || actions.isEmpty())
        return;
    const std::string pointer = listPointer();
    std::vector<std::string> remaining;
    for (const auto& value : chosenValues()) {
        const QString text = QString::fromStdString(value);
        if (!std::any_of(actions.begin(), actions.end(),
                [&](const QString& action) { return action.compare(text, Qt::CaseInsensitive) == 0; }))
            remaining.push_back(value);
    }
    const QString name = actions.size() == 1 ? tr("Remove action %1").arg(actions.front())
                                             : tr("Remove %n actions", nullptr, static_cast<int>(actions.size()));
    m_session.applyEdit(name, [&](PolicyTextEditor& editor) { return editor.setStringList(pointer, remaining); });
}

} // namespace iam::ui
