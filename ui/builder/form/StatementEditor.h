#pragma once

#include <QWidget>

#include "ui/builder/form/StatementContext.h"

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace iam::ui {

class ActionPicker;
class CollapsibleSection;
class ConditionEditor;
class PolicySession;
class PrincipalEditor;
class ResourceEditor;

// One statement as a form: its name (Sid), Allow or Deny, who it is about (for resource and trust
// policies), the actions, the resources and the conditions. Refreshing keeps what the user is in
// the middle of: a field being typed in is only rewritten when another statement is shown.
class StatementEditor final : public QWidget {
    Q_OBJECT

public:
    explicit StatementEditor(PolicySession& session, QWidget* parent = nullptr);

    void showStatement(const StatementContext& context);
    const StatementContext& context() const { return m_context; }
    void focusFirstField();

    ActionPicker* actionPicker() const { return m_actionPicker; }
    ResourceEditor* resourceEditor() const { return m_resourceEditor; }
    ConditionEditor* conditionEditor() const { return m_conditionEditor; }
    PrincipalEditor* principalEditor() const { return m_principalEditor; }

protected:
    // The Sid field sends every keystroke to the document, so its Ctrl+Z must be the document's undo,
    // not the line edit's own, which would only fight the shared history.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void editSid(const QString& text);
    void setEffect(Effect effect);
    void setNotAction(bool notAction);
    void updateModeTexts();

    PolicySession& m_session;
    StatementContext m_context;
    QLabel* m_heading;
    QLineEdit* m_sidField;
    QLabel* m_sidMessage;
    QPushButton* m_allowButton;
    QPushButton* m_denyButton;
    QButtonGroup* m_effectGroup;
    QLabel* m_effectHint;
    QRadioButton* m_actionListMode;
    QRadioButton* m_notActionMode;
    QLabel* m_notActionHint;
    CollapsibleSection* m_principalSection;
    CollapsibleSection* m_actionsSection;
    CollapsibleSection* m_resourcesSection;
    CollapsibleSection* m_conditionsSection;
    PrincipalEditor* m_principalEditor;
    ActionPicker* m_actionPicker;
    ResourceEditor* m_resourceEditor;
    ConditionEditor* m_conditionEditor;
    bool m_sidPending = false; // the field holds text not yet in the JSON (it is not a valid Sid)
};

} // namespace iam::ui
