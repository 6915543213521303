#pragma once

#include <functional>

#include <QStringList>
#include <QStyledItemDelegate>

namespace iam::ui {

// Editors for the context table by the key's AWS type: a checked line for IP addresses and numbers, a
// date with a Now button, true/false for Bool, several lines for keys that carry lists, and a key
// field completing known key names. It also draws the Add button of suggested rows and reports clicks on it.
class ContextValueDelegate final : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit ContextValueDelegate(QObject* parent = nullptr);

    // The key names the key editor completes (global keys and the current action's).
    void setKeyNames(std::function<QStringList()> keyNames) { m_keyNames = std::move(keyNames); }

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
    void updateEditorGeometry(
        QWidget* editor, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

signals:
    void addSuggestedClicked(int row);

protected:
    bool editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
        const QModelIndex& index) override;

private:
    QRect buttonRect(const QStyleOptionViewItem& option) const;

    std::function<QStringList()> m_keyNames;
};

} // namespace iam::ui
