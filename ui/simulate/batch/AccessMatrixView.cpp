#include "ui/simulate/batch/AccessMatrixView.h"

#include <algorithm>
#include <string>
#include <vector>

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include "core/catalog/Catalog.h"
#include "ui/common/HeadingLabel.h"
#include "ui/simulate/SimulationSession.h"
#include "ui/simulate/batch/AccessMatrixModel.h"
#include "ui/simulate/batch/RequestSummary.h"
#include "ui/simulate/results/ResultStyle.h"

namespace iam::ui {

namespace {

constexpr int kPatternsRole = Qt::UserRole + 1;
// Beyond this many cells a change marks the grid out of date instead of recomputing it at once: a
// grid of every AWS action is tens of thousands of evaluations, too many to redo on each keystroke.
constexpr std::size_t kAutomaticCellLimit = 20000;
constexpr int kSummaryResourceLimit = 4;

QString fromStd(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

std::string toStd(const QString& text)
{
    return text.toStdString();
}

// `arn:aws:s3:::bucket` or `arn:aws:s3:::bucket/key` → the bucket; empty for anything else.
QString s3BucketOf(const QString& arn)
{
    static const QString prefix = QStringLiteral("arn:aws:s3:::");
    if (!arn.startsWith(prefix))
        return {};
    const QString rest = arn.mid(prefix.size());
    const QString bucket = rest.section(QLatin1Char('/'), 0, 0);
    return bucket.contains(QLatin1Char('*')) ? QString() : bucket;
}

// Without a translation loaded, Qt's %n plurals would print "action(s)"; these read naturally.
QString actionsText(std::size_t count)
{
    return count == 1 ? AccessMatrixView::tr("1 action") : AccessMatrixView::tr("%1 actions").arg(count);
}

// Between the text and the window colour: secondary words that still read in both themes. (The
// palette's placeholder colour may carry transparency, which rich text would drop.)
QColor mutedTextColor(const QPalette& palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    const QColor window = palette.color(QPalette::Window);
    return QColor::fromRgbF(text.redF() * 0.62f + window.redF() * 0.38f,
        text.greenF() * 0.62f + window.greenF() * 0.38f, text.blueF() * 0.62f + window.blueF() * 0.38f);
}

} // namespace

AccessMatrixView::AccessMatrixView(SimulationSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new AccessMatrixModel(this))
{
    setObjectName(QStringLiteral("accessMatrixView"));
    m_model->setCatalog(&catalog());

    auto* heading = new HeadingLabel(tr("What can this principal really do here?"), 1.25, this);
    m_principal = new QLabel(this);
    m_principal->setObjectName(QStringLiteral("matrixPrincipal"));
    m_principal->setWordWrap(true);
    m_principal->setTextFormat(Qt::RichText);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(createInputs());
    splitter->addWidget(createResults());
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 300, 900 });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_principal);
    layout->addWidget(splitter, 1);

    connect(&m_session, &SimulationSession::policiesChanged, this, &AccessMatrixView::sessionChanged);
    connect(&m_session, &SimulationSession::requestChanged, this, [this] {
        followRequest();
        updatePrincipalLine();
        sessionChanged();
    });
    connect(&m_session, &SimulationSession::documentReset, this, [this] {
        followRequest();
        updatePrincipalLine();
        sessionChanged();
    });

    followRequest();
    updatePrincipalLine();
    updateSummary();
    updateButtons();
}

const Catalog& AccessMatrixView::catalog() const
{
    return m_session.catalog() ? *m_session.catalog() : Catalog::builtIn();
}

QWidget* AccessMatrixView::createInputs()
{
    auto* panel = new QWidget(this);
    panel->setMinimumWidth(260);
    panel->setMaximumWidth(440);

    // --- Actions
    auto* actionsBox = new QGroupBox(tr("Actions"), panel);
    m_service = new QComboBox(actionsBox);
    m_service->setObjectName(QStringLiteral("matrixService"));
    m_service->setAccessibleName(tr("Service"));
    m_service->setEditable(true);
    m_service->setInsertPolicy(QComboBox::NoInsert);
    m_service->completer()->setFilterMode(Qt::MatchContains);
    m_service->completer()->setCompletionMode(QCompleter::PopupCompletion);
    std::vector<const CatalogService*> services;
    for (const CatalogService& service : catalog().services())
        services.push_back(&service);
    std::sort(services.begin(), services.end(),
        [](const CatalogService* a, const CatalogService* b) { return a->prefix < b->prefix; });
    for (const CatalogService* service : services) {
        m_service->addItem(
            QStringLiteral("%1 — %2").arg(fromStd(service->prefix), fromStd(service->name)), fromStd(service->prefix));
    }
    if (const int s3 = m_service->findData(QStringLiteral("s3")); s3 >= 0)
        m_service->setCurrentIndex(s3);

    m_level = new QComboBox(actionsBox);
    m_level->setObjectName(QStringLiteral("matrixLevel"));
    m_level->setAccessibleName(tr("Access level"));
    m_level->addItem(tr("every access level"), -1);
    for (AccessLevel level : kAccessLevels)
        m_level->addItem(tr("%1 only").arg(fromStd(accessLevelName(level))), static_cast<int>(level));

    auto* addService = new QPushButton(tr("Add"), actionsBox);
    addService->setObjectName(QStringLiteral("matrixAddService"));
    addService->setToolTip(tr("Adds every action of the chosen service, or only those of one access level."));
    connect(addService, &QPushButton::clicked, this, &AccessMatrixView::addServiceActions);

    m_actionInput = new QLineEdit(actionsBox);
    m_actionInput->setObjectName(QStringLiteral("matrixActionInput"));
    m_actionInput->setAccessibleName(tr("Action or pattern"));
    m_actionInput->setPlaceholderText(tr("An action or pattern, e.g. s3:Get*"));
    m_actionInput->setClearButtonEnabled(true);
    auto* addAction = new QPushButton(tr("Add"), actionsBox);
    addAction->setObjectName(QStringLiteral("matrixAddAction"));
    connect(addAction, &QPushButton::clicked, this, &AccessMatrixView::addTypedActions);
    connect(m_actionInput, &QLineEdit::returnPressed, this, &AccessMatrixView::addTypedActions);

    m_actions = new QListWidget(actionsBox);
    m_actions->setObjectName(QStringLiteral("matrixActions"));
    m_actions->setAccessibleName(tr("Actions to weigh"));
    m_actions->setSelectionMode(QAbstractItemView::ExtendedSelection);
    auto* removeAction = new QPushButton(tr("Remove"), actionsBox);
    removeAction->setObjectName(QStringLiteral("matrixRemoveAction"));
    connect(removeAction, &QPushButton::clicked, this, [this] { removeSelected(m_actions); });
    auto* deleteAction = new QShortcut(QKeySequence::Delete, m_actions, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteAction, &QShortcut::activated, this, [this] { removeSelected(m_actions); });

    auto* serviceRow = new QHBoxLayout;
    serviceRow->addWidget(m_service, 1);
    auto* levelRow = new QHBoxLayout;
    levelRow->addWidget(m_level, 1);
    levelRow->addWidget(addService);
    auto* typedRow = new QHBoxLayout;
    typedRow->addWidget(m_actionInput, 1);
    typedRow->addWidget(addAction);
    auto* actionsLayout = new QVBoxLayout(actionsBox);
    auto* serviceHint = new QLabel(tr("Every action of a service:"), actionsBox);
    actionsLayout->addWidget(serviceHint);
    actionsLayout->addLayout(serviceRow);
    actionsLayout->addLayout(levelRow);
    actionsLayout->addWidget(new QLabel(tr("Or actions by name or pattern:"), actionsBox));
    actionsLayout->addLayout(typedRow);
    actionsLayout->addWidget(m_actions, 1);
    actionsLayout->addWidget(removeAction, 0, Qt::AlignRight);

    // --- Resources
    auto* resourcesBox = new QGroupBox(tr("Resources"), panel);
    m_resourceInput = new QLineEdit(resourcesBox);
    m_resourceInput->setObjectName(QStringLiteral("matrixResourceInput"));
    m_resourceInput->setAccessibleName(tr("Resource ARN"));
    m_resourceInput->setPlaceholderText(tr("A resource ARN, e.g. arn:aws:s3:::my-bucket"));
    m_resourceInput->setClearButtonEnabled(true);
    auto* addResource = new QPushButton(tr("Add"), resourcesBox);
    addResource->setObjectName(QStringLiteral("matrixAddResource"));
    connect(addResource, &QPushButton::clicked, this, &AccessMatrixView::addTypedResource);
    connect(m_resourceInput, &QLineEdit::returnPressed, this, &AccessMatrixView::addTypedResource);

    m_resources = new QListWidget(resourcesBox);
    m_resources->setObjectName(QStringLiteral("matrixResources"));
    m_resources->setAccessibleName(tr("Resources to weigh"));
    m_resources->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_resources->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    connect(m_resources, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (m_following)
            return;
        if (item->text().trimmed().isEmpty()) {
            // An ARN edited away removes its row, once the list has finished with the item.
            QTimer::singleShot(0, this, [this] {
                for (int i = m_resources->count() - 1; i >= 0; --i) {
                    if (m_resources->item(i)->text().trimmed().isEmpty())
                        delete m_resources->takeItem(i);
                }
                resourcesEditedByUser();
            });
            return;
        }
        resourcesEditedByUser();
    });
    auto* deleteResource = new QShortcut(QKeySequence::Delete, m_resources, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteResource, &QShortcut::activated, this, [this] { removeSelected(m_resources); });

    auto* bucketAndObject = new QPushButton(tr("+ Bucket and object"), resourcesBox);
    bucketAndObject->setObjectName(QStringLiteral("matrixAddS3"));
    bucketAndObject->setToolTip(tr("S3 actions work either on a bucket (arn:aws:s3:::bucket) or on the objects in it "
                                   "(arn:aws:s3:::bucket/key). Adds one of each, for the request's bucket."));
    connect(bucketAndObject, &QPushButton::clicked, this, &AccessMatrixView::addS3BucketAndObject);
    auto* fromRequest = new QPushButton(tr("+ From the request"), resourcesBox);
    fromRequest->setObjectName(QStringLiteral("matrixUseRequestResource"));
    fromRequest->setToolTip(tr("Adds the resource the request is about."));
    connect(fromRequest, &QPushButton::clicked, this, &AccessMatrixView::useRequestResource);
    auto* removeResource = new QPushButton(tr("Remove"), resourcesBox);
    removeResource->setObjectName(QStringLiteral("matrixRemoveResource"));
    connect(removeResource, &QPushButton::clicked, this, [this] { removeSelected(m_resources); });

    auto* resourceRow = new QHBoxLayout;
    resourceRow->addWidget(m_resourceInput, 1);
    resourceRow->addWidget(addResource);
    auto* helperRow = new QHBoxLayout;
    helperRow->addWidget(bucketAndObject);
    helperRow->addWidget(fromRequest);
    helperRow->addStretch(1);
    auto* resourcesLayout = new QVBoxLayout(resourcesBox);
    resourcesLayout->addLayout(resourceRow);
    resourcesLayout->addLayout(helperRow);
    resourcesLayout->addWidget(m_resources, 1);
    resourcesLayout->addWidget(removeResource, 0, Qt::AlignRight);

    m_run = new QPushButton(tr("Run"), panel);
    m_run->setObjectName(QStringLiteral("runMatrix"));
    m_run->setDefault(true);
    m_run->setToolTip(tr("Weighs every action against every resource with the policies in play."));
    connect(m_run, &QPushButton::clicked, this, &AccessMatrixView::run);

    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 6, 0);
    layout->addWidget(actionsBox, 3);
    layout->addWidget(resourcesBox, 2);
    layout->addWidget(m_run);
    return panel;
}

QWidget* AccessMatrixView::createResults()
{
    auto* panel = new QWidget(this);
    m_summary = new QLabel(panel);
    m_summary->setObjectName(QStringLiteral("matrixSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_status = new QLabel(panel);
    m_status->setObjectName(QStringLiteral("matrixStatus"));
    m_status->setWordWrap(true);
    m_status->hide();
    m_diagnostics = new QLabel(panel);
    m_diagnostics->setObjectName(QStringLiteral("matrixDiagnostics"));
    m_diagnostics->setWordWrap(true);
    m_diagnostics->setTextFormat(Qt::RichText);
    m_diagnostics->hide();

    m_grid = new QTableView(panel);
    m_grid->setObjectName(QStringLiteral("matrixGrid"));
    m_grid->setAccessibleName(tr("Access matrix"));
    m_grid->setModel(m_model);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->setWordWrap(false);
    m_grid->setTextElideMode(Qt::ElideMiddle);
    m_grid->verticalHeader()->hide();
    m_grid->horizontalHeader()->setTextElideMode(Qt::ElideLeft);
    m_grid->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_grid->horizontalHeader()->setResizeContentsPrecision(400);
    connect(m_grid, &QTableView::doubleClicked, this, &AccessMatrixView::chooseCell);
    connect(m_grid->selectionModel(), &QItemSelectionModel::currentChanged, this, &AccessMatrixView::updateButtons);

    m_openCell = new QPushButton(tr("Open this request"), panel);
    m_openCell->setObjectName(QStringLiteral("matrixOpenCell"));
    m_openCell->setToolTip(tr("Puts the selected action and resource into the request, to see why."));
    connect(m_openCell, &QPushButton::clicked, this, [this] { chooseCell(m_grid->currentIndex()); });
    m_export = new QPushButton(tr("Export CSV…"), panel);
    m_export->setObjectName(QStringLiteral("matrixExportCsv"));
    m_export->setToolTip(tr("Saves the grid as a CSV file, for a spreadsheet or a review."));
    connect(m_export, &QPushButton::clicked, this, &AccessMatrixView::exportWithDialog);

    m_hideDenied = new QCheckBox(tr("Hide actions denied everywhere"), panel);
    m_hideDenied->setObjectName(QStringLiteral("matrixHideDenied"));
    m_hideDenied->setToolTip(tr("Shows only the actions allowed on at least one resource: what this principal can "
                                "really do. The CSV export always holds every action."));
    connect(m_hideDenied, &QCheckBox::toggled, this, [this](bool hide) {
        m_model->setHideDenied(hide);
        updateButtons();
    });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_openCell);
    buttons->addSpacing(12);
    buttons->addWidget(m_hideDenied);
    buttons->addStretch(1);
    buttons->addWidget(m_export);

    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_status);
    layout->addWidget(m_grid, 1);
    layout->addWidget(m_diagnostics);
    layout->addLayout(buttons);
    return panel;
}

QStringList AccessMatrixView::actionPatterns() const
{
    QStringList patterns;
    for (int i = 0; i < m_actions->count(); ++i)
        patterns += m_actions->item(i)->data(kPatternsRole).toStringList();
    return patterns;
}

void AccessMatrixView::setActionPatterns(const QStringList& patterns)
{
    m_actions->clear();
    for (const QString& pattern : patterns)
        addPattern(pattern);
    actionsEditedByUser();
}

QStringList AccessMatrixView::resources() const
{
    QStringList arns;
    for (int i = 0; i < m_resources->count(); ++i)
        arns << m_resources->item(i)->text().trimmed();
    return arns;
}

void AccessMatrixView::setResources(const QStringList& resources)
{
    m_following = true;
    m_resources->clear();
    m_following = false;
    for (const QString& arn : resources)
        addResource(arn);
    resourcesEditedByUser();
}

void AccessMatrixView::addServiceActions()
{
    // The box is editable: what it shows may be typed ("s3", "iam") rather than picked from the list.
    const QString text = m_service->currentText().trimmed();
    const int picked = m_service->findText(text);
    const QString prefix = picked >= 0 ? m_service->itemData(picked).toString() : text.section(QLatin1Char(' '), 0, 0);
    const CatalogService* service = catalog().findService(toStd(prefix));
    if (!service)
        return;
    const QString servicePrefix = fromStd(service->prefix);
    const int levelValue = m_level->currentData().toInt();
    if (levelValue < 0) {
        const std::size_t count = catalog().actionsOf(*service).size();
        addActionItem(tr("Every %1 action (%2:*) · %3").arg(servicePrefix, servicePrefix, actionsText(count)),
            { servicePrefix + QStringLiteral(":*") }, fromStd(service->name));
    } else {
        // One access level cannot be written as a pattern, so the item carries the names themselves.
        const auto level = static_cast<AccessLevel>(levelValue);
        QStringList names;
        for (const CatalogAction& action : catalog().actionsOf(*service)) {
            if (action.accessLevel == level)
                names << fromStd(catalog().fullName(action));
        }
        if (names.isEmpty())
            return;
        addActionItem(tr("Every %1 action of %2 · %3")
                          .arg(fromStd(accessLevelName(level)), servicePrefix, actionsText(names.size())),
            names, names.mid(0, 20).join(QLatin1Char('\n')) + (names.size() > 20 ? QStringLiteral("\n…") : QString()));
    }
    actionsEditedByUser();
}

void AccessMatrixView::addTypedActions()
{
    // Several at once are welcome: "s3:GetObject, s3:PutObject" or one per line pasted in.
    const QStringList typed
        = m_actionInput->text().split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
    if (typed.isEmpty())
        return;
    for (const QString& pattern : typed)
        addPattern(pattern);
    m_actionInput->clear();
    actionsEditedByUser();
}

void AccessMatrixView::addPattern(const QString& pattern)
{
    const bool wildcard = pattern.contains(QLatin1Char('*')) || pattern.contains(QLatin1Char('?'));
    const auto matched = catalog().matchActions(toStd(pattern));
    QString text;
    QString tooltip;
    if (matched.empty()) {
        // Kept all the same: core reports it when the grid runs, with "did you mean".
        text = wildcard ? tr("%1 · matches no action").arg(pattern) : tr("%1 · not in the catalog").arg(pattern);
    } else if (matched.size() == 1 && !wildcard) {
        text = fromStd(catalog().fullName(*matched.front()));
        tooltip = fromStd(matched.front()->description);
    } else {
        text = tr("%1 · %2").arg(pattern, actionsText(matched.size()));
        QStringList names;
        for (std::size_t i = 0; i < matched.size() && i < 20; ++i)
            names << fromStd(catalog().fullName(*matched[i]));
        tooltip = names.join(QLatin1Char('\n')) + (matched.size() > 20 ? QStringLiteral("\n…") : QString());
    }
    addActionItem(text, { pattern }, tooltip);
}

void AccessMatrixView::addActionItem(const QString& text, const QStringList& patterns, const QString& tooltip)
{
    for (int i = 0; i < m_actions->count(); ++i) {
        if (m_actions->item(i)->data(kPatternsRole).toStringList() == patterns)
            return;
    }
    auto* item = new QListWidgetItem(text);
    item->setData(kPatternsRole, patterns);
    item->setToolTip(tooltip);
    m_actions->addItem(item);
}

void AccessMatrixView::addTypedResource()
{
    const QStringList typed
        = m_resourceInput->text().split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
    for (const QString& arn : typed)
        addResource(arn);
    m_resourceInput->clear();
    if (!typed.isEmpty())
        resourcesEditedByUser();
}

void AccessMatrixView::addResource(const QString& arn)
{
    const QString trimmed = arn.trimmed();
    if (trimmed.isEmpty() || resources().contains(trimmed))
        return;
    const bool following = m_following;
    m_following = true;
    auto* item = new QListWidgetItem(trimmed);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    m_resources->addItem(item);
    m_following = following;
}

void AccessMatrixView::addS3BucketAndObject()
{
    // The request's bucket when it names one, else the first S3 resource listed, else an example.
    const QString requestResource = fromStd(m_session.request().resource);
    QString bucket = s3BucketOf(requestResource);
    QString object;
    if (!bucket.isEmpty() && requestResource.size() > QStringLiteral("arn:aws:s3:::").size() + bucket.size() + 1
        && !requestResource.contains(QLatin1Char('*')))
        object = requestResource;
    for (int i = 0; bucket.isEmpty() && i < m_resources->count(); ++i)
        bucket = s3BucketOf(m_resources->item(i)->text());
    if (bucket.isEmpty())
        bucket = QStringLiteral("example-bucket");
    if (object.isEmpty())
        object = QStringLiteral("arn:aws:s3:::%1/example-object.txt").arg(bucket);
    addResource(QStringLiteral("arn:aws:s3:::%1").arg(bucket));
    addResource(object);
    resourcesEditedByUser();
}

void AccessMatrixView::useRequestResource()
{
    if (m_session.request().resource.empty())
        return;
    addResource(fromStd(m_session.request().resource));
    resourcesEditedByUser();
}

void AccessMatrixView::removeSelected(QListWidget* list)
{
    const auto selected = list->selectedItems();
    if (selected.isEmpty())
        return;
    m_following = true;
    for (QListWidgetItem* item : selected)
        delete item;
    m_following = false;
    if (list == m_actions)
        actionsEditedByUser();
    else
        resourcesEditedByUser();
}

void AccessMatrixView::actionsEditedByUser()
{
    m_actionsTouched = true;
    inputsChanged();
}

void AccessMatrixView::resourcesEditedByUser()
{
    m_resourcesTouched = true;
    inputsChanged();
}

void AccessMatrixView::followRequest()
{
    const Request& request = m_session.request();
    bool changed = false;
    if (!m_actionsTouched) {
        const QString action = fromStd(request.action);
        const QString prefix = action.section(QLatin1Char(':'), 0, 0);
        const CatalogService* service
            = action.contains(QLatin1Char(':')) ? catalog().findService(toStd(prefix)) : nullptr;
        const QStringList wanted
            = service ? QStringList { fromStd(service->prefix) + QStringLiteral(":*") } : QStringList {};
        if (wanted != actionPatterns()) {
            m_following = true;
            m_actions->clear();
            if (service) {
                const std::size_t count = catalog().actionsOf(*service).size();
                const QString servicePrefix = fromStd(service->prefix);
                addActionItem(tr("Every %1 action (%2:*) · %3").arg(servicePrefix, servicePrefix, actionsText(count)),
                    wanted, fromStd(service->name));
                if (const int index = m_service->findData(servicePrefix); index >= 0)
                    m_service->setCurrentIndex(index);
            }
            m_following = false;
            changed = true;
        }
    }
    if (!m_resourcesTouched) {
        const QStringList wanted
            = request.resource.empty() ? QStringList {} : QStringList { fromStd(request.resource) };
        if (wanted != resources()) {
            m_following = true;
            m_resources->clear();
            for (const QString& arn : wanted)
                addResource(arn);
            m_following = false;
            changed = true;
        }
    }
    if (changed)
        updateButtons();
}

void AccessMatrixView::updatePrincipalLine()
{
    const Request& request = m_session.request();
    QString text = tr("Each cell asks: may <b>%1</b> do this action on this resource?")
                       .arg(principalShortName(request.principal).toHtmlEscaped());
    if (request.context.empty()) {
        text += QLatin1Char(' ') + tr("The request has no context keys.");
    } else {
        QStringList keys;
        for (const ContextEntry& entry : request.context)
            keys << fromStd(entry.key).toHtmlEscaped();
        text += QLatin1Char(' ') + tr("With the request's context: %1.").arg(keys.join(QStringLiteral(", ")));
    }
    text += QLatin1Char(' ') + tr("Change the principal and context in the request.");
    m_principal->setText(text);
    m_principal->setToolTip(fromStd(request.principal));
}

void AccessMatrixView::inputsChanged()
{
    updateButtons();
    if (m_hasRun)
        recompute(true);
}

void AccessMatrixView::sessionChanged()
{
    if (m_hasRun)
        recompute(true);
}

void AccessMatrixView::run()
{
    m_hasRun = true;
    recompute(false);
}

bool AccessMatrixView::isOutOfDate() const
{
    return m_model->isStale();
}

const AccessMatrix& AccessMatrixView::matrix() const
{
    return m_model->matrix();
}

void AccessMatrixView::recompute(bool automatic)
{
    const SimulationBuild& build = m_session.build();
    if (!build.simulation) {
        showOutOfDate(m_session.statusText());
        return;
    }
    std::vector<std::string> patterns;
    for (const QString& pattern : actionPatterns())
        patterns.push_back(toStd(pattern));
    std::vector<std::string> arns;
    for (const QString& arn : resources())
        arns.push_back(toStd(arn));
    if (patterns.empty() || arns.empty()) {
        m_model->clear();
        m_status->setText(
            patterns.empty() ? tr("Add at least one action, then Run.") : tr("Add at least one resource, then Run."));
        m_status->show();
        m_diagnostics->hide();
        updateSummary();
        updateButtons();
        return;
    }
    if (automatic) {
        std::size_t actions = 0;
        for (const std::string& pattern : patterns)
            actions += std::max<std::size_t>(1, catalog().matchActions(pattern).size());
        if (actions * arns.size() > kAutomaticCellLimit) {
            showOutOfDate(tr("The policies, the request or the lists changed. This grid is large, so it is not "
                             "redone at every change: press Run to bring it up to date."));
            return;
        }
    }
    const QString previousAction = m_grid->currentIndex().data(AccessMatrixModel::ActionRole).toString();
    const int previousColumn = m_grid->currentIndex().column();
    m_model->setMatrix(evaluateAccessMatrix(*build.simulation, patterns, arns, catalog()));
    m_status->hide();

    QStringList problems;
    for (const Diagnostic& diagnostic : m_model->matrix().diagnostics) {
        QString line = QStringLiteral("<b>%1</b>").arg(fromStd(diagnostic.message).toHtmlEscaped());
        if (!diagnostic.help.empty())
            line += QStringLiteral(" — ") + fromStd(diagnostic.help).toHtmlEscaped();
        problems << line;
    }
    m_diagnostics->setText(problems.join(QStringLiteral("<br>")));
    m_diagnostics->setVisible(!problems.isEmpty());

    m_grid->resizeColumnToContents(AccessMatrixModel::kActionColumn);
    // Room for the header in bold (the current column's) and a little air. Long action names are
    // elided in the middle and long ARNs from the left, keeping their distinctive ends; tooltips hold
    // them whole. Bounds keep two resources beside the actions on a laptop screen.
    const QFontMetrics metrics = fontMetrics();
    const int padding = metrics.averageCharWidth() * 3;
    const int cellMinimum = metrics.height()
        + metrics.horizontalAdvance(ResultStyle::decisionShort(Decision::ExplicitDeny)) + padding * 2;
    m_grid->setColumnWidth(AccessMatrixModel::kActionColumn,
        std::clamp(m_grid->columnWidth(AccessMatrixModel::kActionColumn) + padding, cellMinimum,
            metrics.averageCharWidth() * 38));
    for (int column = AccessMatrixModel::kFirstResourceColumn; column < m_model->columnCount(); ++column) {
        m_grid->resizeColumnToContents(column);
        m_grid->setColumnWidth(
            column, std::clamp(m_grid->columnWidth(column) + padding, cellMinimum, metrics.averageCharWidth() * 48));
    }
    if (const int row = m_model->rowOfAction(previousAction); row >= 0 && previousColumn < m_model->columnCount())
        m_grid->setCurrentIndex(m_model->index(row, previousColumn));
    updateSummary();
    updateButtons();
}

void AccessMatrixView::showOutOfDate(const QString& why)
{
    m_model->setStale(true);
    m_status->setText(tr("Out of date: %1").arg(why));
    m_status->show();
    updateSummary();
    updateButtons();
}

void AccessMatrixView::changeEvent(QEvent* event)
{
    // The summary's coloured counts are written for one theme; a theme switch rewrites them.
    if (event->type() == QEvent::PaletteChange)
        updateSummary();
    QWidget::changeEvent(event);
}

void AccessMatrixView::updateSummary()
{
    const AccessMatrix& matrix = m_model->matrix();
    if (!m_hasRun || matrix.rows.empty()) {
        m_summary->setText(m_hasRun ? tr("No actions to show.")
                                    : tr("Choose actions and resources on the left, then press <b>Run</b> to see "
                                         "which of them the policies in play allow."));
        return;
    }
    const int total = static_cast<int>(matrix.rows.size());
    QStringList lines;
    const QPalette palette = this->palette();
    const QString allowedColor = ResultStyle::foreground(ResultStyle::Tone::Allowed, palette).name();
    const QString deniedColor = ResultStyle::foreground(ResultStyle::Tone::ExplicitDeny, palette).name();
    for (std::size_t i = 0; i < matrix.resources.size() && i < kSummaryResourceLimit; ++i) {
        const int allowed = m_model->countFor(i, Decision::Allowed);
        const int denied = m_model->countFor(i, Decision::ExplicitDeny);
        const int applicable = m_model->applicableCount(i);
        QString line
            = tr("<b><span style=\"color:%1\">%2</span> of %3</b> allowed on %4")
                  .arg(allowedColor)
                  .arg(allowed)
                  .arg(actionsText(static_cast<std::size_t>(applicable)), fromStd(matrix.resources[i]).toHtmlEscaped());
        if (denied > 0)
            line += tr(", <span style=\"color:%1\">%2 explicitly denied</span>").arg(deniedColor).arg(denied);
        if (applicable < total)
            line += tr(" <span style=\"color:%1\">(%2 more do not act on it)</span>")
                        .arg(mutedTextColor(palette).name())
                        .arg(total - applicable);
        lines << line;
    }
    if (matrix.resources.size() > kSummaryResourceLimit) {
        int allowed = 0;
        int applicable = 0;
        for (std::size_t i = 0; i < matrix.resources.size(); ++i) {
            allowed += m_model->countFor(i, Decision::Allowed);
            applicable += m_model->applicableCount(i);
        }
        lines << tr("Over all %1 resources: %2 of %3 cells allowed.")
                     .arg(matrix.resources.size())
                     .arg(allowed)
                     .arg(applicable);
    }
    m_summary->setText(lines.join(QStringLiteral("<br>")));
}

void AccessMatrixView::updateButtons()
{
    const bool hasGrid = !m_model->matrix().rows.empty();
    m_export->setEnabled(hasGrid);
    const QModelIndex current = m_grid->currentIndex();
    m_openCell->setEnabled(hasGrid && current.isValid() && current.data(AccessMatrixModel::DecisionRole).isValid());
    m_run->setEnabled(m_actions->count() > 0 && m_resources->count() > 0);
    m_run->setText(m_hasRun ? tr("Run again") : tr("Run"));
}

void AccessMatrixView::chooseCell(const QModelIndex& index)
{
    if (!index.isValid() || !index.data(AccessMatrixModel::DecisionRole).isValid())
        return;
    emit requestChosen(
        index.data(AccessMatrixModel::ActionRole).toString(), index.data(AccessMatrixModel::ResourceRole).toString());
}

bool AccessMatrixView::exportCsv(const QString& path)
{
    if (m_model->matrix().rows.empty()) {
        m_lastError = tr("There is no grid to export yet: press Run first.");
        return false;
    }
    // QSaveFile writes to a temporary file and renames it, so a failed export never leaves half a file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_lastError = tr("Could not save %1: %2.").arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    const std::string csv = accessMatrixToCsv(m_model->matrix());
    file.write(csv.data(), static_cast<qint64>(csv.size()));
    if (!file.commit()) {
        m_lastError = tr("Could not save %1: %2.").arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    m_lastError.clear();
    return true;
}

void AccessMatrixView::exportWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the access matrix"), QStringLiteral("access-matrix.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (!exportCsv(path))
        QMessageBox::warning(this, tr("Export the access matrix"), m_lastError);
}

} // namespace iam::ui
