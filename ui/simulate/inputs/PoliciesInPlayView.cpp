#include "ui/simulate/inputs/PoliciesInPlayView.h"

#include <algorithm>

#include <QAction>
#include <QContextMenuEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

#include "ui/builder/ManagedPolicyDialog.h"
#include "ui/builder/TemplateGalleryDialog.h"
#include "ui/common/HeadingLabel.h"
#include "ui/common/JsonEditor.h"
#include "ui/common/UserTextFile.h"
#include "ui/simulate/SimulationSession.h"
#include "ui/simulate/inputs/PoliciesInPlayDelegate.h"
#include "ui/simulate/inputs/PoliciesInPlayModel.h"
#include "ui/simulate/inputs/PolicyTextDialog.h"
#include "ui/simulate/inputs/PolicyTypeNames.h"

namespace iam::ui {

namespace {

// Policies are a few kilobytes; AWS's largest (an SCP, a managed policy) stay far below this.
constexpr qint64 kMaxPolicyFileBytes = 1024 * 1024;

QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}

} // namespace

PoliciesInPlayView::PoliciesInPlayView(SimulationSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new PoliciesInPlayModel(session, this))
    , m_tree(new QTreeView(this))
    , m_emptyLabel(new QLabel(this))
    , m_message(new QLabel(this))
    , m_addButton(new QPushButton(tr("&Add policy"), this))
    , m_editButton(new QPushButton(tr("&Edit…"), this))
    , m_removeButton(new QPushButton(tr("Remove"), this))
    , m_addMenu(new QMenu(this))
{
    setObjectName(QStringLiteral("policiesInPlayView"));

    auto* heading = new HeadingLabel(tr("Policies in play"), 1.15, this);
    heading->setObjectName(QStringLiteral("policiesInPlayHeading"));

    m_fromBuild = m_addMenu->addAction(tr("From the &Build page"), this, &PoliciesInPlayView::addFromBuildPage);
    m_fromBuild->setObjectName(QStringLiteral("addPolicyFromBuildAction"));
    m_fromFile = m_addMenu->addAction(tr("From a &file…"), this, &PoliciesInPlayView::addFromFile);
    m_fromFile->setObjectName(QStringLiteral("addPolicyFromFileAction"));
    m_fromTemplate = m_addMenu->addAction(tr("From a &template…"), this, &PoliciesInPlayView::addFromTemplate);
    m_fromTemplate->setObjectName(QStringLiteral("addPolicyFromTemplateAction"));
    m_fromManaged = m_addMenu->addAction(tr("AWS &managed policy…"), this, &PoliciesInPlayView::addFromManaged);
    m_fromManaged->setObjectName(QStringLiteral("addPolicyFromManagedAction"));
    m_paste = m_addMenu->addAction(tr("&Paste JSON…"), this, &PoliciesInPlayView::addPasted);
    m_paste->setObjectName(QStringLiteral("addPolicyPasteAction"));
    m_fromBuild->setEnabled(false);
    m_fromBuild->setToolTip(tr("Open or write a policy on the Build page first."));
    m_addMenu->setToolTipsVisible(true);

    m_addButton->setObjectName(QStringLiteral("addPolicyButton"));
    m_addButton->setToolTip(tr("Add a policy to the selected group: from the Build page, a file, a template, "
                               "an AWS managed policy or pasted JSON."));
    m_addButton->setMenu(m_addMenu);
    m_editButton->setObjectName(QStringLiteral("editPolicyButton"));
    m_editButton->setToolTip(tr("Edit the selected policy's name and JSON (or double-click it)."));
    m_removeButton->setObjectName(QStringLiteral("removePolicyButton"));
    m_removeButton->setToolTip(tr("Remove the selected policy from the simulation (Delete). To compare "
                                  "without it, untick its box instead."));

    m_tree->setObjectName(QStringLiteral("policiesTree"));
    m_tree->setAccessibleName(tr("Policies in play"));
    m_tree->setModel(m_model);
    m_tree->setItemDelegate(new PoliciesInPlayDelegate(m_tree));
    m_tree->setHeaderHidden(true);
    m_tree->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setAnimated(false);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->header()->setStretchLastSection(true);
    m_tree->installEventFilter(this);
    restoreExpansion();

    m_emptyLabel->setObjectName(QStringLiteral("policiesEmptyLabel"));
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setText(tr("No policies yet. AWS denies whatever no policy allows, so start with the "
                             "identity-based policy of the user or role making the request: choose "
                             "<b>Add policy</b>, then where it comes from. Select a group first to add to it."));
    m_message->setObjectName(QStringLiteral("policiesMessage"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    m_message->setTextFormat(Qt::RichText);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addLayout(buttons);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_message);

    connect(m_editButton, &QPushButton::clicked, this, &PoliciesInPlayView::editCurrent);
    connect(m_removeButton, &QPushButton::clicked, this, &PoliciesInPlayView::removeCurrent);
    connect(m_message, &QLabel::linkActivated, this, &PoliciesInPlayView::undoRemove);
    connect(m_tree, &QTreeView::doubleClicked, this, [this](const QModelIndex& index) {
        if (const auto documentIndex = m_model->documentIndexOf(index))
            openEditDialog(*documentIndex);
    });
    connect(m_tree, &QWidget::customContextMenuRequested, this, &PoliciesInPlayView::showContextMenu);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &PoliciesInPlayView::updateState);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &PoliciesInPlayView::rememberExpansion);
    connect(m_tree, &QTreeView::expanded, this, [this](const QModelIndex& index) {
        const int type = index.data(PoliciesInPlayModel::PolicyTypeRole).toInt();
        if (!m_restoring && !index.parent().isValid() && !m_openedEmpty.contains(type))
            m_openedEmpty << type;
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &PoliciesInPlayView::restoreExpansion);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &PoliciesInPlayView::updateState);
    updateState();
}

void PoliciesInPlayView::setBuildPolicySource(std::function<std::optional<std::pair<QString, QString>>()> nameAndText)
{
    m_buildSource = std::move(nameAndText);
    // Whether the Build page has a policy changes while this page is hidden; ask each time the menu opens.
    connect(m_addMenu, &QMenu::aboutToShow, this, &PoliciesInPlayView::updateState, Qt::UniqueConnection);
    updateState();
}

std::optional<std::size_t> PoliciesInPlayView::currentPolicy() const
{
    return m_model->documentIndexOf(m_tree->currentIndex());
}

void PoliciesInPlayView::selectPolicy(std::size_t documentIndex)
{
    const QModelIndex index = m_model->policyIndex(documentIndex);
    if (!index.isValid())
        return;
    m_tree->scrollTo(index);
    m_tree->setCurrentIndex(index);
}

std::pair<PolicyType, int> PoliciesInPlayView::currentPlacement() const
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid())
        return { PolicyType::Identity, 0 };
    const auto type = static_cast<PolicyType>(current.data(PoliciesInPlayModel::PolicyTypeRole).toInt());
    const int level = current.data(PoliciesInPlayModel::LevelRole).toInt();
    return { type, std::max(level, 0) };
}

QString PoliciesInPlayView::suggestedName(PolicyType type) const
{
    int count = 1;
    for (const SimulationDocumentPolicy& policy : m_session.document().policies)
        count += policy.type == type ? 1 : 0;
    switch (type) {
    case PolicyType::Identity:
        return tr("Identity policy %1").arg(count);
    case PolicyType::Resource:
        return count == 1 ? tr("Resource policy") : tr("Resource policy %1").arg(count);
    case PolicyType::PermissionBoundary:
        return count == 1 ? tr("Boundary") : tr("Boundary %1").arg(count);
    case PolicyType::Scp:
        return tr("SCP %1").arg(count);
    case PolicyType::Rcp:
        return tr("RCP %1").arg(count);
    case PolicyType::Session:
        return tr("Session policy %1").arg(count);
    }
    return {};
}

PolicyTextDialog* PoliciesInPlayView::openAddDialog(
    const QString& name, const QString& text, std::optional<PolicyType> type)
{
    auto [placementType, level] = currentPlacement();
    if (type && *type != placementType) {
        placementType = *type;
        level = 0;
    }
    auto* dialog = new PolicyTextDialog(PolicyTextDialog::Mode::Add, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    for (PolicyType leveled : { PolicyType::Scp, PolicyType::Rcp }) {
        std::vector<std::pair<int, QString>> choices;
        const int last = m_model->accountLevel(leveled);
        for (int shown : m_model->shownLevels(leveled))
            choices.emplace_back(shown, organizationLevelName(shown, last));
        dialog->setLevelChoices(leveled, std::move(choices));
    }
    dialog->setPlacement(placementType, level);
    dialog->setNameSuggestion([this](PolicyType type) { return suggestedName(type); });
    dialog->setPolicyName(name.isEmpty() ? suggestedName(placementType) : name);
    dialog->setPolicyText(text);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        SimulationDocumentPolicy policy;
        policy.type = dialog->policyType();
        policy.level = policyTypeHasLevels(policy.type) ? dialog->level() : 0;
        policy.name = dialog->policyName().toStdString();
        policy.text = dialog->policyText().toStdString();
        const std::size_t index = m_session.addPolicy(std::move(policy));
        selectPolicy(index);
        m_message->setVisible(false);
        emit policyAdded(index);
    });
    dialog->open();
    if (text.isEmpty())
        dialog->editor()->setFocus();
    else
        dialog->nameField()->setFocus();
    dialog->nameField()->selectAll();
    return dialog;
}

PolicyTextDialog* PoliciesInPlayView::openEditDialog(std::size_t documentIndex)
{
    const auto& policies = m_session.document().policies;
    if (documentIndex >= policies.size())
        return nullptr;
    const SimulationDocumentPolicy& policy = policies[documentIndex];
    auto* dialog = new PolicyTextDialog(PolicyTextDialog::Mode::Edit, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (policyTypeHasLevels(policy.type)) {
        const int last = m_model->accountLevel(policy.type);
        dialog->setLevelChoices(policy.type, { { policy.level, organizationLevelName(policy.level, last) } });
    }
    dialog->setPlacement(policy.type, policy.level);
    dialog->setPolicyName(fromStd(policy.name));
    dialog->setPolicyText(fromStd(policy.text));
    // The policy is found again by its place when the dialog closes: other edits may have come between.
    const std::string originalName = policy.name;
    const std::string originalText = policy.text;
    connect(dialog, &QDialog::accepted, this, [this, dialog, documentIndex, originalName, originalText] {
        const auto& current = m_session.document().policies;
        if (documentIndex >= current.size() || current[documentIndex].name != originalName
            || current[documentIndex].text != originalText)
            return;
        m_session.setPolicyText(documentIndex, dialog->policyText());
        m_session.setPolicyName(documentIndex, dialog->policyName());
        selectPolicy(documentIndex);
    });
    dialog->open();
    dialog->editor()->setFocus();
    return dialog;
}

void PoliciesInPlayView::addFromBuildPage()
{
    if (!m_buildSource)
        return;
    const auto source = m_buildSource();
    if (!source || source->second.trimmed().isEmpty()) {
        showMessage(tr("The Build page has no policy open. Write or open one there first."), false);
        return;
    }
    openAddDialog(source->first, source->second);
}

void PoliciesInPlayView::addFromFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Add a policy from a file"), QString(), tr("Policy files (*.json);;All files (*)"));
    if (!path.isEmpty())
        addPolicyFromFile(path);
}

bool PoliciesInPlayView::addPolicyFromFile(const QString& path)
{
    QString error;
    const std::optional<QString> text
        = readUserTextFile(path, kMaxPolicyFileBytes, tr("An IAM policy is JSON text."), error);
    if (!text) {
        showMessage(error.toHtmlEscaped(), false);
        return false;
    }
    openAddDialog(QFileInfo(path).completeBaseName(), *text);
    return true;
}

void PoliciesInPlayView::addFromTemplate()
{
    auto* gallery = new TemplateGalleryDialog(this);
    gallery->setAttribute(Qt::WA_DeleteOnClose);
    if (auto* open = gallery->findChild<QPushButton*>(QStringLiteral("openTemplateButton")))
        open->setText(tr("Use this template"));
    connect(gallery, &QDialog::accepted, this, [this, gallery] {
        const auto chosen = gallery->selectedTemplate();
        if (!chosen)
            return;
        openAddDialog(fromStd(chosen->title), gallery->selectedText(), policyTypeFor(chosen->kind));
    });
    gallery->open();
}

void PoliciesInPlayView::addFromManaged()
{
    auto* managed = new ManagedPolicyDialog(this);
    managed->setAttribute(Qt::WA_DeleteOnClose);
    if (auto* open = managed->findChild<QPushButton*>(QStringLiteral("openManagedButton")))
        open->setText(tr("Use this policy"));
    connect(managed, &QDialog::accepted, this, [this, managed] {
        if (managed->selectedName().isEmpty())
            return;
        // AWS managed policies attach to identities (or serve as boundaries): the group chosen stays
        // unless it is one they cannot play.
        openAddDialog(managed->selectedName(), managed->selectedText());
    });
    managed->open();
}

void PoliciesInPlayView::addPasted()
{
    openAddDialog(QString(), QString());
}

void PoliciesInPlayView::editCurrent()
{
    if (const auto index = currentPolicy())
        openEditDialog(*index);
}

void PoliciesInPlayView::removeCurrent()
{
    const auto index = currentPolicy();
    if (!index || *index >= m_session.document().policies.size())
        return;
    m_lastRemoved = m_session.document().policies[*index];
    const QString name = fromStd(m_lastRemoved->name);
    m_session.removePolicy(*index);
    showMessage(tr("Removed “%1”. <a href=\"undo\">Undo</a>").arg(name.toHtmlEscaped()), true);
}

void PoliciesInPlayView::undoRemove()
{
    if (!m_lastRemoved)
        return;
    const std::size_t index = m_session.addPolicy(*m_lastRemoved);
    m_lastRemoved.reset();
    m_message->setVisible(false);
    selectPolicy(index);
}

void PoliciesInPlayView::renameCurrent()
{
    const QModelIndex current = m_tree->currentIndex();
    if (m_model->documentIndexOf(current))
        m_tree->edit(current);
}

void PoliciesInPlayView::showMessage(const QString& text, bool offerUndo)
{
    if (!offerUndo)
        m_lastRemoved.reset();
    m_message->setText(text);
    m_message->setVisible(true);
}

void PoliciesInPlayView::updateState()
{
    const bool hasPolicy = currentPolicy().has_value();
    m_editButton->setEnabled(hasPolicy);
    m_removeButton->setEnabled(hasPolicy);
    m_emptyLabel->setVisible(m_session.document().policies.empty());
    bool buildHasPolicy = false;
    if (m_buildSource) {
        const auto source = m_buildSource();
        buildHasPolicy = source && !source->second.trimmed().isEmpty();
    }
    m_fromBuild->setEnabled(buildHasPolicy);
    m_fromBuild->setToolTip(buildHasPolicy ? tr("Add the policy open on the Build page.")
                                           : tr("Open or write a policy on the Build page first."));
}

void PoliciesInPlayView::showContextMenu(const QPoint& position)
{
    const QModelIndex index = m_tree->indexAt(position);
    if (index.isValid())
        m_tree->setCurrentIndex(index);
    QMenu menu(this);
    if (const auto documentIndex = m_model->documentIndexOf(index)) {
        const bool enabled = m_session.document().policies[*documentIndex].enabled;
        menu.addAction(tr("Edit…"), this, &PoliciesInPlayView::editCurrent);
        menu.addAction(tr("Rename"), this, &PoliciesInPlayView::renameCurrent);
        menu.addAction(enabled ? tr("Switch off") : tr("Switch on"), this,
            [this, documentIndex, enabled] { m_session.setPolicyEnabled(*documentIndex, !enabled); });
        menu.addAction(tr("Remove"), this, &PoliciesInPlayView::removeCurrent);
        menu.addSeparator();
    }
    QMenu* add = menu.addMenu(tr("Add policy here"));
    add->addActions(m_addMenu->actions());
    updateState();
    menu.exec(m_tree->viewport()->mapToGlobal(position));
}

void PoliciesInPlayView::rememberExpansion()
{
    m_collapsed.clear();
    std::function<void(const QModelIndex&)> visit = [&](const QModelIndex& parent) {
        for (int row = 0; row < m_model->rowCount(parent); ++row) {
            const QModelIndex index = m_model->index(row, 0, parent);
            if (m_model->documentIndexOf(index))
                continue;
            // An empty SCP/RCP group closed by default is not one the user closed.
            const bool closedWhenEmpty = !parent.isValid() && index.data(PoliciesInPlayModel::CountRole).toInt() == 0;
            if (!m_tree->isExpanded(index) && !closedWhenEmpty)
                m_collapsed << qMakePair(index.data(PoliciesInPlayModel::PolicyTypeRole).toInt(),
                    index.data(PoliciesInPlayModel::LevelRole).toInt());
            visit(index);
        }
    };
    visit({});
    const auto current = currentPolicy();
    m_selectionBeforeReset.reset();
    if (current && *current < m_model->shownPolicies().size())
        m_selectionBeforeReset = std::make_pair(*current, m_model->shownPolicies()[*current]);
}

void PoliciesInPlayView::restoreExpansion()
{
    // Everything opens after a reset (a new policy must be seen), except what the user closed.
    m_restoring = true;
    m_tree->expandAll();
    std::function<void(const QModelIndex&)> visit = [&](const QModelIndex& parent) {
        for (int row = 0; row < m_model->rowCount(parent); ++row) {
            const QModelIndex index = m_model->index(row, 0, parent);
            if (m_model->documentIndexOf(index))
                continue;
            const auto key = qMakePair(index.data(PoliciesInPlayModel::PolicyTypeRole).toInt(),
                index.data(PoliciesInPlayModel::LevelRole).toInt());
            const bool emptyLevels = !index.parent().isValid() && m_model->rowCount(index) > 0
                && index.data(PoliciesInPlayModel::CountRole).toInt() == 0 && !m_openedEmpty.contains(key.first);
            // SCPs and RCPs with nothing in them stay closed: their three empty levels would push the
            // policies that matter out of sight. Their title and hint still show.
            if ((m_collapsed.contains(key) || emptyLevels) && m_model->rowCount(index) > 0)
                m_tree->collapse(index);
            visit(index);
        }
    };
    visit({});
    m_restoring = false;
    if (m_selectionBeforeReset) {
        const auto& policies = m_session.document().policies;
        const auto same = std::find(policies.begin(), policies.end(), m_selectionBeforeReset->second);
        if (same != policies.end())
            selectPolicy(static_cast<std::size_t>(same - policies.begin()));
        else if (!policies.empty()) // it was removed: its neighbour takes the selection
            selectPolicy(std::min(m_selectionBeforeReset->first, policies.size() - 1));
        m_selectionBeforeReset.reset();
    }
    updateState();
}

bool PoliciesInPlayView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_tree && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) {
            removeCurrent();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && currentPolicy()) {
            editCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace iam::ui
