#include "ui/learn/LessonEvaluationFlow.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/eval/Evaluator.h"
#include "ui/common/HeadingLabel.h"
#include "ui/learn/LessonText.h"

namespace iam::ui {

namespace {

QString statementName(const StatementRef& ref)
{
    QString name = ref.sid ? QStringLiteral("<code>%1</code>").arg(QString::fromStdString(*ref.sid).toHtmlEscaped())
                           : LessonEvaluationFlow::tr("statement %1").arg(ref.statementIndex + 1);
    if (!ref.policyName.empty())
        name += LessonEvaluationFlow::tr(" in <code>%1</code>").arg(QString::fromStdString(ref.policyName).toHtmlEscaped());
    return name;
}

QString statementsWith(const EvaluationResult& result, Effect effect)
{
    QStringList names;
    for (const StatementTrace& trace : result.trace) {
        if (trace.matched && trace.ref.effect == effect)
            names << statementName(trace.ref);
    }
    names.removeDuplicates();
    return names.join(QStringLiteral(", "));
}

} // namespace

LessonEvaluationFlow::LessonEvaluationFlow(std::vector<LessonPreparedRequest> requests, bool full, QWidget* parent)
    : LessonCard(parent)
    , m_requests(std::move(requests))
    , m_full(full)
{
    setObjectName(QStringLiteral("evaluationFlow"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(new HeadingLabel(full ? tr("How AWS decides, every guard in order") : tr("How AWS decides"), 1.15, this));
    auto* row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Request:"), this));
    m_picker = new QComboBox(this);
    m_picker->setObjectName(QStringLiteral("flowPicker"));
    for (const LessonPreparedRequest& request : m_requests)
        m_picker->addItem(QString::fromStdString(request.title));
    row->addWidget(m_picker, 1);
    auto* button = new QPushButton(tr("Ask AWS"), this);
    button->setObjectName(QStringLiteral("flowDecide"));
    row->addWidget(button);
    layout->addLayout(row);
    m_story = new QLabel(this);
    m_story->setWordWrap(true);
    m_story->setTextFormat(Qt::RichText);
    layout->addWidget(m_story);
    m_steps = new QLabel(this);
    m_steps->setObjectName(QStringLiteral("flowSteps"));
    m_steps->setWordWrap(true);
    m_steps->setTextFormat(Qt::RichText);
    layout->addWidget(m_steps);
    connect(m_picker, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index < 0 || index >= requestCount())
            return;
        m_story->setText(inlineMarkdownToHtml(m_requests[static_cast<std::size_t>(index)].story));
        m_steps->setText(tr("<i>Press “Ask AWS” to see the decision, step by step.</i>"));
        m_decision.reset();
    });
    connect(button, &QPushButton::clicked, this, [this]() { decide(m_picker->currentIndex()); });
    if (!m_requests.empty()) {
        m_picker->setCurrentIndex(-1);
        m_picker->setCurrentIndex(0);
    }
}

void LessonEvaluationFlow::selectRequest(const QString& id)
{
    for (int i = 0; i < requestCount(); ++i) {
        if (QString::fromStdString(m_requests[static_cast<std::size_t>(i)].id) == id)
            m_picker->setCurrentIndex(i);
    }
}

QString LessonEvaluationFlow::basicSteps(const EvaluationResult& result) const
{
    const bool denied = result.decision == Decision::ExplicitDeny;
    const bool allowed = result.decision == Decision::Allowed;
    QString html = QStringLiteral("<ol>");
    html += QStringLiteral("<li>%1 %2</li>")
                .arg(tr("<b>Does any statement say Deny?</b>"),
                     denied ? tr("Yes: %1. An explicit deny wins; AWS stops here.").arg(statementsWith(result, Effect::Deny))
                            : tr("No."));
    if (!denied) {
        html += QStringLiteral("<li>%1 %2</li>")
                    .arg(tr("<b>Does any statement say Allow?</b>"),
                         allowed ? tr("Yes: %1.").arg(statementsWith(result, Effect::Allow)) : tr("No."));
    }
    if (!denied && !allowed)
        html += QStringLiteral("<li>%1</li>").arg(tr("<b>Nothing said yes,</b> so the default deny holds."));
    html += QStringLiteral("</ol>");
    return html;
}

QString LessonEvaluationFlow::fullSteps(const EvaluationResult& result) const
{
    // AWS's order: the organization's guards first, then the resource, the identity and its limits.
    static const std::array order{PolicyType::Scp, PolicyType::Rcp, PolicyType::Resource, PolicyType::Identity,
                                  PolicyType::PermissionBoundary, PolicyType::Session};
    QString html = QStringLiteral("<ol>");
    for (PolicyType type : order) {
        QString verdict;
        switch (result.gate(type)) {
        case Gate::NotInPlay: verdict = tr("not in play"); break;
        case Gate::Allow: verdict = tr("lets it through"); break;
        case Gate::ExplicitDeny: verdict = tr("<b>says no</b> (an explicit deny)"); break;
        case Gate::ImplicitDeny: verdict = tr("<b>does not allow it</b>"); break;
        }
        QString title = QString::fromStdString(std::string(policyTypeTitle(type)));
        if (!title.isEmpty())
            title[0] = title[0].toUpper();
        html += QStringLiteral("<li>%1: %2</li>").arg(title.toHtmlEscaped(), verdict);
    }
    html += QStringLiteral("</ol>");
    return html;
}

void LessonEvaluationFlow::decide(int index)
{
    if (index < 0 || index >= requestCount())
        return;
    const LessonPreparedRequest& request = m_requests[static_cast<std::size_t>(index)];
    const EvaluationResult result = evaluate(request.simulation);
    m_decision = result.decision;
    const bool dark = isDarkPalette(palette());
    const QString color = result.decision == Decision::Allowed
                              ? (dark ? QColor(0x4a, 0xde, 0x80) : QColor(0x15, 0x80, 0x3d)).name()
                              : (dark ? QColor(0xf8, 0x71, 0x71) : QColor(0xb9, 0x1c, 0x1c)).name();
    QString verdict;
    switch (result.decision) {
    case Decision::Allowed: verdict = tr("Allowed"); break;
    case Decision::ExplicitDeny: verdict = tr("Denied: a statement says no"); break;
    case Decision::ImplicitDeny: verdict = tr("Denied: nothing says yes"); break;
    }
    QString html = m_full ? fullSteps(result) : basicSteps(result);
    html += QStringLiteral("<p><b style=\"color:%1\">%2.</b> %3</p>").arg(color, verdict, inlineMarkdownToHtml(request.explanation));
    m_steps->setText(html);
}

QString LessonEvaluationFlow::stepsText() const
{
    return htmlToPlainText(m_steps->text());
}

} // namespace iam::ui
