#include "ui/learn/TopicListView.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

#include "ui/common/HeadingLabel.h"
#include "ui/learn/LessonText.h"

namespace iam::ui {

TopicListView::TopicListView(const QString& heading, std::vector<LessonTopic> topics, bool numbered, QWidget* parent)
    : LessonCard(parent)
    , m_topics(std::move(topics))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new HeadingLabel(heading, 1.15, this));
    auto* row = new QHBoxLayout;
    row->setSpacing(16);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("topicList"));
    m_list->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_list->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setWordWrap(true);
    int number = 1;
    for (const LessonTopic& topic : m_topics) {
        const QString title = QString::fromStdString(topic.title);
        auto* item = new QListWidgetItem(numbered ? QStringLiteral("%1. %2").arg(number++).arg(title) : title, m_list);
        item->setData(Qt::UserRole, QString::fromStdString(topic.id));
    }
    row->addWidget(m_list, 2);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("topicText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    row->addWidget(m_text, 3);
    layout->addLayout(row);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item)
            showTopic(item->data(Qt::UserRole).toString());
    });
    if (!m_topics.empty())
        showTopic(QString::fromStdString(m_topics.front().id));
}

void TopicListView::showTopic(const QString& id)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() != id)
            continue;
        if (m_list->currentRow() != row)
            m_list->setCurrentRow(row);
        const LessonTopic& topic = m_topics[static_cast<std::size_t>(row)];
        QString html = QStringLiteral("<p><b>%1</b></p>").arg(inlineMarkdownToHtml(topic.title));
        html += QStringLiteral("<p>%1</p>").arg(inlineMarkdownToHtml(topic.text));
        m_text->setText(html);
        return;
    }
}

QString TopicListView::shownTopic() const
{
    return m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
}

QString TopicListView::explanationText() const
{
    return htmlToPlainText(m_text->text());
}

} // namespace iam::ui
