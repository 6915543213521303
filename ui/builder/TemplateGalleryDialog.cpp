#include "ui/builder/TemplateGalleryDialog.h"

#include <string>

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include "ui/builder/BuiltInTemplates.h"
#include "ui/builder/PickerDialogLayout.h"
#include "ui/builder/PolicyKindNames.h"
#include "ui/common/HeadingLabel.h"
#include "ui/common/JsonEditor.h"

namespace iam::ui {

TemplateGalleryDialog::TemplateGalleryDialog(QWidget* parent)
    : QDialog(parent)
    , m_model(new QStandardItemModel(this))
    , m_list(new QListView(this))
    , m_title(new HeadingLabel(QString(), 1.3, this))
    , m_kind(new QLabel(this))
    , m_description(new QLabel(this))
    , m_preview(new JsonEditor(this))
{
    setObjectName(QStringLiteral("templateGallery"));
    setWindowTitle(tr("New policy from a template"));

    for (BuiltInTemplate& builtIn : builtInTemplates()) {
        m_templates.push_back(std::move(builtIn.entry));
        m_texts.push_back(std::move(builtIn.text));
        const PolicyTemplate& entry = m_templates.back();
        auto* item = new QStandardItem(QString::fromStdString(entry.title));
        item->setEditable(false);
        item->setToolTip(QString::fromStdString(entry.description));
        m_model->appendRow(item);
    }

    auto* intro = new QLabel(tr("Pick a starting point. You can change everything after it opens."), this);
    intro->setWordWrap(true);

    m_list->setObjectName(QStringLiteral("templateList"));
    m_list->setAccessibleName(tr("Templates"));
    m_list->setModel(m_model);
    m_list->setSpacing(2);
    m_list->setMinimumWidth(280);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_title->setObjectName(QStringLiteral("templateTitle"));
    m_title->setWordWrap(true);
    m_kind->setObjectName(QStringLiteral("templateKind"));
    m_description->setObjectName(QStringLiteral("templateDescription"));
    m_description->setWordWrap(true);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setObjectName(QStringLiteral("templatePreview"));
    m_preview->setReadOnly(true);
    m_preview->setAccessibleName(tr("Template JSON"));

    auto* details = new QVBoxLayout;
    details->setSpacing(6);
    details->addWidget(m_title);
    details->addWidget(m_kind);
    details->addWidget(m_description);
    details->addSpacing(4);
    details->addWidget(m_preview, 1);

    auto* columns = new QHBoxLayout;
    columns->setSpacing(16);
    columns->addWidget(m_list, 2);
    columns->addLayout(details, 3);

    QPushButton* open
        = layOutPickerDialog(*this, intro, columns, m_list, tr("Open template"), QStringLiteral("openTemplateButton"));
    connect(
        m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &TemplateGalleryDialog::showSelection);
    open->setEnabled(!m_templates.empty());

    resize(960, 620);
    selectTemplate(0);
}

void TemplateGalleryDialog::selectTemplate(int row)
{
    if (row < 0 || row >= templateCount())
        return;
    m_list->setCurrentIndex(m_model->index(row, 0));
}

std::optional<PolicyTemplate> TemplateGalleryDialog::selectedTemplate() const
{
    const int row = m_list->currentIndex().row();
    if (row < 0 || row >= templateCount())
        return std::nullopt;
    return m_templates.at(static_cast<std::size_t>(row));
}

QString TemplateGalleryDialog::selectedText() const
{
    const int row = m_list->currentIndex().row();
    return row < 0 || row >= templateCount() ? QString() : m_texts.at(static_cast<std::size_t>(row));
}

void TemplateGalleryDialog::showSelection()
{
    const std::optional<PolicyTemplate> entry = selectedTemplate();
    if (!entry)
        return;
    m_title->setText(QString::fromStdString(entry->title));
    m_kind->setText(tr("Kind: %1").arg(policyKindLabel(entry->kind)));
    m_description->setText(QString::fromStdString(entry->description));
    m_preview->setPlainText(selectedText());
}

} // namespace iam::ui
