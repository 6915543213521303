#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace iam::ui {

class ContextTableModel;
class ContextValueDelegate;
class SimulationSession;

// The request context: the facts AWS attaches to a request (source IP, time, tags, MFA…) that policy
// conditions compare. Keys are picked with completion over the global keys and the current action's,
// values typed by the key's AWS type; keys the policies check but the request lacks wait below as
// suggestions, each added with one click.
class ContextTableView final : public QWidget {
    Q_OBJECT

public:
    explicit ContextTableView(SimulationSession& session, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    ContextTableModel* model() const { return m_model; }
    QLineEdit* keyField() const { return m_keyField; }
    QPushButton* addButton() const { return m_addButton; }
    QPushButton* removeButton() const { return m_removeButton; }

    // The names the key field completes: the global keys and the current action's, placeholders cut
    // (`aws:PrincipalTag/`), sorted.
    QStringList keyNames() const;
    // Adds a key (or goes to it when the request has it) and opens its value for editing.
    void addKey(const QString& key);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void addTypedKey();
    void addSuggested(int row);
    void removeSelected();
    void updateKeyCompleter();
    void updateState();

    SimulationSession& m_session;
    ContextTableModel* m_model;
    ContextValueDelegate* m_delegate;
    QLineEdit* m_keyField;
    QPushButton* m_addButton;
    QPushButton* m_removeButton;
    QTableView* m_table;
    QLabel* m_emptyLabel;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_keyHint;
    QString m_completedAction; // the action the key completer was last filled for
};

} // namespace iam::ui
