#include "ui/learn/BuildingCanvas.h"

#include <algorithm>

#include <QApplication>
#include <QEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QVariantAnimation>

#include "ui/learn/LessonText.h"

namespace iam::ui {

namespace {

constexpr qreal kSceneWidth = 1000.0;
constexpr qreal kSceneHeight = 580.0;
constexpr qreal kFloorY = 550.0;
constexpr qreal kTravelEnd = 0.6; // the badge reaches the door
constexpr qreal kCheckEnd = 0.82; // the list has been read
constexpr int kWalkMilliseconds = 4200;

constexpr QPointF kEmployeeHome(112, kFloorY);
constexpr QPointF kRobotHome(455, kFloorY);
constexpr QRectF kDeskBadge(336, 420, 30, 38);

qreal clamp01(qreal value)
{
    return std::clamp(value, 0.0, 1.0);
}

qreal lerp(qreal from, qreal to, qreal t)
{
    return from + (to - from) * t;
}

// Eases in and out, so figures start and stop like people do.
qreal ease(qreal t)
{
    t = clamp01(t);
    return t * t * (3 - 2 * t);
}

} // namespace

struct BuildingCanvas::Colors {
    QColor wall, wallEdge, floor, roof, roofText, door, doorEdge, interior, paper, paperLine, glass, gold, board,
        boardText, employee, contractor, allowed, denied, text, muted, accent, robot, window, desk;
};

const QStringList& BuildingCanvas::partIds()
{
    static const QStringList ids{QStringLiteral("building"),     QStringLiteral("reception"),
                                 QStringLiteral("employee-badge"), QStringLiteral("contractor-badge"),
                                 QStringLiteral("badge-drawer"), QStringLiteral("door"),
                                 QStringLiteral("access-list"),  QStringLiteral("room"),
                                 QStringLiteral("master-key"),   QStringLiteral("house-rules")};
    return ids;
}

BuildingCanvas::BuildingCanvas(QWidget* parent)
    : QWidget(parent)
    , m_doors{tr("Reports room"), tr("Server hall")}
    , m_animation(new QVariantAnimation(this))
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setAccessibleName(tr("The office building: click a part to learn what it stands for in AWS"));
    m_animation->setStartValue(0.0);
    m_animation->setEndValue(1.0);
    m_animation->setDuration(kWalkMilliseconds);
    connect(m_animation, &QVariantAnimation::valueChanged, this, [this](const QVariant& value) {
        m_progress = value.toReal();
        update();
    });
    connect(m_animation, &QVariantAnimation::finished, this, [this]() {
        m_progress = 1.0;
        update();
        emit walkFinished();
    });
}

void BuildingCanvas::setDoors(const QStringList& rooms)
{
    m_doors = rooms.mid(0, 3);
    if (m_doors.isEmpty())
        m_doors << tr("Reports room");
    update();
}

void BuildingCanvas::setSelectedPart(const QString& id)
{
    m_selected = partIds().contains(id) ? id : QString();
    update();
}

qreal BuildingCanvas::unitFor(int width) const
{
    // Seventeen scene units make a text line at the current zoom, unless the widget is narrower.
    const qreal byFont = QFontMetricsF(QApplication::font()).height() / 17.0;
    return std::min(byFont, std::max(width, 1) / kSceneWidth);
}

qreal BuildingCanvas::unit() const
{
    // Also limited by the height the layout gave, so the drawing is never cut off.
    return std::min(unitFor(width()), std::max(height(), 1) / kSceneHeight);
}

int BuildingCanvas::heightForWidth(int width) const
{
    return qCeil(kSceneHeight * unitFor(width));
}

QSize BuildingCanvas::sizeHint() const
{
    const qreal byFont = QFontMetricsF(QApplication::font()).height() / 17.0;
    return QSize(qCeil(kSceneWidth * byFont), qCeil(kSceneHeight * byFont));
}

QSize BuildingCanvas::minimumSizeHint() const
{
    return QSize(320, qCeil(320 * kSceneHeight / kSceneWidth));
}

QTransform BuildingCanvas::sceneToWidget() const
{
    const qreal u = unit();
    const qreal left = (width() - kSceneWidth * u) / 2.0; // centred when the font or the height limits the size
    QTransform transform;
    transform.translate(left, 0);
    transform.scale(u, u);
    return transform;
}

QRectF BuildingCanvas::doorRect(int door) const
{
    return QRectF(530 + door * 160, 350, 120, kFloorY - 350);
}

QRectF BuildingCanvas::listRect(int door) const
{
    const QRectF d = doorRect(door);
    return QRectF(d.left() + 70, d.top() + 30, 40, 52);
}

QRectF BuildingCanvas::signRect(int door) const
{
    const QRectF d = doorRect(door);
    return QRectF(d.left() - 18, d.top() - 38, d.width() + 36, 30);
}

QPointF BuildingCanvas::figureFoot(bool contractor) const
{
    const QPointF home = contractor ? kRobotHome : kEmployeeHome;
    if (!m_walk || m_walk->contractor != contractor)
        return home;
    const qreal doorX = doorRect(m_walk->door).left() + 28;
    // The contractor first collects the badge from the desk, then walks.
    const qreal t = contractor ? ease((m_progress - 0.2) / (kTravelEnd - 0.2)) : ease(m_progress / kTravelEnd);
    return QPointF(lerp(home.x(), doorX, t), kFloorY);
}

QRectF BuildingCanvas::badgeRect(bool contractor) const
{
    const QPointF foot = figureFoot(contractor);
    if (!contractor)
        return QRectF(foot.x() - 2, kFloorY - 70, 28, 36);
    const QRectF onRobot(foot.x() - 15, kFloorY - 62, 30, 38);
    if (!m_walk || !m_walk->contractor)
        return kDeskBadge;
    const qreal t = ease(m_progress / 0.2);
    return QRectF(lerp(kDeskBadge.left(), onRobot.left(), t), lerp(kDeskBadge.top(), onRobot.top(), t),
                  kDeskBadge.width(), kDeskBadge.height());
}

QPainterPath BuildingCanvas::partPath(const QString& id) const
{
    QPainterPath path;
    if (id == QLatin1String("building")) {
        path.addRect(20, 70, 960, kFloorY - 70);
        path.addRect(330, 30, 340, 40);
    } else if (id == QLatin1String("reception")) {
        path.addRect(190, 460, 220, kFloorY - 460);
    } else if (id == QLatin1String("badge-drawer")) {
        path.addRect(212, 492, 136, 44);
    } else if (id == QLatin1String("employee-badge")) {
        path.addRect(badgeRect(false).adjusted(-4, -4, 4, 4));
    } else if (id == QLatin1String("contractor-badge")) {
        path.addRect(badgeRect(true).adjusted(-4, -4, 4, 4));
    } else if (id == QLatin1String("door")) {
        for (int i = 0; i < m_doors.size(); ++i)
            path.addRect(doorRect(i));
    } else if (id == QLatin1String("access-list")) {
        for (int i = 0; i < m_doors.size(); ++i)
            path.addRect(listRect(i).adjusted(-4, -8, 4, 4));
    } else if (id == QLatin1String("room")) {
        for (int i = 0; i < m_doors.size(); ++i)
            path.addRect(signRect(i));
        for (int i = 0; i < 4; ++i)
            path.addRect(480 + i * 125, 100, 105, 125);
    } else if (id == QLatin1String("master-key")) {
        path.addRect(60, 100, 170, 125);
    } else if (id == QLatin1String("house-rules")) {
        path.addRect(40, 300, 130, 96);
    }
    path.setFillRule(Qt::WindingFill);
    return path;
}

QRectF BuildingCanvas::partRect(const QString& id) const
{
    QPainterPath path = partPath(id);
    if (id == QLatin1String("door") && !m_doors.isEmpty()) {
        // The part of the first door that is not its list.
        const QRectF door = doorRect(0);
        path = QPainterPath();
        path.addRect(door.left(), door.top() + 100, door.width(), door.height() - 100);
    } else if ((id == QLatin1String("access-list") || id == QLatin1String("room")) && !m_doors.isEmpty()) {
        path = QPainterPath();
        path.addRect(id == QLatin1String("room") ? signRect(0) : listRect(0));
    } else if (id == QLatin1String("building")) {
        path = QPainterPath();
        path.addRect(330, 30, 340, 40);
    } else if (id == QLatin1String("reception")) {
        path = QPainterPath();
        path.addRect(190, 460, 220, 30); // the desk's top, above the drawer
    }
    return sceneToWidget().mapRect(path.boundingRect());
}

QString BuildingCanvas::partAt(const QPointF& position) const
{
    bool invertible = false;
    const QPointF scene = sceneToWidget().inverted(&invertible).map(position);
    if (!invertible)
        return {};
    // Small things first: a badge lies on the desk, a list hangs on a door, a door is in the building.
    static const QStringList order{QStringLiteral("employee-badge"), QStringLiteral("contractor-badge"),
                                   QStringLiteral("access-list"),    QStringLiteral("badge-drawer"),
                                   QStringLiteral("reception"),      QStringLiteral("master-key"),
                                   QStringLiteral("house-rules"),    QStringLiteral("room"),
                                   QStringLiteral("door"),           QStringLiteral("building")};
    for (const QString& id : order) {
        if (partPath(id).contains(scene))
            return id;
    }
    return {};
}

void BuildingCanvas::startWalk(const Walk& walk)
{
    m_animation->stop();
    m_walk = walk;
    m_walk->door = std::clamp(walk.door, 0, static_cast<int>(m_doors.size()) - 1);
    m_progress = 0.0;
    m_animation->start();
    update();
}

void BuildingCanvas::finishWalk()
{
    if (m_animation->state() != QAbstractAnimation::Running)
        return;
    // Jumping to the end runs the finished handler, as if the walk had played out.
    m_animation->setCurrentTime(m_animation->duration());
}

bool BuildingCanvas::isWalking() const
{
    return m_animation->state() == QAbstractAnimation::Running;
}

BuildingCanvas::Colors BuildingCanvas::colors() const
{
    const QPalette& p = palette();
    const bool dark = isDarkPalette(p);
    Colors c;
    c.text = p.color(QPalette::Text);
    c.muted = p.color(QPalette::PlaceholderText);
    c.accent = p.color(QPalette::Highlight);
    c.wall = dark ? QColor(0x26, 0x2b, 0x35) : QColor(0xf1, 0xf4, 0xf8);
    c.wallEdge = dark ? QColor(0x55, 0x5e, 0x6c) : QColor(0x94, 0xa3, 0xb8);
    c.floor = dark ? QColor(0x3a, 0x40, 0x4c) : QColor(0xcb, 0xd5, 0xe1);
    c.roof = dark ? QColor(0x3b, 0x37, 0x7a) : QColor(0x4f, 0x46, 0xe5);
    c.roofText = QColor(Qt::white);
    c.door = dark ? QColor(0x8a, 0x65, 0x42) : QColor(0xc9, 0x9a, 0x6b);
    c.doorEdge = dark ? QColor(0x5c, 0x41, 0x29) : QColor(0x8b, 0x5e, 0x34);
    c.interior = dark ? QColor(0x10, 0x12, 0x16) : QColor(0x33, 0x3a, 0x46);
    c.paper = QColor(0xff, 0xfb, 0xeb);
    c.paperLine = QColor(0x9c, 0xa3, 0xaf);
    c.glass = dark ? QColor(0x60, 0xa5, 0xfa, 50) : QColor(0xbf, 0xdb, 0xfe, 120);
    c.gold = QColor(0xd9, 0x91, 0x1a);
    c.board = dark ? QColor(0x6b, 0x52, 0x2e) : QColor(0xe7, 0xc9, 0x92);
    c.boardText = dark ? QColor(0xfd, 0xf6, 0xe3) : QColor(0x42, 0x2c, 0x0e);
    c.employee = dark ? QColor(0x60, 0xa5, 0xfa) : QColor(0x25, 0x63, 0xeb);
    c.contractor = dark ? QColor(0xfb, 0x92, 0x3c) : QColor(0xea, 0x58, 0x0c);
    c.allowed = dark ? QColor(0x4a, 0xde, 0x80) : QColor(0x16, 0xa3, 0x4a);
    c.denied = dark ? QColor(0xf8, 0x71, 0x71) : QColor(0xdc, 0x26, 0x26);
    c.robot = dark ? QColor(0x9c, 0xa3, 0xaf) : QColor(0x6b, 0x72, 0x80);
    c.window = dark ? QColor(0x1e, 0x3a, 0x5f) : QColor(0xdb, 0xea, 0xfe);
    c.desk = dark ? QColor(0x4b, 0x55, 0x63) : QColor(0x64, 0x74, 0x8b);
    return c;
}

void BuildingCanvas::drawLabel(QPainter& painter, const QRectF& rect, const QString& text, const QColor& color,
                               qreal size, int flags, bool bold) const
{
    QFont font = QApplication::font();
    font.setPixelSize(qRound(size));
    font.setBold(bold);
    painter.setFont(font);
    painter.setPen(color);
    painter.drawText(rect, flags | Qt::TextWordWrap, text);
}

void BuildingCanvas::drawBuilding(QPainter& painter, const Colors& c) const
{
    // Ground, walls, the floor between the storeys, the roof with the account's name.
    painter.fillRect(QRectF(0, kFloorY, kSceneWidth, 16), c.floor);
    painter.setPen(QPen(c.wallEdge, 2));
    painter.setBrush(c.wall);
    painter.drawRect(QRectF(20, 70, 960, kFloorY - 70));
    painter.drawLine(QPointF(20, 250), QPointF(980, 250));
    QPolygonF roof;
    roof << QPointF(8, 72) << QPointF(60, 44) << QPointF(940, 44) << QPointF(992, 72);
    painter.setBrush(c.roof);
    painter.setPen(Qt::NoPen);
    painter.drawPolygon(roof);
    painter.setBrush(c.roof.darker(115));
    painter.drawRoundedRect(QRectF(330, 26, 340, 40), 8, 8);
    drawLabel(painter, QRectF(330, 26, 340, 40), tr("Your AWS account"), c.roofText, 20, Qt::AlignCenter, true);
    // The entrance: a gap in the left wall.
    painter.fillRect(QRectF(14, 430, 14, kFloorY - 430), c.wall);
    painter.setPen(QPen(c.wallEdge, 2));
    painter.drawLine(QPointF(14, 430), QPointF(28, 430));
    drawLabel(painter, QRectF(24, kFloorY + 4, 120, 22), tr("Entrance"), c.muted, 15, Qt::AlignLeft | Qt::AlignVCenter);
}

void BuildingCanvas::drawUpperFloor(QPainter& painter, const Colors& c) const
{
    const QStringList rooms{tr("Files\n(S3)"), tr("Records\n(DynamoDB)"), tr("Kitchen\n(Lambda)"), tr("Servers\n(EC2)")};
    for (int i = 0; i < rooms.size(); ++i) {
        const QRectF window(480 + i * 125, 100, 105, 80);
        painter.setPen(QPen(c.wallEdge, 2));
        painter.setBrush(c.window);
        painter.drawRoundedRect(window, 4, 4);
        painter.drawLine(QPointF(window.center().x(), window.top()), QPointF(window.center().x(), window.bottom()));
        drawLabel(painter, QRectF(window.left() - 6, window.bottom() + 2, window.width() + 12, 42), rooms[i], c.text, 15,
                  Qt::AlignHCenter | Qt::AlignTop);
    }
}

void BuildingCanvas::drawHouseRules(QPainter& painter, const Colors& c) const
{
    const QRectF board(40, 300, 130, 96);
    painter.setPen(QPen(c.board.darker(140), 2));
    painter.setBrush(c.board);
    painter.drawRoundedRect(board, 6, 6);
    drawLabel(painter, board.adjusted(6, 6, -6, -60), tr("House rules"), c.boardText, 17, Qt::AlignCenter, true);
    painter.setPen(QPen(c.boardText, 2));
    for (int i = 0; i < 3; ++i)
        painter.drawLine(QPointF(board.left() + 16, board.top() + 48 + i * 14),
                         QPointF(board.right() - 16 - (i % 2) * 24, board.top() + 48 + i * 14));
}

void BuildingCanvas::drawMasterKey(QPainter& painter, const Colors& c) const
{
    const QRectF box(60, 100, 170, 90);
    painter.setPen(QPen(c.wallEdge, 2));
    painter.setBrush(c.glass);
    painter.drawRoundedRect(box, 6, 6);
    // The key: a ring and a shaft with teeth.
    painter.setPen(QPen(c.gold, 6, Qt::SolidLine, Qt::RoundCap));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(QPointF(105, 145), 16, 16);
    painter.drawLine(QPointF(121, 145), QPointF(185, 145));
    painter.drawLine(QPointF(170, 145), QPointF(170, 160));
    painter.drawLine(QPointF(182, 145), QPointF(182, 157));
    // A padlock on the case: kept locked away.
    painter.setPen(QPen(c.text, 2.5));
    painter.drawArc(QRectF(201, 108, 16, 18), 0, 180 * 16);
    painter.setBrush(c.text);
    painter.drawRoundedRect(QRectF(198, 116, 22, 16), 3, 3);
    drawLabel(painter, QRectF(30, 192, 240, 34), tr("Master key (locked away)"), c.text, 15, Qt::AlignHCenter | Qt::AlignTop);
}

void BuildingCanvas::drawReception(QPainter& painter, const Colors& c) const
{
    const QRectF desk(190, 460, 220, kFloorY - 460);
    painter.setPen(QPen(c.desk.darker(130), 2));
    painter.setBrush(c.desk);
    painter.drawRoundedRect(desk, 6, 6);
    drawLabel(painter, QRectF(desk.left(), desk.top() + 2, desk.width(), 26), tr("Reception"), QColor(0xf8, 0xfa, 0xfc), 17,
              Qt::AlignCenter, true);
    // The drawer, pulled out, with spare contractor badges inside.
    const QRectF drawer(212, 496, 136, 40);
    painter.setPen(QPen(c.desk.darker(160), 2));
    painter.setBrush(c.desk.lighter(125));
    painter.drawRect(drawer);
    for (int i = 0; i < 3; ++i) {
        const QRectF spare(226 + i * 40, 502, 26, 16);
        painter.setPen(QPen(c.contractor.darker(130), 1.5));
        painter.setBrush(c.contractor);
        painter.drawRoundedRect(spare, 3, 3);
    }
    painter.setPen(QPen(c.desk.darker(160), 3, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(QPointF(265, 528), QPointF(295, 528));
    drawLabel(painter, QRectF(150, kFloorY + 6, 260, 20), tr("the drawer of contractor badges"), c.muted, 15,
              Qt::AlignHCenter | Qt::AlignTop);
}

void BuildingCanvas::drawDoor(QPainter& painter, const Colors& c, int door) const
{
    const QRectF rect = doorRect(door);
    const QRectF sign = signRect(door);
    painter.setPen(QPen(c.wallEdge, 2));
    painter.setBrush(c.paper.darker(104));
    painter.drawRoundedRect(sign, 5, 5);
    drawLabel(painter, sign, m_doors[door], QColor(0x1f, 0x23, 0x28), 15, Qt::AlignCenter, true);

    const bool walked = m_walk && m_walk->door == door && m_progress >= kCheckEnd;
    const bool opens = walked && m_walk->decision == Decision::Allowed;
    const qreal swing = opens ? ease((m_progress - kCheckEnd) / (1.0 - kCheckEnd)) : 0.0;

    painter.setPen(QPen(c.doorEdge, 3));
    painter.setBrush(c.interior);
    painter.drawRect(rect);
    if (swing > 0) {
        // The room behind: shelves of files, lit up.
        painter.setPen(QPen(c.allowed, 2));
        for (int shelf = 0; shelf < 4; ++shelf)
            painter.drawLine(QPointF(rect.left() + 30, rect.top() + 40 + shelf * 40),
                             QPointF(rect.right() - 10, rect.top() + 40 + shelf * 40));
    }
    // The door panel swings on its left hinge: it narrows and leans as it opens.
    const qreal panelWidth = rect.width() * (1.0 - 0.72 * swing);
    QPolygonF panel;
    panel << rect.topLeft() << QPointF(rect.left() + panelWidth, rect.top() + 14 * swing)
          << QPointF(rect.left() + panelWidth, rect.bottom() - 14 * swing) << rect.bottomLeft();
    painter.setPen(QPen(c.doorEdge, 3));
    painter.setBrush(c.door);
    painter.drawPolygon(panel);
    if (swing < 0.3) {
        painter.setBrush(c.gold);
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(QPointF(rect.left() + 16, rect.center().y() + 10), 6, 6);
    }

    // The access list pinned to the door.
    if (swing < 0.5) {
        const QRectF list = listRect(door);
        painter.setPen(QPen(c.paperLine, 1.5));
        painter.setBrush(c.paper);
        painter.drawRect(list);
        painter.setPen(QPen(c.paperLine, 2));
        for (int line = 0; line < 4; ++line)
            painter.drawLine(QPointF(list.left() + 7, list.top() + 12 + line * 10),
                             QPointF(list.right() - 7 - (line % 2) * 8, list.top() + 12 + line * 10));
        painter.setBrush(c.denied);
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(QPointF(list.center().x(), list.top() + 2), 4, 4);
        const bool checking = m_walk && m_walk->door == door && m_progress >= kTravelEnd && m_progress < kCheckEnd;
        if (checking) {
            // Reading the list: a highlight moves down it line by line.
            const qreal t = (m_progress - kTravelEnd) / (kCheckEnd - kTravelEnd);
            QColor glow = c.accent;
            glow.setAlpha(110);
            painter.fillRect(QRectF(list.left() + 2, list.top() + 6 + t * (list.height() - 16), list.width() - 4, 10), glow);
            painter.setPen(QPen(c.accent, 3));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(list.adjusted(-3, -3, 3, 3));
        }
    }
    if (walked && !opens) {
        // The door stays shut, and says so.
        const QRectF band(rect.left() - 14, rect.top() + 14, rect.width() + 28, 38);
        painter.setPen(Qt::NoPen);
        painter.setBrush(c.denied);
        painter.drawRoundedRect(band, 5, 5);
        drawLabel(painter, band, tr("ACCESS DENIED"), QColor(Qt::white), 15, Qt::AlignCenter, true);
    }
}

void BuildingCanvas::drawBadge(QPainter& painter, const QRectF& rect, const QColor& color) const
{
    painter.setPen(QPen(color.darker(140), 1.5));
    painter.setBrush(QColor(Qt::white));
    painter.drawRoundedRect(rect, 4, 4);
    painter.setBrush(color);
    painter.setPen(Qt::NoPen);
    painter.drawRoundedRect(QRectF(rect.left(), rect.top(), rect.width(), rect.height() * 0.32), 4, 4);
    painter.setBrush(color.lighter(130));
    painter.drawEllipse(QPointF(rect.center().x(), rect.top() + rect.height() * 0.55), rect.width() * 0.17,
                        rect.width() * 0.17);
}

void BuildingCanvas::drawFigures(QPainter& painter, const Colors& c) const
{
    // The employee: a person with her own badge on her chest.
    const QPointF alice = figureFoot(false);
    painter.setPen(Qt::NoPen);
    painter.setBrush(c.employee.darker(150));
    painter.drawEllipse(QPointF(alice.x(), alice.y() - 92), 13, 13);
    painter.drawRoundedRect(QRectF(alice.x() - 16, alice.y() - 76, 32, 52), 10, 10);
    painter.setPen(QPen(c.employee.darker(150), 9, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(QPointF(alice.x() - 7, alice.y() - 28), QPointF(alice.x() - 8, alice.y() - 4));
    painter.drawLine(QPointF(alice.x() + 7, alice.y() - 28), QPointF(alice.x() + 8, alice.y() - 4));
    const bool aliceWalks = m_walk && !m_walk->contractor;
    drawBadge(painter, badgeRect(false), c.employee);
    // Over the head: who walks, by the name on the badge.
    drawLabel(painter, QRectF(alice.x() - 80, alice.y() - 132, 160, 22),
              aliceWalks ? m_walk->badgeName : tr("an employee"), aliceWalks ? c.employee : c.muted, 15,
              Qt::AlignHCenter | Qt::AlignBottom, aliceWalks);

    // The contractor: a small delivery robot that collects a badge from reception.
    const QPointF robot = figureFoot(true);
    painter.setPen(QPen(c.robot.darker(140), 2));
    painter.setBrush(c.robot);
    painter.drawRoundedRect(QRectF(robot.x() - 20, robot.y() - 92, 40, 30), 8, 8);
    painter.drawRoundedRect(QRectF(robot.x() - 24, robot.y() - 60, 48, 48), 8, 8);
    painter.drawLine(QPointF(robot.x(), robot.y() - 92), QPointF(robot.x(), robot.y() - 104));
    painter.setBrush(c.contractor);
    painter.drawEllipse(QPointF(robot.x(), robot.y() - 106), 4, 4);
    painter.setBrush(c.wall);
    painter.drawEllipse(QPointF(robot.x() - 8, robot.y() - 78), 4, 4);
    painter.drawEllipse(QPointF(robot.x() + 8, robot.y() - 78), 4, 4);
    painter.setBrush(c.text);
    painter.drawEllipse(QPointF(robot.x() - 12, robot.y() - 6), 6, 6);
    painter.drawEllipse(QPointF(robot.x() + 12, robot.y() - 6), 6, 6);
    const bool robotWalks = m_walk && m_walk->contractor;
    drawBadge(painter, badgeRect(true), c.contractor);
    drawLabel(painter, QRectF(robot.x() - 80, robot.y() - 134, 160, 22),
              robotWalks ? m_walk->badgeName : tr("a Lambda function"), robotWalks ? c.contractor : c.muted, 15,
              Qt::AlignHCenter | Qt::AlignBottom, robotWalks);
}

void BuildingCanvas::drawOutcome(QPainter& painter, const Colors& c) const
{
    if (!m_walk || m_progress < kCheckEnd)
        return;
    const bool allowed = m_walk->decision == Decision::Allowed;
    const QRectF door = doorRect(m_walk->door);
    QString text;
    switch (m_walk->decision) {
    case Decision::Allowed: text = tr("✔ The door opens"); break;
    case Decision::ExplicitDeny: text = tr("✖ A list says no"); break;
    case Decision::ImplicitDeny: text = tr("✖ No list says yes"); break;
    }
    const QColor color = allowed ? c.allowed : c.denied;
    QRectF bubble(door.center().x() - 105, 262, 210, 38);
    bubble.moveLeft(std::clamp(bubble.left(), 500.0, 970.0 - bubble.width()));
    QColor fill = palette().color(QPalette::Base);
    painter.setPen(QPen(color, 2.5));
    painter.setBrush(fill);
    painter.drawRoundedRect(bubble, 17, 17);
    drawLabel(painter, bubble, text, color, 17, Qt::AlignCenter, true);
}

void BuildingCanvas::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setTransform(sceneToWidget());
    const Colors c = colors();

    drawBuilding(painter, c);
    drawUpperFloor(painter, c);
    drawMasterKey(painter, c);
    drawHouseRules(painter, c);
    drawReception(painter, c);
    for (int door = 0; door < m_doors.size(); ++door)
        drawDoor(painter, c, door);
    // The badge that is not walking stays where it belongs: on the desk for the contractor.
    drawFigures(painter, c);
    drawOutcome(painter, c);

    // Hover and selection: an outline in the accent colour, solid for the selected part.
    const auto outline = [&](const QString& id, qreal width, Qt::PenStyle style, int alpha) {
        if (id.isEmpty())
            return;
        QColor fill = c.accent;
        fill.setAlpha(alpha);
        painter.setBrush(fill);
        painter.setPen(QPen(c.accent, width, style, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPath(partPath(id).simplified());
    };
    if (m_hovered != m_selected)
        outline(m_hovered, 2.5, Qt::DashLine, 18);
    outline(m_selected, hasFocus() ? 4.0 : 3.0, Qt::SolidLine, m_selected == QLatin1String("building") ? 0 : 36);
}

bool BuildingCanvas::event(QEvent* event)
{
    switch (event->type()) {
    case QEvent::ApplicationFontChange:
    case QEvent::StyleChange:
    case QEvent::FontChange:
        updateGeometry();
        update();
        break;
    default:
        break;
    }
    return QWidget::event(event);
}

void BuildingCanvas::mouseMoveEvent(QMouseEvent* event)
{
    const QString part = partAt(event->position());
    if (part != m_hovered) {
        m_hovered = part;
        setCursor(part.isEmpty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void BuildingCanvas::mousePressEvent(QMouseEvent* event)
{
    const QString part = partAt(event->position());
    if (event->button() == Qt::LeftButton && !part.isEmpty()) {
        setSelectedPart(part);
        emit partClicked(part);
        return;
    }
    QWidget::mousePressEvent(event);
}

void BuildingCanvas::leaveEvent(QEvent* event)
{
    m_hovered.clear();
    update();
    QWidget::leaveEvent(event);
}

void BuildingCanvas::keyPressEvent(QKeyEvent* event)
{
    // The keyboard walks through the parts in reading order, and Enter explains the one selected.
    const QStringList& ids = partIds();
    const int current = static_cast<int>(ids.indexOf(m_selected));
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down: {
        setSelectedPart(ids[(current + 1) % ids.size()]);
        emit partClicked(m_selected);
        return;
    }
    case Qt::Key_Left:
    case Qt::Key_Up: {
        setSelectedPart(ids[(current <= 0 ? ids.size() : current) - 1]);
        emit partClicked(m_selected);
        return;
    }
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

} // namespace iam::ui
