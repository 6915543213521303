#pragma once

#include <QWidget>

namespace iam::ui {

// The frame every live lesson widget sits in: a rounded surface set off from the page's prose, so a
// reader sees at a glance where reading stops and trying starts. Drawn from the palette, so it follows
// the theme without a style sheet.
class LessonCard : public QWidget {
    Q_OBJECT

public:
    explicit LessonCard(QWidget* parent = nullptr);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void updateMargins();
};

} // namespace iam::ui
