#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QScrollArea;
class QToolButton;

namespace iam::ui {

class PolicySession;
class StatementEditor;
class StatementListModel;
class StatementListView;

// The left side of the Build page: the policy as a form a beginner can fill without knowing JSON.
// It shows session.policy() (the last text that parsed) and makes every change as a named,
// undoable edit of the JSON text through PolicySession::applyEdit, so the author's own layout stays.
// While the JSON has an error it shows the last good state under a banner and edits nothing.
class PolicyForm final : public QWidget {
    Q_OBJECT

public:
    explicit PolicyForm(PolicySession& session, QWidget* parent = nullptr);

    int currentStatement() const { return m_current; }
    void selectStatement(int index);
    bool isEditable() const { return m_editable; }

    StatementListModel* statementModel() const { return m_model; }
    StatementListView* statementList() const { return m_list; }
    StatementEditor* statementEditor() const { return m_editor; }

    void addStatement();
    void duplicateStatement();
    void removeStatement();
    void moveStatement(int from, int to);

private:
    void refresh();
    void showCurrentStatement(bool switched);
    void updateButtons();
    int statementCount() const;

    PolicySession& m_session;
    QLabel* m_banner;
    StatementListModel* m_model;
    StatementListView* m_list;
    QPushButton* m_addButton;
    QToolButton* m_duplicateButton;
    QToolButton* m_removeButton;
    QToolButton* m_upButton;
    QToolButton* m_downButton;
    QLabel* m_emptyHint;
    QScrollArea* m_scrollArea;
    StatementEditor* m_editor;
    int m_current = -1;
    bool m_editable = true;
    bool m_refreshing = false;
};

} // namespace iam::ui
