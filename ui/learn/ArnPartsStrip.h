#pragma once

#include <QColor>
#include <QRect>
#include <QString>
#include <QVector>
#include <QWidget>

namespace iam::ui {

// The ARN drawn as a row of coloured boxes, one per part, each with its name underneath, the colons
// and slashes between them in grey: the picture of "arn : aws : s3 : : : my-bucket" that makes the
// six parts visible. Wraps onto more lines when the ARN is wider than the page.
class ArnPartsStrip final : public QWidget {
    Q_OBJECT

public:
    struct Segment {
        QString gap; // the separators before the part, e.g. ":"
        QString value; // empty parts are drawn as an empty, dashed box
        QString label;
        QColor color;
        QString toolTip;
        QColor problem; // valid when something is wrong with this part: drawn as a wavy underline
    };

    explicit ArnPartsStrip(QWidget* parent = nullptr);

    void setSegments(QVector<Segment> segments);
    int segmentCount() const { return m_segments.size(); }
    // Where segment `index` is drawn, for tests and for clicks.
    QRect segmentRect(int index) const;

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void segmentClicked(int index);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    struct Placed {
        QRect gap;
        QRect box;
    };
    QVector<Placed> layoutFor(int width, int* height) const;
    QFont valueFont() const;
    QFont labelFont() const;

    QVector<Segment> m_segments;
};

} // namespace iam::ui
