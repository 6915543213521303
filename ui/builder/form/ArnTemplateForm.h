#pragma once

#include <QMap>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace iam::ui {

// Writes an ARN from one of AWS's templates (`arn:${Partition}:s3:::${BucketName}/${ObjectName}`)
// with one small field per placeholder, each checked as you type, and a live preview of the result.
// What was typed into a field (the bucket, the account) is kept when another template is picked.
class ArnTemplateForm final : public QWidget {
    Q_OBJECT

public:
    struct Choice {
        QString label; // "S3 object, for GetObject and PutObject"
        QString arnTemplate;
    };

    explicit ArnTemplateForm(QWidget* parent = nullptr);

    void setChoices(const QList<Choice>& choices);
    int choiceCount() const;
    bool chooseTemplate(const QString& arnTemplate);
    // The ARN as filled in so far; complete() when every field is valid.
    QString arn() const;
    bool isComplete() const;

    static QStringList placeholders(const QString& arnTemplate);

signals:
    void addRequested(const QString& arn);

private:
    void rebuildFields();
    void updatePreview();

    QComboBox* m_combo;
    QWidget* m_fieldsWidget;
    QFormLayout* m_fields;
    QLabel* m_preview;
    QPushButton* m_addButton;
    QLabel* m_empty;
    QList<Choice> m_choices;
    QList<QPair<QString, QLineEdit*>> m_fieldEdits;
    QMap<QString, QLabel*> m_fieldErrors;
    QMap<QString, QString> m_values; // by placeholder, across templates
};

} // namespace iam::ui
