#include "ui/builder/form/StatementListView.h"

#include <QDropEvent>
#include <QMimeData>

#include "ui/builder/form/StatementListModel.h"

namespace iam::ui {

StatementListView::StatementListView(QWidget* parent)
    : QListView(parent)
{
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setUniformItemSizes(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    // A summary longer than the list is cut, and the tooltip holds it whole: a horizontal scroll bar
    // here would hide one of the few rows the list has room for.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

void StatementListView::dragEnterEvent(QDragEnterEvent* event)
{
    if (StatementListModel::rowFromMimeData(event->mimeData()) < 0) {
        event->ignore();
        return;
    }
    QListView::dragEnterEvent(event);
    event->setDropAction(Qt::MoveAction);
    event->accept();
}

void StatementListView::dragMoveEvent(QDragMoveEvent* event)
{
    if (StatementListModel::rowFromMimeData(event->mimeData()) < 0) {
        event->ignore();
        return;
    }
    QListView::dragMoveEvent(event);
    event->setDropAction(Qt::MoveAction);
    event->accept();
}

void StatementListView::dropEvent(QDropEvent* event)
{
    const int from = StatementListModel::rowFromMimeData(event->mimeData());
    if (from < 0 || !model()) {
        event->ignore();
        return;
    }
    const int rows = model()->rowCount();
    // Dropping on the upper half of a row puts the statement before it, on the lower half after it.
    const QPoint position = event->position().toPoint();
    const QModelIndex target = indexAt(position);
    int insertBefore = rows;
    if (target.isValid()) {
        const QRect rect = visualRect(target);
        insertBefore = position.y() < rect.center().y() ? target.row() : target.row() + 1;
    }
    const int to = insertBefore > from ? insertBefore - 1 : insertBefore;
    // Copy, not move: the text edit is the move, so the drag source must not remove anything itself.
    event->setDropAction(Qt::CopyAction);
    event->accept();
    setState(NoState);
    viewport()->update();
    if (to != from && to >= 0 && to < rows)
        emit moveRequested(from, to);
}

} // namespace iam::ui
