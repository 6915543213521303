#pragma once

#include <QWidget>

class QLineEdit;
class QPushButton;

namespace iam::ui {

// A date value of the request context: ISO 8601 text in UTC, as AWS writes aws:CurrentTime, with a
// Now button for the moment the request is "sent".
class ContextDateEditor final : public QWidget {
    Q_OBJECT

public:
    explicit ContextDateEditor(QWidget* parent = nullptr);

    QString text() const;
    void setText(const QString& text);
    QLineEdit* field() const { return m_field; }
    QPushButton* nowButton() const { return m_now; }

    // The current time as AWS writes it: 2026-01-31T12:00:00Z.
    static QString nowText();

signals:
    void editingFinished();

private:
    QLineEdit* m_field;
    QPushButton* m_now;
};

} // namespace iam::ui
