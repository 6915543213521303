#pragma once

#include <QStyledItemDelegate>

namespace iam::ui {

// Draws a scenario in the list as its title in bold with its level and tags in a quieter line below.
class ScenarioListDelegate final : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace iam::ui
