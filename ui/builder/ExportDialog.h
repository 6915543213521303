#pragma once

#include <QDialog>

#include "core/export/PolicyExport.h"
#include "core/lint/PolicyKind.h"
#include "core/policy/Policy.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace iam::ui {

// Shows the policy as Terraform, CloudFormation or an AWS CLI command (core/export), ready to copy
// or to save as a file. The text is made by core; this only shows it.
class ExportDialog final : public QDialog {
    Q_OBJECT

public:
    ExportDialog(const Policy& policy, PolicyKind kind, const QString& policyName, ExportFormat format,
        QWidget* parent = nullptr);

    ExportFormat format() const { return m_format; }
    void setFormat(ExportFormat format);
    QString exportedText() const;
    QComboBox* formatSelector() const { return m_formatSelector; }
    QLineEdit* nameField() const { return m_name; }

    void copyToClipboard();
    // Writes the text to `path`; false, with the reason shown, when it cannot.
    bool saveTo(const QString& path);

private:
    void refresh();
    void saveAs();

    Policy m_policy;
    PolicyKind m_kind;
    ExportFormat m_format;
    QComboBox* m_formatSelector;
    QLineEdit* m_name;
    QLabel* m_explanation;
    QPlainTextEdit* m_text;
    QPushButton* m_copyButton;
};

} // namespace iam::ui
