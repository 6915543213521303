#pragma once

#include <QLabel>

namespace iam::ui {

// A label whose text is a fixed factor larger than the application font, so headings grow with zoom
// and presentation mode instead of keeping a fixed point size.
class HeadingLabel final : public QLabel {
    Q_OBJECT

public:
    explicit HeadingLabel(const QString& text, qreal scale, QWidget* parent = nullptr);

protected:
    bool event(QEvent* event) override;

private:
    void updateFont();

    qreal m_scale;
    bool m_updating = false;
};

}  // namespace iam::ui
