#pragma once

#include <QString>

class QAbstractItemView;
class QDialog;
class QLayout;
class QPushButton;
class QWidget;

namespace iam::ui {

// The frame the "open one of these" dialogs (templates, managed policies) share, so they look and
// behave alike: the introduction, the list and details `columns`, then Open and Cancel. Open and a
// double click on the `list` accept the dialog. Returns the Open button, named `openObjectName`.
QPushButton* layOutPickerDialog(QDialog& dialog, QWidget* introduction, QLayout* columns, QAbstractItemView* list,
    const QString& openText, const QString& openObjectName);

} // namespace iam::ui
