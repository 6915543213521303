#include "ui/simulate/inputs/PolicyTextDialog.h"

#include <string>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include "core/policy/PolicyParser.h"
#include "core/policy/PolicySerializer.h"
#include "ui/common/DiagnosticsModel.h"
#include "ui/common/JsonEditor.h"
#include "ui/simulate/inputs/PolicyTypeNames.h"

namespace iam::ui {

namespace {

// The editor position (UTF-16) of a UTF-8 byte offset into the same text.
int positionOfByteOffset(const QString& text, std::size_t offset)
{
    std::size_t bytes = 0;
    int position = 0;
    const int size = static_cast<int>(text.size());
    while (position < size && bytes < offset) {
        const char16_t unit = text.at(position).unicode();
        if (QChar::isHighSurrogate(unit) && position + 1 < size
            && QChar::isLowSurrogate(text.at(position + 1).unicode())) {
            bytes += 4;
            position += 2;
            continue;
        }
        bytes += unit < 0x80 ? 1 : unit < 0x800 ? 2 : 3;
        ++position;
    }
    return position;
}

// Problems are worth a look only after a pause in typing: half-typed JSON is always broken.
constexpr int kCheckDelayMs = 250;

} // namespace

PolicyTextDialog::PolicyTextDialog(Mode mode, QWidget* parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_type(new QComboBox(this))
    , m_typeHint(new QLabel(this))
    , m_levelLabel(new QLabel(tr("&Level:"), this))
    , m_level(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_editor(new JsonEditor(this))
    , m_problemSummary(new QLabel(this))
    , m_problems(new QListWidget(this))
    , m_layOut(new QPushButton(tr("&Lay out"), this))
    , m_ok(nullptr)
    , m_checkTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("policyTextDialog"));
    setWindowTitle(mode == Mode::Add ? tr("Add a policy to the simulation") : tr("Edit a policy of the simulation"));
    setSizeGripEnabled(true);
    resize(720, 620);

    auto* intro = new QLabel(mode == Mode::Add
            ? tr("Check where the policy plays, give it a name you will recognise, and look over its JSON. "
                 "You can add it even with problems; the simulation waits for it to be fixed or switched off.")
            : tr("Change the policy's name or its JSON. The decision updates as soon as you press OK."),
        this);
    intro->setWordWrap(true);

    m_type->setObjectName(QStringLiteral("policyTypeBox"));
    m_type->setAccessibleName(tr("Policy type"));
    for (PolicyType type : kAllPolicyTypes)
        m_type->addItem(policyGroupTitle(type), static_cast<int>(type));
    m_type->setVisible(mode == Mode::Add);
    m_typeHint->setObjectName(QStringLiteral("policyTypeHint"));
    m_typeHint->setWordWrap(true);
    m_typeHint->setForegroundRole(QPalette::PlaceholderText);
    m_level->setObjectName(QStringLiteral("policyLevelBox"));
    m_level->setAccessibleName(tr("Organization level"));

    m_levelLabel->setBuddy(m_level);
    m_name->setObjectName(QStringLiteral("policyNameField"));
    m_name->setPlaceholderText(tr("For example: alice's own policy, or the Developers group"));
    m_name->setAccessibleName(tr("Policy name"));
    m_editor->setObjectName(QStringLiteral("policyTextEditor"));
    m_editor->setAccessibleName(tr("Policy JSON"));
    m_problemSummary->setObjectName(QStringLiteral("policyProblemSummary"));
    m_problemSummary->setWordWrap(true);
    m_problems->setObjectName(QStringLiteral("policyProblems"));
    m_problems->setAccessibleName(tr("Problems of this policy"));
    m_problems->setWordWrap(true);
    m_problems->setMaximumHeight(110);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* typeLabel = new QLabel(tr("&Plays as:"), this);
    typeLabel->setBuddy(m_type);
    // The hint sits right under the type, in the same row, so the form keeps its even spacing.
    auto* typeColumn = new QVBoxLayout;
    typeColumn->setSpacing(2);
    if (mode == Mode::Add) {
        typeColumn->addWidget(m_type);
        typeColumn->addWidget(m_typeHint);
        form->addRow(typeLabel, typeColumn);
        form->addRow(m_levelLabel, m_level);
    } else {
        // Where a policy plays is fixed once added; the row says it instead of offering a choice.
        typeLabel->setText(tr("Plays as:"));
        m_placement = new QLabel(this);
        m_placement->setObjectName(QStringLiteral("policyPlacementLabel"));
        typeColumn->addWidget(m_placement);
        typeColumn->addWidget(m_typeHint);
        form->addRow(typeLabel, typeColumn);
        m_level->hide();
        m_levelLabel->hide();
    }
    auto* nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, m_name);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("policyTextOkButton"));
    m_ok->setText(mode == Mode::Add ? tr("Add to the simulation") : tr("Save changes"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_editor, 1);
    m_layOut->setObjectName(QStringLiteral("policyLayOutButton"));
    m_layOut->setToolTip(tr("Put each element on its own line, indented, as AWS's console shows policies. "
                            "The meaning does not change."));
    m_layOut->setAutoDefault(false);
    auto* summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_problemSummary, 1);
    summaryRow->addWidget(m_layOut);
    layout->addLayout(summaryRow);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);

    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(kCheckDelayMs);
    connect(m_checkTimer, &QTimer::timeout, this, &PolicyTextDialog::checkText);
    connect(m_editor, &QPlainTextEdit::textChanged, m_checkTimer, qOverload<>(&QTimer::start));
    connect(m_type, &QComboBox::currentIndexChanged, this, &PolicyTextDialog::updateLevels);
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_nameSuggestion)
            return;
        for (PolicyType type : kAllPolicyTypes) {
            if (m_name->text() == m_nameSuggestion(type)) {
                m_name->setText(m_nameSuggestion(policyType()));
                return;
            }
        }
    });
    connect(m_problems, &QListWidget::itemActivated, this,
        [this](QListWidgetItem* item) { jumpToProblem(m_problems->row(item)); });
    connect(m_problems, &QListWidget::itemClicked, this,
        [this](QListWidgetItem* item) { jumpToProblem(m_problems->row(item)); });
    connect(m_name, &QLineEdit::textChanged, this, &PolicyTextDialog::updateOkButton);
    connect(m_layOut, &QPushButton::clicked, this, &PolicyTextDialog::layOutText);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &PolicyTextDialog::updateOkButton);

    m_scpLevels = { { 0, organizationLevelName(0, 2) }, { 1, organizationLevelName(1, 2) },
        { 2, organizationLevelName(2, 2) } };
    m_rcpLevels = m_scpLevels;
    updateLevels();
    checkText();
    updateOkButton();
}

void PolicyTextDialog::setLevelChoices(PolicyType type, std::vector<std::pair<int, QString>> levels)
{
    if (type == PolicyType::Scp)
        m_scpLevels = std::move(levels);
    else if (type == PolicyType::Rcp)
        m_rcpLevels = std::move(levels);
    updateLevels();
}

void PolicyTextDialog::setPlacement(PolicyType type, int level)
{
    m_type->setCurrentIndex(m_type->findData(static_cast<int>(type)));
    updateLevels();
    const int found = m_level->findData(level);
    if (found >= 0)
        m_level->setCurrentIndex(found);
    updateLevels();
}

PolicyType PolicyTextDialog::policyType() const
{
    return static_cast<PolicyType>(m_type->currentData().toInt());
}

int PolicyTextDialog::level() const
{
    return policyTypeHasLevels(policyType()) && m_level->currentIndex() >= 0 ? m_level->currentData().toInt() : 0;
}

void PolicyTextDialog::setNameSuggestion(std::function<QString(PolicyType)> suggestion)
{
    m_nameSuggestion = std::move(suggestion);
}

void PolicyTextDialog::setPolicyName(const QString& name)
{
    m_name->setText(name);
}

QString PolicyTextDialog::policyName() const
{
    return m_name->text().trimmed();
}

void PolicyTextDialog::setPolicyText(const QString& text)
{
    m_editor->setTextSilently(text);
    checkText();
}

QString PolicyTextDialog::policyText() const
{
    return m_editor->documentText();
}

void PolicyTextDialog::updateLevels()
{
    const PolicyType type = policyType();
    m_typeHint->setText(policyGroupHint(type));
    const bool levels = policyTypeHasLevels(type);
    m_level->setVisible(levels && m_mode == Mode::Add);
    m_levelLabel->setVisible(levels && m_mode == Mode::Add);
    if (!levels) {
        if (m_placement)
            m_placement->setText(policyGroupTitle(type));
        return;
    }
    const int previous = m_level->currentIndex() >= 0 ? m_level->currentData().toInt() : 0;
    m_level->clear();
    for (const auto& [level, name] : type == PolicyType::Scp ? m_scpLevels : m_rcpLevels)
        m_level->addItem(name, level);
    const int found = m_level->findData(previous);
    m_level->setCurrentIndex(found >= 0 ? found : 0);
    if (m_placement)
        m_placement->setText(tr("%1, %2").arg(policyGroupTitle(type), m_level->currentText()));
}

void PolicyTextDialog::checkText()
{
    m_checkTimer->stop();
    const QString text = m_editor->documentText();
    const QByteArray utf8 = text.toUtf8();
    const PolicyParseResult parsed
        = parsePolicy(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
    m_problems->clear();
    m_problemPositions.clear();
    QList<JsonEditor::Marker> markers;
    int errors = 0;
    for (const Diagnostic& diagnostic : parsed.diagnostics) {
        errors += diagnostic.isError() ? 1 : 0;
        QString line = diagnostic.span.isKnown() ? tr("Line %1:%2  %3")
                                                       .arg(diagnostic.span.line)
                                                       .arg(diagnostic.span.column)
                                                       .arg(QString::fromStdString(diagnostic.message))
                                                 : QString::fromStdString(diagnostic.message);
        if (!diagnostic.help.empty())
            line += QStringLiteral(" — ") + QString::fromStdString(diagnostic.help);
        auto* item = new QListWidgetItem(line, m_problems);
        item->setForeground(DiagnosticsModel::severityColor(diagnostic.severity));
        item->setToolTip(DiagnosticsModel::severityLabel(diagnostic.severity));
        const int start = diagnostic.span.isKnown() ? positionOfByteOffset(text, diagnostic.span.offset) : -1;
        m_problemPositions.push_back(start);
        if (start >= 0) {
            JsonEditor::Marker marker;
            marker.start = start;
            marker.end = positionOfByteOffset(text, diagnostic.span.offset + diagnostic.span.length);
            if (marker.end <= marker.start)
                marker.end = marker.start + 1;
            marker.color = DiagnosticsModel::severityColor(diagnostic.severity);
            marker.toolTip = QString::fromStdString(diagnostic.message);
            markers << marker;
        }
    }
    m_editor->setMarkers(markers);
    m_layOut->setEnabled(parsed.policy.has_value() && layOutOf(text) != text);
    m_problems->setVisible(!parsed.diagnostics.empty());
    if (text.trimmed().isEmpty())
        m_problemSummary->setText(tr("Paste or type the policy's JSON above."));
    else if (parsed.diagnostics.empty())
        m_problemSummary->setText(tr("No problems: the simulation can read this policy."));
    else if (errors > 0)
        m_problemSummary->setText(errors == 1
                ? tr("1 problem stops the simulation from reading this policy:")
                : tr("%1 problems stop the simulation from reading this policy:").arg(errors));
    else
        m_problemSummary->setText(tr("The simulation can read this policy, with these remarks:"));
    updateOkButton();
}

QString PolicyTextDialog::layOutOf(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    const PolicyParseResult parsed
        = parsePolicy(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
    return parsed.policy ? QString::fromStdString(serializePolicy(*parsed.policy)) : text;
}

void PolicyTextDialog::layOutText()
{
    const QString text = m_editor->documentText();
    const QString laidOut = layOutOf(text);
    if (laidOut == text)
        return;
    // Through the editor's own history, so Ctrl+Z brings the pasted text back.
    QTextCursor cursor(m_editor->document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(laidOut);
    checkText();
}

void PolicyTextDialog::jumpToProblem(int row)
{
    if (row < 0 || row >= static_cast<int>(m_problemPositions.size())
        || m_problemPositions[static_cast<std::size_t>(row)] < 0)
        return;
    m_editor->moveCursorToPosition(m_problemPositions[static_cast<std::size_t>(row)]);
}

void PolicyTextDialog::updateOkButton()
{
    // A policy needs a name to be told apart in the trace; the text may still have problems.
    m_ok->setEnabled(!policyName().isEmpty() && !m_editor->documentText().trimmed().isEmpty());
    m_ok->setToolTip(m_ok->isEnabled() ? QString() : tr("Give the policy a name and its JSON first."));
}

} // namespace iam::ui
