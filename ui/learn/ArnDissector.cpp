#include "ui/learn/ArnDissector.h"

#include <QApplication>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include "core/catalog/Catalog.h"
#include "ui/common/HeadingLabel.h"
#include "ui/learn/ArnPartsStrip.h"
#include "ui/learn/FlowLayout.h"
#include "ui/learn/LessonText.h"

namespace iam::ui {

namespace {

// One colour per kind of part, the same in the drawing and in the list, readable on either theme.
QColor partColor(ArnPart::Kind kind, bool dark)
{
    switch (kind) {
    case ArnPart::Kind::Prefix: return dark ? QColor(0xa0, 0xa7, 0xb1) : QColor(0x5b, 0x63, 0x6e);
    case ArnPart::Kind::Partition: return dark ? QColor(0x5e, 0xd4, 0xc8) : QColor(0x0f, 0x76, 0x6e);
    case ArnPart::Kind::Service: return dark ? QColor(0xa5, 0xb4, 0xfc) : QColor(0x43, 0x38, 0xca);
    case ArnPart::Kind::Region: return dark ? QColor(0x86, 0xef, 0xac) : QColor(0x15, 0x80, 0x3d);
    case ArnPart::Kind::Account: return dark ? QColor(0xfc, 0xd3, 0x4d) : QColor(0xb4, 0x53, 0x09);
    case ArnPart::Kind::ResourceType: return dark ? QColor(0xf9, 0xa8, 0xd4) : QColor(0xbe, 0x18, 0x5d);
    case ArnPart::Kind::ResourceName:
    case ArnPart::Kind::Resource: return dark ? QColor(0x7d, 0xd3, 0xfc) : QColor(0x03, 0x69, 0xa1);
    }
    return Qt::gray;
}

QColor problemColor(Severity severity, bool dark)
{
    if (severity == Severity::Error)
        return dark ? QColor(0xfc, 0xa5, 0xa5) : QColor(0xb9, 0x1c, 0x1c);
    return dark ? QColor(0xfc, 0xd3, 0x4d) : QColor(0x92, 0x40, 0x0e);
}

QString partValueHtml(const ArnPart& part)
{
    if (part.value.empty())
        return ArnDissector::tr("<i>(empty)</i>");
    return QStringLiteral("<code>%1</code>").arg(QString::fromStdString(part.value).toHtmlEscaped());
}

} // namespace

ArnDissector::ArnDissector(QWidget* parent)
    : LessonCard(parent)
{
    setObjectName(QStringLiteral("arnDissector"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);

    auto* title = new HeadingLabel(tr("Take an ARN apart"), 1.15, this);
    layout->addWidget(title);
    auto* intro = new QLabel(tr("Type or paste an ARN below. Each part is labelled and explained as you type; "
                                "click a coloured box to jump to its explanation."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_input = new QLineEdit(this);
    m_input->setObjectName(QStringLiteral("arnInput"));
    m_input->setClearButtonEnabled(true);
    m_input->setPlaceholderText(tr("arn:aws:s3:::my-bucket/*"));
    m_input->setAccessibleName(tr("ARN to take apart"));
    // Only the family is set, so the size still follows the zoom.
    QFont mono;
    mono.setFamilies({QStringLiteral("DejaVu Sans Mono"), QStringLiteral("Monospace")});
    mono.setStyleHint(QFont::Monospace);
    m_input->setFont(mono);
    layout->addWidget(m_input);

    m_examplesRow = new QWidget(this);
    m_examples = new FlowLayout(m_examplesRow);
    m_examplesRow->hide();
    layout->addWidget(m_examplesRow);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("arnStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    layout->addWidget(m_status);

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("arnProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::RichText);
    m_problems->setAutoFillBackground(true);
    layout->addWidget(m_problems);

    m_strip = new ArnPartsStrip(this);
    m_strip->setObjectName(QStringLiteral("arnStrip"));
    layout->addWidget(m_strip);

    m_partsList = new QWidget(this);
    m_partsList->setObjectName(QStringLiteral("arnPartsList"));
    m_partsGrid = new QGridLayout(m_partsList);
    m_partsGrid->setContentsMargins(0, 0, 0, 0);
    m_partsGrid->setHorizontalSpacing(14);
    m_partsGrid->setVerticalSpacing(8);
    m_partsGrid->setColumnStretch(1, 1);
    layout->addWidget(m_partsList);

    m_facts = new QLabel(this);
    m_facts->setObjectName(QStringLiteral("arnFacts"));
    m_facts->setWordWrap(true);
    m_facts->setTextFormat(Qt::RichText);
    layout->addWidget(m_facts);

    layout->addStretch(1);

    connect(m_input, &QLineEdit::textChanged, this, &ArnDissector::explain);
    connect(m_strip, &ArnPartsStrip::segmentClicked, this, &ArnDissector::highlightRow);
    m_input->setText(QStringLiteral("arn:aws:s3:::my-bucket/*"));
    explain();
}

void ArnDissector::setExamples(const QVector<QPair<QString, QString>>& examples)
{
    while (QLayoutItem* item = m_examples->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (examples.isEmpty()) {
        m_examplesRow->hide();
        return;
    }
    auto* tryLabel = new QLabel(tr("Try one:"), m_examplesRow);
    m_examples->addWidget(tryLabel);
    for (const auto& [arn, note] : examples) {
        auto* button = new QPushButton(arn, m_examplesRow);
        button->setObjectName(QStringLiteral("arnExample"));
        button->setToolTip(note);
        button->setCursor(Qt::PointingHandCursor);
        connect(button, &QPushButton::clicked, this, [this, arn = arn]() { setArn(arn); });
        m_examples->addWidget(button);
        tryLabel->setMinimumHeight(button->sizeHint().height());
    }
    m_examplesRow->show();
}

void ArnDissector::setArn(const QString& arn)
{
    m_input->setText(arn);
}

QString ArnDissector::arn() const
{
    return m_input->text();
}

void ArnDissector::explain()
{
    const std::string text = m_input->text().trimmed().toStdString();
    m_explanation = text.empty() ? ArnExplanation{} : explainArn(text, &Catalog::builtIn());
    showParts();
    showFactsAndProblems();
}

void ArnDissector::showParts()
{
    const bool dark = isDarkPalette(palette());
    const QString text = m_input->text().trimmed();
    const std::string utf8 = text.toStdString();

    QVector<ArnPartsStrip::Segment> segments;
    std::size_t previousEnd = 0;
    for (const ArnPart& part : m_explanation.parts) {
        ArnPartsStrip::Segment segment;
        if (part.offset > previousEnd && part.offset <= utf8.size())
            segment.gap = QString::fromStdString(utf8.substr(previousEnd, part.offset - previousEnd));
        segment.value = QString::fromStdString(part.value);
        segment.label = QString::fromStdString(part.label);
        segment.color = partColor(part.kind, dark);
        segment.toolTip = QStringLiteral("<p>%1</p>").arg(inlineMarkdownToHtml(part.explanation));
        for (const Diagnostic& diagnostic : m_explanation.diagnostics) {
            // An empty part's problem (a missing account) points at where the part would be.
            if (diagnostic.span.offset == part.offset && part.offset > 0)
                segment.problem = problemColor(diagnostic.severity, dark);
        }
        segments.push_back(segment);
        previousEnd = part.offset + part.value.size();
    }
    m_strip->setSegments(segments);
    m_strip->setVisible(!segments.isEmpty());

    for (auto& [label, words] : m_rows) {
        delete label;
        delete words;
    }
    m_rows.clear();
    int row = 0;
    for (const ArnPart& part : m_explanation.parts) {
        const QColor color = partColor(part.kind, dark);
        auto* label = new QLabel(m_partsList);
        label->setTextFormat(Qt::RichText);
        label->setText(QStringLiteral("<b style=\"color:%1\">%2</b>")
                           .arg(color.name(), QString::fromStdString(part.label).toHtmlEscaped()));
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        auto* words = new QLabel(m_partsList);
        words->setTextFormat(Qt::RichText);
        words->setWordWrap(true);
        words->setText(QStringLiteral("%1 — %2").arg(partValueHtml(part), inlineMarkdownToHtml(part.explanation)));
        words->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_partsGrid->addWidget(label, row, 0);
        m_partsGrid->addWidget(words, row, 1);
        label->show();
        words->show();
        m_rows.push_back({label, words});
        ++row;
    }
    m_partsList->setVisible(!m_rows.isEmpty());
}

void ArnDissector::showFactsAndProblems()
{
    const bool dark = isDarkPalette(palette());
    const QString okColor = (dark ? QColor(0x86, 0xef, 0xac) : QColor(0x15, 0x80, 0x3d)).name();
    const bool empty = m_input->text().trimmed().isEmpty();
    const bool hasWarnings = std::any_of(m_explanation.diagnostics.begin(), m_explanation.diagnostics.end(),
                                         [](const Diagnostic& d) { return !d.isError(); });
    QString status;
    if (empty) {
        status = tr("Type an ARN above, or pick one to try.");
    } else if (!m_explanation.ok()) {
        status = QStringLiteral("<b style=\"color:%1\">%2</b>")
                     .arg(problemColor(Severity::Error, dark).name(), tr("✖ Not a valid ARN yet — see below what to change."));
    } else if (hasWarnings) {
        status = QStringLiteral("<b style=\"color:%1\">%2</b>")
                     .arg(problemColor(Severity::Warning, dark).name(),
                          tr("⚠ Well-formed, but probably not the resource you mean — see below."));
    } else {
        QString what;
        if (!m_explanation.resourceTypes.empty() && !m_explanation.serviceName.empty())
        {
            const QString type = QString::fromStdString(m_explanation.resourceTypes.front());
            const bool vowel = QStringLiteral("aeiou").contains(type.left(1));
            what = (vowel ? tr(" It names an <code>%1</code> of %2.") : tr(" It names a <code>%1</code> of %2."))
                       .arg(type.toHtmlEscaped(),
                            QString::fromStdString(m_explanation.serviceName).toHtmlEscaped());
        }
        status = QStringLiteral("<b style=\"color:%1\">%2</b>%3").arg(okColor, tr("✔ A well-formed ARN."), what);
    }
    m_status->setText(status);

    if (m_explanation.facts.empty()) {
        m_facts->hide();
    } else {
        QString html = QStringLiteral("<b>%1</b><ul style=\"margin-left:-20px\">").arg(tr("Good to know"));
        for (const std::string& fact : m_explanation.facts)
            html += QStringLiteral("<li>%1</li>").arg(inlineMarkdownToHtml(fact));
        html += QStringLiteral("</ul>");
        m_facts->setText(html);
        m_facts->show();
    }

    if (m_explanation.diagnostics.empty() || empty) {
        m_problems->hide();
        return;
    }
    // A soft box in the colour of the worst problem, so it is the first thing the eye finds.
    const Severity worst = m_explanation.ok() ? Severity::Warning : Severity::Error;
    QPalette boxPalette = m_problems->palette();
    boxPalette.setColor(QPalette::Window, softFill(problemColor(worst, dark), palette(), 0.14));
    m_problems->setPalette(boxPalette);
    const int pad = QFontMetrics(QApplication::font()).height() / 2;
    m_problems->setContentsMargins(pad, pad / 2, pad, pad / 2);
    QString html;
    for (const Diagnostic& diagnostic : m_explanation.diagnostics) {
        const QString color = problemColor(diagnostic.severity, dark).name();
        html += QStringLiteral("<p><b style=\"color:%1\">%2</b> %3<br>%4</p>")
                    .arg(color,
                         tr("At character %1:").arg(diagnostic.span.column),
                         inlineMarkdownToHtml(asSentence(QString::fromStdString(diagnostic.message))),
                         inlineMarkdownToHtml(asSentence(QString::fromStdString(diagnostic.help))));
    }
    m_problems->setText(html);
    m_problems->show();
}

void ArnDissector::highlightRow(int index)
{
    if (index < 0 || index >= m_rows.size())
        return;
    m_highlightedRow = index;
    QLabel* words = m_rows[index].second;
    words->setFocus(Qt::MouseFocusReason);
    // A short flash of the row's colour says "this one", then the row goes back to normal.
    const QColor color = partColor(m_explanation.parts[static_cast<std::size_t>(index)].kind, isDarkPalette(palette()));
    words->setAutoFillBackground(true);
    QPalette flash = words->palette();
    flash.setColor(QPalette::Window, softFill(color, palette(), 0.25));
    words->setPalette(flash);
    QTimer::singleShot(900, words, [words]() { words->setAutoFillBackground(false); });
}

QStringList ArnDissector::partRows() const
{
    QStringList rows;
    for (const auto& [label, words] : m_rows)
        rows << htmlToPlainText(label->text()) + QStringLiteral(": ") + htmlToPlainText(words->text());
    return rows;
}

QString ArnDissector::visibleText() const
{
    QStringList texts;
    texts << htmlToPlainText(m_status->text());
    texts << partRows();
    if (m_facts->isVisibleTo(this))
        texts << htmlToPlainText(m_facts->text());
    if (m_problems->isVisibleTo(this))
        texts << htmlToPlainText(m_problems->text());
    return texts.join(QLatin1Char('\n'));
}

void ArnDissector::changeEvent(QEvent* event)
{
    LessonCard::changeEvent(event);
    // The rows are rebuilt later: deleting children while Qt hands the new palette down to them crashes.
    if (event->type() == QEvent::PaletteChange && !m_refreshQueued) {
        m_refreshQueued = true;
        QMetaObject::invokeMethod(
            this,
            [this]() {
                m_refreshQueued = false;
                showParts();
                showFactsAndProblems();
            },
            Qt::QueuedConnection);
    }
}

} // namespace iam::ui
