#include "ui/builder/PickerDialogLayout.h"

#include <QAbstractItemView>
#include <QDialog>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace iam::ui {

QPushButton* layOutPickerDialog(QDialog& dialog, QWidget* introduction, QLayout* columns, QAbstractItemView* list,
    const QString& openText, const QString& openObjectName)
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, &dialog);
    QPushButton* open = buttons->button(QDialogButtonBox::Open);
    open->setText(openText);
    open->setObjectName(openObjectName);

    auto* layout = new QVBoxLayout(&dialog);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(12);
    layout->addWidget(introduction);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(list, &QAbstractItemView::doubleClicked, &dialog, &QDialog::accept);
    return open;
}

} // namespace iam::ui
