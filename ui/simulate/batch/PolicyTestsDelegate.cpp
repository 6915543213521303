#include "ui/simulate/batch/PolicyTestsDelegate.h"

#include <QComboBox>

#include "core/eval/EvaluationResult.h"
#include "ui/simulate/batch/PolicyTestsModel.h"
#include "ui/simulate/results/ResultStyle.h"

namespace iam::ui {

namespace {

bool isDecisionColumn(const QModelIndex& index)
{
    return index.column() == PolicyTestsModel::ExpectedColumn;
}

} // namespace

PolicyTestsDelegate::PolicyTestsDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{
}

QSize PolicyTestsDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rheight() += option.fontMetrics.height() / 2 + 4;
    return size;
}

QWidget* PolicyTestsDelegate::createEditor(
    QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    if (!isDecisionColumn(index))
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("expectedDecisionEditor"));
    combo->setAccessibleName(tr("Expected decision"));
    for (Decision decision : { Decision::Allowed, Decision::ExplicitDeny, Decision::ImplicitDeny })
        combo->addItem(ResultStyle::decisionShort(decision), static_cast<int>(decision));
    connect(combo, &QComboBox::activated, this,
        [this, combo] { emit const_cast<PolicyTestsDelegate*>(this)->commitData(combo); });
    return combo;
}

void PolicyTestsDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = qobject_cast<QComboBox*>(editor);
    if (!combo || !isDecisionColumn(index)) {
        QStyledItemDelegate::setEditorData(editor, index);
        return;
    }
    const int found = combo->findData(index.data(Qt::EditRole).toInt());
    combo->setCurrentIndex(found < 0 ? 0 : found);
}

void PolicyTestsDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    auto* combo = qobject_cast<QComboBox*>(editor);
    if (!combo || !isDecisionColumn(index)) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    model->setData(index, combo->currentData(), Qt::EditRole);
}

} // namespace iam::ui
