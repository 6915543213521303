#pragma once

#include <QWidget>

#include "ui/builder/form/StatementContext.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace iam::ui {

class PolicySession;

// Who a resource or trust policy statement is about: AWS accounts and roles, AWS services, web
// identity and SAML providers, or everyone (`*`, with a warning that means the whole internet).
class PrincipalEditor final : public QWidget {
    Q_OBJECT

public:
    explicit PrincipalEditor(PolicySession& session, QWidget* parent = nullptr);

    void showStatement(const StatementContext& context);

private:
    void addPrincipal();
    void removeSelected();
    void setEveryone(bool everyone);
    void validateValue();

    PolicySession& m_session;
    StatementContext m_context;
    QCheckBox* m_everyone;
    QLabel* m_everyoneWarning;
    QListWidget* m_list;
    QPushButton* m_removeButton;
    QComboBox* m_typeCombo;
    QLineEdit* m_valueField;
    QPushButton* m_addButton;
    QLabel* m_message;
};

} // namespace iam::ui
