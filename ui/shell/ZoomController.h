#pragma once

#include <QObject>

namespace iam::ui {

// Scales the application's font: zoom steps for the user, and a fixed extra factor for
// presentation mode so a projector in the back row stays readable. It works on the application
// font because our style sheet stops a window's own font from reaching its child widgets.
class ZoomController final : public QObject {
    Q_OBJECT

public:
    static constexpr int kMinPercent = 60;
    static constexpr int kMaxPercent = 250;
    static constexpr int kStepPercent = 10;
    static constexpr qreal kPresentationFactor = 1.6;
    // Most desktops use 10 pt; smaller defaults (some minimal X setups use 9) read too small for learners.
    static constexpr qreal kMinimumBasePointSize = 10.0;

    explicit ZoomController(QObject* parent = nullptr);

    int zoomPercent() const { return m_percent; }
    void setZoomPercent(int percent);
    void zoomIn() { setZoomPercent(m_percent + kStepPercent); }
    void zoomOut() { setZoomPercent(m_percent - kStepPercent); }
    void resetZoom() { setZoomPercent(100); }
    void setPresentation(bool presentation);
    qreal basePointSize() const { return m_basePointSize; }
    qreal pointSize() const;

signals:
    void zoomChanged(int percent);

private:
    void apply();

    qreal m_basePointSize;
    int m_percent = 100;
    bool m_presentation = false;
};

}  // namespace iam::ui
