#include "ui/scenarios/ScenarioView.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QVBoxLayout>

#include "ui/common/HeadingLabel.h"
#include "ui/common/JsonEditor.h"
#include "ui/common/VerticalScrollArea.h"
#include "ui/scenarios/ScenarioChallengePanel.h"
#include "ui/scenarios/ScenarioDiagramView.h"
#include "ui/scenarios/ScenarioTryItPanel.h"

namespace iam::ui {

namespace {

QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}

QLabel* markdownLabel(const QString& markdown, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::MarkdownText);
    label->setText(markdown);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// Tall enough for the whole policy, so the page scrolls instead of each editor; again after a zoom.
void fitToText(JsonEditor* editor)
{
    const int lines = editor->document()->blockCount();
    const int height = editor->fontMetrics().lineSpacing() * (lines + 1) + 2 * editor->frameWidth()
        + static_cast<int>(editor->document()->documentMargin() * 2);
    editor->setFixedHeight(height);
}

QString levelTitle(const std::string& level)
{
    if (level == "beginner")
        return ScenarioView::tr("Beginner");
    if (level == "intermediate")
        return ScenarioView::tr("Intermediate");
    if (level == "advanced")
        return ScenarioView::tr("Advanced");
    return fromStd(level);
}

} // namespace

ScenarioView::ScenarioView(Scenario scenario, QWidget* parent)
    : QWidget(parent)
    , m_scenario(std::move(scenario))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("scenarioView"));
    m_tabs->setObjectName(QStringLiteral("scenarioTabs"));
    m_tabs->setDocumentMode(true);

    auto* title = new HeadingLabel(fromStd(m_scenario.title), 1.6, this);
    title->setObjectName(QStringLiteral("scenarioTitle"));
    title->setWordWrap(true);
    QStringList tags;
    for (const auto& tag : m_scenario.tags)
        tags << fromStd(tag);
    auto* meta = new QLabel(
        QStringLiteral("%1 · %2 · %3")
            .arg(levelTitle(m_scenario.level), tags.join(QStringLiteral(", ")), fromStd(m_scenario.summary)),
        this);
    meta->setObjectName(QStringLiteral("pagePromise"));
    meta->setWordWrap(true);

    m_tryIt = new ScenarioTryItPanel(m_scenario, this);
    m_challenge = new ScenarioChallengePanel(m_scenario, this);
    m_tabs->addTab(createOverview(), tr("Overview"));
    m_tabs->addTab(createPolicies(), tr("Policies (%1)").arg(m_scenario.policies.size()));
    m_tabs->addTab(verticalScrollArea(m_tryIt, m_tabs), tr("Try it (%1)").arg(m_scenario.tryIts.size()));
    m_tabs->addTab(m_challenge, tr("Break it"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(meta);
    layout->addWidget(m_tabs, 1);

    connect(m_diagram, &ScenarioDiagramView::policyActivated, this, &ScenarioView::showPolicy);
    connect(m_tryIt, &ScenarioTryItPanel::openInSimulatorRequested, this, &ScenarioView::openInSimulatorRequested);
    connect(m_tryIt, &ScenarioTryItPanel::openInBuilderRequested, this, &ScenarioView::openInBuilderRequested);
}

QWidget* ScenarioView::createOverview()
{
    auto* content = new QWidget;
    m_diagram = new ScenarioDiagramView(content);
    m_diagram->setDiagram(m_scenario.nodes, m_scenario.edges);
    auto* diagramHint = new QLabel(tr("Hover a box to read what it is; click a policy to read it."), content);
    diagramHint->setObjectName(QStringLiteral("pagePromise"));

    QStringList paragraphs;
    for (const auto& paragraph : m_scenario.story)
        paragraphs << fromStd(paragraph);
    auto* story = markdownLabel(paragraphs.join(QStringLiteral("\n\n")), content);
    story->setObjectName(QStringLiteral("scenarioStory"));

    QStringList bullets;
    for (const auto& item : m_scenario.tighten)
        bullets << QStringLiteral("- ") + fromStd(item);
    auto* tighten = markdownLabel(bullets.join(QLatin1Char('\n')), content);
    tighten->setObjectName(QStringLiteral("scenarioTighten"));

    auto* layout = new QVBoxLayout(content);
    layout->addWidget(m_diagram);
    layout->addWidget(diagramHint, 0, Qt::AlignHCenter);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(new HeadingLabel(tr("The story"), 1.25, content));
    layout->addWidget(story);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(new HeadingLabel(tr("Before production, tighten"), 1.25, content));
    layout->addWidget(tighten);
    layout->addStretch(1);
    return verticalScrollArea(content, m_tabs);
}

QWidget* ScenarioView::createPolicies()
{
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    for (const ScenarioPolicy& policy : m_scenario.policies) {
        const QString name = fromStd(policy.name);
        auto* heading = new HeadingLabel(name, 1.2, content);
        auto* role = new QLabel(
            policy.role.empty() ? fromStd(std::string(policyKindTitle(policy.kind))) : fromStd(policy.role), content);
        role->setObjectName(QStringLiteral("pagePromise"));
        auto* open = new QPushButton(tr("Open in Builder"), content);
        open->setObjectName(QStringLiteral("openPolicyInBuilder-") + name);
        open->setToolTip(tr("Edit a copy of this policy on the Build page"));
        auto* header = new QHBoxLayout;
        header->addWidget(heading);
        header->addWidget(role, 1, Qt::AlignBottom);
        header->addWidget(open);

        auto* editor = new JsonEditor(content);
        editor->setObjectName(QStringLiteral("policyEditor-") + name);
        editor->setReadOnly(true);
        editor->setTextSilently(fromStd(policy.text));
        fitToText(editor);
        editor->installEventFilter(this);

        layout->addLayout(header);
        layout->addWidget(editor);
        layout->addSpacing(fontMetrics().height() / 2);

        const PolicyKind kind = policy.kind;
        const QString text = fromStd(policy.text);
        connect(open, &QPushButton::clicked, this, [this, text, kind] { emit openInBuilderRequested(text, kind); });
    }
    layout->addStretch(1);
    m_policiesArea = verticalScrollArea(content, m_tabs);
    return m_policiesArea;
}

bool ScenarioView::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FontChange) {
        if (auto* editor = qobject_cast<JsonEditor*>(watched))
            fitToText(editor);
    }
    return QWidget::eventFilter(watched, event);
}

JsonEditor* ScenarioView::policyEditor(const QString& name) const
{
    return findChild<JsonEditor*>(QStringLiteral("policyEditor-") + name);
}

void ScenarioView::showPolicy(const QString& name)
{
    m_tabs->setCurrentIndex(PoliciesTab);
    if (JsonEditor* editor = policyEditor(name))
        m_policiesArea->ensureWidgetVisible(editor, 0, fontMetrics().height() * 3);
}

} // namespace iam::ui
