#pragma once

#include <QListView>

namespace iam::ui {

// The statement list: rows are dragged to a new place, and the drop is reported as a move for the
// form to make in the JSON text (the model itself never reorders anything).
class StatementListView final : public QListView {
    Q_OBJECT

public:
    explicit StatementListView(QWidget* parent = nullptr);

signals:
    // Move statement `from` so that it ends up at index `to` (both in the list before the move).
    void moveRequested(int from, int to);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
};

} // namespace iam::ui
