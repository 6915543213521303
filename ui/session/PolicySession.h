#pragma once

#include <cstddef>
#include <vector>

#include <QObject>
#include <QString>
#include <QTimer>

#include "core/diagnostics/Diagnostic.h"

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
    QString displayName() const;  // file name, or "Untitled" for a new document
    bool isModified() const { return m_modified; }
    const std::vector<Diagnostic>& diagnostics() const { return m_diagnostics; }
    bool hasErrors() const;
    QString lastError() const { return m_lastError; }

    // The user edited the text: marks the document modified and re-checks it shortly after typing stops.
    void setText(const QString& text);
    // Starts an empty, unmodified, untitled document.
    void clear();
    // Replaces the document with a file's text. On failure nothing changes and lastError() says why.
    bool load(const QString& path);
    bool save();  // to filePath(); fails when the document has no file yet
    bool saveAs(const QString& path);
    // Checks the text now instead of waiting for the typing pause (after load, before a screenshot).
    void reparseNow();

    // Core reports positions as UTF-8 byte offsets; Qt's text widgets count UTF-16 code units.
    int textPositionForByteOffset(std::size_t offset) const;

signals:
    void textChanged();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString& path);
    void diagnosticsChanged();

private:
    void setModified(bool modified);
    void setFilePath(const QString& path);
    void replaceDocument(const QString& text, const QString& path);

    QString m_text;
    QString m_filePath;
    QString m_lastError;
    bool m_modified = false;
    std::vector<Diagnostic> m_diagnostics;
    QTimer m_parseTimer;
};

}  // namespace iam::ui
