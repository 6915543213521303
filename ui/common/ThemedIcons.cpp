#include "ui/common/ThemedIcons.h"

#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

#include "ui/common/AppResources.h"

namespace iam::ui {

namespace {

void addPixmaps(QIcon& icon, const QByteArray& svg, QIcon::Mode mode)
{
    QSvgRenderer renderer(svg);
    for (int size : {16, 20, 24, 32, 40, 48, 64, 96, 128, 256}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        renderer.render(&painter);
        painter.end();
        icon.addPixmap(pixmap, mode);
    }
}

QByteArray readIcon(const QString& name)
{
    return readAppResource(QStringLiteral(":/icons/%1.svg").arg(name));
}

QByteArray painted(QByteArray svg, const QColor& color)
{
    return svg.replace("currentColor", color.name(QColor::HexRgb).toLatin1());
}

}  // namespace

QIcon themedIcon(const QString& name, const QColor& color, const QColor& selectedColor)
{
    const QByteArray svg = readIcon(name);
    if (svg.isEmpty())
        return {};
    QIcon icon;
    addPixmaps(icon, painted(svg, color), QIcon::Normal);
    if (selectedColor.isValid())
        addPixmaps(icon, painted(svg, selectedColor), QIcon::Selected);
    return icon;
}

QIcon applicationIcon()
{
    const QByteArray svg = readIcon(QStringLiteral("iam-studio"));
    QIcon icon;
    if (!svg.isEmpty())
        addPixmaps(icon, svg, QIcon::Normal);
    return icon;
}

}  // namespace iam::ui
