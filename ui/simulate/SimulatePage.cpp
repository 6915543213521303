#include "ui/simulate/SimulatePage.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

#include "core/catalog/Catalog.h"
#include "core/eval/RequestSuggestion.h"
#include "ui/common/HeadingLabel.h"
#include "ui/session/PolicySession.h"
#include "ui/simulate/SimulationSession.h"
#include "ui/simulate/batch/AccessMatrixView.h"
#include "ui/simulate/batch/PolicyTestsView.h"
#include "ui/simulate/inputs/ContextTableView.h"
#include "ui/simulate/inputs/PoliciesInPlayView.h"
#include "ui/simulate/inputs/RequestEditor.h"
#include "ui/simulate/results/DecisionBanner.h"
#include "ui/simulate/results/EvaluationFlowView.h"
#include "ui/simulate/results/SmallestFixView.h"
#include "ui/simulate/results/TraceView.h"
#include "ui/simulate/results/WhatIfView.h"

namespace iam::ui {

namespace {

QString simulationFileFilter()
{
    return SimulatePage::tr("Simulation files (*.json);;All files (*)");
}

// The Build page's document stands in the simulation under its own name, so a second "Test this
// policy" replaces the copy the first one put there instead of adding another.
QString buildPolicyName(const PolicySession& session)
{
    const QString name = QFileInfo(session.displayName()).completeBaseName();
    return name.isEmpty() ? SimulatePage::tr("Build page policy") : name;
}

} // namespace

SimulatePage::SimulatePage(PolicySession& buildSession, QWidget* parent)
    : QWidget(parent)
    , m_buildSession(buildSession)
    , m_session(new SimulationSession(&Catalog::builtIn(), this))
{
    auto* policies = new PoliciesInPlayView(*m_session, this);
    policies->setObjectName(QStringLiteral("policiesInPlay"));
    policies->setBuildPolicySource([this]() -> std::optional<std::pair<QString, QString>> {
        if (m_buildSession.text().trimmed().isEmpty())
            return std::nullopt;
        return std::make_pair(buildPolicyName(m_buildSession), m_buildSession.text());
    });

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("simulateTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(createRequestTab(), tr("One request"));
    auto* matrix = new AccessMatrixView(*m_session, m_tabs);
    matrix->setObjectName(QStringLiteral("accessMatrix"));
    m_tabs->addTab(matrix, tr("Access matrix"));
    auto* tests = new PolicyTestsView(*m_session, m_tabs);
    tests->setObjectName(QStringLiteral("policyTests"));
    m_tabs->addTab(tests, tr("Tests"));

    connect(matrix, &AccessMatrixView::requestChosen, this, [this](const QString& action, const QString& resource) {
        Request request = m_session->request();
        request.action = action.toStdString();
        request.resource = resource.toStdString();
        m_session->setRequest(request);
        m_tabs->setCurrentIndex(0);
    });
    connect(tests, &PolicyTestsView::requestChosen, this, [this](const Request& request) {
        m_session->setRequest(request);
        m_tabs->setCurrentIndex(0);
    });

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("simulateSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(policies);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);
    layout->addWidget(createTopBar());
    layout->addWidget(splitter, 1);
}

QWidget* SimulatePage::createTopBar()
{
    auto* bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("simulateTopBar"));
    auto* title = new HeadingLabel(tr("Simulate a request"), 1.6, bar);
    title->setObjectName(QStringLiteral("pageTitle"));
    auto* subtitle = new QLabel(tr("Put policies in play, ask about one request, and see what AWS would decide "
                                   "and why. Everything runs on this computer."),
        bar);
    subtitle->setObjectName(QStringLiteral("pageSubtitle"));
    subtitle->setWordWrap(true);

    auto* newButton = new QPushButton(tr("New"), bar);
    newButton->setObjectName(QStringLiteral("newSimulationButton"));
    newButton->setToolTip(tr("Start an empty simulation"));
    connect(newButton, &QPushButton::clicked, this, &SimulatePage::newSimulation);
    auto* openButton = new QPushButton(tr("Open…"), bar);
    openButton->setObjectName(QStringLiteral("openSimulationButton"));
    openButton->setToolTip(tr("Open a simulation file: policies, a request and its tests"));
    connect(openButton, &QPushButton::clicked, this, &SimulatePage::openSimulation);
    auto* saveButton = new QPushButton(tr("Save"), bar);
    saveButton->setObjectName(QStringLiteral("saveSimulationButton"));
    saveButton->setToolTip(tr("Save the policies, the request and the tests in one file that "
                              "iam-studio-cli test can run"));
    connect(saveButton, &QPushButton::clicked, this, &SimulatePage::saveSimulation);
    auto* saveAsButton = new QPushButton(tr("Save As…"), bar);
    saveAsButton->setObjectName(QStringLiteral("saveSimulationAsButton"));
    connect(saveAsButton, &QPushButton::clicked, this, &SimulatePage::saveSimulationAs);

    auto* fileName = new QLabel(bar);
    fileName->setObjectName(QStringLiteral("simulationFileName"));
    auto updateFileName = [this, fileName] {
        const QString name = m_session->filePath().isEmpty() ? tr("Unsaved simulation")
                                                             : QFileInfo(m_session->filePath()).fileName();
        fileName->setText(m_session->isModified() ? tr("%1 (changed)").arg(name) : name);
    };
    connect(m_session, &SimulationSession::filePathChanged, this, updateFileName);
    connect(m_session, &SimulationSession::modifiedChanged, this, updateFileName);
    updateFileName();

    auto* firstRow = new QHBoxLayout;
    firstRow->setSpacing(8);
    firstRow->addWidget(title);
    firstRow->addStretch(1);
    firstRow->addWidget(fileName);
    firstRow->addSpacing(12);
    firstRow->addWidget(newButton);
    firstRow->addWidget(openButton);
    firstRow->addWidget(saveButton);
    firstRow->addWidget(saveAsButton);

    auto* layout = new QVBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(firstRow);
    layout->addWidget(subtitle);
    return bar;
}

QWidget* SimulatePage::createRequestTab()
{
    auto* tab = new QWidget(this);
    auto* requestEditor = new RequestEditor(*m_session, tab);
    requestEditor->setObjectName(QStringLiteral("requestEditor"));
    auto* context = new ContextTableView(*m_session, tab);
    context->setObjectName(QStringLiteral("contextTable"));
    auto* inputs = new QSplitter(Qt::Horizontal, tab);
    inputs->setChildrenCollapsible(false);
    inputs->addWidget(requestEditor);
    inputs->addWidget(context);
    inputs->setStretchFactor(0, 3);
    inputs->setStretchFactor(1, 2);

    auto* banner = new DecisionBanner(*m_session, tab);
    banner->setObjectName(QStringLiteral("decisionBanner"));

    // The answer's details share one tab strip so each gets the whole width: the flow diagram first,
    // because it is the picture a beginner learns the order from.
    m_resultTabs = new QTabWidget(tab);
    m_resultTabs->setObjectName(QStringLiteral("resultTabs"));
    auto* flow = new EvaluationFlowView(*m_session, m_resultTabs);
    flow->setObjectName(QStringLiteral("evaluationFlow"));
    auto* flowScroll = new QScrollArea(m_resultTabs);
    flowScroll->setObjectName(QStringLiteral("evaluationFlowScroll"));
    flowScroll->setWidget(flow);
    flowScroll->setWidgetResizable(true);
    flowScroll->setFrameShape(QFrame::NoFrame);
    m_resultTabs->addTab(flowScroll, tr("How AWS decided"));
    // The gate that decided is what the learner looks for; on a short window it may sit below the fold.
    connect(m_session, &SimulationSession::resultChanged, flowScroll, [flow, flowScroll] {
        QTimer::singleShot(0, flowScroll, [flow, flowScroll] {
            const QRect gate = flow->gateRect(flow->litGateName());
            if (gate.isValid())
                flowScroll->ensureVisible(gate.center().x(), gate.center().y(), 0, gate.height() / 2 + 24);
        });
    });
    m_trace = new TraceView(*m_session, m_resultTabs);
    m_trace->setObjectName(QStringLiteral("traceView"));
    m_resultTabs->addTab(m_trace, tr("Statement by statement"));
    auto* whatIf = new WhatIfView(*m_session, m_resultTabs);
    whatIf->setObjectName(QStringLiteral("whatIfView"));
    m_resultTabs->addTab(whatIf, tr("Missing context"));
    auto* fix = new SmallestFixView(*m_session, m_resultTabs);
    fix->setObjectName(QStringLiteral("smallestFixView"));
    m_resultTabs->addTab(fix, tr("Smallest fix"));
    connect(fix, &SmallestFixView::statementRequested, this, [this](const StatementRef& ref) {
        m_resultTabs->setCurrentWidget(m_trace);
        m_trace->selectStatement(ref);
    });

    auto* answer = new QWidget(tab);
    auto* answerLayout = new QVBoxLayout(answer);
    answerLayout->setContentsMargins(0, 0, 0, 0);
    answerLayout->setSpacing(8);
    answerLayout->addWidget(banner);
    answerLayout->addWidget(m_resultTabs, 1);

    auto* vertical = new QSplitter(Qt::Vertical, tab);
    vertical->setObjectName(QStringLiteral("requestSplitter"));
    vertical->setChildrenCollapsible(false);
    vertical->addWidget(inputs);
    vertical->addWidget(answer);
    vertical->setStretchFactor(0, 0);
    vertical->setStretchFactor(1, 1);
    // The request's fields with their hints first, whole; the answer takes the rest of the height.
    vertical->setSizes({ inputs->sizeHint().height(), 10000 });

    auto* layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(vertical);
    return tab;
}

void SimulatePage::testBuildPolicy()
{
    const QString name = buildPolicyName(m_buildSession);
    const PolicyKind kind = m_buildSession.kind();
    SimulationDocumentPolicy policy;
    policy.type = policyTypeFor(kind);
    policy.name = name.toStdString();
    policy.text = m_buildSession.text().toStdString();

    const SimulationDocument& document = m_session->document();
    bool replaced = false;
    for (std::size_t i = 0; i < document.policies.size(); ++i) {
        const SimulationDocumentPolicy& existing = document.policies[i];
        if (existing.type == policy.type && existing.name == policy.name) {
            m_session->setPolicyText(i, m_buildSession.text());
            m_session->setPolicyEnabled(i, true);
            replaced = true;
            break;
        }
    }
    if (!replaced)
        m_session->addPolicy(policy);

    if (m_session->request().action.empty() && m_buildSession.policy()) {
        Request request = suggestRequest(*m_buildSession.policy(), kind, &Catalog::builtIn());
        if (!request.action.empty())
            m_session->setRequest(request);
    }
    m_tabs->setCurrentIndex(0);
    emit statusMessage(replaced ? tr("Updated \"%1\" in the simulation with the Build page's text.").arg(name)
                                : tr("Put \"%1\" in play. Change the request to ask about other actions.").arg(name));
}

bool SimulatePage::maybeSave()
{
    if (!m_session->isModified() || m_session->document() == SimulationDocument {})
        return true;
    const auto answer = QMessageBox::warning(this, tr("Unsaved simulation"),
        tr("The simulation has changes that are not saved. Save them first?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return saveSimulation();
    return answer == QMessageBox::Discard;
}

void SimulatePage::newSimulation()
{
    if (maybeSave())
        m_session->clear();
}

void SimulatePage::openSimulation()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Simulation"), QString(), simulationFileFilter());
    if (!path.isEmpty())
        openSimulationFile(path);
}

bool SimulatePage::openSimulationFile(const QString& path)
{
    if (m_session->load(path)) {
        emit statusMessage(tr("Opened %1").arg(QFileInfo(path).fileName()));
        return true;
    }
    showError(tr("Could not open the simulation"), m_session->lastError());
    return false;
}

bool SimulatePage::saveSimulation()
{
    if (m_session->filePath().isEmpty())
        return saveSimulationAs();
    if (m_session->save(m_session->filePath())) {
        emit statusMessage(tr("Saved %1").arg(QFileInfo(m_session->filePath()).fileName()));
        return true;
    }
    showError(tr("Could not save the simulation"), m_session->lastError());
    return false;
}

bool SimulatePage::saveSimulationAs()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save Simulation As"),
        m_session->filePath().isEmpty() ? tr("simulation.json") : m_session->filePath(), simulationFileFilter());
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    if (m_session->save(path)) {
        emit statusMessage(tr("Saved %1").arg(QFileInfo(path).fileName()));
        return true;
    }
    showError(tr("Could not save the simulation"), m_session->lastError());
    return false;
}

void SimulatePage::showError(const QString& title, const QString& text)
{
    QMessageBox::warning(this, title, text);
}

} // namespace iam::ui
