#include "ui/learn/BuildingView.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/eval/Evaluator.h"
#include "ui/learn/BuildingCanvas.h"
#include "ui/learn/LessonText.h"

namespace iam::ui {

namespace {

QString roomOf(const std::string& door)
{
    return QString::fromStdString(door).section(QLatin1Char(':'), 0, 0).trimmed();
}

// The name on the badge: `alice` for `...:user/alice`, the role's name for a role's session
// (`...:assumed-role/reports-reader/session` → `reports-reader`).
QString badgeName(const std::string& principal)
{
    const QString arn = QString::fromStdString(principal);
    const QString resource = arn.section(QLatin1Char(':'), 5);
    if (resource.startsWith(QLatin1String("assumed-role/")))
        return resource.section(QLatin1Char('/'), 1, 1);
    return resource.section(QLatin1Char('/'), -1);
}

QString statementName(const StatementRef& ref)
{
    QString name = ref.sid ? BuildingView::tr("statement <code>%1</code>").arg(QString::fromStdString(*ref.sid).toHtmlEscaped())
                           : BuildingView::tr("statement %1").arg(ref.statementIndex + 1);
    if (!ref.policyName.empty())
        name += BuildingView::tr(" of <code>%1</code>").arg(QString::fromStdString(ref.policyName).toHtmlEscaped());
    return name;
}

} // namespace

BuildingView::BuildingView(LessonBuildingData data, bool showWalks, QWidget* parent)
    : LessonCard(parent)
    , m_data(std::move(data))
{
    setObjectName(QStringLiteral("buildingView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);

    m_canvas = new BuildingCanvas(this);
    m_canvas->setObjectName(QStringLiteral("buildingCanvas"));
    QStringList rooms;
    for (const LessonPreparedRequest& walk : m_data.walks) {
        const QString room = roomOf(walk.door);
        if (!room.isEmpty() && !rooms.contains(room))
            rooms << room;
    }
    if (!rooms.isEmpty())
        m_canvas->setDoors(rooms);
    layout->addWidget(m_canvas);

    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("buildingExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::RichText);
    m_explanation->setText(tr("Click any part of the building (a badge, a door, the list pinned on it, the drawer "
                              "at reception) to see what it stands for in AWS."));
    layout->addWidget(m_explanation);
    connect(m_canvas, &BuildingCanvas::partClicked, this, &BuildingView::showPart);
    connect(m_canvas, &BuildingCanvas::walkFinished, this, &BuildingView::showOutcome);

    if (!showWalks || m_data.walks.empty())
        return;

    auto* row = new QHBoxLayout;
    row->setSpacing(8);
    auto* label = new QLabel(tr("Walk a request:"), this);
    label->setStyleSheet(QStringLiteral("font-weight: 600"));
    row->addWidget(label);
    m_picker = new QComboBox(this);
    m_picker->setObjectName(QStringLiteral("walkPicker"));
    m_picker->setAccessibleName(tr("Request to walk"));
    for (const LessonPreparedRequest& walk : m_data.walks)
        m_picker->addItem(QString::fromStdString(walk.title));
    row->addWidget(m_picker, 1);
    m_walkButton = new QPushButton(tr("Walk to the door"), this);
    m_walkButton->setObjectName(QStringLiteral("walkButton"));
    m_walkButton->setDefault(true);
    row->addWidget(m_walkButton);
    layout->addLayout(row);

    m_story = new QLabel(this);
    m_story->setObjectName(QStringLiteral("walkStory"));
    m_story->setWordWrap(true);
    m_story->setTextFormat(Qt::RichText);
    layout->addWidget(m_story);
    m_outcome = new QLabel(this);
    m_outcome->setObjectName(QStringLiteral("walkOutcome"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextFormat(Qt::RichText);
    layout->addWidget(m_outcome);

    const auto showStory = [this](int index) {
        if (index < 0 || index >= walkCount())
            return;
        const LessonPreparedRequest& walk = m_data.walks[static_cast<std::size_t>(index)];
        m_story->setText(inlineMarkdownToHtml(walk.story));
    };
    connect(m_picker, &QComboBox::currentIndexChanged, this, showStory);
    showStory(0);
    connect(m_walkButton, &QPushButton::clicked, this, [this]() { startWalk(m_picker->currentIndex()); });
    layout->addStretch(1);
}

void BuildingView::showPart(const QString& id)
{
    const auto found = std::find_if(m_data.parts.begin(), m_data.parts.end(),
                                    [&](const LessonTopic& topic) { return QString::fromStdString(topic.id) == id; });
    if (found == m_data.parts.end())
        return;
    m_canvas->setSelectedPart(id);
    QString html = QStringLiteral("<b>%1</b>").arg(inlineMarkdownToHtml(found->title));
    if (!found->aws.empty())
        html += tr(" — in AWS: <b>%1</b>").arg(inlineMarkdownToHtml(found->aws));
    html += QStringLiteral("<br>") + inlineMarkdownToHtml(found->text);
    m_explanation->setText(html);
}

int BuildingView::doorOf(const LessonPreparedRequest& walk) const
{
    return std::max(0, static_cast<int>(m_canvas->doors().indexOf(roomOf(walk.door))));
}

void BuildingView::startWalk(int index)
{
    if (index < 0 || index >= walkCount())
        return;
    m_walkIndex = index;
    const LessonPreparedRequest& walk = m_data.walks[static_cast<std::size_t>(index)];
    // The decision is the engine's, worked out before the badge moves; the drawing only plays it out.
    m_result = evaluate(walk.simulation);
    if (m_picker && m_picker->currentIndex() != index)
        m_picker->setCurrentIndex(index);
    if (m_outcome)
        m_outcome->setText(tr("<i>The badge walks to the door, and the list on it is read…</i>"));
    BuildingCanvas::Walk plan;
    plan.contractor = walk.badge == "contractor-badge";
    plan.door = doorOf(walk);
    plan.badgeName = badgeName(walk.simulation.request.principal);
    plan.decision = m_result.decision;
    m_canvas->startWalk(plan);
}

void BuildingView::finishWalk()
{
    m_canvas->finishWalk();
}

void BuildingView::showOutcome()
{
    if (m_walkIndex < 0)
        return;
    const LessonPreparedRequest& walk = m_data.walks[static_cast<std::size_t>(m_walkIndex)];
    m_lastDecision = m_result.decision;
    const bool dark = isDarkPalette(palette());
    const QString green = (dark ? QColor(0x4a, 0xde, 0x80) : QColor(0x15, 0x80, 0x3d)).name();
    const QString red = (dark ? QColor(0xf8, 0x71, 0x71) : QColor(0xb9, 0x1c, 0x1c)).name();
    QString html;
    switch (m_result.decision) {
    case Decision::Allowed: {
        QString because;
        if (!m_result.decidedBy.empty())
            because = tr(" The engine allowed it: %1 says yes.").arg(statementName(m_result.decidedBy.front()));
        html = QStringLiteral("<b style=\"color:%1\">%2</b>%3").arg(green, tr("The door opens."), because);
        break;
    }
    case Decision::ExplicitDeny: {
        QString because;
        if (!m_result.decidedBy.empty())
            because = tr(" The engine found a list that says no: %1.").arg(statementName(m_result.decidedBy.front()));
        html = QStringLiteral("<b style=\"color:%1\">%2</b>%3").arg(red, tr("The door stays shut: Access Denied."), because);
        break;
    }
    case Decision::ImplicitDeny:
        html = QStringLiteral("<b style=\"color:%1\">%2</b>%3")
                   .arg(red, tr("The door stays shut: Access Denied."),
                        tr(" The engine found no list that says yes, so the default deny holds."));
        break;
    }
    html += QStringLiteral("<br>") + inlineMarkdownToHtml(walk.explanation);
    if (m_outcome)
        m_outcome->setText(html);
}

QString BuildingView::explanationText() const
{
    return htmlToPlainText(m_explanation->text());
}

QString BuildingView::outcomeText() const
{
    return m_outcome ? htmlToPlainText(m_outcome->text()) : QString();
}

} // namespace iam::ui
