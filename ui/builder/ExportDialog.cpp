#include "ui/builder/ExportDialog.h"

#include <string>

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

namespace iam::ui {

namespace {

constexpr ExportFormat kFormats[] = { ExportFormat::Terraform, ExportFormat::CloudFormation, ExportFormat::AwsCli };

QString explanation(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Terraform:
        return ExportDialog::tr("A Terraform data source that builds this policy's JSON. Reference it from an "
                                "aws_iam_policy resource with .json.");
    case ExportFormat::CloudFormation:
        return ExportDialog::tr("A CloudFormation template (YAML) that creates this policy. Deploy it with the "
                                "console or aws cloudformation deploy.");
    case ExportFormat::AwsCli:
        return ExportDialog::tr("Shell commands that save the JSON to a file and create the policy with the AWS "
                                "CLI. Run them where the AWS CLI is set up.");
    }
    return {};
}

QString fileSuffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Terraform:
        return QStringLiteral("tf");
    case ExportFormat::CloudFormation:
        return QStringLiteral("yaml");
    case ExportFormat::AwsCli:
        return QStringLiteral("sh");
    }
    return QStringLiteral("txt");
}

} // namespace

ExportDialog::ExportDialog(
    const Policy& policy, PolicyKind kind, const QString& policyName, ExportFormat format, QWidget* parent)
    : QDialog(parent)
    , m_policy(policy)
    , m_kind(kind)
    , m_format(format)
    , m_formatSelector(new QComboBox(this))
    , m_name(new QLineEdit(policyName, this))
    , m_explanation(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
    , m_copyButton(new QPushButton(tr("Copy"), this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export the policy"));

    m_formatSelector->setObjectName(QStringLiteral("exportFormat"));
    for (ExportFormat each : kFormats)
        m_formatSelector->addItem(QString::fromUtf8(exportFormatTitle(each).data()), static_cast<int>(each));
    m_name->setObjectName(QStringLiteral("exportName"));
    m_name->setPlaceholderText(QStringLiteral("my-policy"));
    m_explanation->setObjectName(QStringLiteral("exportExplanation"));
    m_explanation->setWordWrap(true);
    m_text->setObjectName(QStringLiteral("exportText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setAccessibleName(tr("Exported text"));
    QFont mono;
    mono.setFamilies({ QStringLiteral("DejaVu Sans Mono"), QStringLiteral("Monospace") });
    mono.setStyleHint(QFont::Monospace);
    m_text->setFont(mono);

    auto* form = new QFormLayout;
    form->addRow(tr("Format:"), m_formatSelector);
    form->addRow(tr("Policy name:"), m_name);

    m_copyButton->setObjectName(QStringLiteral("exportCopyButton"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_copyButton, QDialogButtonBox::ActionRole);
    QPushButton* save = buttons->addButton(tr("Save As…"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("exportSaveButton"));
    m_copyButton->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    layout->addLayout(form);
    layout->addWidget(m_explanation);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copyButton, &QPushButton::clicked, this, &ExportDialog::copyToClipboard);
    connect(save, &QPushButton::clicked, this, &ExportDialog::saveAs);
    connect(m_name, &QLineEdit::textChanged, this, &ExportDialog::refresh);
    connect(m_formatSelector, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_format = static_cast<ExportFormat>(m_formatSelector->itemData(index).toInt());
        refresh();
    });

    resize(820, 600);
    setFormat(format);
    refresh();
}

void ExportDialog::setFormat(ExportFormat format)
{
    m_formatSelector->setCurrentIndex(m_formatSelector->findData(static_cast<int>(format)));
}

QString ExportDialog::exportedText() const
{
    return m_text->toPlainText();
}

void ExportDialog::refresh()
{
    const QByteArray name = m_name->text().trimmed().toUtf8();
    const std::string text = exportPolicy(
        m_policy, m_format, std::string_view(name.constData(), static_cast<std::size_t>(name.size())), m_kind);
    m_text->setPlainText(QString::fromStdString(text));
    m_explanation->setText(explanation(m_format));
}

void ExportDialog::copyToClipboard()
{
    QApplication::clipboard()->setText(exportedText());
    m_copyButton->setText(tr("Copied"));
    QTimer::singleShot(1500, m_copyButton, [button = m_copyButton] { button->setText(tr("Copy")); });
}

bool ExportDialog::saveTo(const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(exportedText().toUtf8()) < 0 || !file.commit()) {
        QMessageBox::warning(this, tr("Could not save the file"),
            tr("Could not save %1: %2.").arg(QFileInfo(path).fileName(), file.errorString()));
        return false;
    }
    return true;
}

void ExportDialog::saveAs()
{
    const QString name = m_name->text().trimmed().isEmpty() ? QStringLiteral("my-policy") : m_name->text().trimmed();
    const QString start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/') + name
        + QLatin1Char('.') + fileSuffix(m_format);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the export as"), start);
    if (!path.isEmpty())
        saveTo(path);
}

} // namespace iam::ui
