#pragma once

#include <QDialog>

class QMenuBar;

namespace iam::ui {

// Every action of the menus with its keyboard shortcut, grouped by menu, read from the menus
// themselves so the list can never go stale.
class ShortcutsDialog final : public QDialog {
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QMenuBar& menuBar, QWidget* parent = nullptr);
};

}  // namespace iam::ui
