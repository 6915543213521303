#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <vector>

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

#include "core/diagnostics/Diagnostic.h"
#include "core/lint/PolicyKind.h"
#include "core/policy/Policy.h"

class QUndoStack;

namespace iam {
class PolicyTextEditor;
}

namespace iam::ui {

// The open policy document, observed by every view (Okular's document/observer shape). It owns the
// text, the file it came from and the latest findings of core's parser; widgets show these and
// never parse JSON themselves. Passed to views through their constructors.
class PolicySession final : public QObject {
    Q_OBJECT

public:
    // Policies are a few kilobytes; anything near this is not a policy and would freeze the editor.
    static constexpr qint64 kMaxFileBytes = 10 * 1024 * 1024;

    explicit PolicySession(QObject* parent = nullptr);

    QString text() const { return m_text; }
    QString filePath() const { return m_filePath; }
    // The file name; for a document with no file, the name it was started with, or "Untitled".
    QString displayName() const;
    bool isModified() const { return m_modified; }
    const std::vector<Diagnostic>& diagnostics() const { return m_diagnostics; }
    bool hasErrors() const;
    QString lastError() const { return m_lastError; }

    // The user edited the text: marks the document modified and re-checks it shortly after typing stops.
    void setText(const QString& text);
    // Starts an empty, unmodified, untitled document.
    void clear();
    // Starts an untitled document with this text and a fresh history (a template, a managed policy).
    // `modified` says whether closing it should offer to save it: yes for a template the user is
    // about to make their own, no for a managed policy shown as it is.
    // `name` stands in for the file name in the title until the document is saved.
    void startUntitled(const QString& text, bool modified, const QString& name = QString());
    // The next keystroke starts a new undo step: a paste or a cut is a step of its own.
    void endTypingStep() { ++m_typingGroup; }
    // Replaces the document with a file's text. On failure nothing changes and lastError() says why.
    // The kind follows the file's Principals: every statement naming one makes it a resource policy
    // (a role trust policy when it only grants sts:AssumeRole…), none makes it an identity policy.
    bool load(const QString& path);
    // Sets the kind the document's Principals suggest, as load() does, for text from elsewhere
    // whose kind nobody stated (a lesson's example).
    void followPrincipalsForKind();
    bool save(); // to filePath(); fails when the document has no file yet
    bool saveAs(const QString& path);
    // Checks the text now instead of waiting for the typing pause (after load, before a screenshot).
    void reparseNow();

    // --- Build page (issue 5) ---
    // What the policy is attached to; changing it re-lints (a Principal is right in a bucket policy,
    // wrong in a user's policy). Findings come from core's linter with the built-in catalog.
    PolicyKind kind() const { return m_kind; }
    void setKind(PolicyKind kind);
    // The policy of the last text that parsed. The form shows it; while the text does not parse,
    // isPolicyCurrent() is false and the form marks itself as showing the last good state.
    const std::optional<Policy>& policy() const { return m_policy; }
    bool isPolicyCurrent() const { return m_policyCurrent; }
    // Both sides share one history: typing in the JSON pushes "Edit JSON" steps (merged while typing
    // continues), form edits push named steps ("Add action s3:GetObject").
    QUndoStack* undoStack() const { return m_undoStack; }
    // A form edit: runs `edit` on the current text; when it changed the text, records an undo step
    // named `name`, shows the new text at once and re-checks it now. Returns whether anything changed.
    // Edits with the same non-empty `mergeKey` in quick succession (a field sending each keystroke)
    // become one step, named after the last.
    bool applyEdit(const QString& name, const std::function<bool(PolicyTextEditor&)>& edit,
                   const QString& mergeKey = QString());
    // Applies a finding's mechanical fix as one undo step named after it.
    bool applyFix(const Diagnostic& diagnostic);
    // Opened from an AWS managed policy: shown, never saved over; "Duplicate as my policy" clears it.
    bool isReadOnly() const { return m_readOnly; }
    void setReadOnly(bool readOnly);
    // Characters AWS counts against the kind's size quota (whitespace excluded), and that quota.
    int quotaCharacterCount() const;
    int sizeQuota() const;
    // Whether diagnostics() describe text() (false between a keystroke and the check after it).
    bool areDiagnosticsCurrent() const { return !m_parseTimer.isActive(); }

    // Core reports positions as UTF-8 byte offsets; Qt's text widgets count UTF-16 code units.
    int textPositionForByteOffset(std::size_t offset) const;

signals:
    void textChanged();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString& path);
    void displayNameChanged();
    void diagnosticsChanged(); // also when policy() changes
    void kindChanged(iam::PolicyKind kind);
    void readOnlyChanged(bool readOnly);

private:
    enum class TextOrigin { Typing, Command };
    // Sets the text from an undo command: typing is checked after a pause, everything else at once.
    void showCommandText(const QString& text, TextOrigin origin);
    bool pushTextChange(const QString& name, const QString& after, int commandId = -1);
    void setModified(bool modified);
    void setFilePath(const QString& path);
    void replaceDocument(const QString& text, const QString& path, const QString& untitledName = QString());

    QString m_text;
    QString m_filePath;
    QString m_untitledName;
    QString m_lastError;
    bool m_modified = false;
    std::vector<Diagnostic> m_diagnostics;
    PolicyKind m_kind = PolicyKind::Identity;
    std::optional<Policy> m_policy;
    bool m_policyCurrent = true;
    bool m_readOnly = false;
    QUndoStack* m_undoStack = nullptr;
    QTimer m_parseTimer;
    // Typing steps merge only within one group; a pause, a form edit, an undo or a save starts a new
    // one, so one undo takes back one burst of typing.
    int m_typingGroup = 0;
    QElapsedTimer m_sinceTyping;
    int m_fieldGroup = 0;
    QString m_fieldKey;
    QElapsedTimer m_sinceFieldEdit;
};

} // namespace iam::ui
