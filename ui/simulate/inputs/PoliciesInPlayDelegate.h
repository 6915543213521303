#pragma once

#include <QStyledItemDelegate>

namespace iam::ui {

// Draws the group and level rows of the policies tree as a title with its one-line hint underneath
// and the number of policies at the right, so a beginner reads what each kind of policy does without
// opening anything. Policy rows are drawn as usual.
class PoliciesInPlayDelegate final : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace iam::ui
