#pragma once

#include <QStyledItemDelegate>

namespace iam::ui {

// Draws the tests table with some air around wrapped text, and edits the Expected column with a
// combo box of the three decisions. A choice is committed as soon as it is made, so the test's
// result changes while the user looks at it; the editor closes as usual (Enter, Escape, leaving).
class PolicyTestsDelegate final : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit PolicyTestsDelegate(QObject* parent = nullptr);

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
};

} // namespace iam::ui
