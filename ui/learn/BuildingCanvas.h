#pragma once

#include <optional>

#include <QPainterPath>
#include <QPointer>
#include <QStringList>
#include <QWidget>

#include "core/eval/EvaluationResult.h"

class QVariantAnimation;

namespace iam::ui {

// The office building of chapter 1, drawn with QPainter so it scales with the zoom and follows the theme:
// reception and its drawer of contractor badges (roles), an employee with her badge (a user), doors with
// their access lists pinned on them (policies), the rooms behind (resources), the master key (root) and
// the house rules at the entrance (SCPs). Every part can be clicked; a walk animates a badge to a door
// and shows the decision it is given (BuildingView asks the engine for it).
//
// Drawn in a logical 1000 × 540 scene whose unit grows with the application font, so labels keep their
// size relative to the text around them, and shrinks when the widget is narrower than the scene.
class BuildingCanvas final : public QWidget {
    Q_OBJECT

public:
    // The part ids of resources/lessons/widgets/building.json.
    static const QStringList& partIds();

    struct Walk {
        bool contractor = false; // the contractor badge (a role) walks; else the employee's badge (a user)
        int door = 0;
        QString badgeName; // printed on the badge: `alice`, `reports-reader`
        Decision decision = Decision::ImplicitDeny;
    };

    explicit BuildingCanvas(QWidget* parent = nullptr);

    // The rooms, one door each, left to right (at most three are drawn).
    void setDoors(const QStringList& rooms);
    const QStringList& doors() const { return m_doors; }

    void setSelectedPart(const QString& id);
    QString selectedPart() const { return m_selected; }
    // Where a part is drawn, in widget coordinates (the first door's, for doors and lists).
    QRectF partRect(const QString& id) const;
    QString partAt(const QPointF& position) const;

    void startWalk(const Walk& walk);
    void finishWalk(); // jumps to the end: the door open or shut
    bool isWalking() const;
    qreal walkProgress() const { return m_progress; }
    std::optional<Walk> currentWalk() const { return m_walk; }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void partClicked(const QString& id);
    void walkFinished();

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    struct Colors;
    qreal unit() const; // pixels per scene unit
    qreal unitFor(int width) const;
    QTransform sceneToWidget() const;
    QPainterPath partPath(const QString& id) const; // scene coordinates
    QRectF doorRect(int door) const;
    QRectF listRect(int door) const;
    QRectF signRect(int door) const;
    QPointF figureFoot(bool contractor) const; // where the walking figure stands now
    QRectF badgeRect(bool contractor) const;
    Colors colors() const;

    void drawBuilding(QPainter& painter, const Colors& c) const;
    void drawUpperFloor(QPainter& painter, const Colors& c) const;
    void drawHouseRules(QPainter& painter, const Colors& c) const;
    void drawMasterKey(QPainter& painter, const Colors& c) const;
    void drawReception(QPainter& painter, const Colors& c) const;
    void drawDoor(QPainter& painter, const Colors& c, int door) const;
    void drawFigures(QPainter& painter, const Colors& c) const;
    void drawBadge(QPainter& painter, const QRectF& rect, const QColor& color) const;
    void drawOutcome(QPainter& painter, const Colors& c) const;
    void drawLabel(QPainter& painter, const QRectF& rect, const QString& text, const QColor& color, qreal size,
                   int flags = Qt::AlignCenter, bool bold = false) const;

    QStringList m_doors;
    QString m_selected;
    QString m_hovered;
    std::optional<Walk> m_walk;
    qreal m_progress = 0.0;
    QVariantAnimation* m_animation = nullptr;
};

} // namespace iam::ui
