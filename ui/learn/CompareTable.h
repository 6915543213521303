#pragma once

#include "core/learn/LessonWidgetData.h"
#include "ui/learn/LessonCard.h"

class QLabel;

namespace iam::ui {

// A side-by-side table from the lessons' data (users vs roles, managed vs inline, keys vs roles), as rich
// text so it wraps with the window and grows with the zoom.
class CompareTable final : public LessonCard {
    Q_OBJECT

public:
    explicit CompareTable(LessonCompareTable table, QWidget* parent = nullptr);
    QString tableText() const; // as plain text, for tests

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();

    LessonCompareTable m_table;
    QLabel* m_label = nullptr;
};

} // namespace iam::ui
