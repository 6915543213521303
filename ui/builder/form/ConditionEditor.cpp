#include "ui/builder/form/ConditionEditor.h"

#include <algorithm>
#include <set>

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

#include "core/catalog/Catalog.h"
#include "core/edit/PolicyTextEditor.h"
#include "ui/builder/form/ConditionChoices.h"
#include "ui/builder/form/FieldValidation.h"
#include "ui/builder/form/FormEdits.h"
#include "ui/builder/form/FormStyle.h"
#include "ui/session/PolicySession.h"

namespace iam::ui {

namespace {

constexpr int kTypeRole = Qt::UserRole + 1;
constexpr int kDescriptionRole = Qt::UserRole + 2;
// Keys of a wildcard's actions: the first ones are plenty for a picker.
constexpr std::size_t kMaxActionsForKeys = 60;

const QString kForAny = QStringLiteral("ForAnyValue:");
const QString kForAll = QStringLiteral("ForAllValues:");
const QString kIfExists = QStringLiteral("IfExists");

QString fromView(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

std::vector<std::string> toStd(const QStringList& values)
{
    std::vector<std::string> result;
    for (const QString& value : values)
        result.push_back(value.toStdString());
    return result;
}

// The statement as it is once `key` under `op` is gone: what FormEdits needs to add the changed
// test in the same undo step.
Statement withoutCondition(Statement statement, const std::string& op, const std::string& key)
{
    if (!statement.condition)
        return statement;
    auto& clauses = *statement.condition;
    for (auto clause = clauses.begin(); clause != clauses.end(); ++clause) {
        if (clause->op != op)
            continue;
        std::erase_if(clause->keys, [&](const ConditionKeyValues& entry) { return entry.key == key; });
        if (clause->keys.empty())
            clauses.erase(clause);
        break;
    }
    if (clauses.empty())
        statement.condition.reset();
    return statement;
}

} // namespace

ConditionEditor::ConditionEditor(PolicySession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ConditionTableModel(this))
    , m_recipesButton(new QPushButton(this))
    , m_recipeNote(new QLabel(this))
    , m_switchEffectButton(new QPushButton(this))
    , m_table(new QTableView(this))
    , m_editButton(new QPushButton(tr("Change"), this))
    , m_removeButton(new QPushButton(tr("Remove"), this))
    , m_panelTitle(new QLabel(this))
    , m_keyCombo(new QComboBox(this))
    , m_keyInfo(new QLabel(this))
    , m_operatorCombo(new QComboBox(this))
    , m_operatorHint(new QLabel(this))
    , m_ifExists(new QCheckBox(tr("Also pass when the request has no such key (IfExists)"), this))
    , m_qualifierCombo(new QComboBox(this))
    , m_qualifierHint(new QLabel(this))
    , m_valuesField(new QLineEdit(this))
    , m_valuesError(new QLabel(this))
    , m_addButton(new QPushButton(tr("Add condition"), this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
{
    auto* intro = new QLabel(tr("Conditions narrow when the statement applies: only with MFA, only from your "
                                "network, only for tagged resources. Every condition must pass."),
        this);
    FormStyle::makeHint(intro);

    m_recipesButton->setObjectName(QStringLiteral("conditionRecipesButton"));
    m_recipesButton->setText(tr("Add a common condition"));
    m_recipesButton->setToolTip(tr("One click adds a ready-made condition: MFA, your network, your organization, "
                                   "a tag, allowed Regions, encrypted connections"));
    m_recipesButton->setAutoDefault(false);
    auto* menu = new QMenu(m_recipesButton);
    menu->setObjectName(QStringLiteral("conditionRecipesMenu"));
    for (const auto& recipe : ConditionChoices::recipes()) {
        QAction* action = menu->addAction(recipe.title);
        action->setObjectName(QStringLiteral("recipe_%1").arg(recipe.id));
        action->setToolTip(recipe.explanation);
        action->setStatusTip(recipe.explanation);
        const QString id = recipe.id;
        connect(action, &QAction::triggered, this, [this, id] { applyRecipe(id); });
    }
    menu->setToolTipsVisible(true);
    m_recipesButton->setMenu(menu);

    m_recipeNote->setObjectName(QStringLiteral("recipeNote"));
    FormStyle::makeBanner(m_recipeNote, Severity::Suggestion);
    m_recipeNote->hide();
    m_switchEffectButton->setObjectName(QStringLiteral("switchEffectButton"));
    m_switchEffectButton->setAutoDefault(false);
    m_switchEffectButton->hide();

    m_table->setObjectName(QStringLiteral("conditionTable"));
    m_table->setAccessibleName(tr("Conditions"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(
        ConditionTableModel::OperatorColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ConditionTableModel::KeyColumn, QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);
    m_editButton->setObjectName(QStringLiteral("editConditionButton"));
    m_removeButton->setObjectName(QStringLiteral("removeConditionButton"));
    for (QPushButton* button : { m_editButton, m_removeButton, m_switchEffectButton, m_addButton, m_cancelButton })
        button->setAutoDefault(false);

    m_panelTitle->setObjectName(QStringLiteral("conditionPanelTitle"));
    QFont bold = m_panelTitle->font();
    bold.setBold(true);
    m_panelTitle->setFont(bold);
    m_panelTitle->setText(tr("Add a condition"));

    m_keyCombo->setObjectName(QStringLiteral("conditionKeyCombo"));
    m_keyCombo->setAccessibleName(tr("Condition key"));
    m_keyCombo->setEditable(true);
    m_keyCombo->setInsertPolicy(QComboBox::NoInsert);
    m_keyCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_keyCombo->setMinimumContentsLength(18);
    m_keyCombo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_keyCombo->completer()->setFilterMode(Qt::MatchContains);
    m_keyCombo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_keyCombo->lineEdit()->setPlaceholderText(tr("e.g. aws:SourceIp"));
    m_keyInfo->setObjectName(QStringLiteral("conditionKeyInfo"));
    FormStyle::makeHint(m_keyInfo);

    m_operatorCombo->setObjectName(QStringLiteral("conditionOperatorCombo"));
    m_operatorCombo->setAccessibleName(tr("Test"));
    m_operatorHint->setObjectName(QStringLiteral("conditionOperatorHint"));
    FormStyle::makeHint(m_operatorHint);
    m_ifExists->setObjectName(QStringLiteral("conditionIfExists"));
    m_ifExists->setToolTip(ConditionChoices::qualifierExplanation(QStringLiteral("IfExists")));
    m_qualifierCombo->setObjectName(QStringLiteral("conditionSetQualifier"));
    m_qualifierCombo->setAccessibleName(tr("Several values in the request"));
    m_qualifierCombo->addItem(tr("The request has one value"), QString());
    m_qualifierCombo->addItem(tr("ForAnyValue: at least one of the request's values"), kForAny);
    m_qualifierCombo->addItem(tr("ForAllValues: every one of the request's values"), kForAll);
    m_qualifierHint->setObjectName(QStringLiteral("conditionQualifierHint"));
    FormStyle::makeHint(m_qualifierHint);

    m_valuesField->setObjectName(QStringLiteral("conditionValues"));
    m_valuesField->setAccessibleName(tr("Values"));
    m_valuesError->setObjectName(QStringLiteral("conditionValueError"));
    FormStyle::makeFieldMessage(m_valuesError, Severity::Error);
    m_valuesError->hide();
    m_addButton->setObjectName(QStringLiteral("addConditionButton"));
    m_addButton->setEnabled(false);
    m_cancelButton->setObjectName(QStringLiteral("cancelConditionEditButton"));
    m_cancelButton->hide();

    auto* recipeRow = new QHBoxLayout;
    recipeRow->addWidget(m_recipesButton);
    recipeRow->addStretch(1);
    auto* noteRow = new QHBoxLayout;
    noteRow->addWidget(m_recipeNote, 1);
    noteRow->addWidget(m_switchEffectButton, 0, Qt::AlignVCenter);
    auto* tableButtons = new QVBoxLayout;
    tableButtons->addWidget(m_editButton);
    tableButtons->addWidget(m_removeButton);
    tableButtons->addStretch(1);
    auto* tableRow = new QHBoxLayout;
    tableRow->addWidget(m_table, 1);
    tableRow->addLayout(tableButtons);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&Key:"), m_keyCombo);
    form->addRow(QString(), m_keyInfo);
    form->addRow(tr("&Test:"), m_operatorCombo);
    form->addRow(QString(), m_operatorHint);
    form->addRow(QString(), m_ifExists);
    form->addRow(tr("Many &values:"), m_qualifierCombo);
    form->addRow(QString(), m_qualifierHint);
    form->addRow(tr("Va&lues:"), m_valuesField);
    form->addRow(QString(), m_valuesError);
    auto* addRow = new QHBoxLayout;
    addRow->addStretch(1);
    addRow->addWidget(m_cancelButton);
    addRow->addWidget(m_addButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(intro);
    layout->addLayout(recipeRow);
    layout->addLayout(noteRow);
    layout->addLayout(tableRow);
    layout->addWidget(m_panelTitle);
    layout->addLayout(form);
    layout->addLayout(addRow);

    connect(m_keyCombo, &QComboBox::currentTextChanged, this, &ConditionEditor::keyChanged);
    connect(m_operatorCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateOperatorHint();
        validateValues();
    });
    connect(m_ifExists, &QCheckBox::toggled, this, &ConditionEditor::updateOperatorHint);
    connect(m_qualifierCombo, &QComboBox::currentIndexChanged, this, &ConditionEditor::updateOperatorHint);
    connect(m_valuesField, &QLineEdit::textChanged, this, &ConditionEditor::validateValues);
    connect(m_valuesField, &QLineEdit::returnPressed, m_addButton, &QPushButton::click);
    connect(m_addButton, &QPushButton::clicked, this, &ConditionEditor::addOrSave);
    connect(m_cancelButton, &QPushButton::clicked, this, &ConditionEditor::cancelEditing);
    connect(m_editButton, &QPushButton::clicked, this, &ConditionEditor::editSelected);
    connect(m_removeButton, &QPushButton::clicked, this, &ConditionEditor::removeSelected);
    connect(m_table, &QTableView::doubleClicked, this, &ConditionEditor::editSelected);
    connect(m_switchEffectButton, &QPushButton::clicked, this, [this] {
        if (m_offeredEffect)
            emit effectRequested(*m_offeredEffect);
        m_switchEffectButton->hide();
        m_recipeNote->hide();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const bool selected = m_table->selectionModel()->hasSelection();
        m_editButton->setEnabled(selected);
        m_removeButton->setEnabled(selected);
    });
    m_editButton->setEnabled(false);
    m_removeButton->setEnabled(false);
    fillKeys();
    keyChanged();
}

void ConditionEditor::showStatement(const StatementContext& context)
{
    m_context = context;
    if (!context.isValid())
        return;
    m_model->setConditions(context.statement->condition);
    const bool any = m_model->rowCount() > 0;
    FormStyle::fitToRows(m_table, m_model->rowCount(), 1, 6);
    m_table->setVisible(any);
    m_editButton->setVisible(any);
    m_removeButton->setVisible(any);
    if (context.switchedStatement) {
        cancelEditing();
        showRecipeNote(QString(), std::nullopt);
    }
    if (m_offeredEffect && context.statement->effect == *m_offeredEffect)
        showRecipeNote(QString(), std::nullopt);
    fillKeys();
}

void ConditionEditor::fillKeys()
{
    // The chosen actions' own keys first (what narrows these actions), then the global keys.
    const Catalog& catalog = Catalog::builtIn();
    QList<const CatalogConditionKey*> keys;
    std::set<const CatalogConditionKey*> seen;
    if (m_context.isValid() && m_context.statement->action) {
        std::size_t actions = 0;
        for (const auto& value : m_context.statement->action->values) {
            std::vector<const CatalogAction*> matched;
            if (value.find_first_of("*?") != std::string::npos)
                matched = catalog.matchActions(value);
            else if (const CatalogAction* action = catalog.findAction(value))
                matched.push_back(action);
            for (const CatalogAction* action : matched) {
                if (++actions > kMaxActionsForKeys)
                    break;
                for (const CatalogConditionKey* key : catalog.conditionKeysOf(*action))
                    if (seen.insert(key).second)
                        keys << key;
            }
        }
    }
    for (const CatalogConditionKey* key : catalog.globalConditionKeys())
        if (seen.insert(key).second)
            keys << key;
    QStringList names;
    for (const CatalogConditionKey* key : keys)
        names << fromView(key->name);
    if (names == m_keysShown)
        return;
    m_keysShown = names;
    const QString typed = m_keyCombo->currentText();
    const QSignalBlocker blocker(m_keyCombo);
    m_keyCombo->clear();
    for (const CatalogConditionKey* key : keys) {
        m_keyCombo->addItem(fromView(key->name));
        const int index = m_keyCombo->count() - 1;
        m_keyCombo->setItemData(index, fromView(key->type), kTypeRole);
        m_keyCombo->setItemData(index, fromView(key->description), kDescriptionRole);
        m_keyCombo->setItemData(index,
            tr("%1 (%2): %3").arg(fromView(key->name), fromView(key->type), fromView(key->description)),
            Qt::ToolTipRole);
    }
    m_keyCombo->setCurrentIndex(-1);
    m_keyCombo->setEditText(typed);
}

QString ConditionEditor::keyType() const
{
    const QString name = m_keyCombo->currentText().trimmed();
    if (const CatalogConditionKey* key = Catalog::builtIn().findConditionKey(name.toStdString()))
        return fromView(key->type);
    return QStringLiteral("String");
}

void ConditionEditor::keyChanged()
{
    const QString name = m_keyCombo->currentText().trimmed();
    const CatalogConditionKey* key = name.isEmpty() ? nullptr : Catalog::builtIn().findConditionKey(name.toStdString());
    if (name.isEmpty()) {
        m_keyInfo->setText(tr("Pick a key: what about the request to check. Keys of the chosen actions come first, "
                              "then the ones every service has (aws:...)."));
    } else if (!key) {
        m_keyInfo->setText(tr("%1 is not a key AWS lists; check the spelling. It is treated as text.").arg(name));
    } else {
        QString info = tr("Type: %1. %2").arg(fromView(key->type), fromView(key->description));
        if (name.contains(QStringLiteral("${")) || name.contains(QLatin1Char('<')))
            info += tr(" Replace the part in ${…} with your own name, e.g. aws:ResourceTag/team.");
        m_keyInfo->setText(info);
    }
    const QString type = keyType();
    const QString current = m_operatorCombo->currentText();
    {
        const QSignalBlocker blocker(m_operatorCombo);
        m_operatorCombo->clear();
        m_operatorCombo->addItems(ConditionChoices::operatorsForKeyType(type));
        const int keep = m_operatorCombo->findText(current);
        m_operatorCombo->setCurrentIndex(keep >= 0 ? keep : 0);
    }
    // ForAnyValue/ForAllValues are for keys that carry several values in one request.
    const bool multivalued = ConditionChoices::isMultivalued(type);
    m_qualifierCombo->setEnabled(multivalued || m_qualifierCombo->currentIndex() > 0);
    m_valuesField->setPlaceholderText(FieldValidation::conditionValueHint(type));
    updateOperatorHint();
    validateValues();
}

void ConditionEditor::updateOperatorHint()
{
    m_operatorHint->setText(ConditionChoices::operatorExplanation(m_operatorCombo->currentText()));
    const QString qualifier = m_qualifierCombo->currentData().toString();
    const bool multivalued = ConditionChoices::isMultivalued(keyType());
    if (!qualifier.isEmpty())
        m_qualifierHint->setText(ConditionChoices::qualifierExplanation(qualifier.chopped(1)));
    else if (multivalued)
        m_qualifierHint->setText(tr("This key can carry several values (a list of tags, say): choose how to "
                                    "compare them."));
    else
        m_qualifierHint->setText(tr("This key has one value per request, so leave this as it is."));
}

QString ConditionEditor::composedOperator() const
{
    QString op = m_qualifierCombo->currentData().toString() + m_operatorCombo->currentText();
    if (m_ifExists->isChecked() && m_operatorCombo->currentText() != QStringLiteral("Null"))
        op += kIfExists;
    return op;
}

QStringList ConditionEditor::enteredValues() const
{
    QStringList values;
    for (const QString& part : m_valuesField->text().split(QLatin1Char(','))) {
        const QString value = part.trimmed();
        if (!value.isEmpty())
            values << value;
    }
    return values;
}

void ConditionEditor::validateValues()
{
    const QStringList values = enteredValues();
    const QString type = m_operatorCombo->currentText() == QStringLiteral("Null") ? QStringLiteral("Bool") : keyType();
    QString error;
    for (const QString& value : values) {
        error = FieldValidation::conditionValueError(type, value);
        if (!error.isEmpty())
            break;
    }
    m_valuesError->setText(error);
    m_valuesError->setVisible(!error.isEmpty());
    m_addButton->setEnabled(m_context.isValid() && m_context.editable && !values.isEmpty() && error.isEmpty()
        && !m_keyCombo->currentText().trimmed().isEmpty() && !m_keyCombo->currentText().contains(QStringLiteral("${")));
}

void ConditionEditor::addOrSave()
{
    validateValues();
    if (!m_addButton->isEnabled() || !m_context.isValid())
        return;
    const std::string op = composedOperator().toStdString();
    const std::string key = m_keyCombo->currentText().trimmed().toStdString();
    const std::vector<std::string> values = toStd(enteredValues());
    const std::string pointer = m_context.pointer;
    Statement statement = *m_context.statement;
    QString name = tr("Add condition %1").arg(QString::fromStdString(key));
    if (m_editing) {
        name = tr("Change condition %1").arg(QString::fromStdString(key));
    }
    const std::optional<ConditionTableModel::Row> editing = m_editing;
    const bool changed = m_session.applyEdit(name, [&](PolicyTextEditor& editor) {
        if (editing && (editing->op != op || editing->key != key)) {
            if (!FormEdits::removeCondition(editor, pointer, statement, editing->op, editing->key))
                return false;
            statement = withoutCondition(statement, editing->op, editing->key);
        }
        return FormEdits::setCondition(editor, pointer, statement, op, key, values);
    });
    if (changed)
        cancelEditing();
}

void ConditionEditor::editSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const ConditionTableModel::Row* row = rows.isEmpty() ? nullptr : m_model->row(rows.front().row());
    if (!row)
        return;
    m_editing = *row;
    QString op = QString::fromStdString(row->op);
    int qualifier = 0;
    if (op.startsWith(kForAny)) {
        qualifier = 1;
        op.remove(0, kForAny.size());
    } else if (op.startsWith(kForAll)) {
        qualifier = 2;
        op.remove(0, kForAll.size());
    }
    const bool ifExists = op.endsWith(kIfExists);
    if (ifExists)
        op.chop(kIfExists.size());
    m_keyCombo->setEditText(QString::fromStdString(row->key));
    const int opIndex = m_operatorCombo->findText(op);
    if (opIndex < 0)
        m_operatorCombo->addItem(op);
    m_operatorCombo->setCurrentIndex(m_operatorCombo->findText(op));
    m_qualifierCombo->setCurrentIndex(qualifier);
    m_ifExists->setChecked(ifExists);
    QStringList values;
    for (const auto& value : row->values)
        values << QString::fromStdString(value);
    m_valuesField->setText(values.join(QStringLiteral(", ")));
    m_panelTitle->setText(tr("Change the condition on %1").arg(QString::fromStdString(row->key)));
    m_addButton->setText(tr("Save changes"));
    m_cancelButton->show();
    m_valuesField->setFocus(Qt::OtherFocusReason);
}

void ConditionEditor::cancelEditing()
{
    m_editing.reset();
    m_panelTitle->setText(tr("Add a condition"));
    m_addButton->setText(tr("Add condition"));
    m_cancelButton->hide();
    m_valuesField->clear();
    m_ifExists->setChecked(false);
    m_qualifierCombo->setCurrentIndex(0);
}

void ConditionEditor::removeSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const ConditionTableModel::Row* row = rows.isEmpty() ? nullptr : m_model->row(rows.front().row());
    if (!row || !m_context.isValid())
        return;
    const ConditionTableModel::Row removed = *row;
    const Statement statement = *m_context.statement;
    const std::string pointer = m_context.pointer;
    m_session.applyEdit(
        tr("Remove condition %1").arg(QString::fromStdString(removed.key)), [&](PolicyTextEditor& editor) {
            return FormEdits::removeCondition(editor, pointer, statement, removed.op, removed.key);
        });
}

void ConditionEditor::showRecipeNote(const QString& text, std::optional<Effect> offerEffect)
{
    m_recipeNote->setText(text);
    m_recipeNote->setVisible(!text.isEmpty());
    m_offeredEffect = offerEffect;
    if (offerEffect)
        m_switchEffectButton->setText(*offerEffect == Effect::Deny ? tr("Switch to Deny") : tr("Switch to Allow"));
    m_switchEffectButton->setVisible(offerEffect.has_value());
}

void ConditionEditor::editRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_table->selectRow(row);
    editSelected();
}

void ConditionEditor::applyRecipe(const QString& id)
{
    if (!m_context.isValid() || !m_context.editable)
        return;
    const auto recipes = ConditionChoices::recipes();
    const auto found
        = std::find_if(recipes.begin(), recipes.end(), [&](const auto& recipe) { return recipe.id == id; });
    if (found == recipes.end())
        return;
    const ConditionChoices::Recipe recipe = *found;
    const std::string pointer = m_context.pointer;
    const Statement statement = *m_context.statement;
    const std::vector<std::string> values = toStd(recipe.values);
    const bool changed = m_session.applyEdit(tr("Add condition: %1").arg(recipe.title), [&](PolicyTextEditor& editor) {
        return FormEdits::setCondition(
            editor, pointer, statement, recipe.op.toStdString(), recipe.key.toStdString(), values);
    });
    if (!changed)
        return;
    QString note = recipe.explanation;
    std::optional<Effect> offer;
    if (recipe.effect && *recipe.effect != statement.effect) {
        offer = recipe.effect;
        note += *recipe.effect == Effect::Deny
            ? tr(" This statement is an Allow, so here the condition would grant access instead of blocking "
                 "it: switch the statement to Deny.")
            : tr(" This statement is a Deny, so here the condition would block the wrong requests: switch "
                 "the statement to Allow.");
    }
    if (recipe.valuesAreExamples) {
        note += tr(" Replace the example value (%1) with yours below.").arg(recipe.values.join(QStringLiteral(", ")));
        // Open the new test for editing, with the example selected so typing replaces it.
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const ConditionTableModel::Row* entry = m_model->row(row);
            if (entry->op == recipe.op.toStdString() && entry->key == recipe.key.toStdString()) {
                editRow(row);
                m_valuesField->selectAll();
                break;
            }
        }
    }
    showRecipeNote(note, offer);
}

} // namespace iam::ui
