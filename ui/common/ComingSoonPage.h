#pragma once

#include <QWidget>

class QLabel;

namespace iam::ui {

// Stands in for a page whose release has not come yet. It says plainly what the page will do and
// that it is not here, so nobody mistakes it for a feature.
class ComingSoonPage final : public QWidget {
    Q_OBJECT

public:
    ComingSoonPage(const QString& iconName, const QString& title, const QString& promise, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateIcon();

    QString m_iconName;
    QLabel* m_icon;
    QWidget* m_card;
};

}  // namespace iam::ui
