#include "ui/simulate/batch/PolicyTestsView.h"

#include <algorithm>
#include <set>
#include <vector>

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

#include "core/eval/PolicyTestRunner.h"
#include "ui/common/HeadingLabel.h"
#include "ui/simulate/SimulationSession.h"
#include "ui/simulate/batch/PolicyTestsDelegate.h"
#include "ui/simulate/batch/PolicyTestsModel.h"
#include "ui/simulate/batch/RequestSummary.h"
#include "ui/simulate/results/ResultStyle.h"

namespace iam::ui {

namespace {

QString fromStd(const std::string& text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

// Without a translation loaded, Qt's %n plurals would print "test(s)"; these read naturally.
QString testsText(int count)
{
    return count == 1 ? PolicyTestsView::tr("1 test") : PolicyTestsView::tr("%1 tests").arg(count);
}

} // namespace

PolicyTestsView::PolicyTestsView(SimulationSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new PolicyTestsModel(this))
{
    setObjectName(QStringLiteral("policyTestsView"));

    auto* heading = new HeadingLabel(tr("Policy tests"), 1.25, this);
    auto* intro = new QLabel(tr("Each test is a request and the decision it must get. They are saved with the "
                                "simulation, and <code>iam-studio-cli test FILE</code> runs them too, so they can "
                                "guard your policies in git: when a change breaks one, you see it here."),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);

    m_runAll = new QPushButton(tr("Run all"), this);
    m_runAll->setObjectName(QStringLiteral("runAllTests"));
    m_runAll->setToolTip(tr("Checks every test against the policies in play. After that, tests re-run by "
                            "themselves whenever a policy or a test changes."));
    connect(m_runAll, &QPushButton::clicked, this, &PolicyTestsView::runAll);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("testsSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("testsStatus"));
    m_status->setWordWrap(true);
    m_status->hide();

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("testsTable"));
    m_table->setAccessibleName(tr("Policy tests"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new PolicyTestsDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Double-click opens the request, so editing starts with F2 or a click on a selected cell.
    m_table->setEditTriggers(QAbstractItemView::SelectedClicked | QAbstractItemView::EditKeyPressed);
    // The reason is what a failing row is read for, so it wraps rather than being cut off; rows grow
    // to fit (a simulation holds tens of tests, not thousands).
    m_table->setWordWrap(true);
    m_table->setTextElideMode(Qt::ElideNone);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The request and the reason share what is left; the short columns keep their width.
    QHeaderView* header = m_table->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(PolicyTestsModel::RequestColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(PolicyTestsModel::ReasonColumn, QHeaderView::Stretch);
    const QFontMetrics metrics = fontMetrics();
    const int character = metrics.averageCharWidth();
    const int icon = metrics.height() + character * 2;
    const int decisionWidth = metrics.horizontalAdvance(ResultStyle::decisionShort(Decision::ExplicitDeny));
    m_table->setColumnWidth(
        PolicyTestsModel::ResultColumn, metrics.horizontalAdvance(tr("Not run")) + icon + character * 4);
    m_table->setColumnWidth(PolicyTestsModel::NameColumn, character * 28);
    m_table->setColumnWidth(PolicyTestsModel::ExpectedColumn, decisionWidth + character * 4);
    m_table->setColumnWidth(PolicyTestsModel::ActualColumn, decisionWidth + icon + character * 4);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.isValid())
            emit requestChosen(m_model->testAt(index.row()).request);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PolicyTestsView::updateButtons);
    auto* deleteKey = new QShortcut(QKeySequence::Delete, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &PolicyTestsView::removeSelected);
    connect(m_model, &PolicyTestsModel::nameEdited, this, &PolicyTestsView::renameTest);
    connect(m_model, &PolicyTestsModel::expectEdited, this, &PolicyTestsView::changeExpected);

    m_newName = new QLineEdit(this);
    m_newName->setObjectName(QStringLiteral("newTestName"));
    m_newName->setAccessibleName(tr("Name of the new test"));
    m_newName->setClearButtonEnabled(true);
    connect(m_newName, &QLineEdit::returnPressed, this, &PolicyTestsView::addCurrentRequest);
    m_add = new QPushButton(tr("Add current request as test"), this);
    m_add->setObjectName(QStringLiteral("addCurrentRequestAsTest"));
    connect(m_add, &QPushButton::clicked, this, &PolicyTestsView::addCurrentRequest);
    m_open = new QPushButton(tr("Open in simulator"), this);
    m_open->setObjectName(QStringLiteral("openTestRequest"));
    m_open->setToolTip(tr("Puts the selected test's request into the request editor, to see why it gets its "
                          "decision."));
    connect(m_open, &QPushButton::clicked, this, &PolicyTestsView::openSelected);
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeTest"));
    connect(m_remove, &QPushButton::clicked, this, &PolicyTestsView::removeSelected);

    auto* runRow = new QHBoxLayout;
    runRow->addWidget(m_runAll);
    runRow->addWidget(m_summary, 1);
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(new QLabel(tr("New test:"), this));
    addRow->addWidget(m_newName, 1);
    addRow->addWidget(m_add);
    addRow->addSpacing(24);
    addRow->addWidget(m_open);
    addRow->addWidget(m_remove);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addLayout(runRow);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    layout->addLayout(addRow);

    connect(&m_session, &SimulationSession::testsChanged, this, &PolicyTestsView::testsChanged);
    connect(&m_session, &SimulationSession::documentReset, this, &PolicyTestsView::testsChanged);
    connect(&m_session, &SimulationSession::policiesChanged, this, [this] {
        if (m_hasRun)
            recompute();
    });
    // The add button follows whether there is a decision to remember; the suggested name follows the request.
    connect(&m_session, &SimulationSession::resultChanged, this, &PolicyTestsView::updateButtons);

    m_model->setTests(m_session.document().tests);
    updateSummary();
    updateButtons();
}

void PolicyTestsView::runAll()
{
    m_hasRun = true;
    recompute();
    // Bring the first failure into view: in a long list it is what the user came for.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const PolicyTestOutcome* outcome = m_model->outcomeAt(row);
        if (outcome && !outcome->passed()) {
            m_table->scrollTo(m_model->index(row, 0));
            break;
        }
    }
}

void PolicyTestsView::testsChanged()
{
    m_model->setTests(m_session.document().tests);
    if (m_hasRun)
        recompute();
    else
        updateSummary();
    updateButtons();
}

void PolicyTestsView::recompute()
{
    const SimulationBuild& build = m_session.build();
    if (!build.simulation) {
        m_model->setStale(m_model->hasOutcomes());
        m_status->setText(tr("Out of date: %1").arg(m_session.statusText()));
        m_status->show();
        updateSummary();
        return;
    }
    PolicyTestFile file;
    file.simulation = *build.simulation;
    file.hasRequest = true;
    file.tests = m_session.document().tests;
    m_model->setOutcomes(runPolicyTests(file));
    m_status->hide();
    updateSummary();
}

void PolicyTestsView::changeEvent(QEvent* event)
{
    // The summary's coloured counts are written for one theme; a theme switch rewrites them.
    if (event->type() == QEvent::PaletteChange)
        updateSummary();
    QWidget::changeEvent(event);
}

void PolicyTestsView::updateSummary()
{
    const int total = m_model->rowCount();
    if (total == 0) {
        m_summary->setText(tr("No tests yet. Set up a request, then add it below: the test remembers the decision "
                              "the request gets now, so you notice when a policy change alters it."));
        return;
    }
    if (!m_hasRun || !m_model->hasOutcomes()) {
        m_summary->setText(tr("%1. Press Run all to check them.").arg(testsText(total)));
        return;
    }
    const QPalette palette = this->palette();
    const int failed = m_model->failedCount();
    const int passed = m_model->passedCount();
    QString text = tr("<b>%1:</b> ").arg(testsText(total));
    text += tr("<span style=\"color:%1\"><b>%2 passed</b></span>")
                .arg(ResultStyle::foreground(ResultStyle::Tone::Allowed, palette).name())
                .arg(passed);
    text += tr(", <span style=\"color:%1\"><b>%2 failed</b></span>")
                .arg(ResultStyle::foreground(
                    failed > 0 ? ResultStyle::Tone::ExplicitDeny : ResultStyle::Tone::Neutral, palette)
                         .name())
                .arg(failed);
    if (m_model->isStale())
        text += tr(" (out of date)");
    m_summary->setText(text);
}

void PolicyTestsView::updateButtons()
{
    const bool canAdd = m_session.result().has_value();
    m_add->setEnabled(canAdd);
    m_add->setToolTip(canAdd ? tr("Saves the request as a test expecting the decision it gets now (%1).")
                                   .arg(ResultStyle::decisionShort(m_session.result()->decision).toLower())
                             : m_session.statusText());
    m_newName->setPlaceholderText(canAdd ? suggestedTestName() : tr("Name of the new test"));
    const bool selected = m_table->selectionModel()->hasSelection();
    m_remove->setEnabled(selected);
    m_open->setEnabled(selected);
    m_runAll->setEnabled(m_model->rowCount() > 0);
}

QString PolicyTestsView::suggestedTestName() const
{
    const Request& request = m_session.request();
    const QString base = tr("%1 on %2").arg(fromStd(request.action), shortArnName(request.resource));
    std::set<QString> taken;
    for (const PolicyTest& test : m_session.document().tests)
        taken.insert(fromStd(test.name));
    QString name = base;
    for (int n = 2; taken.count(name) > 0; ++n)
        name = QStringLiteral("%1 (%2)").arg(base).arg(n);
    return name;
}

void PolicyTestsView::addCurrentRequest()
{
    if (!m_session.result())
        return;
    QString name = m_newName->text().trimmed();
    if (name.isEmpty())
        name = suggestedTestName();
    const std::size_t index = m_session.addCurrentRequestAsTest(name);
    m_newName->clear();
    const QModelIndex added = m_model->index(static_cast<int>(index), PolicyTestsModel::NameColumn);
    m_table->setCurrentIndex(added);
    m_table->selectionModel()->select(added, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(added);
}

void PolicyTestsView::removeSelected()
{
    std::vector<std::size_t> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        rows.push_back(static_cast<std::size_t>(index.row()));
    if (rows.empty())
        return;
    if (rows.size() == 1) {
        m_session.removeTest(rows.front());
        return;
    }
    std::sort(rows.begin(), rows.end());
    std::vector<PolicyTest> tests = m_session.document().tests;
    // From the end, so the earlier indices stay valid; one setTests is one change for the session.
    for (auto it = rows.rbegin(); it != rows.rend(); ++it) {
        if (*it < tests.size())
            tests.erase(tests.begin() + static_cast<std::ptrdiff_t>(*it));
    }
    m_session.setTests(std::move(tests));
}

void PolicyTestsView::openSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const QModelIndex index
        = m_table->currentIndex().isValid() ? m_table->currentIndex() : (rows.isEmpty() ? QModelIndex() : rows.front());
    if (index.isValid())
        emit requestChosen(m_model->testAt(index.row()).request);
}

void PolicyTestsView::renameTest(int row, const QString& name)
{
    std::vector<PolicyTest> tests = m_session.document().tests;
    if (row < 0 || static_cast<std::size_t>(row) >= tests.size())
        return;
    tests[static_cast<std::size_t>(row)].name = name.toStdString();
    m_session.setTests(std::move(tests));
}

void PolicyTestsView::changeExpected(int row, Decision expect)
{
    std::vector<PolicyTest> tests = m_session.document().tests;
    if (row < 0 || static_cast<std::size_t>(row) >= tests.size()
        || tests[static_cast<std::size_t>(row)].expect == expect)
        return;
    tests[static_cast<std::size_t>(row)].expect = expect;
    m_session.setTests(std::move(tests));
}

} // namespace iam::ui
