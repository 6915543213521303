#include "ui/common/VerticalScrollArea.h"

#include <QScrollArea>
#include <QVBoxLayout>

namespace iam::ui {

QScrollArea* verticalScrollArea(QWidget* content, QWidget* parent)
{
    auto* area = new QScrollArea(parent);
    area->setObjectName(QStringLiteral("scroll"));
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    area->viewport()->setAutoFillBackground(false);
    content->setAutoFillBackground(false);
    return area;
}

QScrollArea* fillWithVerticalScrollArea(QWidget* host, QWidget* content)
{
    auto* area = verticalScrollArea(content, host);
    auto* layout = new QVBoxLayout(host);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(area);
    return area;
}

} // namespace iam::ui
