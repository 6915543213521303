#include "ui/builder/form/ArnTemplateForm.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

#include "ui/builder/form/FieldValidation.h"
#include "ui/builder/form/FormStyle.h"

namespace iam::ui {

namespace {

const QRegularExpression& placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\$\\{([A-Za-z0-9_]+)\\}"));
    return pattern;
}

// "BucketName" → "Bucket name", for the field's label.
QString fieldLabel(const QString& placeholder)
{
    if (placeholder == QStringLiteral("Partition"))
        return ArnTemplateForm::tr("Partition");
    if (placeholder == QStringLiteral("Account") || placeholder == QStringLiteral("AccountId"))
        return ArnTemplateForm::tr("Account ID");
    if (placeholder == QStringLiteral("ObjectName"))
        return ArnTemplateForm::tr("Object key or prefix");
    QString label;
    for (int i = 0; i < placeholder.size(); ++i) {
        const QChar c = placeholder[i];
        if (i > 0 && c.isUpper() && !placeholder[i - 1].isUpper())
            label += QLatin1Char(' ') + c.toLower();
        else
            label += c;
    }
    return label;
}

} // namespace

ArnTemplateForm::ArnTemplateForm(QWidget* parent)
    : QWidget(parent)
    , m_combo(new QComboBox(this))
    , m_fieldsWidget(new QWidget(this))
    , m_fields(new QFormLayout(m_fieldsWidget))
    , m_preview(new QLabel(this))
    , m_addButton(new QPushButton(tr("Add this resource"), this))
    , m_empty(new QLabel(this))
{
    m_combo->setObjectName(QStringLiteral("arnTemplateCombo"));
    m_combo->setAccessibleName(tr("Kind of resource"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(20);
    m_fields->setContentsMargins(0, 0, 0, 0);
    m_fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_preview->setObjectName(QStringLiteral("arnPreview"));
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setWordWrap(true);
    m_addButton->setObjectName(QStringLiteral("addArnButton"));
    m_addButton->setAutoDefault(false);
    m_empty->setObjectName(QStringLiteral("arnTemplateEmpty"));
    m_empty->setText(tr("Choose actions first: the kinds of resource they work on will appear here as small forms."));
    FormStyle::makeHint(m_empty);

    auto* previewRow = new QHBoxLayout;
    previewRow->addWidget(m_preview, 1);
    previewRow->addWidget(m_addButton, 0, Qt::AlignTop);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    layout->addWidget(m_combo);
    layout->addWidget(m_fieldsWidget);
    layout->addLayout(previewRow);

    connect(m_combo, &QComboBox::currentIndexChanged, this, &ArnTemplateForm::rebuildFields);
    connect(m_addButton, &QPushButton::clicked, this, [this] {
        if (isComplete())
            emit addRequested(arn());
    });
    setChoices({});
}

QStringList ArnTemplateForm::placeholders(const QString& arnTemplate)
{
    QStringList names;
    auto matches = placeholderPattern().globalMatch(arnTemplate);
    while (matches.hasNext()) {
        const QString name = matches.next().captured(1);
        if (!names.contains(name))
            names << name;
    }
    return names;
}

void ArnTemplateForm::setChoices(const QList<Choice>& choices)
{
    bool same = choices.size() == m_choices.size();
    for (int i = 0; same && i < choices.size(); ++i)
        same = choices[i].arnTemplate == m_choices[i].arnTemplate && choices[i].label == m_choices[i].label;
    if (same && !choices.isEmpty())
        return;
    const QString current = m_combo->currentData().toString();
    m_choices = choices;
    {
        const QSignalBlocker blocker(m_combo);
        m_combo->clear();
        for (const auto& choice : choices)
            m_combo->addItem(choice.label, choice.arnTemplate);
        const int keep = m_combo->findData(current);
        m_combo->setCurrentIndex(keep >= 0 ? keep : 0);
    }
    const bool empty = choices.isEmpty();
    m_empty->setVisible(empty);
    m_combo->setVisible(!empty);
    m_fieldsWidget->setVisible(!empty);
    m_preview->setVisible(!empty);
    m_addButton->setVisible(!empty);
    rebuildFields();
}

int ArnTemplateForm::choiceCount() const
{
    return m_choices.size();
}

bool ArnTemplateForm::chooseTemplate(const QString& arnTemplate)
{
    const int index = m_combo->findData(arnTemplate);
    if (index < 0)
        return false;
    m_combo->setCurrentIndex(index);
    return true;
}

void ArnTemplateForm::rebuildFields()
{
    while (m_fields->rowCount() > 0)
        m_fields->removeRow(0);
    m_fieldEdits.clear();
    m_fieldErrors.clear();
    const QString arnTemplate = m_combo->currentData().toString();
    for (const QString& name : placeholders(arnTemplate)) {
        auto* edit = new QLineEdit(m_fieldsWidget);
        edit->setObjectName(QStringLiteral("arnField_%1").arg(name));
        edit->setPlaceholderText(FieldValidation::arnFieldHint(name));
        edit->setAccessibleName(fieldLabel(name));
        edit->setText(m_values.value(name, FieldValidation::arnFieldDefault(name)));
        auto* error = new QLabel(m_fieldsWidget);
        error->setObjectName(QStringLiteral("arnFieldError_%1").arg(name));
        FormStyle::makeFieldMessage(error, Severity::Error);
        error->hide();
        auto* cell = new QWidget(m_fieldsWidget);
        auto* cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        cellLayout->addWidget(edit);
        cellLayout->addWidget(error);
        m_fields->addRow(tr("%1:").arg(fieldLabel(name)), cell);
        // Now rather than at the layout's next turn, so the field is there for the next key press.
        cell->show();
        m_fieldEdits.append({ name, edit });
        m_fieldErrors.insert(name, error);
        connect(edit, &QLineEdit::textChanged, this, [this, name](const QString& text) {
            m_values.insert(name, text.trimmed());
            updatePreview();
        });
        connect(edit, &QLineEdit::returnPressed, m_addButton, &QPushButton::click);
    }
    updatePreview();
}

QString ArnTemplateForm::arn() const
{
    QString result = m_combo->currentData().toString();
    for (const auto& [name, edit] : m_fieldEdits) {
        const QString value = edit->text().trimmed();
        if (!value.isEmpty())
            result.replace(QStringLiteral("${%1}").arg(name), value);
    }
    return result;
}

bool ArnTemplateForm::isComplete() const
{
    if (m_combo->currentIndex() < 0)
        return false;
    return std::all_of(m_fieldEdits.begin(), m_fieldEdits.end(), [](const auto& field) {
        return FieldValidation::arnFieldError(field.first, field.second->text().trimmed()).isEmpty();
    });
}

void ArnTemplateForm::updatePreview()
{
    for (const auto& [name, edit] : m_fieldEdits) {
        const QString value = edit->text().trimmed();
        // An empty field is not an error yet: the preview shows what is still missing.
        const QString error = value.isEmpty() ? QString() : FieldValidation::arnFieldError(name, value);
        QLabel* label = m_fieldErrors.value(name);
        label->setText(error);
        label->setVisible(!error.isEmpty());
    }
    if (m_combo->currentIndex() < 0) {
        m_preview->clear();
        m_addButton->setEnabled(false);
        return;
    }
    m_preview->setText(tr("Resource: %1").arg(arn()));
    m_addButton->setEnabled(isComplete());
}

} // namespace iam::ui
