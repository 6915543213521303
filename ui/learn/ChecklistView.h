#pragma once

#include <vector>

#include <QList>

#include "core/learn/LessonWidgetData.h"
#include "ui/learn/LessonCard.h"

class QCheckBox;
class QLabel;

namespace iam::ui {

// The pre-launch checklist: each item ticked is remembered across runs (QSettings, under the item's id,
// so rewording an item keeps its tick), and the list can be saved as Markdown to print or to paste into
// a ticket.
class ChecklistView final : public LessonCard {
    Q_OBJECT

public:
    explicit ChecklistView(std::vector<LessonTopic> items, QWidget* parent = nullptr);

    QList<QCheckBox*> boxes() const { return m_boxes; }
    int tickedCount() const;
    QString toMarkdown() const;
    // Writes the Markdown atomically; false with a reason when the file cannot be written.
    bool exportTo(const QString& path, QString* error) const;

private:
    void updateSummary();
    void exportWithDialog();

    std::vector<LessonTopic> m_items;
    QList<QCheckBox*> m_boxes;
    QLabel* m_summary = nullptr;
};

} // namespace iam::ui
