#pragma once

#include <vector>

#include <QString>

#include "core/learn/LessonWidgetData.h"
#include "ui/learn/LessonCard.h"

class QLabel;
class QListWidget;

namespace iam::ui {

// A list of topics to click and read: the user's properties in chapter 2, the golden rules in chapter 8.
// The titles stay in view on the left; the chosen one's explanation reads on the right.
class TopicListView final : public LessonCard {
    Q_OBJECT

public:
    TopicListView(const QString& heading, std::vector<LessonTopic> topics, bool numbered, QWidget* parent = nullptr);

    void showTopic(const QString& id);
    QString shownTopic() const;
    QListWidget* list() const { return m_list; }
    QString explanationText() const;

private:
    std::vector<LessonTopic> m_topics;
    QListWidget* m_list = nullptr;
    QLabel* m_text = nullptr;
};

} // namespace iam::ui
