#include "ui/shell/AboutDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include "core/catalog/Catalog.h"
#include "core/managed/ManagedPolicyLibrary.h"
#include "ui/common/HeadingLabel.h"
#include "ui/common/ThemedIcons.h"

namespace iam::ui {

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About IAM Studio"));
    setObjectName(QStringLiteral("aboutDialog"));

    auto* icon = new QLabel(this);
    icon->setPixmap(applicationIcon().pixmap(96, 96));
    icon->setAlignment(Qt::AlignTop);

    auto* title = new HeadingLabel(tr("IAM Studio"), 1.6, this);
    auto* version = new QLabel(tr("Version %1").arg(QStringLiteral(IAM_STUDIO_VERSION)), this);
    version->setObjectName(QStringLiteral("aboutVersion"));
    auto* purpose = new QLabel(tr("Learn AWS Identity and Access Management, and draft IAM policies with every "
                                  "problem explained in plain words."),
                               this);
    purpose->setWordWrap(true);
    auto* offline = new QLabel(tr("IAM Studio works entirely offline and never asks for AWS credentials."), this);
    offline->setObjectName(QStringLiteral("aboutOffline"));
    offline->setWordWrap(true);
    auto* details = new QLabel(tr("Built with Qt %1 (running on Qt %2).").arg(QStringLiteral(QT_VERSION_STR), qVersion()),
                               this);
    details->setObjectName(QStringLiteral("aboutDetails"));

    // Users comparing our answers with AWS's need to know how fresh the bundled AWS data is.
    const auto& catalog = Catalog::builtIn().metadata();
    const auto& managed = ManagedPolicyLibrary::builtIn().metadata();
    auto* dataSources = new QLabel(
        tr("AWS service data: %1 %2 (taken %3).\nAWS managed policies: %4 %5 (taken %6).")
            .arg(QString::fromStdString(catalog.sourcePackage), QString::fromStdString(catalog.sourceVersion),
                 QString::fromStdString(catalog.generatedOn), QString::fromStdString(managed.sourcePackage),
                 QString::fromStdString(managed.sourceVersion), QString::fromStdString(managed.generatedOn)),
        this);
    dataSources->setObjectName(QStringLiteral("aboutDataSources"));
    dataSources->setWordWrap(true);

    auto* text = new QVBoxLayout;
    text->setSpacing(8);
    text->addWidget(title);
    text->addWidget(version);
    text->addSpacing(6);
    text->addWidget(purpose);
    text->addWidget(offline);
    text->addSpacing(6);
    text->addWidget(details);
    text->addWidget(dataSources);
    text->addStretch(1);

    auto* body = new QHBoxLayout;
    body->setSpacing(20);
    body->addWidget(icon);
    body->addLayout(text, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 16);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

}  // namespace iam::ui
