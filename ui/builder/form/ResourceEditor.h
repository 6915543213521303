#pragma once

#include <string>
#include <vector>

#include <QWidget>

#include "ui/builder/form/StatementContext.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace iam::ui {

class ArnTemplateForm;
class PolicySession;

// A statement's resources: the list (edit in place, remove), "All resources (*)" with why to
// narrow it, ARN forms built from the chosen actions' resource types, and a warning when an action
// fits none of the listed ARNs (the S3 bucket-versus-objects mistake).
class ResourceEditor final : public QWidget {
    Q_OBJECT

public:
    explicit ResourceEditor(PolicySession& session, QWidget* parent = nullptr);

    void showStatement(const StatementContext& context);
    ArnTemplateForm* templateForm() const { return m_templateForm; }
    // Empty when every chosen action fits a listed resource.
    QString fitWarning() const;

private:
    const std::vector<std::string>& values() const;
    std::string listPointer() const;
    void addResource(const QString& arn);
    void setValues(const std::vector<std::string>& values, const QString& name);
    void setAllResources(bool all);
    void editResource(int row, const QString& text);
    void updateTemplates();
    void updateFitWarning();

    PolicySession& m_session;
    StatementContext m_context;
    QCheckBox* m_allResources;
    QLabel* m_allResourcesHint;
    QListWidget* m_list;
    QPushButton* m_removeButton;
    QLabel* m_listLabel;
    ArnTemplateForm* m_templateForm;
    QLineEdit* m_arnField;
    QPushButton* m_addArnButton;
    QLabel* m_fitWarning;
    bool m_filling = false;
};

} // namespace iam::ui
