#include "ui/session/PolicySession.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <utility>

#include <QFileInfo>
#include <QSaveFile>
#include <QUndoCommand>
#include <QUndoStack>

#include "core/catalog/Catalog.h"
#include "core/diagnostics/TextEdit.h"
#include "core/edit/PolicyTextEditor.h"
#include "core/lint/Linter.h"
#include "core/lint/PolicySize.h"
#include "core/policy/PolicyParser.h"
#include "ui/common/UserTextFile.h"

namespace iam::ui {

namespace {

// Long enough to stay quiet while someone types a word, short enough to feel immediate.
constexpr int kParseDelayMs = 150;
// A pause longer than this ends a burst of typing: the next keystroke starts a new undo step.
constexpr int kTypingPauseMs = 1000;
// QUndoStack merges only commands sharing an id; only typing steps have one.
constexpr int kTypingCommandId = 0x4a534f4e;
// Form fields that send every keystroke (a Sid, a condition value) merge their steps the same way.
constexpr int kFieldCommandId = 0x4649454c;

std::string_view utf8View(const QByteArray& bytes)
{
    return { bytes.constData(), static_cast<std::size_t>(bytes.size()) };
}

QString fromUtf8(const std::string& text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

// One change of the whole text. Storing both texts keeps undo exact whatever made the change: a
// policy is a few kilobytes, so a few hundred steps cost less than a screenshot.
class TextChangeCommand final : public QUndoCommand {
public:
    using Apply = std::function<void(const QString& text, bool typing)>;

    // `commandId` is kTypingCommandId, kFieldCommandId or -1 (never merges); steps merge only
    // within one `group`.
    TextChangeCommand(const QString& name, QString before, QString after, int commandId, int group, Apply apply)
        : QUndoCommand(name)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_commandId(commandId)
        , m_typingGroup(group)
        , m_apply(std::move(apply))
    {
    }

    int id() const override { return m_commandId; }

    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* next = static_cast<const TextChangeCommand*>(other); // same id, so same class
        if (next->m_typingGroup != m_typingGroup || next->m_before != m_after)
            return false;
        m_after = next->m_after;
        setText(next->text());  // "Rename statement to ReadReports", not "... to R"
        // Typing a character and deleting it again leaves nothing to undo.
        setObsolete(m_after == m_before);
        return true;
    }

    void undo() override { m_apply(m_before, false); }

    void redo() override
    {
        // The first redo is the keystroke itself, checked after the typing pause; a later redo is
        // a deliberate step back, checked at once.
        m_apply(m_after, m_firstRedo && m_commandId == kTypingCommandId);
        m_firstRedo = false;
    }

private:
    QString m_before;
    QString m_after;
    int m_commandId;
    int m_typingGroup;
    Apply m_apply;
    bool m_firstRedo = true;
};

bool isTrustAction(std::string_view action)
{
    // What a role trust policy grants: taking on the role, and the session details that go with it.
    const auto lower = [](std::string_view text) {
        std::string out(text);
        std::transform(
            out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        return out;
    };
    const std::string name = lower(action);
    return name.starts_with("sts:assumerole") || name == "sts:tagsession" || name == "sts:setsourceidentity"
        || name == "sts:setcontext";
}

// A file says little about where it is attached, but its Principals say a lot: a policy whose every
// statement names one is a resource's or a role's, and one that names none is not. Checking a trust
// policy as a user's would bury a beginner in errors that are not there.
std::optional<PolicyKind> kindSuggestedBy(const Policy& policy, PolicyKind current)
{
    if (policy.statements.empty())
        return std::nullopt;
    std::size_t withPrincipal = 0;
    bool onlyTrustActions = true;
    for (const Statement& statement : policy.statements) {
        if (statement.principal || statement.notPrincipal)
            ++withPrincipal;
        if (!statement.action || statement.action->values.empty())
            onlyTrustActions = false;
        else if (!std::all_of(statement.action->values.begin(), statement.action->values.end(), isTrustAction))
            onlyTrustActions = false;
    }
    if (withPrincipal == policy.statements.size())
        return onlyTrustActions ? PolicyKind::Trust : PolicyKind::Resource;
    if (withPrincipal == 0 && kindRequiresPrincipal(current))
        return PolicyKind::Identity;
    return std::nullopt;
}

} // namespace

PolicySession::PolicySession(QObject* parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{
    m_parseTimer.setSingleShot(true);
    m_parseTimer.setInterval(kParseDelayMs);
    connect(&m_parseTimer, &QTimer::timeout, this, &PolicySession::reparseNow);
    // Modified means "differs from the saved file": undoing back to it clears the `*` again.
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) { setModified(!clean); });
}

QString PolicySession::displayName() const
{
    if (!m_filePath.isEmpty())
        return QFileInfo(m_filePath).fileName();
    return m_untitledName.isEmpty() ? tr("Untitled") : m_untitledName;
}

bool PolicySession::hasErrors() const
{
    return iam::hasErrors(m_diagnostics);
}

void PolicySession::setText(const QString& text)
{
    if (text == m_text || m_readOnly)
        return;
    if (!m_sinceTyping.isValid() || m_sinceTyping.elapsed() > kTypingPauseMs)
        ++m_typingGroup;
    m_sinceTyping.start();
    m_undoStack->push(
        new TextChangeCommand(tr("Edit JSON"), m_text, text, kTypingCommandId, m_typingGroup, [this](const QString& after, bool typing) {
            showCommandText(after, typing ? TextOrigin::Typing : TextOrigin::Command);
        }));
}

void PolicySession::clear()
{
    replaceDocument(QString(), QString());
}

void PolicySession::startUntitled(const QString& text, bool modified, const QString& name)
{
    replaceDocument(text, QString(), name);
    if (modified)
        m_undoStack->resetClean();
}

bool PolicySession::load(const QString& path)
{
    const std::optional<QString> text = readUserTextFile(path, kMaxFileBytes,
        tr("AWS allows IAM policies of a few kilobytes of JSON text."), m_lastError);
    if (!text)
        return false;
    replaceDocument(*text, QFileInfo(path).absoluteFilePath());
    followPrincipalsForKind();
    return true;
}

void PolicySession::followPrincipalsForKind()
{
    if (m_policy && m_policyCurrent) {
        if (const auto kind = kindSuggestedBy(*m_policy, m_kind))
            setKind(*kind);
    }
}

bool PolicySession::save()
{
    if (m_filePath.isEmpty()) {
        m_lastError = tr("This document has no file yet. Use Save As to choose one.");
        return false;
    }
    return saveAs(m_filePath);
}

bool PolicySession::saveAs(const QString& path)
{
    if (m_readOnly) {
        m_lastError = tr("This AWS managed policy is shown read-only. Choose \"Duplicate as my policy\" to make "
                         "your own copy, then save that.");
        return false;
    }
    // QSaveFile writes to a temporary file and renames it, so a failed save never leaves half a file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_lastError = tr("Could not save %1: %2.").arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    file.write(m_text.toUtf8());
    if (!file.commit()) {
        m_lastError = tr("Could not save %1: %2.").arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    m_lastError.clear();
    setFilePath(QFileInfo(path).absoluteFilePath());
    m_undoStack->setClean();
    return true;
}

void PolicySession::reparseNow()
{
    m_parseTimer.stop();
    // A blank page is a document not yet written, not a broken one: it has nothing to report.
    if (m_text.trimmed().isEmpty()) {
        m_diagnostics.clear();
        m_policy.reset();
        m_policyCurrent = true;
        emit diagnosticsChanged();
        return;
    }
    const QByteArray utf8 = m_text.toUtf8();
    const std::string_view text = utf8View(utf8);
    PolicyParseResult parsed = parsePolicy(text);
    m_diagnostics = lint(parsed, text, m_kind, &Catalog::builtIn());
    // While the text does not parse, the form keeps showing the last policy that did.
    m_policyCurrent = parsed.policy.has_value();
    if (parsed.policy)
        m_policy = std::move(parsed.policy);
    emit diagnosticsChanged();
}

void PolicySession::setKind(PolicyKind kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    emit kindChanged(kind);
    reparseNow();
}

bool PolicySession::applyEdit(const QString& name, const std::function<bool(PolicyTextEditor&)>& edit,
                             const QString& mergeKey)
{
    if (m_readOnly)
        return false;
    const QByteArray utf8 = m_text.toUtf8();
    PolicyTextEditor editor { std::string(utf8View(utf8)) };
    if (!edit(editor))
        return false;
    if (mergeKey.isEmpty() || mergeKey != m_fieldKey || m_sinceFieldEdit.elapsed() > kTypingPauseMs)
        ++m_fieldGroup;
    m_fieldKey = mergeKey;
    m_sinceFieldEdit.start();
    return pushTextChange(name, fromUtf8(editor.text()), mergeKey.isEmpty() ? -1 : kFieldCommandId);
}

bool PolicySession::applyFix(const Diagnostic& diagnostic)
{
    // A fix's byte offsets describe the text its finding was made from: never apply a stale one.
    if (m_readOnly || !diagnostic.hasFix() || !areDiagnosticsCurrent())
        return false;
    const QByteArray utf8 = m_text.toUtf8();
    const QString fixed = fromUtf8(applyTextEdits(utf8View(utf8), diagnostic.fixEdits));
    const QString name = diagnostic.fixTitle.empty() ? tr("Apply fix") : fromUtf8(diagnostic.fixTitle);
    return pushTextChange(name, fixed);
}

void PolicySession::setReadOnly(bool readOnly)
{
    if (readOnly == m_readOnly)
        return;
    m_readOnly = readOnly;
    emit readOnlyChanged(readOnly);
}

int PolicySession::quotaCharacterCount() const
{
    const QByteArray utf8 = m_text.toUtf8();
    return static_cast<int>(policyQuotaCharacterCount(utf8View(utf8)));
}

int PolicySession::sizeQuota() const
{
    return static_cast<int>(policySizeQuota(m_kind));
}

int PolicySession::textPositionForByteOffset(std::size_t offset) const
{
    // Counts UTF-8 bytes along the UTF-16 text instead of converting it: the findings ask this twice
    // each after every check, and a span never starts inside a character.
    std::size_t bytes = 0;
    int position = 0;
    const int size = static_cast<int>(m_text.size());
    while (position < size && bytes < offset) {
        const char16_t unit = m_text.at(position).unicode();
        if (QChar::isHighSurrogate(unit) && position + 1 < size && QChar::isLowSurrogate(m_text.at(position + 1).unicode())) {
            bytes += 4;
            position += 2;
            continue;
        }
        bytes += unit < 0x80 ? 1 : unit < 0x800 ? 2 : 3;
        ++position;
    }
    return position;
}

void PolicySession::showCommandText(const QString& text, TextOrigin origin)
{
    m_text = text;
    emit textChanged();
    if (origin == TextOrigin::Typing) {
        m_parseTimer.start();
        return;
    }
    ++m_typingGroup; // typing after an undo or a form edit is a new step
    reparseNow();
}

bool PolicySession::pushTextChange(const QString& name, const QString& after, int commandId)
{
    if (after == m_text)
        return false;
    if (commandId != kFieldCommandId)
        m_fieldKey.clear();
    m_undoStack->push(new TextChangeCommand(
        name, m_text, after, commandId, m_fieldGroup, [this](const QString& text, bool) { showCommandText(text, TextOrigin::Command); }));
    return true;
}

void PolicySession::setModified(bool modified)
{
    if (modified == m_modified)
        return;
    m_modified = modified;
    emit modifiedChanged(modified);
}

void PolicySession::setFilePath(const QString& path)
{
    if (path == m_filePath)
        return;
    m_filePath = path;
    emit filePathChanged(path);
    emit displayNameChanged();
}

void PolicySession::replaceDocument(const QString& text, const QString& path, const QString& untitledName)
{
    m_lastError.clear();
    if (untitledName != m_untitledName) {
        m_untitledName = untitledName;
        emit displayNameChanged();
    }
    m_undoStack->clear(); // undo must not bring back the previous document
    m_undoStack->setClean(); // clear() leaves an empty stack's "never clean" mark from startUntitled
    ++m_typingGroup;
    setReadOnly(false);
    m_text = text;
    setFilePath(path);
    emit textChanged();
    reparseNow();
}

} // namespace iam::ui
