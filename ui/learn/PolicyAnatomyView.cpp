#include "ui/learn/PolicyAnatomyView.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QVBoxLayout>

#include "ui/common/HeadingLabel.h"
#include "ui/learn/LessonText.h"

namespace iam::ui {

PolicyAnatomyView::PolicyAnatomyView(LessonPolicyAnatomyData data, QWidget* parent)
    : LessonCard(parent)
    , m_data(std::move(data))
{
    setObjectName(QStringLiteral("policyAnatomy"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(new HeadingLabel(tr("Anatomy of a policy"), 1.15, this));
    auto* hint = new QLabel(tr("Point at any line of the policy to see what that part does."), this);
    hint->setWordWrap(true);
    layout->addWidget(hint);

    auto* row = new QHBoxLayout;
    row->setSpacing(16);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("anatomyPolicy"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setPlainText(QString::fromStdString(m_data.policyText));
    QFont mono;
    mono.setFamilies({QStringLiteral("DejaVu Sans Mono"), QStringLiteral("Monospace")});
    mono.setStyleHint(QFont::Monospace);
    m_text->setFont(mono);
    const int lines = m_text->document()->blockCount();
    m_text->setMinimumHeight(m_text->fontMetrics().lineSpacing() * (lines + 1) + 12);
    int widest = 0;
    for (const QString& line : m_text->toPlainText().split(QLatin1Char('\n')))
        widest = std::max(widest, m_text->fontMetrics().horizontalAdvance(line));
    m_text->setMinimumWidth(widest + 32);
    m_text->viewport()->setMouseTracking(true);
    m_text->viewport()->installEventFilter(this);
    row->addWidget(m_text, 3);
    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("anatomyExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::RichText);
    m_explanation->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    row->addWidget(m_explanation, 2);
    layout->addLayout(row);

    auto* tryButton = new QPushButton(tr("Try this in the builder"), this);
    tryButton->setObjectName(QStringLiteral("anatomyTry"));
    connect(tryButton, &QPushButton::clicked, this, [this]() { emit tryInBuilder(QString::fromStdString(m_data.policyText)); });
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(tryButton);
    layout->addLayout(buttons);
    explainElement(QStringLiteral("Effect"));
}

QString PolicyAnatomyView::elementAtLine(int line) const
{
    for (QTextBlock block = m_text->document()->findBlockByNumber(line); block.isValid(); block = block.previous()) {
        for (const LessonTopic& part : m_data.parts) {
            if (block.text().contains(QStringLiteral("\"%1\"").arg(QString::fromStdString(part.id))))
                return QString::fromStdString(part.id);
        }
    }
    return {};
}

void PolicyAnatomyView::explainElement(const QString& element)
{
    for (const LessonTopic& part : m_data.parts) {
        if (QString::fromStdString(part.id) != element)
            continue;
        m_shown = element;
        const QString title = QString::fromStdString(part.title) == element
                                  ? QString()
                                  : QStringLiteral(" — ") + inlineMarkdownToHtml(part.title);
        m_explanation->setText(QStringLiteral("<p><b><code>%1</code></b>%2</p><p>%3</p>")
                                   .arg(element.toHtmlEscaped(), title, inlineMarkdownToHtml(part.text)));
        return;
    }
}

QString PolicyAnatomyView::explanationText() const
{
    return htmlToPlainText(m_explanation->text());
}

bool PolicyAnatomyView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_text->viewport() && (event->type() == QEvent::MouseMove || event->type() == QEvent::MouseButtonPress)) {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        const int line = m_text->cursorForPosition(mouse->position().toPoint()).blockNumber();
        const QString element = elementAtLine(line);
        if (!element.isEmpty() && element != m_shown)
            explainElement(element);
    }
    return LessonCard::eventFilter(watched, event);
}

} // namespace iam::ui
