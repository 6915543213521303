#include "ui/builder/ManagedPolicyDialog.h"

#include <string>

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include "core/managed/ManagedPolicyLibrary.h"
#include "core/policy/PolicyParser.h"
#include "core/policy/PolicySerializer.h"
#include "ui/builder/PickerDialogLayout.h"
#include "ui/common/HeadingLabel.h"
#include "ui/common/JsonEditor.h"

namespace iam::ui {

namespace {

// Enough to fill the list many times over; the search narrows it down from there.
constexpr std::size_t kMaxShown = 400;
constexpr int kPolicyRole = Qt::UserRole + 1;

QString fromView(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

} // namespace

ManagedPolicyDialog::ManagedPolicyDialog(QWidget* parent)
    : QDialog(parent)
    , m_search(new QLineEdit(this))
    , m_model(new QStandardItemModel(this))
    , m_list(new QListView(this))
    , m_count(new QLabel(this))
    , m_title(new HeadingLabel(QString(), 1.3, this))
    , m_details(new QLabel(this))
    , m_description(new QLabel(this))
    , m_preview(new JsonEditor(this))
{
    setObjectName(QStringLiteral("managedPolicyDialog"));
    setWindowTitle(tr("Open an AWS managed policy"));

    auto* intro = new QLabel(tr("AWS writes and updates these policies for common jobs. Look at one to learn from "
                                "it; it opens read-only, and you can duplicate it to make your own."),
        this);
    intro->setWordWrap(true);

    m_search->setObjectName(QStringLiteral("managedSearch"));
    m_search->setPlaceholderText(tr("Search by name or description, for example S3 read"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search managed policies"));
    m_list->setObjectName(QStringLiteral("managedList"));
    m_list->setAccessibleName(tr("AWS managed policies"));
    m_list->setModel(m_model);
    m_list->setUniformItemSizes(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_count->setObjectName(QStringLiteral("managedCount"));

    m_title->setWordWrap(true);
    m_details->setObjectName(QStringLiteral("managedDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_description->setWordWrap(true);
    m_preview->setObjectName(QStringLiteral("managedPreview"));
    m_preview->setReadOnly(true);
    m_preview->setAccessibleName(tr("Managed policy JSON"));

    auto* left = new QVBoxLayout;
    left->setSpacing(6);
    left->addWidget(m_search);
    left->addWidget(m_list, 1);
    left->addWidget(m_count);

    auto* details = new QVBoxLayout;
    details->setSpacing(6);
    details->addWidget(m_title);
    details->addWidget(m_description);
    details->addWidget(m_details);
    details->addWidget(m_preview, 1);

    auto* columns = new QHBoxLayout;
    columns->setSpacing(16);
    columns->addLayout(left, 2);
    columns->addLayout(details, 3);

    QPushButton* open
        = layOutPickerDialog(*this, intro, columns, m_list, tr("Open read-only"), QStringLiteral("openManagedButton"));
    connect(m_search, &QLineEdit::textChanged, this, &ManagedPolicyDialog::search);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this, open] {
        showSelection();
        open->setEnabled(selectedPolicy() != nullptr);
    });

    resize(1000, 640);
    search(QString());
    open->setEnabled(selectedPolicy() != nullptr);
}

int ManagedPolicyDialog::shownCount() const
{
    return m_model->rowCount();
}

void ManagedPolicyDialog::search(const QString& text)
{
    const ManagedPolicyLibrary& library = ManagedPolicyLibrary::builtIn();
    const QByteArray query = text.trimmed().toUtf8();
    std::vector<const ManagedPolicy*> found;
    if (query.isEmpty()) {
        for (const ManagedPolicy& policy : library.policies())
            found.push_back(&policy);
    } else {
        found = library.search(std::string_view(query.constData(), static_cast<std::size_t>(query.size())));
    }
    const std::size_t total = found.size();
    if (found.size() > kMaxShown)
        found.resize(kMaxShown);

    m_model->clear();
    for (const ManagedPolicy* policy : found) {
        auto* item = new QStandardItem(fromView(policy->name));
        item->setEditable(false);
        item->setData(QVariant::fromValue(static_cast<const void*>(policy)), kPolicyRole);
        if (!policy->description.empty())
            item->setToolTip(fromView(policy->description));
        m_model->appendRow(item);
    }
    if (total == 0)
        m_count->setText(tr("No managed policy matches. Try fewer or shorter words."));
    else if (total > found.size())
        m_count->setText(
            tr("Showing the first %1 of %2 policies: type to narrow the list.").arg(found.size()).arg(total));
    else
        m_count->setText(total == 1 ? tr("1 policy") : tr("%1 policies").arg(total));
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0, 0));
    else
        showSelection();
}

const ManagedPolicy* ManagedPolicyDialog::selectedPolicy() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? static_cast<const ManagedPolicy*>(current.data(kPolicyRole).value<const void*>())
                             : nullptr;
}

QString ManagedPolicyDialog::selectedName() const
{
    const ManagedPolicy* policy = selectedPolicy();
    return policy ? fromView(policy->name) : QString();
}

QString ManagedPolicyDialog::selectedText() const
{
    return selectedPolicy() ? m_previewText : QString();
}

void ManagedPolicyDialog::showSelection()
{
    const ManagedPolicy* policy = selectedPolicy();
    if (!policy) {
        m_title->clear();
        m_details->clear();
        m_description->clear();
        m_preview->clear();
        m_previewText.clear();
        return;
    }
    m_title->setText(fromView(policy->name));
    m_description->setText(
        policy->description.empty() ? tr("AWS gives no description for this policy.") : fromView(policy->description));
    QString details = fromView(policy->arn);
    if (!policy->updatedOn.empty())
        details += QStringLiteral("\n")
            + tr("Version %1, updated %2").arg(fromView(policy->versionId), fromView(policy->updatedOn));
    m_details->setText(details);

    // AWS publishes the documents without line breaks; core lays them out one element per line.
    const ManagedPolicyDocument document = ManagedPolicyLibrary::builtIn().document(*policy);
    const PolicyParseResult parsed = parsePolicy(document.text);
    m_previewText = parsed.policy ? QString::fromStdString(serializePolicy(*parsed.policy)) : fromView(document.text);
    m_preview->setPlainText(m_previewText);
}

} // namespace iam::ui
