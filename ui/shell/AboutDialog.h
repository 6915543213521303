#pragma once

#include <QDialog>

namespace iam::ui {

// Name, version, the Qt it runs on, and the promise that matters most to a learner: it works
// offline and never asks for AWS credentials.
class AboutDialog final : public QDialog {
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);
};

}  // namespace iam::ui
