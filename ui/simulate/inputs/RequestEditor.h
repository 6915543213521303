#pragma once

#include <QWidget>

class QCompleter;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QStandardItemModel;

namespace iam {
class Catalog;
struct CatalogAction;
} // namespace iam

namespace iam::ui {

class PrincipalPickerDialog;
class SimulationSession;

// The request being asked about: who (principal, with a picker that builds its ARN), which action (a
// completer over the catalog), on which resource (ARN templates of the action's resource types) and in
// which account the resource lives. A field reaches the session when it is finished (Enter, leaving it,
// a completion or template chosen), so a half-typed action never produces a decision; the hints under
// each field follow every keystroke.
class RequestEditor final : public QWidget {
    Q_OBJECT

public:
    explicit RequestEditor(SimulationSession& session, QWidget* parent = nullptr);

    QLineEdit* principalField() const { return m_principal; }
    QLineEdit* actionField() const { return m_action; }
    QLineEdit* resourceField() const { return m_resource; }
    QLineEdit* resourceAccountField() const { return m_resourceAccount; }
    QCompleter* actionCompleter() const { return m_actionCompleter; }
    QPushButton* resourceTemplatesButton() const { return m_templatesButton; }
    QMenu* resourceTemplatesMenu() const { return m_templatesMenu; }
    QPushButton* principalButton() const { return m_principalButton; }

    // Opens the principal picker on the current principal; its answer is applied when accepted.
    PrincipalPickerDialog* openPrincipalPicker();
    // The ARN a resource template stands for, placeholders filled with the principal's partition and
    // account (or the resource account), us-east-1, and example names: `arn:aws:s3:::my-bucket/report.pdf`.
    QString fillResourceTemplate(const QString& arnTemplate) const;

private:
    const Catalog& catalog() const;
    const CatalogAction* currentAction() const;
    void refresh(bool force);
    void commitPrincipal();
    void commitAction();
    void commitResource();
    void commitResourceAccount();
    void updateActionCompletions(const QString& text);
    void fillTemplatesMenu();
    void updateHints();
    void updatePrincipalHint();
    void updateActionHint();
    void updateResourceHint();
    void updateResourceAccountHint();
    QString principalAccount() const;
    QString principalPartition() const;

    SimulationSession& m_session;
    QLineEdit* m_principal;
    QPushButton* m_principalButton;
    QLabel* m_principalHint;
    QLineEdit* m_action;
    QLabel* m_actionHint;
    QStandardItemModel* m_actionModel;
    QCompleter* m_actionCompleter;
    QLineEdit* m_resource;
    QPushButton* m_templatesButton;
    QMenu* m_templatesMenu;
    QLabel* m_resourceHint;
    QLineEdit* m_resourceAccount;
    QLabel* m_resourceAccountHint;
    QPushButton* m_useArnAccount; // shown when the resource ARN names another account than the principal's
};

} // namespace iam::ui
