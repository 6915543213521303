#include "ui/simulate/inputs/ContextTableView.h"

#include <set>

#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QStringListModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include "core/catalog/Catalog.h"
#include "ui/common/HeadingLabel.h"
#include "ui/simulate/SimulationSession.h"
#include "ui/simulate/inputs/ContextTableModel.h"
#include "ui/simulate/inputs/ContextValueDelegate.h"
#include "ui/simulate/inputs/ElidedLabel.h"

namespace iam::ui {

namespace {

QString completionName(std::string_view name)
{
    // `aws:PrincipalTag/${TagKey}` is completed up to the slash; the user types the tag's name.
    QString text = QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
    for (const QString& open : { QStringLiteral("${"), QStringLiteral("<") }) {
        const qsizetype at = text.indexOf(open);
        if (at > 0)
            text.truncate(at);
    }
    return text;
}

} // namespace

ContextTableView::ContextTableView(SimulationSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ContextTableModel(session, this))
    , m_delegate(new ContextValueDelegate(this))
    , m_keyField(new QLineEdit(this))
    , m_addButton(new QPushButton(tr("Add &key"), this))
    , m_removeButton(new QPushButton(tr("Remove"), this))
    , m_table(new QTableView(this))
    , m_emptyLabel(new QLabel(this))
    , m_keyHint(new ElidedLabel(this))
{
    setObjectName(QStringLiteral("contextTableView"));
    auto* heading = new HeadingLabel(tr("Request context"), 1.15, this);
    heading->setObjectName(QStringLiteral("contextHeading"));
    auto* intro = new ElidedLabel(this);
    intro->setText(tr("Facts AWS sends with the request — source IP, time, MFA, tags — that policy "
                      "conditions compare."));
    intro->setForegroundRole(QPalette::PlaceholderText);

    m_keyField->setObjectName(QStringLiteral("contextKeyField"));
    m_keyField->setPlaceholderText(tr("Key, for example aws:SourceIp"));
    m_keyField->setAccessibleName(tr("Context key to add"));
    m_keyField->setClearButtonEnabled(true);
    auto* completer = new QCompleter(new QStringListModel(this), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setMaxVisibleItems(12);
    m_keyField->setCompleter(completer);
    m_addButton->setObjectName(QStringLiteral("contextAddButton"));
    m_addButton->setToolTip(tr("Add the key to the request and give it a value."));
    m_removeButton->setObjectName(QStringLiteral("contextRemoveButton"));
    m_removeButton->setToolTip(tr("Remove the selected key from the request (Delete)."));
    m_keyHint->setObjectName(QStringLiteral("contextKeyHint"));
    m_keyHint->setForegroundRole(QPalette::PlaceholderText);
    m_keyHint->setVisible(false);

    m_table->setObjectName(QStringLiteral("contextKeysTable"));
    m_table->setAccessibleName(tr("Request context"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(m_delegate);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_table->verticalHeader()->setVisible(false);
    m_table->setWordWrap(false);
    m_table->setMouseTracking(true);
    m_table->installEventFilter(this);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(ContextTableModel::KeyColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ContextTableModel::TypeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ContextTableModel::ValueColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ContextTableModel::AddColumn, QHeaderView::ResizeToContents);
    header->setHighlightSections(false);

    m_emptyLabel->setObjectName(QStringLiteral("contextEmptyLabel"));
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_emptyLabel->setText(tr("No context yet. A condition on a key the request lacks usually does not match; "
                             "keys the policies check appear here as suggestions."));

    m_delegate->setKeyNames([this] { return keyNames(); });

    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_keyField, 1);
    addRow->addWidget(m_addButton);
    addRow->addWidget(m_removeButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addLayout(addRow);
    layout->addWidget(m_keyHint);
    // With no rows, the words on what to do take the table's place rather than squeezing under it.
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_emptyLabel);
    layout->addWidget(m_stack, 1);

    connect(m_addButton, &QPushButton::clicked, this, &ContextTableView::addTypedKey);
    connect(m_keyField, &QLineEdit::returnPressed, this, [this] {
        // With the popup open, a chosen completion adds the key itself; Enter on no choice adds what was typed.
        if (!m_keyField->completer()->popup()->isVisible())
            addTypedKey();
        else if (!m_keyField->completer()->popup()->currentIndex().isValid())
            QTimer::singleShot(0, this, &ContextTableView::addTypedKey);
    });
    connect(completer, qOverload<const QString&>(&QCompleter::activated), this, [this](const QString& key) {
        // A family such as aws:PrincipalTag/ still needs its tag's name.
        if (key.endsWith(QLatin1Char('/'))) {
            m_keyField->setText(key);
            m_keyField->setFocus();
            return;
        }
        m_keyField->setText(key);
        addTypedKey();
    });
    connect(m_keyField, &QLineEdit::textChanged, this, &ContextTableView::updateState);
    connect(m_removeButton, &QPushButton::clicked, this, &ContextTableView::removeSelected);
    connect(m_delegate, &ContextValueDelegate::addSuggestedClicked, this, &ContextTableView::addSuggested);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ContextTableView::updateState);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &ContextTableView::updateState);
    connect(&m_session, &SimulationSession::requestChanged, this, &ContextTableView::updateKeyCompleter);
    connect(&m_session, &SimulationSession::documentReset, this, &ContextTableView::updateKeyCompleter);
    updateKeyCompleter();
    updateState();
}

QStringList ContextTableView::keyNames() const
{
    const Catalog& catalog = m_session.catalog() ? *m_session.catalog() : Catalog::builtIn();
    std::set<QString> names;
    // The action's own keys first in mind, but one sorted list reads best in a completer.
    if (const CatalogAction* action = catalog.findAction(m_session.request().action)) {
        for (const CatalogConditionKey* key : catalog.conditionKeysOf(*action))
            names.insert(completionName(key->name));
    }
    for (const CatalogConditionKey* key : catalog.globalConditionKeys())
        names.insert(completionName(key->name));
    return { names.begin(), names.end() };
}

void ContextTableView::updateKeyCompleter()
{
    const QString action = QString::fromStdString(m_session.request().action);
    if (action == m_completedAction && !m_completedAction.isNull())
        return;
    m_completedAction = action.isNull() ? QStringLiteral("") : action;
    if (auto* names = qobject_cast<QStringListModel*>(m_keyField->completer()->model()))
        names->setStringList(keyNames());
}

void ContextTableView::addTypedKey()
{
    const QString key = m_keyField->text().trimmed();
    if (key.isEmpty())
        return;
    if (key.endsWith(QLatin1Char('/'))) {
        m_keyHint->setText(tr("Finish the key with a name after the slash, for example aws:PrincipalTag/team."));
        m_keyHint->setVisible(true);
        return;
    }
    addKey(key);
    m_keyField->clear();
}

void ContextTableView::addKey(const QString& key)
{
    m_session.addContextKey(key);
    const int row = m_model->rowOfKey(key);
    if (row < 0)
        return;
    const QModelIndex value = m_model->index(row, ContextTableModel::ValueColumn);
    m_table->setCurrentIndex(value);
    m_table->scrollTo(value);
    m_table->setFocus();
    // A key without a value is rarely what anyone wants: start typing it at once.
    if (m_model->data(value, ContextTableModel::ValuesRole).toStringList().isEmpty())
        m_table->edit(value);
}

void ContextTableView::addSuggested(int row)
{
    if (m_model->isSuggested(row))
        addKey(m_model->keyAt(row));
}

void ContextTableView::removeSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || m_model->isSuggested(current.row()))
        return;
    const int row = current.row();
    m_model->removeContextRow(row);
    if (m_model->contextRowCount() > 0)
        m_table->setCurrentIndex(
            m_model->index(std::min(row, m_model->contextRowCount() - 1), ContextTableModel::KeyColumn));
}

void ContextTableView::updateState()
{
    const QModelIndex current = m_table->currentIndex();
    m_removeButton->setEnabled(current.isValid() && !m_model->isSuggested(current.row()));
    m_addButton->setEnabled(!m_keyField->text().trimmed().isEmpty());
    m_stack->setCurrentWidget(m_model->rowCount() == 0 ? static_cast<QWidget*>(m_emptyLabel) : m_table);
    const QString typed = m_keyField->text().trimmed();
    if (typed.isEmpty() || typed.endsWith(QLatin1Char('/'))) {
        m_keyHint->setVisible(!typed.isEmpty());
        if (!typed.isEmpty())
            m_keyHint->setText(tr("Finish the key with a name after the slash, for example aws:PrincipalTag/team."));
        return;
    }
    if (m_model->rowOfKey(typed) >= 0)
        m_keyHint->setText(tr("The request has %1 already; Add goes to it.").arg(typed));
    else if (!m_model->isKnownKey(typed))
        m_keyHint->setText(tr("Not a key AWS lists; it is compared as text. Check the spelling."));
    else
        m_keyHint->setText(tr("%1 — %2").arg(typed, m_model->keyType(typed)));
    m_keyHint->setVisible(true);
}

bool ContextTableView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) {
            removeSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace iam::ui
