#pragma once

#include <QDialog>

class QComboBox;
class QCompleter;
class QLabel;
class QLineEdit;
class QPushButton;

namespace iam::ui {

// "Who makes the request?": a kind (user, role, role session, federated user, account root, AWS service,
// anonymous) and its parts (account, name, session name), from which it writes the principal's ARN as AWS
// would, checked as it is built so a beginner sees at once what is missing.
class PrincipalPickerDialog final : public QDialog {
    Q_OBJECT

public:
    // In the order of the kind box.
    enum class Kind { User, Role, AssumedRole, FederatedUser, Root, Service, Anonymous };

    explicit PrincipalPickerDialog(QWidget* parent = nullptr);

    // Fills the fields from a principal's text (what the request holds); unknown text leaves them as they are.
    void setPrincipal(const QString& principal);
    // The principal as built, or empty while a part is missing or wrong.
    QString principal() const;

    void setKind(Kind kind);
    Kind kind() const;

    // The principal in plain words, "IAM user alice in account 111122223333"; empty when the text is
    // not a principal the simulator knows.
    static QString describe(const QString& principal);

    QComboBox* kindBox() const { return m_kind; }
    QComboBox* partitionBox() const { return m_partition; }
    QLineEdit* accountField() const { return m_account; }
    QLineEdit* nameField() const { return m_name; }
    QLineEdit* sessionField() const { return m_session; }
    QLabel* arnLabel() const { return m_arn; }
    QLabel* problemLabel() const { return m_problem; }
    QPushButton* okButton() const { return m_ok; }

private:
    void updateFields();
    void rebuild();
    // Empty when the parts are all right; otherwise what to fix, in plain words.
    QString problem() const;
    QString buildText() const;

    QComboBox* m_kind;
    QLabel* m_kindHint;
    QLabel* m_partitionLabel;
    QComboBox* m_partition;
    QLabel* m_accountLabel;
    QLineEdit* m_account;
    QLabel* m_nameLabel;
    QLineEdit* m_name;
    QLabel* m_sessionLabel;
    QLineEdit* m_session;
    QLabel* m_arn;
    QLabel* m_description;
    QLabel* m_problem;
    QPushButton* m_ok;
    QCompleter* m_serviceCompleter;
};

} // namespace iam::ui
