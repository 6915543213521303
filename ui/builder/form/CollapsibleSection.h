#pragma once

#include <QWidget>

class QToolButton;
class QVBoxLayout;

namespace iam::ui {

// A titled part of the statement editor that folds away, so a long statement stays readable: the
// title is a button (keyboard reachable, Space toggles), the body is any widget.
class CollapsibleSection final : public QWidget {
    Q_OBJECT

public:
    CollapsibleSection(const QString& title, QWidget* parent = nullptr);

    void setBody(QWidget* body);
    QWidget* body() const { return m_body; }
    QToolButton* toggleButton() const { return m_toggle; }
    bool isExpanded() const;
    void setExpanded(bool expanded);
    // A short note after the title ("3 actions"), so a folded section still says what it holds.
    void setSummary(const QString& summary);

private:
    void updateTitle();

    QString m_title;
    QString m_summary;
    QToolButton* m_toggle;
    QWidget* m_body = nullptr;
    QVBoxLayout* m_layout;
};

} // namespace iam::ui
