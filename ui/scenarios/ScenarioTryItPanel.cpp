#include "ui/scenarios/ScenarioTryItPanel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "core/catalog/Catalog.h"
#include "core/scenarios/ScenarioSimulation.h"
#include "ui/scenarios/ScenarioTryItModel.h"
#include "ui/simulate/SimulationSession.h"
#include "ui/simulate/results/DecisionBanner.h"
#include "ui/simulate/results/EvaluationFlowView.h"
#include "ui/simulate/results/ResultStyle.h"
#include "ui/simulate/results/TraceView.h"

namespace iam::ui {

namespace {

QString code(const std::string& text)
{
    return QStringLiteral("<code>%1</code>").arg(QString::fromStdString(text).toHtmlEscaped());
}

} // namespace

ScenarioTryItPanel::ScenarioTryItPanel(const Scenario& scenario, QWidget* parent)
    : QWidget(parent)
    , m_scenario(scenario)
    , m_session(new SimulationSession(&Catalog::builtIn(), this))
    , m_model(new ScenarioTryItModel(scenario, this))
    , m_table(new QTableView(this))
    , m_run(new QPushButton(tr("&Run"), this))
    , m_runAll(new QPushButton(tr("Run &all"), this))
    , m_openSimulator(new QPushButton(tr("Open in Simulator"), this))
    , m_openBuilder(new QPushButton(tr("Open in Builder"), this))
    , m_summary(new QLabel(this))
    , m_request(new QLabel(this))
    , m_placeholder(new QLabel(this))
    , m_results(new QWidget(this))
    , m_banner(new DecisionBanner(*m_session, m_results))
    , m_flow(new EvaluationFlowView(*m_session, m_results))
    , m_trace(new TraceView(*m_session, m_results))
{
    setObjectName(QStringLiteral("scenarioTryIt"));
    m_table->setObjectName(QStringLiteral("tryItTable"));
    m_run->setObjectName(QStringLiteral("runTryIt"));
    m_runAll->setObjectName(QStringLiteral("runAllTryIts"));
    m_openSimulator->setObjectName(QStringLiteral("openTryItInSimulator"));
    m_openBuilder->setObjectName(QStringLiteral("openTryItInBuilder"));
    m_summary->setObjectName(QStringLiteral("tryItSummary"));
    m_request->setObjectName(QStringLiteral("tryItRequest"));
    m_placeholder->setObjectName(QStringLiteral("tryItPlaceholder"));

    m_run->setToolTip(tr("Ask the engine about the selected request"));
    m_runAll->setToolTip(tr("Ask the engine about every request and compare with what the scenario says"));
    m_openSimulator->setToolTip(tr("Carry the whole setup and this request to the Simulate page"));
    m_openBuilder->setToolTip(tr("Open the policy that decided this request on the Build page"));

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(ScenarioTryItModel::NameColumn, QHeaderView::Stretch);
    for (int column = ScenarioTryItModel::StatedColumn; column < ScenarioTryItModel::ColumnCount; ++column)
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_summary->setWordWrap(true);
    m_request->setWordWrap(true);
    m_request->setTextFormat(Qt::RichText);
    m_request->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_placeholder->setWordWrap(true);
    m_placeholder->setText(tr("Guess the decision first, then press <b>Run</b> to ask the engine."));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_runAll);
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_openSimulator);
    buttons->addWidget(m_openBuilder);

    // One above the other at full width: side by side, the flow's boxes would be cut short.
    m_trace->setMinimumHeight(fontMetrics().height() * 18);
    auto* results = new QVBoxLayout(m_results);
    results->setContentsMargins(0, 0, 0, 0);
    results->addWidget(m_banner);
    results->addWidget(m_flow);
    results->addWidget(m_trace, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    layout->addWidget(m_request);
    layout->addWidget(m_placeholder);
    layout->addWidget(m_results, 1);
    layout->addStretch(0);

    // Fit the table to its rows: a handful of requests should never need their own scroll bar.
    const int rows = m_model->rowCount();
    m_table->resizeRowsToContents();
    int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth();
    for (int row = 0; row < rows; ++row)
        height += m_table->verticalHeader()->sectionSize(row);
    m_table->setFixedHeight(height + 2);

    connect(m_run, &QPushButton::clicked, this, &ScenarioTryItPanel::runSelected);
    connect(m_runAll, &QPushButton::clicked, this, &ScenarioTryItPanel::runAll);
    connect(m_table, &QTableView::doubleClicked, this, &ScenarioTryItPanel::runSelected);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ScenarioTryItPanel::showSelected);
    connect(m_openSimulator, &QPushButton::clicked, this, [this] {
        const int row = currentRow();
        if (row >= 0)
            emit openInSimulatorRequested(scenarioDocument(m_scenario, static_cast<std::size_t>(row)));
    });
    connect(m_openBuilder, &QPushButton::clicked, this, &ScenarioTryItPanel::openInBuilder);

    selectRow(0);
    updateSummary();
}

ScenarioTryItPanel::~ScenarioTryItPanel()
{
    // The result views observe the session, which as the first child would otherwise go first.
    delete m_results;
}

void ScenarioTryItPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateSummary(); // its colour comes from the palette
}

int ScenarioTryItPanel::currentRow() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void ScenarioTryItPanel::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_table->selectionModel()->setCurrentIndex(
        m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    showSelected();
}

void ScenarioTryItPanel::runSelected()
{
    const int row = currentRow();
    if (row < 0)
        return;
    m_model->run(row);
    showSelected();
    updateSummary();
}

void ScenarioTryItPanel::runAll()
{
    m_model->runAll();
    showSelected();
    updateSummary();
}

void ScenarioTryItPanel::updateSummary()
{
    const int total = m_model->rowCount();
    const int ran = m_model->runCount();
    if (ran == 0) {
        m_summary->clear();
        return;
    }
    const int matched = m_model->matchCount();
    const ResultStyle::Tone tone = matched == ran ? ResultStyle::Tone::Allowed : ResultStyle::Tone::ExplicitDeny;
    m_summary->setStyleSheet(QStringLiteral("color: %1;").arg(ResultStyle::foreground(tone, palette()).name()));
    m_summary->setText(matched == ran
            ? tr("%1 of %2 run, all as the scenario says.").arg(ran).arg(total)
            : tr("%1 of %2 run, %3 differ from what the scenario says.").arg(ran).arg(total).arg(ran - matched));
}

void ScenarioTryItPanel::showSelected()
{
    const int row = currentRow();
    const bool has = row >= 0;
    m_openSimulator->setEnabled(has);
    if (!has) {
        m_request->clear();
        m_results->hide();
        return;
    }
    const ScenarioTryIt& tryIt = m_scenario.tryIts[row];
    const Request& request = tryIt.request;
    QString text = tr("<b>%1</b> asks for %2 on %3.")
                       .arg(QString::fromStdString(request.principal).toHtmlEscaped(), code(request.action),
                           code(request.resource));
    if (!request.context.empty()) {
        QStringList keys;
        for (const auto& entry : request.context) {
            QStringList values;
            for (const auto& value : entry.values)
                values << QString::fromStdString(value);
            keys << QStringLiteral("%1 = %2").arg(code(entry.key), values.join(QStringLiteral(", ")).toHtmlEscaped());
        }
        text += QLatin1Char(' ') + tr("With %1.").arg(keys.join(QStringLiteral("; ")));
    }
    text += QStringLiteral("<br>")
        + tr("The scenario says: <b>%1</b>. %2")
              .arg(ResultStyle::decisionShort(tryIt.expect), ResultStyle::richText(QString::fromStdString(tryIt.why)));
    m_request->setText(text);

    const bool ran = m_model->hasRun(row);
    m_placeholder->setVisible(!ran);
    m_results->setVisible(ran);
    m_openBuilder->setEnabled(ran);
    if (ran) {
        m_session->setDocument(scenarioDocument(m_scenario, static_cast<std::size_t>(row)));
        // The panel scrolls rather than squeezing the flow, whose boxes need their height to be read.
        m_flow->setMinimumHeight(m_flow->sizeHint().height());
    }
}

void ScenarioTryItPanel::openInBuilder()
{
    const SimulationDocument& document = m_session->document();
    std::optional<std::size_t> index;
    if (const auto& result = m_session->result(); result && !result->decidedBy.empty())
        index = m_session->build().documentIndex(result->decidedBy.front());
    if (!index) {
        for (std::size_t i = 0; i < document.policies.size() && !index; ++i) {
            if (document.policies[i].enabled)
                index = i;
        }
    }
    if (!index || *index >= m_scenario.policies.size())
        return;
    const ScenarioPolicy& policy = m_scenario.policies[*index];
    emit openInBuilderRequested(QString::fromStdString(policy.text), policy.kind);
}

} // namespace iam::ui
