#include "ui/scenarios/ScenarioChallengePanel.h"

#include <algorithm>

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

#include "core/scenarios/ScenarioSimulation.h"
#include "ui/common/DiagnosticsModel.h"
#include "ui/common/JsonEditor.h"
#include "ui/simulate/results/ResultStyle.h"

namespace iam::ui {

namespace {

QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}

} // namespace

ScenarioChallengePanel::ScenarioChallengePanel(const Scenario& scenario, QWidget* parent)
    : QWidget(parent)
    , m_scenario(scenario)
    , m_picker(new QComboBox(this))
    , m_task(new QLabel(this))
    , m_goal(new QLabel(this))
    , m_hintButton(new QPushButton(tr("Show a &hint"), this))
    , m_hint(new QLabel(this))
    , m_editorCaption(new QLabel(this))
    , m_editor(new JsonEditor(this))
    , m_check(new QPushButton(tr("&Check"), this))
    , m_solution(new QPushButton(tr("Show a &solution"), this))
    , m_reset(new QPushButton(tr("R&eset"), this))
    , m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("scenarioBreakIt"));
    m_picker->setObjectName(QStringLiteral("challengePicker"));
    m_task->setObjectName(QStringLiteral("challengeTask"));
    m_goal->setObjectName(QStringLiteral("challengeGoal"));
    m_hintButton->setObjectName(QStringLiteral("showHint"));
    m_hint->setObjectName(QStringLiteral("challengeHint"));
    m_editor->setObjectName(QStringLiteral("challengeEditor"));
    m_check->setObjectName(QStringLiteral("checkChallenge"));
    m_solution->setObjectName(QStringLiteral("showSolution"));
    m_reset->setObjectName(QStringLiteral("resetChallenge"));
    m_result->setObjectName(QStringLiteral("challengeResult"));

    for (std::size_t i = 0; i < scenario.challenges.size(); ++i)
        m_picker->addItem(tr("Challenge %1 of %2").arg(i + 1).arg(scenario.challenges.size()));
    m_picker->setVisible(scenario.challenges.size() > 1);

    for (QLabel* label : { m_task, m_goal, m_hint, m_result, m_editorCaption }) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_task->setTextFormat(Qt::MarkdownText);
    QFont taskFont = m_task->font();
    taskFont.setPointSizeF(taskFont.pointSizeF() * 1.15);
    m_task->setFont(taskFont);
    m_goal->setTextFormat(Qt::RichText);
    m_hint->setTextFormat(Qt::MarkdownText);
    m_result->setTextFormat(Qt::RichText);
    m_result->setMargin(fontMetrics().height() / 2);
    m_result->hide();
    m_check->setDefault(true);
    m_check->setToolTip(tr("Run the request with your edited policy through the engine"));
    m_solution->setToolTip(tr("Put a change that solves the challenge into the editor"));
    m_reset->setToolTip(tr("Bring back the scenario's own policy"));

    auto* hintRow = new QHBoxLayout;
    hintRow->addWidget(m_hintButton);
    hintRow->addStretch(1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_check);
    buttons->addWidget(m_solution);
    buttons->addWidget(m_reset);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_picker, 0, Qt::AlignLeft);
    layout->addWidget(m_task);
    layout->addWidget(m_goal);
    layout->addLayout(hintRow);
    layout->addWidget(m_hint);
    layout->addWidget(m_editorCaption);
    layout->addWidget(m_editor, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_result);

    connect(m_picker, &QComboBox::currentIndexChanged, this, &ScenarioChallengePanel::setCurrentChallenge);
    connect(m_hintButton, &QPushButton::clicked, this, [this] {
        m_hint->show();
        m_hintButton->hide();
    });
    connect(m_check, &QPushButton::clicked, this, &ScenarioChallengePanel::check);
    connect(m_solution, &QPushButton::clicked, this, &ScenarioChallengePanel::showSolution);
    connect(m_reset, &QPushButton::clicked, this, &ScenarioChallengePanel::reset);
    // An edit makes the last verdict stale.
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        m_result->hide();
        m_solved = false;
        if (!m_editor->markers().isEmpty())
            m_editor->setMarkers({});
    });

    setCurrentChallenge(scenario.challenges.empty() ? -1 : 0);
}

void ScenarioChallengePanel::setCurrentChallenge(int index)
{
    if (index < 0 || index >= static_cast<int>(m_scenario.challenges.size())) {
        m_task->setText(tr("This scenario has no challenge yet."));
        for (QWidget* widget : std::initializer_list<QWidget*> {
                 m_goal, m_hintButton, m_hint, m_editorCaption, m_editor, m_check, m_solution, m_reset, m_result })
            widget->hide();
        return;
    }
    m_current = index;
    if (m_picker->currentIndex() != index)
        m_picker->setCurrentIndex(index);
    const ScenarioChallenge& challenge = m_scenario.challenges[index];
    const ScenarioTryIt& tryIt = m_scenario.tryIts[challenge.tryItIndex];
    m_task->setText(fromStd(challenge.task));
    m_goal->setText(tr("The request <b>%1</b> now gets <b>%2</b>; make it <b>%3</b>.")
                        .arg(fromStd(tryIt.name).toHtmlEscaped(), ResultStyle::decisionShort(tryIt.expect).toLower(),
                            ResultStyle::decisionShort(challenge.expect).toLower()));
    m_hint->setText(fromStd(challenge.hint));
    m_hint->hide();
    m_hintButton->show();
    const ScenarioPolicy* policy = m_scenario.findPolicy(challenge.reference.policy);
    QString caption = tr("Edit the policy <b>%1</b>").arg(fromStd(challenge.reference.policy).toHtmlEscaped());
    if (policy && !policy->role.empty())
        caption += QStringLiteral(" (%1)").arg(fromStd(policy->role).toHtmlEscaped());
    m_editorCaption->setText(caption + QLatin1Char(':'));
    reset();
}

QString ScenarioChallengePanel::resultText() const
{
    if (m_result->isHidden())
        return QString();
    QTextDocument document;
    document.setHtml(m_result->text());
    return document.toPlainText();
}

void ScenarioChallengePanel::reset()
{
    if (m_current < 0)
        return;
    const ScenarioPolicy* policy = m_scenario.findPolicy(m_scenario.challenges[m_current].reference.policy);
    m_editor->setTextSilently(policy ? fromStd(policy->text) : QString());
    m_result->hide();
    m_solved = false;
}

void ScenarioChallengePanel::showSolution()
{
    if (m_current < 0)
        return;
    const ScenarioChallenge& challenge = m_scenario.challenges[m_current];
    const std::optional<SimulationDocument> solved
        = solvedChallengeDocument(m_scenario, static_cast<std::size_t>(m_current));
    const auto index = m_scenario.policyIndex(challenge.reference.policy);
    if (!solved || !index)
        return;
    // Through the undo history, so the learner can step back to their own attempt.
    QTextCursor cursor(m_editor->document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(fromStd(solved->policies[*index].text));
    m_hint->show();
    m_hintButton->hide();
}

void ScenarioChallengePanel::check()
{
    if (m_current < 0)
        return;
    const ScenarioChallenge& challenge = m_scenario.challenges[m_current];
    const ScenarioTryIt& tryIt = m_scenario.tryIts[challenge.tryItIndex];
    const auto index = m_scenario.policyIndex(challenge.reference.policy);
    if (!index)
        return;
    SimulationDocument document = scenarioDocument(m_scenario, challenge.tryItIndex);
    document.policies[*index].text = m_editor->documentText().toStdString();
    const ScenarioRun run = runScenarioDocument(document);
    showProblems(run.build.problems, *index);
    const QString name = fromStd(tryIt.name).toHtmlEscaped();
    if (!run.result) {
        QString problem;
        for (const auto& diagnostic : run.problems) {
            problem
                = tr("line %1: %2").arg(diagnostic.span.line).arg(ResultStyle::richText(fromStd(diagnostic.message)));
            break;
        }
        showResult(
            tr("<b>Not yet:</b> the policy cannot be read, so the engine cannot answer. %1").arg(problem), false);
        return;
    }
    m_solved = run.result->decision == challenge.expect;
    const QString reason = ResultStyle::richText(fromStd(run.reason));
    if (m_solved) {
        showResult(tr("<b>Solved!</b> The request <b>%1</b> is now <b>%2</b>: %3.")
                       .arg(name, ResultStyle::decisionShort(run.result->decision).toLower(), reason),
            true);
    } else {
        showResult(tr("<b>Not yet.</b> The request <b>%1</b> got <b>%2</b> (the goal is %3): %4.")
                       .arg(name, ResultStyle::decisionShort(run.result->decision).toLower(),
                           ResultStyle::decisionShort(challenge.expect).toLower(), reason),
            false);
    }
}

void ScenarioChallengePanel::showProblems(
    const std::vector<SimulationBuild::PolicyProblem>& problems, std::size_t policy)
{
    // Underlined where they are, as on the Build page; spans count UTF-8 bytes, the editor UTF-16 units.
    const QByteArray bytes = m_editor->documentText().toUtf8();
    auto position = [&](std::size_t offset) {
        return static_cast<int>(QString::fromUtf8(bytes.left(static_cast<qsizetype>(offset))).size());
    };
    QList<JsonEditor::Marker> markers;
    for (const auto& problem : problems) {
        const Diagnostic& diagnostic = problem.diagnostic;
        if (problem.policyIndex != policy || !diagnostic.span.isKnown() || diagnostic.severity != Severity::Error)
            continue;
        JsonEditor::Marker marker;
        marker.start = position(diagnostic.span.offset);
        marker.end = std::max(marker.start + 1, position(diagnostic.span.offset + diagnostic.span.length));
        marker.color = DiagnosticsModel::severityColor(diagnostic.severity);
        marker.toolTip = fromStd(diagnostic.message);
        markers << marker;
    }
    m_editor->setMarkers(markers);
}

void ScenarioChallengePanel::showResult(const QString& html, bool good)
{
    m_resultGood = good;
    applyResultColors();
    m_result->setText(html);
    m_result->show();
}

void ScenarioChallengePanel::applyResultColors()
{
    // A style sheet, not a palette: the application's style sheet puts a child's palette back when the
    // theme changes.
    const ResultStyle::Tone tone = m_resultGood ? ResultStyle::Tone::Allowed : ResultStyle::Tone::ImplicitDeny;
    const QPalette base = palette();
    m_result->setStyleSheet(
        QStringLiteral("QLabel { background: %1; border: 1px solid %2; border-radius: 6px; color: %3; }")
            .arg(ResultStyle::background(tone, base).name(), ResultStyle::border(tone, base).name(),
                base.color(QPalette::WindowText).name()));
}

void ScenarioChallengePanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyResultColors();
}

} // namespace iam::ui
