#pragma once

#include <string>
#include <vector>

#include <QWidget>

#include "ui/builder/form/StatementContext.h"

class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QPushButton;
class QToolButton;
class QTreeView;

namespace iam::ui {

class ActionTreeModel;
class PolicySession;
class ServiceListModel;

// Chooses a statement's actions: pick a service (searchable by name and prefix), tick its actions
// grouped by access level, or type a wildcard and see what it grants before adding it. The list
// underneath shows every value of the statement's Action (or NotAction), whatever its service.
class ActionPicker final : public QWidget {
    Q_OBJECT

public:
    explicit ActionPicker(PolicySession& session, QWidget* parent = nullptr);

    void showStatement(const StatementContext& context);
    // Shows a service's actions, e.g. "s3"; false when the catalog has no such service.
    bool chooseService(const QString& prefix);
    QString currentService() const;

    ServiceListModel* serviceModel() const { return m_serviceModel; }
    ActionTreeModel* actionModel() const { return m_actionModel; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    const std::vector<std::string>& chosenValues() const;
    std::string listPointer() const;
    void addActions(const QStringList& actions);
    void removeActions(const QStringList& actions);
    void serviceRowChanged();
    void expandChosenGroups();
    void updateWildcardPreview();
    void updateChosenList();

    PolicySession& m_session;
    StatementContext m_context;
    ServiceListModel* m_serviceModel;
    ActionTreeModel* m_actionModel;
    QLineEdit* m_serviceFilter;
    QListView* m_serviceList;
    QLabel* m_serviceLabel;
    QLineEdit* m_actionFilter;
    QTreeView* m_actionTree;
    QLineEdit* m_wildcardField;
    QPushButton* m_wildcardAddButton;
    QLabel* m_wildcardPreview;
    QToolButton* m_wildcardShowButton;
    QListWidget* m_wildcardList;
    QListWidget* m_chosenList;
    QPushButton* m_removeButton;
    QLabel* m_chosenLabel;
};

} // namespace iam::ui
