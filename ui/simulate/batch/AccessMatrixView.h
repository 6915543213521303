#pragma once

#include <QStringList>
#include <QWidget>

#include "core/eval/AccessMatrix.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTableView;

namespace iam {
class Catalog;
}

namespace iam::ui {

class AccessMatrixModel;
class SimulationSession;

// "What can this principal really do here": a list of actions (a whole service, one access level of
// it, or patterns such as `s3:Get*`) against a list of resources, each cell the decision the
// session's policies give for the session's principal and context. Once run, the grid follows every
// change of the policies, the request and the two lists, so it never shows a stale answer (a very
// large grid is marked out of date instead, to keep typing responsive).
class AccessMatrixView final : public QWidget {
    Q_OBJECT

public:
    explicit AccessMatrixView(SimulationSession& session, QWidget* parent = nullptr);

    // What is weighed: the action names and patterns sent to core, in the list's order, and the
    // resource ARNs. Setting them counts as the user's choice: they stop following the request.
    QStringList actionPatterns() const;
    void setActionPatterns(const QStringList& patterns);
    QStringList resources() const;
    void setResources(const QStringList& resources);

    // Computes the grid now; later changes recompute it.
    void run();
    bool hasRun() const { return m_hasRun; }
    bool isOutOfDate() const;
    const AccessMatrix& matrix() const;
    AccessMatrixModel* model() const { return m_model; }

    // Writes the grid as CSV (core's accessMatrixToCsv) through QSaveFile. False, with lastError()
    // saying why, when there is no grid or the file cannot be written.
    bool exportCsv(const QString& path);
    QString lastError() const { return m_lastError; }

signals:
    // The user wants to look at one cell as a single request (double-click, or "Open this request").
    void requestChosen(const QString& action, const QString& resource);

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* createInputs();
    QWidget* createResults();
    const Catalog& catalog() const;

    void addServiceActions();
    void addTypedActions();
    void addPattern(const QString& pattern);
    void addActionItem(const QString& text, const QStringList& patterns, const QString& tooltip);
    void addTypedResource();
    void addResource(const QString& arn);
    void addS3BucketAndObject();
    void useRequestResource();
    void removeSelected(QListWidget* list);
    void actionsEditedByUser();
    void resourcesEditedByUser();

    // While the user has not edited a list, it follows the request: every action of the request's
    // service, and the request's resource.
    void followRequest();
    void updatePrincipalLine();
    void inputsChanged();
    void sessionChanged();
    void recompute(bool automatic);
    void showOutOfDate(const QString& why);
    void updateSummary();
    void updateButtons();
    void chooseCell(const QModelIndex& index);
    void exportWithDialog();

    SimulationSession& m_session;
    AccessMatrixModel* m_model;
    QComboBox* m_service = nullptr;
    QComboBox* m_level = nullptr;
    QLineEdit* m_actionInput = nullptr;
    QListWidget* m_actions = nullptr;
    QLineEdit* m_resourceInput = nullptr;
    QListWidget* m_resources = nullptr;
    QPushButton* m_run = nullptr;
    QLabel* m_principal = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_diagnostics = nullptr;
    QTableView* m_grid = nullptr;
    QCheckBox* m_hideDenied = nullptr;
    QPushButton* m_openCell = nullptr;
    QPushButton* m_export = nullptr;
    QString m_lastError;
    bool m_hasRun = false;
    bool m_actionsTouched = false;
    bool m_resourcesTouched = false;
    bool m_following = false;
};

} // namespace iam::ui
