#include "ui/builder/form/ResourceEditor.h"

#include <algorithm>
#include <set>

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include "core/catalog/Catalog.h"
#include "core/edit/PolicyTextEditor.h"
#include "core/json/JsonPointer.h"
#include "ui/builder/form/ArnTemplateForm.h"
#include "ui/builder/form/FormEdits.h"
#include "ui/builder/form/FormStyle.h"
#include "ui/session/PolicySession.h"

namespace iam::ui {

namespace {

// A wildcard such as `s3:*` names hundreds of actions; their first ones are enough for templates.
constexpr std::size_t kMaxActionsForTemplates = 60;

QString fromView(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

std::vector<const CatalogAction*> chosenActions(const Statement& statement, bool explicitOnly)
{
    std::vector<const CatalogAction*> actions;
    if (!statement.action)
        return actions;
    const Catalog& catalog = Catalog::builtIn();
    std::set<const CatalogAction*> seen;
    for (const auto& value : statement.action->values) {
        if (value.find_first_of("*?") != std::string::npos) {
            if (explicitOnly)
                continue;
            for (const CatalogAction* action : catalog.matchActions(value)) {
                if (actions.size() >= kMaxActionsForTemplates)
                    break;
                if (seen.insert(action).second)
                    actions.push_back(action);
            }
        } else if (const CatalogAction* action = catalog.findAction(value)) {
            if (seen.insert(action).second)
                actions.push_back(action);
        }
    }
    return actions;
}

} // namespace

ResourceEditor::ResourceEditor(PolicySession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_allResources(new QCheckBox(tr("All resources (*)"), this))
    , m_allResourcesHint(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_removeButton(new QPushButton(tr("Remove"), this))
    , m_listLabel(new QLabel(this))
    , m_templateForm(new ArnTemplateForm(this))
    , m_arnField(new QLineEdit(this))
    , m_addArnButton(new QPushButton(tr("Add"), this))
    , m_fitWarning(new QLabel(this))
{
    auto* intro = new QLabel(tr("Resources say what the actions may touch, written as ARNs (Amazon Resource "
                                "Names), such as one bucket or one table."),
        this);
    FormStyle::makeHint(intro);

    m_allResources->setObjectName(QStringLiteral("allResourcesCheck"));
    m_allResourcesHint->setObjectName(QStringLiteral("allResourcesHint"));
    m_allResourcesHint->setText(tr("* means every resource of these actions in the account, including ones created "
                                   "later. Name the resources you mean when you can: a mistake or a leaked key then "
                                   "reaches only those."));
    FormStyle::makeHint(m_allResourcesHint);

    m_listLabel->setObjectName(QStringLiteral("resourceListLabel"));
    m_list->setObjectName(QStringLiteral("resourceList"));
    m_list->setAccessibleName(tr("Resources"));
    m_list->setToolTip(tr("Double-click a resource to change it"));
    m_removeButton->setObjectName(QStringLiteral("removeResourceButton"));
    m_removeButton->setAutoDefault(false);
    m_removeButton->setEnabled(false);

    m_arnField->setObjectName(QStringLiteral("resourceArnField"));
    m_arnField->setPlaceholderText(tr("or paste an ARN, e.g. arn:aws:s3:::my-bucket/*"));
    m_arnField->setAccessibleName(tr("Resource ARN"));
    m_addArnButton->setObjectName(QStringLiteral("addResourceArnButton"));
    m_addArnButton->setAutoDefault(false);
    m_addArnButton->setEnabled(false);

    m_fitWarning->setObjectName(QStringLiteral("resourceFitWarning"));
    FormStyle::makeBanner(m_fitWarning, Severity::Warning);
    m_fitWarning->hide();

    auto* listRow = new QHBoxLayout;
    listRow->addWidget(m_list, 1);
    listRow->addWidget(m_removeButton, 0, Qt::AlignTop);
    auto* arnRow = new QHBoxLayout;
    arnRow->addWidget(m_arnField, 1);
    arnRow->addWidget(m_addArnButton);

    auto* templateTitle = new QLabel(tr("Add a resource"), this);
    QFont bold = templateTitle->font();
    bold.setBold(true);
    templateTitle->setFont(bold);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(intro);
    layout->addWidget(m_allResources);
    layout->addWidget(m_allResourcesHint);
    layout->addWidget(m_listLabel);
    layout->addLayout(listRow);
    layout->addWidget(m_fitWarning);
    layout->addWidget(templateTitle);
    layout->addWidget(m_templateForm);
    layout->addLayout(arnRow);

    connect(m_allResources, &QCheckBox::clicked, this, &ResourceEditor::setAllResources);
    connect(m_list, &QListWidget::currentRowChanged, this,
        [this](int row) { m_removeButton->setEnabled(row >= 0 && m_context.editable); });
    // The edit waits for the next turn of the event loop: it rebuilds this list, which must not
    // happen while the list is still inside the item's own change notification.
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (m_filling)
            return;
        const int row = m_list->row(item);
        const QString text = item->text().trimmed();
        QMetaObject::invokeMethod(
            this, [this, row, text] { editResource(row, text); }, Qt::QueuedConnection);
    });
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        auto remaining = values();
        if (row < 0 || row >= static_cast<int>(remaining.size()))
            return;
        const QString removed = QString::fromStdString(remaining[static_cast<std::size_t>(row)]);
        remaining.erase(remaining.begin() + row);
        setValues(remaining, tr("Remove resource %1").arg(removed));
    });
    connect(m_templateForm, &ArnTemplateForm::addRequested, this, &ResourceEditor::addResource);
    connect(m_arnField, &QLineEdit::textChanged, this,
        [this](const QString& text) { m_addArnButton->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_arnField, &QLineEdit::returnPressed, m_addArnButton, &QPushButton::click);
    connect(m_addArnButton, &QPushButton::clicked, this, [this] {
        const QString arn = m_arnField->text().trimmed();
        if (arn.isEmpty())
            return;
        addResource(arn);
        m_arnField->clear();
    });
}

const std::vector<std::string>& ResourceEditor::values() const
{
    static const std::vector<std::string> none;
    if (!m_context.isValid())
        return none;
    const Statement& statement = *m_context.statement;
    if (statement.resource)
        return statement.resource->values;
    if (statement.notResource)
        return statement.notResource->values;
    return none;
}

std::string ResourceEditor::listPointer() const
{
    const Statement& statement = *m_context.statement;
    const bool notResource = statement.notResource && !statement.resource;
    return appendPointer(m_context.pointer, notResource ? "NotResource" : "Resource");
}

void ResourceEditor::showStatement(const StatementContext& context)
{
    m_context = context;
    if (!context.isValid())
        return;
    const auto& current = values();
    const bool all = std::find(current.begin(), current.end(), "*") != current.end();
    {
        const QSignalBlocker blocker(m_allResources);
        m_allResources->setChecked(all);
    }
    m_allResourcesHint->setVisible(all);

    QStringList texts;
    for (const auto& value : current)
        texts << QString::fromStdString(value);
    QStringList shown;
    for (int i = 0; i < m_list->count(); ++i)
        shown << m_list->item(i)->text();
    if (shown != texts) {
        const QScopedValueRollback guard(m_filling, true);
        const int row = m_list->currentRow();
        m_list->clear();
        for (const QString& text : texts) {
            auto* item = new QListWidgetItem(text, m_list);
            item->setFlags(item->flags() | Qt::ItemIsEditable);
        }
        if (row >= 0 && m_list->count() > 0)
            m_list->setCurrentRow(std::min(row, m_list->count() - 1));
    }
    const bool notResource = context.statement->notResource && !context.statement->resource;
    m_listLabel->setText(texts.isEmpty() ? tr("No resources yet: add one below, or tick All resources.")
            : notResource                ? tr("Every resource except these (NotResource):")
                                         : tr("The actions may touch:"));
    FormStyle::fitToRows(m_list, m_list->count(), 1, 6);
    m_list->setVisible(!texts.isEmpty());
    m_removeButton->setVisible(!texts.isEmpty());
    m_removeButton->setEnabled(m_list->currentRow() >= 0 && context.editable);
    if (context.switchedStatement)
        m_arnField->clear();
    updateTemplates();
    updateFitWarning();
}

void ResourceEditor::updateTemplates()
{
    const Catalog& catalog = Catalog::builtIn();
    struct Entry {
        QString service;
        QString type;
        QStringList actions;
    };
    QList<QString> order;
    QMap<QString, Entry> entries;
    for (const CatalogAction* action : chosenActions(*m_context.statement, false)) {
        const QString actionName = fromView(action->name);
        const QString service = fromView(catalog.serviceOf(*action).prefix);
        for (const auto& resource : catalog.resourcesOf(*action)) {
            const CatalogResourceType& type = catalog.resourceTypeOf(resource);
            for (std::string_view arnTemplate : catalog.arnTemplatesOf(type)) {
                const QString key = fromView(arnTemplate);
                if (!entries.contains(key)) {
                    order << key;
                    entries.insert(key, Entry { service, fromView(type.name), {} });
                }
                Entry& entry = entries[key];
                if (!entry.actions.contains(actionName))
                    entry.actions << actionName;
            }
        }
    }
    // Simpler ARNs first: a bucket's object before the same object reached through an access point.
    std::stable_sort(order.begin(), order.end(), [](const QString& a, const QString& b) {
        return ArnTemplateForm::placeholders(a).size() < ArnTemplateForm::placeholders(b).size();
    });
    QList<ArnTemplateForm::Choice> choices;
    for (const QString& key : order) {
        const Entry& entry = entries[key];
        QStringList shown = entry.actions.mid(0, 3);
        if (entry.actions.size() > 3)
            shown << tr("%n more", nullptr, static_cast<int>(entry.actions.size() - 3));
        choices.append({ tr("%1 %2 (for %3)").arg(entry.service, entry.type, shown.join(tr(", "))), key });
    }
    m_templateForm->setChoices(choices);
}

QString ResourceEditor::fitWarning() const
{
    return m_fitWarning->isVisible() ? m_fitWarning->text() : QString();
}

void ResourceEditor::updateFitWarning()
{
    const Catalog& catalog = Catalog::builtIn();
    const auto& resources = values();
    const Statement& statement = *m_context.statement;
    const bool notResource = statement.notResource && !statement.resource;
    const bool all = std::find(resources.begin(), resources.end(), "*") != resources.end();
    if (resources.empty() || all || notResource) {
        m_fitWarning->hide();
        return;
    }
    QStringList lines;
    bool bucketOrObject = false;
    for (const CatalogAction* action : chosenActions(statement, true)) {
        const auto types = catalog.resourcesOf(*action);
        if (types.empty())
            continue;
        bool fits = false;
        QStringList wanted;
        for (const auto& resource : types) {
            const CatalogResourceType& type = catalog.resourceTypeOf(resource);
            for (const auto& arn : resources) {
                if (catalog.arnFits(arn, type)) {
                    fits = true;
                    break;
                }
            }
            if (fits)
                break;
            const auto templates = catalog.arnTemplatesOf(type);
            wanted << (templates.empty() ? fromView(type.name)
                                         : tr("%1 (%2)").arg(fromView(type.name), fromView(templates.front())));
            if (type.name == "bucket" || type.name == "object")
                bucketOrObject = bucketOrObject || catalog.serviceOf(*action).prefix == "s3";
        }
        if (!fits)
            lines << tr("• %1 works on: %2")
                         .arg(QString::fromStdString(catalog.fullName(*action)), wanted.join(tr(" or ")));
    }
    if (lines.isEmpty()) {
        m_fitWarning->hide();
        return;
    }
    QString text = tr("Some actions fit none of the resources listed, so this statement does not grant them:\n%1")
                       .arg(lines.join(QLatin1Char('\n')));
    if (bucketOrObject)
        text += tr("\nIn S3 a bucket and the objects in it are different resources: arn:aws:s3:::my-bucket is "
                   "the bucket (for ListBucket), arn:aws:s3:::my-bucket/* is every object in it (for GetObject, "
                   "PutObject). List both when the actions need both.");
    m_fitWarning->setText(text);
    m_fitWarning->show();
}

void ResourceEditor::addResource(const QString& arn)
{
    if (!m_context.isValid())
        return;
    const auto& current = values();
    if (std::find(current.begin(), current.end(), arn.toStdString()) != current.end())
        return;
    const std::string pointer = listPointer();
    const std::size_t count = current.size();
    const std::string value = arn.toStdString();
    m_session.applyEdit(tr("Add resource %1").arg(arn),
        [&](PolicyTextEditor& editor) { return FormEdits::appendStrings(editor, pointer, count, { value }); });
}

void ResourceEditor::setValues(const std::vector<std::string>& values, const QString& name)
{
    if (!m_context.isValid())
        return;
    const std::string pointer = listPointer();
    m_session.applyEdit(name, [&](PolicyTextEditor& editor) { return editor.setStringList(pointer, values); });
}

void ResourceEditor::setAllResources(bool all)
{
    if (!m_context.isValid())
        return;
    if (all) {
        addResource(QStringLiteral("*"));
    } else {
        auto remaining = values();
        remaining.erase(std::remove(remaining.begin(), remaining.end(), "*"), remaining.end());
        setValues(remaining, tr("Remove resource *"));
    }
}

void ResourceEditor::editResource(int row, const QString& text)
{
    if (!m_context.isValid())
        return;
    auto updated = values();
    if (row < 0 || row >= static_cast<int>(updated.size())
        || updated[static_cast<std::size_t>(row)] == text.toStdString())
        return;
    if (text.isEmpty()) {
        // An emptied line means the resource goes, as the Remove button would do.
        updated.erase(updated.begin() + row);
        setValues(updated, tr("Remove resource"));
        return;
    }
    updated[static_cast<std::size_t>(row)] = text.toStdString();
    setValues(updated, tr("Change resource to %1").arg(text));
}

} // namespace iam::ui
