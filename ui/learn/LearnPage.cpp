#include "ui/learn/LearnPage.h"

#include <QApplication>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#include "ui/common/AppResources.h"
#include "ui/common/HeadingLabel.h"
#include "ui/learn/LessonWidgetFactory.h"

Q_LOGGING_CATEGORY(lcLearn, "iam.learn")

namespace iam::ui {

namespace {

const QString kChapterKey = QStringLiteral("learn/chapter");
const QString kScrollKey = QStringLiteral("learn/scroll");

QString readKey(const QString& id)
{
    return QStringLiteral("learn/read/%1").arg(id);
}

QString lessonText(const Lesson& lesson)
{
    QString text = QString::fromStdString(lesson.title + "\n" + lesson.summary);
    for (const LessonBlock& block : lesson.blocks) {
        if (block.kind == LessonBlock::Kind::Prose)
            text += QLatin1Char('\n') + QString::fromStdString(block.text);
    }
    return text;
}

} // namespace

LearnPage::LearnPage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("learnPage"));
    loadLessons();

    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(12, 12, 6, 12);
    m_search = new QLineEdit(side);
    m_search->setObjectName(QStringLiteral("lessonSearch"));
    m_search->setPlaceholderText(tr("Search the lessons"));
    m_search->setClearButtonEnabled(true);
    sideLayout->addWidget(m_search);
    m_toc = new QListWidget(side);
    m_toc->setObjectName(QStringLiteral("lessonToc"));
    m_toc->setWordWrap(true);
    m_toc->setTextElideMode(Qt::ElideNone);
    m_toc->setSpacing(3);
    sideLayout->addWidget(m_toc, 1);

    auto* main = new QWidget(this);
    auto* mainLayout = new QVBoxLayout(main);
    mainLayout->setContentsMargins(0, 0, 0, 0);
    m_scroll = new QScrollArea(main);
    m_scroll->setObjectName(QStringLiteral("lessonScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    mainLayout->addWidget(m_scroll, 1);
    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(24, 6, 24, 10);
    m_previous = new QPushButton(tr("← Previous chapter"), main);
    m_previous->setObjectName(QStringLiteral("previousChapter"));
    m_next = new QPushButton(tr("Next chapter →"), main);
    m_next->setObjectName(QStringLiteral("nextChapter"));
    buttons->addWidget(m_previous);
    buttons->addStretch(1);
    buttons->addWidget(m_next);
    mainLayout->addLayout(buttons);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(side);
    splitter->addWidget(main);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 1000});
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    fillTableOfContents();
    connect(m_search, &QLineEdit::textChanged, this, &LearnPage::filter);
    connect(m_toc, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) { showChapter(m_toc->row(item)); });
    connect(m_toc, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) { showChapter(m_toc->row(item)); });
    connect(m_previous, &QPushButton::clicked, this, [this]() { showChapter(m_current - 1); });
    connect(m_next, &QPushButton::clicked, this, [this]() {
        markRead(m_current);
        showChapter(m_current + 1);
    });
    connect(m_scroll->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        // Reaching the end of a chapter counts as having read it.
        if (value > 0 && value >= m_scroll->verticalScrollBar()->maximum())
            markRead(m_current);
    });

    const QSettings settings;
    const int chapter = std::max(0, static_cast<int>(m_toc->count() ? 0 : -1));
    int start = chapter;
    const QString saved = settings.value(kChapterKey).toString();
    for (int i = 0; i < chapterCount(); ++i) {
        if (chapterId(i) == saved)
            start = i;
    }
    showChapter(start, settings.value(kScrollKey, 0).toInt());
}

void LearnPage::loadLessons()
{
    readAppResource(QStringLiteral(":/lessons/01-office-building.md")); // registers the resources
    const QStringList files = QDir(QStringLiteral(":/lessons")).entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const QByteArray bytes = readAppResource(QStringLiteral(":/lessons/") + file);
        const QString id = file.chopped(3);
        LessonLoad load = parseLesson(id.toStdString(), bytes.toStdString());
        for (const Diagnostic& diagnostic : load.diagnostics)
            qCWarning(lcLearn) << file << diagnostic.span.line << diagnostic.message.c_str();
        if (!load.lesson.title.empty())
            m_lessons.push_back(std::move(load.lesson));
    }
}

QString LearnPage::chapterId(int index) const
{
    return index >= 0 && index < chapterCount() ? QString::fromStdString(m_lessons[static_cast<std::size_t>(index)].id)
                                                : QString();
}

bool LearnPage::isRead(int index) const
{
    return QSettings().value(readKey(chapterId(index)), false).toBool();
}

void LearnPage::fillTableOfContents()
{
    m_toc->clear();
    for (int i = 0; i < chapterCount(); ++i) {
        const Lesson& lesson = m_lessons[static_cast<std::size_t>(i)];
        const QString mark = isRead(i) ? QStringLiteral("✔ ") : QString();
        auto* item = new QListWidgetItem(
            QStringLiteral("%1%2. %3").arg(mark).arg(i + 1).arg(QString::fromStdString(lesson.title)), m_toc);
        item->setToolTip(tr("%1 (about %2 min)").arg(QString::fromStdString(lesson.summary)).arg(lesson.minutes));
        item->setData(Qt::AccessibleDescriptionRole, isRead(i) ? tr("read") : tr("not read yet"));
    }
    if (m_current >= 0)
        m_toc->setCurrentRow(m_current);
}

void LearnPage::markRead(int index)
{
    if (index < 0 || index >= chapterCount() || isRead(index))
        return;
    QSettings().setValue(readKey(chapterId(index)), true);
    fillTableOfContents();
}

void LearnPage::filter(const QString& text)
{
    for (int i = 0; i < m_toc->count(); ++i) {
        const bool hit = text.trimmed().isEmpty()
                         || lessonText(m_lessons[static_cast<std::size_t>(i)]).contains(text.trimmed(), Qt::CaseInsensitive);
        m_toc->item(i)->setHidden(!hit);
    }
}

bool LearnPage::showChapter(const QString& id)
{
    const QString chapter = id.section(QLatin1Char('#'), 0, 0);
    for (int i = 0; i < chapterCount(); ++i) {
        if (chapterId(i) == chapter) {
            showChapter(i);
            return true;
        }
    }
    return false;
}

void LearnPage::showChapter(int index, int scroll)
{
    if (index < 0 || index >= chapterCount())
        return;
    m_current = index;
    const Lesson& lesson = m_lessons[static_cast<std::size_t>(index)];
    // A column about 50 lines of text wide: long lines are hard to read, on a laptop and on a projector.
    auto* page = new QWidget;
    auto* centring = new QHBoxLayout(page);
    centring->setContentsMargins(0, 0, 0, 0);
    auto* content = new QWidget(page);
    content->setObjectName(QStringLiteral("lessonContent"));
    const int em = QFontMetrics(QApplication::font()).height();
    content->setMaximumWidth(52 * em);
    centring->addStretch(0);
    centring->addWidget(content, 1);
    centring->addStretch(0);
    auto* column = new QVBoxLayout(content);
    column->setContentsMargins(2 * em, em, 2 * em, em);
    column->setSpacing(em);
    auto* title = new HeadingLabel(QString::fromStdString(lesson.title), 1.7, content);
    title->setObjectName(QStringLiteral("lessonTitle"));
    column->addWidget(title);
    auto* summary = new QLabel(tr("Chapter %1 of %2 · about %3 minutes · %4")
                                   .arg(index + 1)
                                   .arg(chapterCount())
                                   .arg(lesson.minutes)
                                   .arg(QString::fromStdString(lesson.summary)),
                               content);
    summary->setWordWrap(true);
    summary->setObjectName(QStringLiteral("lessonSummary"));
    column->addWidget(summary);

    const auto tryInBuilder = [this](const QString& json) { emit policyToBuildRequested(json); };
    for (const LessonBlock& block : lesson.blocks) {
        switch (block.kind) {
        case LessonBlock::Kind::Prose: {
            auto* prose = new QLabel(content);
            prose->setObjectName(QStringLiteral("lessonProse"));
            prose->setTextFormat(Qt::MarkdownText);
            prose->setText(QString::fromStdString(block.text));
            prose->setWordWrap(true);
            prose->setOpenExternalLinks(false);
            prose->setTextInteractionFlags(Qt::TextBrowserInteraction);
            connect(prose, &QLabel::linkActivated, this, &LearnPage::openLink);
            column->addWidget(prose);
            break;
        }
        case LessonBlock::Kind::Widget:
            if (QWidget* widget = createLessonWidget(block, content, tryInBuilder))
                column->addWidget(widget);
            break;
        case LessonBlock::Kind::Question:
            // Check questions come with the Quiz page (its format and player); until then they are left out.
            break;
        }
    }
    column->addStretch(1);
    m_scroll->setWidget(page); // deletes the previous chapter
    m_content = content;
    m_toc->setCurrentRow(index);
    m_previous->setEnabled(index > 0);
    m_next->setEnabled(index + 1 < chapterCount());
    m_scroll->verticalScrollBar()->setValue(0);
    if (scroll > 0)
        QTimer::singleShot(0, this, [this, scroll]() { m_scroll->verticalScrollBar()->setValue(scroll); });
    savePosition();
}

void LearnPage::openLink(const QString& link)
{
    const QUrl url(link);
    if (url.scheme() == QLatin1String("iam")) {
        const QString path = link.mid(4); // after `iam:`
        if (path.startsWith(QLatin1String("lesson/"))) {
            showChapter(path.mid(7));
            return;
        }
        if (path.startsWith(QLatin1String("page/"))) {
            emit pageLinkActivated(path.mid(5));
            return;
        }
        return;
    }
    // The app never goes online by itself: a web address is only shown, for the reader to copy.
    QMessageBox box(QMessageBox::Information, tr("A link to a website"),
                    tr("This link leads outside IAM Studio:\n\n%1\n\nIAM Studio does not open websites. Copy the "
                       "address into your browser if you want to read it.")
                        .arg(link),
                    QMessageBox::Ok, this);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    box.exec();
}

void LearnPage::savePosition() const
{
    QSettings settings;
    settings.setValue(kChapterKey, chapterId(m_current));
    settings.setValue(kScrollKey, m_scroll->verticalScrollBar()->value());
}

void LearnPage::hideEvent(QHideEvent* event)
{
    savePosition();
    QWidget::hideEvent(event);
}

} // namespace iam::ui
