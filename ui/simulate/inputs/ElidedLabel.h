#pragma once

#include <QLabel>

namespace iam::ui {

// A one-line label that cuts its text with "…" when the space is short, and shows the whole text as
// its tooltip then. The Simulate page stacks many hints in little height; a wrapped hint there would
// be clipped in the middle of a line instead.
class ElidedLabel final : public QLabel {
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget* parent = nullptr);

    QSize minimumSizeHint() const override;
    // Whether the text is cut at the current width.
    bool isElided() const;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;
};

} // namespace iam::ui
