#include "ui/session/PolicySession.h"

#include <algorithm>
#include <string>

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringDecoder>

#include "core/policy/PolicyParser.h"

namespace iam::ui {

namespace {

// Long enough to stay quiet while someone types a word, short enough to feel immediate.
constexpr int kParseDelayMs = 150;

}  // namespace

PolicySession::PolicySession(QObject* parent)
    : QObject(parent)
{
    m_parseTimer.setSingleShot(true);
    m_parseTimer.setInterval(kParseDelayMs);
    connect(&m_parseTimer, &QTimer::timeout, this, &PolicySession::reparseNow);
}

QString PolicySession::displayName() const
{
    return m_filePath.isEmpty() ? tr("Untitled") : QFileInfo(m_filePath).fileName();
}

bool PolicySession::hasErrors() const
{
    return iam::hasErrors(m_diagnostics);
}

void PolicySession::setText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    setModified(true);
    emit textChanged();
    m_parseTimer.start();
}

void PolicySession::clear()
{
    replaceDocument(QString(), QString());
}

bool PolicySession::load(const QString& path)
{
    if (QFileInfo(path).isDir()) {
        m_lastError = tr("%1 is a folder. Choose a policy file inside it.").arg(QFileInfo(path).fileName());
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_lastError = tr("Could not open %1: %2.").arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    if (file.size() > kMaxFileBytes) {
        m_lastError = tr("%1 is larger than 10 MB, too large to be an IAM policy. AWS allows policies of "
                         "a few kilobytes.")
                          .arg(QFileInfo(path).fileName());
        return false;
    }
    const QByteArray bytes = file.readAll();
    if (bytes.contains('\0')) {
        m_lastError = tr("%1 looks like a binary file, not a text file. An IAM policy is JSON text.")
                          .arg(QFileInfo(path).fileName());
        return false;
    }
    // Keep a leading byte order mark as a character, so saving writes back exactly the bytes we read.
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom);
    const QString text = decoder(bytes);
    if (decoder.hasError()) {
        m_lastError = tr("%1 is not valid UTF-8 text. Save it as UTF-8 in your text editor and open it again.")
                          .arg(QFileInfo(path).fileName());
        return false;
    }
    replaceDocument(text, QFileInfo(path).absoluteFilePath());
    return true;
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
    setModified(false);
    return true;
}

void PolicySession::reparseNow()
{
    m_parseTimer.stop();
    // A blank page is a document not yet written, not a broken one: it has nothing to report.
    if (m_text.trimmed().isEmpty()) {
        m_diagnostics.clear();
        emit diagnosticsChanged();
        return;
    }
    const QByteArray utf8 = m_text.toUtf8();
    auto result = parsePolicy(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
    m_diagnostics = std::move(result.diagnostics);
    emit diagnosticsChanged();
}

int PolicySession::textPositionForByteOffset(std::size_t offset) const
{
    const QByteArray utf8 = m_text.toUtf8();
    const auto clamped = static_cast<qsizetype>(std::min<std::size_t>(offset, static_cast<std::size_t>(utf8.size())));
    // A span never starts inside a UTF-8 sequence, so decoding the prefix counts whole characters.
    return static_cast<int>(QString::fromUtf8(utf8.constData(), clamped).size());
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
}

void PolicySession::replaceDocument(const QString& text, const QString& path)
{
    m_lastError.clear();
    m_text = text;
    setFilePath(path);
    setModified(false);
    emit textChanged();
    reparseNow();
}

}  // namespace iam::ui
