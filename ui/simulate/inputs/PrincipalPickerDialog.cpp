#include "ui/simulate/inputs/PrincipalPickerDialog.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

#include "core/eval/PrincipalIdentity.h"

namespace iam::ui {

namespace {

constexpr const char* kDefaultAccount = "111122223333";

// IAM's characters for user, role and session names: letters, digits and + = , . @ _ -
bool isIamName(const QString& text, int minLength, int maxLength, bool allowPath)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9+=,.@_-]+$"));
    static const QRegularExpression withPath(QStringLiteral("^([A-Za-z0-9+=,.@_-]+/)*[A-Za-z0-9+=,.@_-]+$"));
    const QString name = allowPath ? text.section(QLatin1Char('/'), -1) : text;
    return (allowPath ? withPath : plain).match(text).hasMatch() && name.size() >= minLength
        && name.size() <= maxLength;
}

// Services a beginner meets first in trust and bucket policies.
QStringList commonServices()
{
    return { QStringLiteral("lambda.amazonaws.com"), QStringLiteral("ec2.amazonaws.com"),
        QStringLiteral("ecs-tasks.amazonaws.com"), QStringLiteral("s3.amazonaws.com"),
        QStringLiteral("cloudtrail.amazonaws.com"), QStringLiteral("events.amazonaws.com"),
        QStringLiteral("sns.amazonaws.com"), QStringLiteral("states.amazonaws.com"),
        QStringLiteral("logs.amazonaws.com"), QStringLiteral("cloudformation.amazonaws.com") };
}

} // namespace

PrincipalPickerDialog::PrincipalPickerDialog(QWidget* parent)
    : QDialog(parent)
    , m_kind(new QComboBox(this))
    , m_kindHint(new QLabel(this))
    , m_partitionLabel(new QLabel(tr("&Partition:"), this))
    , m_partition(new QComboBox(this))
    , m_accountLabel(new QLabel(tr("&Account ID:"), this))
    , m_account(new QLineEdit(QString::fromLatin1(kDefaultAccount), this))
    , m_nameLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_sessionLabel(new QLabel(tr("&Session name:"), this))
    , m_session(new QLineEdit(this))
    , m_arn(new QLabel(this))
    , m_description(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_ok(nullptr)
{
    setObjectName(QStringLiteral("principalPickerDialog"));
    setWindowTitle(tr("Who makes the request?"));
    setMinimumWidth(520);

    auto* intro = new QLabel(tr("Choose what kind of caller sends the request and fill in its parts. The "
                                "ARN below is what AWS would see, and what policies name in Principal."),
        this);
    intro->setWordWrap(true);

    m_kind->setObjectName(QStringLiteral("principalKindBox"));
    m_kind->addItem(tr("IAM user"), static_cast<int>(Kind::User));
    m_kind->addItem(tr("IAM role"), static_cast<int>(Kind::Role));
    m_kind->addItem(tr("Assumed-role session"), static_cast<int>(Kind::AssumedRole));
    m_kind->addItem(tr("Federated user"), static_cast<int>(Kind::FederatedUser));
    m_kind->addItem(tr("Account root user"), static_cast<int>(Kind::Root));
    m_kind->addItem(tr("AWS service"), static_cast<int>(Kind::Service));
    m_kind->addItem(tr("Anonymous (unsigned request)"), static_cast<int>(Kind::Anonymous));
    m_kind->setAccessibleName(tr("Kind of caller"));
    m_kindHint->setObjectName(QStringLiteral("principalKindHint"));
    m_kindHint->setWordWrap(true);
    m_kindHint->setForegroundRole(QPalette::PlaceholderText);

    m_partition->setObjectName(QStringLiteral("principalPartitionBox"));
    m_partition->addItem(tr("aws (standard regions)"), QStringLiteral("aws"));
    m_partition->addItem(tr("aws-cn (China)"), QStringLiteral("aws-cn"));
    m_partition->addItem(tr("aws-us-gov (GovCloud)"), QStringLiteral("aws-us-gov"));
    m_partitionLabel->setBuddy(m_partition);
    m_account->setObjectName(QStringLiteral("principalAccountField"));
    m_account->setPlaceholderText(tr("12 digits, for example 111122223333"));
    m_account->setMaxLength(12);
    m_accountLabel->setBuddy(m_account);
    m_name->setObjectName(QStringLiteral("principalNameField"));
    m_nameLabel->setBuddy(m_name);
    m_serviceCompleter = new QCompleter(commonServices(), this);
    m_serviceCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_serviceCompleter->setFilterMode(Qt::MatchContains);
    m_session->setObjectName(QStringLiteral("principalSessionField"));
    m_session->setPlaceholderText(tr("what the caller named the session, for example alice"));
    m_sessionLabel->setBuddy(m_session);

    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_arn->setObjectName(QStringLiteral("principalArnLabel"));
    QFont arnFont = mono;
    arnFont.setBold(true);
    m_arn->setFont(arnFont);
    m_arn->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_arn->setWordWrap(true);
    m_description->setObjectName(QStringLiteral("principalDescription"));
    m_description->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("principalProblem"));
    m_problem->setWordWrap(true);
    QPalette warning = m_problem->palette();
    warning.setColor(QPalette::WindowText, QColor(0xd0, 0x4a, 0x3a));
    m_problem->setPalette(warning);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* kindLabel = new QLabel(tr("&Caller:"), this);
    kindLabel->setBuddy(m_kind);
    auto* kindColumn = new QVBoxLayout;
    kindColumn->setSpacing(2);
    kindColumn->addWidget(m_kind);
    kindColumn->addWidget(m_kindHint);
    form->addRow(kindLabel, kindColumn);
    form->addRow(m_partitionLabel, m_partition);
    form->addRow(m_accountLabel, m_account);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_sessionLabel, m_session);
    auto* arnColumn = new QVBoxLayout;
    arnColumn->setSpacing(4);
    arnColumn->addWidget(m_arn);
    arnColumn->addWidget(m_description);
    arnColumn->addWidget(m_problem);
    auto* arnLabel = new QLabel(tr("Principal:"), this);
    form->addRow(arnLabel, arnColumn);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("principalOkButton"));
    m_ok->setText(tr("Use this principal"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &PrincipalPickerDialog::updateFields);
    connect(m_partition, &QComboBox::currentIndexChanged, this, &PrincipalPickerDialog::rebuild);
    for (QLineEdit* field : { m_account, m_name, m_session })
        connect(field, &QLineEdit::textChanged, this, &PrincipalPickerDialog::rebuild);
    updateFields();
}

void PrincipalPickerDialog::setKind(Kind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(kind)));
}

PrincipalPickerDialog::Kind PrincipalPickerDialog::kind() const
{
    return static_cast<Kind>(m_kind->currentData().toInt());
}

void PrincipalPickerDialog::setPrincipal(const QString& principal)
{
    const QByteArray utf8 = principal.trimmed().toUtf8();
    const auto identity
        = parsePrincipalIdentity(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
    if (!identity)
        return;
    using K = PrincipalIdentity::Kind;
    const QString name = QString::fromStdString(identity->name);
    switch (identity->kind) {
    case K::User:
        setKind(Kind::User);
        // Keep the path: arn:aws:iam::111122223333:user/division/alice names division/alice.
        m_name->setText(principal.trimmed().section(QStringLiteral(":user/"), 1));
        break;
    case K::Role:
        setKind(Kind::Role);
        m_name->setText(principal.trimmed().section(QStringLiteral(":role/"), 1));
        break;
    case K::AssumedRole:
        setKind(Kind::AssumedRole);
        m_name->setText(name);
        m_session->setText(principal.trimmed().section(QLatin1Char('/'), 2));
        break;
    case K::FederatedUser:
        setKind(Kind::FederatedUser);
        m_name->setText(name);
        break;
    case K::Root:
        setKind(Kind::Root);
        break;
    case K::Service:
        setKind(Kind::Service);
        m_name->setText(name);
        break;
    case K::Anonymous:
        setKind(Kind::Anonymous);
        break;
    }
    if (!identity->account.empty())
        m_account->setText(QString::fromStdString(identity->account));
    const int partition = m_partition->findData(QString::fromStdString(identity->partition));
    if (partition >= 0)
        m_partition->setCurrentIndex(partition);
    rebuild();
}

void PrincipalPickerDialog::updateFields()
{
    const Kind current = kind();
    const bool iam = current != Kind::Service && current != Kind::Anonymous;
    m_partitionLabel->setVisible(iam);
    m_partition->setVisible(iam);
    m_accountLabel->setVisible(iam);
    m_account->setVisible(iam);
    const bool named = current != Kind::Root && current != Kind::Anonymous;
    m_nameLabel->setVisible(named);
    m_name->setVisible(named);
    m_sessionLabel->setVisible(current == Kind::AssumedRole);
    m_session->setVisible(current == Kind::AssumedRole);
    m_name->setCompleter(current == Kind::Service ? m_serviceCompleter : nullptr);
    switch (current) {
    case Kind::User:
        m_kindHint->setText(tr("A person or program with long-term credentials in an account."));
        m_nameLabel->setText(tr("&User name:"));
        m_name->setPlaceholderText(tr("for example alice, or a path and name: developers/alice"));
        break;
    case Kind::Role:
        m_kindHint->setText(tr("A role, simulated as a session of it. Policies in Principal usually name the role."));
        m_nameLabel->setText(tr("&Role name:"));
        m_name->setPlaceholderText(tr("for example ReadOnlyAuditor"));
        break;
    case Kind::AssumedRole:
        m_kindHint->setText(tr("Someone who took on a role with sts:AssumeRole: what the request really comes from."));
        m_nameLabel->setText(tr("&Role name:"));
        m_name->setPlaceholderText(tr("the role taken on, for example ReadOnlyAuditor"));
        break;
    case Kind::FederatedUser:
        m_kindHint->setText(tr("A user signed in through sts:GetFederationToken."));
        m_nameLabel->setText(tr("&Federated user name:"));
        m_name->setPlaceholderText(tr("for example bob"));
        break;
    case Kind::Root:
        m_kindHint->setText(tr("The account's root user. SCPs still apply to it; most policies do not name it."));
        break;
    case Kind::Service:
        m_kindHint->setText(tr("An AWS service acting for you, such as Lambda running your function."));
        m_nameLabel->setText(tr("&Service:"));
        m_name->setPlaceholderText(tr("for example lambda.amazonaws.com, or just lambda"));
        break;
    case Kind::Anonymous:
        m_kindHint->setText(tr("A request with no credentials at all, such as a public link to an S3 object."));
        break;
    }
    rebuild();
}

QString PrincipalPickerDialog::buildText() const
{
    const QString partition = m_partition->currentData().toString();
    const QString account = m_account->text().trimmed();
    const QString name = m_name->text().trimmed();
    switch (kind()) {
    case Kind::User:
        return QStringLiteral("arn:%1:iam::%2:user/%3").arg(partition, account, name);
    case Kind::Role:
        return QStringLiteral("arn:%1:iam::%2:role/%3").arg(partition, account, name);
    case Kind::AssumedRole:
        return QStringLiteral("arn:%1:sts::%2:assumed-role/%3/%4")
            .arg(partition, account, name, m_session->text().trimmed());
    case Kind::FederatedUser:
        return QStringLiteral("arn:%1:sts::%2:federated-user/%3").arg(partition, account, name);
    case Kind::Root:
        return QStringLiteral("arn:%1:iam::%2:root").arg(partition, account);
    case Kind::Service:
        // "lambda" is what people type; AWS names the service lambda.amazonaws.com.
        return name.contains(QLatin1Char('.')) || name.isEmpty() ? name : name + QStringLiteral(".amazonaws.com");
    case Kind::Anonymous:
        return QStringLiteral("anonymous");
    }
    return {};
}

QString PrincipalPickerDialog::problem() const
{
    const Kind current = kind();
    const QString account = m_account->text().trimmed();
    const QString name = m_name->text().trimmed();
    if (current != Kind::Service && current != Kind::Anonymous && !isAccountId(account.toStdString()))
        return account.isEmpty() ? tr("Give the account ID: 12 digits, like 111122223333.")
                                 : tr("An account ID is exactly 12 digits, like 111122223333.");
    switch (current) {
    case Kind::User:
        if (name.isEmpty())
            return tr("Give the user's name.");
        if (!isIamName(name, 1, 64, true))
            return tr("A user name has up to 64 letters, digits and + = , . @ _ - (a path before it ends in /).");
        break;
    case Kind::Role:
    case Kind::AssumedRole:
        if (name.isEmpty())
            return tr("Give the role's name.");
        if (!isIamName(name, 1, 64, current == Kind::Role))
            return tr("A role name has up to 64 letters, digits and + = , . @ _ -");
        if (current == Kind::AssumedRole) {
            const QString session = m_session->text().trimmed();
            if (session.isEmpty())
                return tr("Give the session name the caller chose when taking on the role.");
            if (!isIamName(session, 2, 64, false))
                return tr("A session name has 2 to 64 letters, digits and + = , . @ _ -");
        }
        break;
    case Kind::FederatedUser:
        if (name.isEmpty())
            return tr("Give the federated user's name.");
        if (!isIamName(name, 2, 32, false))
            return tr("A federated user name has 2 to 32 letters, digits and + = , . @ _ -");
        break;
    case Kind::Service:
        if (name.isEmpty())
            return tr("Give the service, for example lambda.amazonaws.com.");
        break;
    case Kind::Root:
    case Kind::Anonymous:
        break;
    }
    const QByteArray utf8 = buildText().toUtf8();
    if (!parsePrincipalIdentity(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size()))))
        return current == Kind::Service ? tr("A service principal ends in .amazonaws.com, like lambda.amazonaws.com.")
                                        : tr("This is not a principal AWS would send.");
    return {};
}

void PrincipalPickerDialog::rebuild()
{
    const QString text = buildText();
    const QString trouble = problem();
    m_arn->setText(text.isEmpty() ? tr("(not complete yet)") : text);
    m_problem->setText(trouble);
    m_problem->setVisible(!trouble.isEmpty());
    m_description->setText(trouble.isEmpty() ? describe(text) : QString());
    m_description->setVisible(trouble.isEmpty());
    m_ok->setEnabled(trouble.isEmpty());
}

QString PrincipalPickerDialog::principal() const
{
    return problem().isEmpty() ? buildText() : QString();
}

QString PrincipalPickerDialog::describe(const QString& principal)
{
    const QByteArray utf8 = principal.trimmed().toUtf8();
    const auto identity
        = parsePrincipalIdentity(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
    if (!identity)
        return {};
    const QString name = QString::fromStdString(identity->name);
    const QString account = QString::fromStdString(identity->account);
    using K = PrincipalIdentity::Kind;
    switch (identity->kind) {
    case K::User:
        return tr("IAM user %1 in account %2.").arg(name, account);
    case K::Role:
        return tr("A session of role %1 in account %2.").arg(name, account);
    case K::AssumedRole:
        return tr("Session “%1” of role %2 in account %3.")
            .arg(principal.trimmed().section(QLatin1Char('/'), 2), name, account);
    case K::FederatedUser:
        return tr("Federated user %1 in account %2.").arg(name, account);
    case K::Root:
        return tr("The root user of account %1.").arg(account);
    case K::Service:
        return tr("The AWS service %1, acting on its own.").arg(name);
    case K::Anonymous:
        return tr("Anyone, without credentials: only policies that allow everyone (\"*\") can let it through.");
    }
    return {};
}

} // namespace iam::ui
