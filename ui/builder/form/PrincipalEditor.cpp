#include "ui/builder/form/PrincipalEditor.h"

#include <algorithm>

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include "core/edit/PolicyTextEditor.h"
#include "ui/builder/form/FieldValidation.h"
#include "ui/builder/form/FormEdits.h"
#include "ui/builder/form/FormStyle.h"
#include "ui/session/PolicySession.h"

namespace iam::ui {

namespace {

constexpr int kTypeRole = Qt::UserRole + 1;
constexpr int kIdRole = Qt::UserRole + 2;

QString typeTitle(const QString& type)
{
    if (type == QStringLiteral("AWS"))
        return PrincipalEditor::tr("AWS account, user or role");
    if (type == QStringLiteral("Service"))
        return PrincipalEditor::tr("AWS service");
    if (type == QStringLiteral("Federated"))
        return PrincipalEditor::tr("Web identity or SAML provider");
    if (type == QStringLiteral("CanonicalUser"))
        return PrincipalEditor::tr("S3 canonical user");
    return type;
}

} // namespace

PrincipalEditor::PrincipalEditor(PolicySession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_everyone(new QCheckBox(tr("Everyone (*): any AWS account, and anonymous people on the internet"), this))
    , m_everyoneWarning(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_removeButton(new QPushButton(tr("Remove"), this))
    , m_typeCombo(new QComboBox(this))
    , m_valueField(new QLineEdit(this))
    , m_addButton(new QPushButton(tr("Add"), this))
    , m_message(new QLabel(this))
{
    auto* intro = new QLabel(tr("A resource or trust policy names who may (or may not) act. Add the accounts, "
                                "roles or services this statement is about."),
        this);
    FormStyle::makeHint(intro);

    m_everyone->setObjectName(QStringLiteral("principalEveryone"));
    m_everyoneWarning->setObjectName(QStringLiteral("principalEveryoneWarning"));
    m_everyoneWarning->setText(tr("Everyone means anybody, signed in or not. Together with Allow this makes the "
                                  "resource public. Add a condition (for example your organization) or name "
                                  "the accounts instead."));
    FormStyle::makeBanner(m_everyoneWarning, Severity::SecurityWarning);
    m_everyoneWarning->hide();

    m_list->setObjectName(QStringLiteral("principalList"));
    m_list->setAccessibleName(tr("Principals"));
    m_removeButton->setObjectName(QStringLiteral("removePrincipalButton"));
    m_removeButton->setAutoDefault(false);

    m_typeCombo->setObjectName(QStringLiteral("principalTypeCombo"));
    m_typeCombo->setAccessibleName(tr("Principal type"));
    for (const QString& type : { QStringLiteral("AWS"), QStringLiteral("Service"), QStringLiteral("Federated") })
        m_typeCombo->addItem(typeTitle(type), type);
    m_valueField->setObjectName(QStringLiteral("principalValueField"));
    m_valueField->setAccessibleName(tr("Principal"));
    m_addButton->setObjectName(QStringLiteral("addPrincipalButton"));
    m_addButton->setAutoDefault(false);
    m_message->setObjectName(QStringLiteral("principalMessage"));
    FormStyle::makeFieldMessage(m_message, Severity::Error);
    m_message->hide();

    auto* listRow = new QHBoxLayout;
    listRow->addWidget(m_list, 1);
    listRow->addWidget(m_removeButton, 0, Qt::AlignTop);
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_typeCombo);
    addRow->addWidget(m_valueField, 1);
    addRow->addWidget(m_addButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addWidget(m_everyone);
    layout->addWidget(m_everyoneWarning);
    layout->addLayout(listRow);
    layout->addLayout(addRow);
    layout->addWidget(m_message);

    connect(m_everyone, &QCheckBox::clicked, this, &PrincipalEditor::setEveryone);
    connect(m_addButton, &QPushButton::clicked, this, &PrincipalEditor::addPrincipal);
    connect(m_valueField, &QLineEdit::returnPressed, this, &PrincipalEditor::addPrincipal);
    connect(m_valueField, &QLineEdit::textChanged, this, &PrincipalEditor::validateValue);
    connect(m_removeButton, &QPushButton::clicked, this, &PrincipalEditor::removeSelected);
    connect(m_typeCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_valueField->setPlaceholderText(FieldValidation::principalHint(m_typeCombo->currentData().toString()));
        validateValue();
    });
    connect(m_list, &QListWidget::currentRowChanged, this,
        [this](int row) { m_removeButton->setEnabled(row >= 0 && m_context.editable); });
    m_valueField->setPlaceholderText(FieldValidation::principalHint(QStringLiteral("AWS")));
    m_removeButton->setEnabled(false);
    m_addButton->setEnabled(false);
}

void PrincipalEditor::showStatement(const StatementContext& context)
{
    m_context = context;
    if (!context.isValid())
        return;
    const auto& principal = context.statement->principal;
    bool everyone = principal && principal->isWildcard;
    QList<QPair<QString, QString>> rows;
    if (principal) {
        for (const auto& entry : principal->entries) {
            for (const auto& id : entry.ids.values) {
                rows.append({ QString::fromStdString(entry.type), QString::fromStdString(id) });
                if (entry.type == "AWS" && id == "*")
                    everyone = true;
            }
        }
    }
    {
        const QSignalBlocker blocker(m_everyone);
        m_everyone->setChecked(everyone);
    }
    m_everyoneWarning->setVisible(everyone && context.statement->effect == Effect::Allow);

    // Rebuild the rows only when they changed, so the selection survives unrelated edits.
    bool same = m_list->count() == rows.size();
    for (int i = 0; same && i < rows.size(); ++i) {
        const QListWidgetItem* item = m_list->item(i);
        same = item->data(kTypeRole).toString() == rows[i].first && item->data(kIdRole).toString() == rows[i].second;
    }
    if (!same) {
        const int current = m_list->currentRow();
        m_list->clear();
        for (const auto& [type, id] : rows) {
            auto* item = new QListWidgetItem(tr("%1: %2").arg(typeTitle(type), id), m_list);
            item->setData(kTypeRole, type);
            item->setData(kIdRole, id);
            item->setToolTip(tr("\"%1\": \"%2\"").arg(type, id));
        }
        m_list->setCurrentRow(std::min(current, m_list->count() - 1));
    }
    FormStyle::fitToRows(m_list, m_list->count(), 1, 5);
    m_list->setVisible(m_list->count() > 0);
    m_removeButton->setVisible(m_list->count() > 0);
    m_removeButton->setEnabled(m_list->currentRow() >= 0);
    if (context.switchedStatement) {
        m_valueField->clear();
        m_message->hide();
    }
    validateValue();
}

void PrincipalEditor::validateValue()
{
    const QString value = m_valueField->text().trimmed();
    const QString error
        = value.isEmpty() ? QString() : FieldValidation::principalError(m_typeCombo->currentData().toString(), value);
    m_message->setText(error);
    m_message->setVisible(!error.isEmpty());
    m_addButton->setEnabled(!value.isEmpty() && error.isEmpty());
}

void PrincipalEditor::addPrincipal()
{
    const QString value = m_valueField->text().trimmed();
    const QString type = m_typeCombo->currentData().toString();
    if (!m_context.isValid() || value.isEmpty() || !FieldValidation::principalError(type, value).isEmpty())
        return;
    const Statement statement = *m_context.statement;
    const std::string pointer = m_context.pointer;
    if (m_session.applyEdit(tr("Add principal %1").arg(value), [&](PolicyTextEditor& editor) {
            return FormEdits::addPrincipal(editor, pointer, statement, type.toStdString(), value.toStdString());
        }))
        m_valueField->clear();
}

void PrincipalEditor::removeSelected()
{
    const QListWidgetItem* item = m_list->currentItem();
    if (!m_context.isValid() || !item)
        return;
    const std::string type = item->data(kTypeRole).toString().toStdString();
    const QString id = item->data(kIdRole).toString();
    const Statement statement = *m_context.statement;
    const std::string pointer = m_context.pointer;
    m_session.applyEdit(tr("Remove principal %1").arg(id), [&](PolicyTextEditor& editor) {
        return FormEdits::removePrincipal(editor, pointer, statement, type, id.toStdString());
    });
}

void PrincipalEditor::setEveryone(bool everyone)
{
    if (!m_context.isValid())
        return;
    const std::string pointer = m_context.pointer;
    const bool changed = m_session.applyEdit(
        everyone ? tr("Allow everyone (*)") : tr("Stop allowing everyone"), [&](PolicyTextEditor& editor) {
            return everyone ? FormEdits::setPrincipalEveryone(editor, pointer)
                            : FormEdits::clearPrincipalEveryone(editor, pointer);
        });
    if (!changed) {
        const QSignalBlocker blocker(m_everyone);
        m_everyone->setChecked(!everyone);
    }
}

} // namespace iam::ui
