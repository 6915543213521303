#include "ui/scenarios/ScenariosPage.h"

#include <algorithm>

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

#include "ui/scenarios/ScenarioLibrary.h"
#include "ui/scenarios/ScenarioListDelegate.h"
#include "ui/scenarios/ScenarioListModel.h"
#include "ui/scenarios/ScenarioView.h"

namespace iam::ui {

ScenariosPage::ScenariosPage(QWidget* parent)
    : ScenariosPage(ScenarioLibrary::builtInFolder(), ScenarioLibrary::userFolder(), parent)
{
}

ScenariosPage::ScenariosPage(const QString& builtInFolder, const QString& userFolder, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("scenariosPage"));
    ScenarioLibrary library = ScenarioLibrary::load(builtInFolder, userFolder);
    m_scenarios = library.scenarios();
    m_errors = library.errors();
    // Beginner scenarios first: a learner reads the list from the top.
    auto rank = [](const Scenario& scenario) {
        return scenario.level == "beginner" ? 0 : scenario.level == "intermediate" ? 1 : 2;
    };
    std::stable_sort(m_scenarios.begin(), m_scenarios.end(),
        [&](const Scenario& a, const Scenario& b) { return rank(a) < rank(b); });

    m_model = new ScenarioListModel(m_scenarios, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(ScenarioListModel::SearchRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    auto* left = new QWidget(this);
    m_filter = new QLineEdit(left);
    m_filter->setObjectName(QStringLiteral("scenarioFilter"));
    m_filter->setPlaceholderText(tr("Filter by title or tag, e.g. lambda"));
    m_filter->setClearButtonEnabled(true);
    m_list = new QListView(left);
    m_list->setObjectName(QStringLiteral("scenarioList"));
    m_list->setModel(m_proxy);
    m_list->setItemDelegate(new ScenarioListDelegate(m_list));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setResizeMode(QListView::Adjust); // rows wrap their titles again when the list is resized
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_errorLabel = new QLabel(left);
    m_errorLabel->setObjectName(QStringLiteral("scenarioLoadErrors"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (!m_errors.isEmpty()) {
        // A handful is enough to act on; a folder full of broken files should not push the list away.
        constexpr int kShown = 6;
        QStringList lines;
        for (const QString& error : m_errors.mid(0, kShown))
            lines << error.toHtmlEscaped();
        if (m_errors.size() > kShown)
            lines << tr("… and %n more.", nullptr, static_cast<int>(m_errors.size() - kShown));
        m_errorLabel->setText(tr("<b>Some scenario files could not be loaded:</b><br>%1<br>The other scenarios are "
                                 "here as usual.")
                                  .arg(lines.join(QStringLiteral("<br>"))));
    }
    m_errorLabel->setToolTip(m_errors.join(QLatin1Char('\n')));
    m_errorLabel->setVisible(!m_errors.isEmpty());
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(m_errorLabel);

    m_stack = new QStackedWidget(this);
    m_empty = new QLabel(
        m_scenarios.empty() ? tr("No scenario could be loaded.") : tr("Pick a scenario on the left."), m_stack);
    m_empty->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(m_empty);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ fontMetrics().averageCharWidth() * 40, fontMetrics().averageCharWidth() * 110 });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &ScenariosPage::selectionChanged);

    if (!m_scenarios.empty())
        m_list->setCurrentIndex(m_proxy->index(0, 0));
}

void ScenariosPage::selectionChanged()
{
    const QModelIndex current = m_list->currentIndex();
    if (current.isValid())
        showRow(m_proxy->mapToSource(current).row());
}

void ScenariosPage::showRow(int sourceRow)
{
    if (sourceRow < 0 || sourceRow >= static_cast<int>(m_scenarios.size()))
        return;
    auto found = m_views.find(sourceRow);
    if (found == m_views.end()) {
        auto* view = new ScenarioView(m_scenarios[sourceRow], m_stack);
        connect(view, &ScenarioView::openInSimulatorRequested, this, &ScenariosPage::openInSimulatorRequested);
        connect(view, &ScenarioView::openInBuilderRequested, this, &ScenariosPage::openInBuilderRequested);
        m_stack->addWidget(view);
        found = m_views.emplace(sourceRow, view).first;
    }
    m_currentRow = sourceRow;
    m_stack->setCurrentWidget(found->second);
}

bool ScenariosPage::showScenario(const QString& id)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex source = m_model->index(row, 0);
        if (source.data(ScenarioListModel::IdRole).toString() != id)
            continue;
        QModelIndex proxy = m_proxy->mapFromSource(source);
        if (!proxy.isValid()) {
            m_filter->clear();
            proxy = m_proxy->mapFromSource(source);
        }
        m_list->setCurrentIndex(proxy);
        showRow(row);
        return true;
    }
    return false;
}

QString ScenariosPage::currentScenarioId() const
{
    return m_currentRow < 0 ? QString() : QString::fromStdString(m_scenarios[m_currentRow].id);
}

ScenarioView* ScenariosPage::currentView() const
{
    const auto found = m_views.find(m_currentRow);
    return found == m_views.end() ? nullptr : found->second;
}

} // namespace iam::ui
