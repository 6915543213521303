#include "ui/simulate/inputs/RequestEditor.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <QTimer>
#include <QVBoxLayout>

#include "core/catalog/AccessLevel.h"
#include "core/catalog/Catalog.h"
#include "core/eval/PrincipalIdentity.h"
#include "ui/common/HeadingLabel.h"
#include "ui/simulate/SimulationSession.h"
#include "ui/simulate/inputs/ElidedLabel.h"
#include "ui/simulate/inputs/PrincipalPickerDialog.h"

namespace iam::ui {

namespace {

constexpr std::size_t kMaxCompletions = 60;
constexpr const char* kExampleAccount = "111122223333";
constexpr const char* kExampleRegion = "us-east-1";

QString fromView(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

std::string toStd(const QString& text)
{
    return text.trimmed().toStdString();
}

// Hints read as quiet help; a hint that warns stands out, in a colour readable on both themes.
void setHint(QLabel* label, const QString& text, bool warning)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
    label->setProperty("warning", warning);
    if (warning) {
        QPalette palette = label->palette();
        palette.setColor(QPalette::WindowText, QColor(0xc8, 0x6a, 0x10));
        label->setPalette(palette);
        label->setForegroundRole(QPalette::WindowText);
    } else {
        label->setPalette(QPalette());
        label->setForegroundRole(QPalette::PlaceholderText);
    }
}

// An example for one placeholder of an ARN template: `${BucketName}` → `my-bucket`.
QString exampleFor(const QString& placeholder)
{
    if (placeholder == QLatin1String("ObjectName"))
        return QStringLiteral("report.pdf");
    if (placeholder.contains(QLatin1String("Path")) && !placeholder.contains(QLatin1String("Name")))
        return QStringLiteral("my-path");
    QString base = placeholder;
    for (const char* suffix : { "NameWithPath", "Name", "Id", "ID" }) {
        if (base.size() > static_cast<qsizetype>(qstrlen(suffix)) && base.endsWith(QLatin1String(suffix))) {
            base.chop(static_cast<qsizetype>(qstrlen(suffix)));
            break;
        }
    }
    QString words;
    for (int i = 0; i < base.size(); ++i) {
        const QChar c = base.at(i);
        if (c.isUpper() && i > 0 && !base.at(i - 1).isUpper())
            words += QLatin1Char('-');
        words += c.toLower();
    }
    return QStringLiteral("my-") + (words.isEmpty() ? QStringLiteral("resource") : words);
}

} // namespace

RequestEditor::RequestEditor(SimulationSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_principal(new QLineEdit(this))
    , m_principalButton(new QPushButton(tr("C&hoose…"), this))
    , m_principalHint(new ElidedLabel(this))
    , m_action(new QLineEdit(this))
    , m_actionHint(new ElidedLabel(this))
    , m_actionModel(new QStandardItemModel(this))
    , m_actionCompleter(new QCompleter(this))
    , m_resource(new QLineEdit(this))
    , m_templatesButton(new QPushButton(this))
    , m_templatesMenu(new QMenu(this))
    , m_resourceHint(new ElidedLabel(this))
    , m_resourceAccount(new QLineEdit(this))
    , m_resourceAccountHint(new ElidedLabel(this))
    , m_useArnAccount(new QPushButton(this))
{
    setObjectName(QStringLiteral("requestEditor"));
    auto* heading = new HeadingLabel(tr("Request"), 1.15, this);
    heading->setObjectName(QStringLiteral("requestHeading"));
    heading->setToolTip(tr("Who asks to do what, on which resource."));

    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_principal->setObjectName(QStringLiteral("requestPrincipalField"));
    m_principal->setPlaceholderText(tr("arn:aws:iam::111122223333:user/alice"));
    m_principal->setAccessibleName(tr("Principal"));
    m_principal->setToolTip(tr("Who sends the request: a user, role session, service… Choose… builds it for you."));
    m_principalButton->setObjectName(QStringLiteral("requestPrincipalButton"));
    m_principalButton->setToolTip(tr("Build the principal from its kind, account and name."));
    m_action->setObjectName(QStringLiteral("requestActionField"));
    m_action->setPlaceholderText(tr("Start typing, for example s3:getob"));
    m_action->setAccessibleName(tr("Action"));
    m_action->setClearButtonEnabled(true);
    m_resource->setObjectName(QStringLiteral("requestResourceField"));
    m_resource->setPlaceholderText(tr("arn:aws:s3:::my-bucket/report.pdf, or * for none"));
    m_resource->setAccessibleName(tr("Resource ARN"));
    m_templatesButton->setObjectName(QStringLiteral("requestResourceTemplatesButton"));
    m_templatesButton->setText(tr("E&xamples"));
    m_templatesButton->setToolTip(tr("Fill in an ARN of a resource type the action works on."));
    m_templatesButton->setMenu(m_templatesMenu);
    m_templatesMenu->setObjectName(QStringLiteral("requestResourceTemplatesMenu"));
    m_resourceAccount->setObjectName(QStringLiteral("requestResourceAccountField"));
    m_resourceAccount->setPlaceholderText(tr("same as the principal's account"));
    m_resourceAccount->setAccessibleName(tr("Resource account"));
    m_resourceAccount->setMaxLength(12);
    for (QLineEdit* field : { m_principal, m_action, m_resource, m_resourceAccount })
        field->setFont(mono);

    m_principalHint->setObjectName(QStringLiteral("requestPrincipalHint"));
    m_actionHint->setObjectName(QStringLiteral("requestActionHint"));
    m_resourceHint->setObjectName(QStringLiteral("requestResourceHint"));
    m_resourceAccountHint->setObjectName(QStringLiteral("requestResourceAccountHint"));

    // The completer is driven by hand so the catalog's own search orders the answers: names that start
    // with what was typed first, then names that contain it.
    m_actionCompleter->setObjectName(QStringLiteral("requestActionCompleter"));
    m_actionCompleter->setModel(m_actionModel);
    m_actionCompleter->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_actionCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_actionCompleter->setMaxVisibleItems(12);
    m_actionCompleter->setWidget(m_action);

    // The two side buttons line up as one column.
    const int buttonWidth = std::max(m_principalButton->sizeHint().width(), m_templatesButton->sizeHint().width());
    m_principalButton->setMinimumWidth(buttonWidth);
    m_templatesButton->setMinimumWidth(buttonWidth);

    auto* principalRow = new QHBoxLayout;
    principalRow->addWidget(m_principal, 1);
    principalRow->addWidget(m_principalButton);
    m_useArnAccount->setObjectName(QStringLiteral("requestUseArnAccountButton"));
    m_useArnAccount->setToolTip(tr("Put the ARN's account in Resource account, making the request cross-account."));
    m_useArnAccount->setVisible(false);
    auto* accountRow = new QHBoxLayout;
    accountRow->addWidget(m_resourceAccount, 1);
    accountRow->addWidget(m_useArnAccount);

    auto* resourceRow = new QHBoxLayout;
    resourceRow->addWidget(m_resource, 1);
    resourceRow->addWidget(m_templatesButton);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    auto addRow = [this, form](const QString& label, QWidget* buddy, QLayout* row, QLabel* hint) {
        auto* name = new QLabel(label, this);
        name->setBuddy(buddy);
        auto* column = new QVBoxLayout;
        column->setSpacing(2);
        column->addLayout(row);
        column->addWidget(hint);
        form->addRow(name, column);
    };
    auto single = [](QWidget* widget) {
        auto* row = new QHBoxLayout;
        row->addWidget(widget);
        return row;
    };
    addRow(tr("&Principal:"), m_principal, principalRow, m_principalHint);
    addRow(tr("A&ction:"), m_action, single(m_action), m_actionHint);
    addRow(tr("&Resource:"), m_resource, resourceRow, m_resourceHint);
    addRow(tr("Resource a&ccount:"), m_resourceAccount, accountRow, m_resourceAccountHint);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addStretch(1);

    connect(m_principalButton, &QPushButton::clicked, this, &RequestEditor::openPrincipalPicker);
    connect(m_principal, &QLineEdit::editingFinished, this, &RequestEditor::commitPrincipal);
    connect(m_principal, &QLineEdit::textEdited, this, &RequestEditor::updateHints);
    connect(m_action, &QLineEdit::editingFinished, this, [this] {
        // Enter while the popup is open finishes the field before the completion (if one is chosen)
        // replaces the text: commit once that is settled, so the typed fragment is never asked about.
        if (m_actionCompleter->popup()->isVisible())
            QTimer::singleShot(0, this, &RequestEditor::commitAction);
        else
            commitAction();
    });
    connect(m_action, &QLineEdit::textEdited, this, &RequestEditor::updateActionCompletions);
    connect(m_action, &QLineEdit::textEdited, this, &RequestEditor::updateHints);
    connect(m_actionCompleter, qOverload<const QString&>(&QCompleter::activated), this, [this](const QString& name) {
        m_action->setText(name);
        commitAction();
    });
    connect(m_resource, &QLineEdit::editingFinished, this, &RequestEditor::commitResource);
    connect(m_resource, &QLineEdit::textEdited, this, &RequestEditor::updateHints);
    connect(m_resourceAccount, &QLineEdit::editingFinished, this, &RequestEditor::commitResourceAccount);
    connect(m_useArnAccount, &QPushButton::clicked, this, [this] {
        m_resourceAccount->setText(m_resource->text().trimmed().section(QLatin1Char(':'), 4, 4));
        commitResourceAccount();
    });
    connect(m_resourceAccount, &QLineEdit::textEdited, this, &RequestEditor::updateHints);
    connect(m_templatesMenu, &QMenu::aboutToShow, this, &RequestEditor::fillTemplatesMenu);
    connect(&m_session, &SimulationSession::requestChanged, this, [this] { refresh(false); });
    connect(&m_session, &SimulationSession::documentReset, this, [this] { refresh(true); });
    refresh(true);
    fillTemplatesMenu();
}

const Catalog& RequestEditor::catalog() const
{
    return m_session.catalog() ? *m_session.catalog() : Catalog::builtIn();
}

const CatalogAction* RequestEditor::currentAction() const
{
    const std::string name = toStd(m_action->text());
    return name.empty() ? nullptr : catalog().findAction(name);
}

void RequestEditor::refresh(bool force)
{
    const Request& request = m_session.request();
    auto show = [force](QLineEdit* field, const QString& value) {
        // A field the user is typing in keeps their text until they finish it.
        if (field->text() == value || (!force && field->hasFocus() && field->isModified()))
            return;
        field->setText(value);
        field->setCursorPosition(0);
    };
    show(m_principal, QString::fromStdString(request.principal));
    show(m_action, QString::fromStdString(request.action));
    show(m_resource, QString::fromStdString(request.resource));
    show(m_resourceAccount, request.resourceAccount ? QString::fromStdString(*request.resourceAccount) : QString());
    updateHints();
}

void RequestEditor::commitPrincipal()
{
    Request request = m_session.request();
    request.principal = toStd(m_principal->text());
    m_principal->setModified(false);
    m_session.setRequest(request);
    updateHints();
}

void RequestEditor::commitAction()
{
    Request request = m_session.request();
    std::string action = toStd(m_action->text());
    // The catalog's spelling, so the trace and the matrix read as AWS writes it.
    if (const CatalogAction* known = catalog().findAction(action))
        action = catalog().fullName(*known);
    if (QString::fromStdString(action) != m_action->text())
        m_action->setText(QString::fromStdString(action));
    request.action = action;
    m_action->setModified(false);
    m_session.setRequest(request);
    updateHints();
}

void RequestEditor::commitResource()
{
    Request request = m_session.request();
    request.resource = toStd(m_resource->text());
    m_resource->setModified(false);
    m_session.setRequest(request);
    updateHints();
}

void RequestEditor::commitResourceAccount()
{
    Request request = m_session.request();
    const std::string account = toStd(m_resourceAccount->text());
    if (account.empty())
        request.resourceAccount.reset();
    else
        request.resourceAccount = account;
    m_resourceAccount->setModified(false);
    m_session.setRequest(request);
    updateHints();
}

void RequestEditor::updateActionCompletions(const QString& text)
{
    m_actionModel->clear();
    const std::string typed = toStd(text);
    if (typed.size() < 2) {
        m_actionCompleter->popup()->hide();
        return;
    }
    const Catalog& known = catalog();
    for (const CatalogAction* action : known.searchActions(typed, kMaxCompletions)) {
        auto* item = new QStandardItem(QString::fromStdString(known.fullName(*action)));
        item->setToolTip(fromView(action->description));
        item->setEditable(false);
        m_actionModel->appendRow(item);
    }
    if (m_actionModel->rowCount() == 0) {
        m_actionCompleter->popup()->hide();
        return;
    }
    // The prefix only picks the highlighted row: the first name that starts with what was typed, which
    // Enter takes. When no name starts with it, nothing is highlighted and Enter keeps the typed text.
    m_actionCompleter->setCompletionPrefix(text.trimmed());
    m_actionCompleter->complete();
    // A name typed in full is the one Enter takes, even where the catalog lists a longer one first.
    const QModelIndexList exact
        = m_actionModel->match(m_actionModel->index(0, 0), Qt::DisplayRole, text.trimmed(), 1, Qt::MatchFixedString);
    if (!exact.isEmpty())
        m_actionCompleter->popup()->setCurrentIndex(
            m_actionCompleter->completionModel()->index(exact.front().row(), 0));
}

QString RequestEditor::principalAccount() const
{
    const QByteArray utf8 = m_principal->text().trimmed().toUtf8();
    const auto identity
        = parsePrincipalIdentity(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
    return identity && !identity->account.empty() ? QString::fromStdString(identity->account) : QString();
}

QString RequestEditor::principalPartition() const
{
    const QByteArray utf8 = m_principal->text().trimmed().toUtf8();
    const auto identity
        = parsePrincipalIdentity(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
    return identity && !identity->partition.empty() ? QString::fromStdString(identity->partition)
                                                    : QStringLiteral("aws");
}

QString RequestEditor::fillResourceTemplate(const QString& arnTemplate) const
{
    static const QRegularExpression placeholder(QStringLiteral("\\$\\{([^}]*)\\}"));
    QString account = m_resourceAccount->text().trimmed();
    if (!isAccountId(account.toStdString()))
        account = principalAccount();
    if (account.isEmpty())
        account = QString::fromLatin1(kExampleAccount);
    QString filled;
    qsizetype last = 0;
    auto matches = placeholder.globalMatch(arnTemplate);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        filled += arnTemplate.mid(last, match.capturedStart() - last);
        const QString name = match.captured(1);
        if (name == QLatin1String("Partition"))
            filled += principalPartition();
        else if (name == QLatin1String("Region"))
            filled += QString::fromLatin1(kExampleRegion);
        else if (name == QLatin1String("Account"))
            filled += account;
        else
            filled += exampleFor(name);
        last = match.capturedEnd();
    }
    filled += arnTemplate.mid(last);
    return filled;
}

void RequestEditor::fillTemplatesMenu()
{
    m_templatesMenu->clear();
    const Catalog& known = catalog();
    const CatalogAction* action = currentAction();
    auto addChoice = [this](const QString& label, const QString& arn) {
        QAction* choice = m_templatesMenu->addAction(label);
        choice->setData(arn);
        connect(choice, &QAction::triggered, this, [this, arn] {
            m_resource->setText(arn);
            commitResource();
            m_resource->setFocus();
            // Select the first example name, the part a user most likely wants to change.
            const int start = static_cast<int>(arn.indexOf(QLatin1String("my-")));
            if (start >= 0) {
                int end = start;
                while (end < arn.size() && arn.at(end) != QLatin1Char('/') && arn.at(end) != QLatin1Char(':'))
                    ++end;
                m_resource->setSelection(start, end - start);
            }
        });
    };
    if (!action) {
        QAction* hint = m_templatesMenu->addAction(tr("Choose a known action first to see its resource types"));
        hint->setEnabled(false);
        addChoice(tr("Any resource: *"), QStringLiteral("*"));
        return;
    }
    const auto resources = known.resourcesOf(*action);
    const QString service = fromView(known.serviceOf(*action).prefix);
    if (resources.empty()) {
        QAction* hint = m_templatesMenu->addAction(
            tr("%1 works on no particular resource").arg(QString::fromStdString(known.fullName(*action))));
        hint->setEnabled(false);
        addChoice(tr("Any resource: *"), QStringLiteral("*"));
        return;
    }
    QStringList seen;
    for (const CatalogActionResource& resource : resources) {
        const CatalogResourceType& type = known.resourceTypeOf(resource);
        for (std::string_view arnTemplate : known.arnTemplatesOf(type)) {
            const QString filled = fillResourceTemplate(fromView(arnTemplate));
            if (seen.contains(filled))
                continue;
            seen << filled;
            addChoice(tr("%1 %2:  %3").arg(service, fromView(type.name), filled), filled);
        }
    }
}

void RequestEditor::updateHints()
{
    updatePrincipalHint();
    updateActionHint();
    updateResourceHint();
    updateResourceAccountHint();
}

void RequestEditor::updatePrincipalHint()
{
    const QString text = m_principal->text().trimmed();
    if (text.isEmpty()) {
        setHint(m_principalHint, tr("Give who makes the request, or use Choose…"), true);
        return;
    }
    const QString description = PrincipalPickerDialog::describe(text);
    if (description.isEmpty())
        setHint(m_principalHint,
            tr("Not a principal the simulator knows. Write an ARN such as arn:aws:iam::111122223333:user/alice, "
               "or use Choose… to build one."),
            true);
    else
        setHint(m_principalHint, description, false);
}

void RequestEditor::updateActionHint()
{
    const QString text = m_action->text().trimmed();
    if (text.isEmpty()) {
        setHint(m_actionHint, tr("The API call, written service:Action, for example s3:GetObject."), false);
        return;
    }
    if (text.contains(QLatin1Char('*')) || text.contains(QLatin1Char('?'))) {
        setHint(m_actionHint, tr("A request asks for one action, without * or ?. Wildcards belong in policies."), true);
        return;
    }
    if (const CatalogAction* action = currentAction()) {
        setHint(m_actionHint,
            tr("%1 access. %2").arg(fromView(accessLevelName(action->accessLevel)), fromView(action->description)),
            false);
        return;
    }
    const auto suggestion = catalog().suggestAction(toStd(text));
    QString hint = tr("Not an action the catalog knows; the simulation still runs with it.");
    if (suggestion)
        hint = tr("Not an action the catalog knows: did you mean %1? The simulation still runs with it.")
                   .arg(QString::fromStdString(*suggestion));
    setHint(m_actionHint, hint, true);
}

void RequestEditor::updateResourceHint()
{
    const QString text = m_resource->text().trimmed();
    const CatalogAction* action = currentAction();
    if (text.isEmpty()) {
        setHint(m_resourceHint, tr("The ARN of the resource acted on. The Examples button fills one in."), false);
        return;
    }
    if (!action)
        return setHint(m_resourceHint, {}, false);
    const Catalog& known = catalog();
    const auto resources = known.resourcesOf(*action);
    const QString actionName = QString::fromStdString(known.fullName(*action));
    if (resources.empty()) {
        if (text != QLatin1String("*"))
            setHint(m_resourceHint, tr("%1 acts on no particular resource; AWS checks it against *.").arg(actionName),
                true);
        else
            setHint(m_resourceHint, tr("Any resource: %1 acts on no particular resource.").arg(actionName), false);
        return;
    }
    QStringList wanted;
    for (const CatalogActionResource& resource : resources) {
        const CatalogResourceType& type = known.resourceTypeOf(resource);
        if (known.arnFits(toStd(text), type)) {
            setHint(m_resourceHint,
                tr("Resource type: %1 %2, which %3 works on.")
                    .arg(fromView(known.serviceOf(*action).name), fromView(type.name), actionName),
                false);
            return;
        }
        wanted << fromView(type.name);
    }
    setHint(m_resourceHint,
        tr("%1 works on: %2. This ARN is none of those; Examples lists theirs.").arg(actionName, wanted.join(tr(", "))),
        true);
}

void RequestEditor::updateResourceAccountHint()
{
    const QString text = m_resourceAccount->text().trimmed();
    const QString own = principalAccount();
    // arn:partition:service:region:ACCOUNT:resource; S3 and a few others leave the account out.
    const QString arnAccount = m_resource->text().trimmed().section(QLatin1Char(':'), 4, 4);
    const bool arnNamesAccount = isAccountId(arnAccount.toStdString());
    m_resourceAccount->setPlaceholderText(
        own.isEmpty() ? tr("the account in the resource ARN") : tr("same as the principal's account"));
    m_useArnAccount->setVisible(false);
    if (text.isEmpty()) {
        if (arnNamesAccount && !own.isEmpty() && arnAccount != own) {
            // The engine takes the principal's account when this is empty, whatever the ARN says.
            setHint(m_resourceAccountHint,
                tr("The ARN names account %1, but an empty field means the principal's account, %2.")
                    .arg(arnAccount, own),
                true);
            m_useArnAccount->setText(tr("Use %1").arg(arnAccount));
            m_useArnAccount->setVisible(true);
            return;
        }
        setHint(m_resourceAccountHint,
            own.isEmpty() ? tr("Empty: the account in the resource ARN, when it names one.")
                          : tr("Empty: the resource is in %1, the principal's own account.").arg(own),
            false);
        return;
    }
    if (!isAccountId(text.toStdString())) {
        setHint(m_resourceAccountHint, tr("An account ID is exactly 12 digits, like 444455556666."), true);
        return;
    }
    if (!own.isEmpty() && text != own) {
        setHint(m_resourceAccountHint,
            tr("Cross-account: the principal's policies and the resource's policy must both allow it."), false);
        return;
    }
    setHint(m_resourceAccountHint, tr("The principal's own account."), false);
}

PrincipalPickerDialog* RequestEditor::openPrincipalPicker()
{
    auto* picker = new PrincipalPickerDialog(this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    picker->setPrincipal(m_principal->text());
    connect(picker, &QDialog::accepted, this, [this, picker] {
        const QString principal = picker->principal();
        if (principal.isEmpty())
            return;
        m_principal->setText(principal);
        commitPrincipal();
    });
    picker->open();
    return picker;
}

} // namespace iam::ui
