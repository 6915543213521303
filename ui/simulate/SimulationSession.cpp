#include "ui/simulate/SimulationSession.h"

#include <algorithm>
#include <utility>

#include <QFileInfo>
#include <QSaveFile>

#include "core/eval/Evaluator.h"
#include "core/eval/SimulationDocumentFile.h"
#include "ui/common/UserTextFile.h"

namespace iam::ui {

namespace {

// Simulation files hold a handful of policies of a few kilobytes each and their tests.
constexpr qint64 kMaxSimulationFileBytes = 10 * 1024 * 1024;

std::string toStd(const QString& text)
{
    return text.toStdString();
}

// Where a new policy of this type and level goes: after the last one like it, else before the first
// policy of a later type, so the document stays grouped as the file writes it.
std::size_t insertionIndex(const std::vector<SimulationDocumentPolicy>& policies, const SimulationDocumentPolicy& added)
{
    auto rank = [](const SimulationDocumentPolicy& policy) {
        return std::make_pair(static_cast<int>(policy.type), policy.level);
    };
    std::size_t index = 0;
    for (std::size_t i = 0; i < policies.size(); ++i) {
        if (rank(policies[i]) <= rank(added))
            index = i + 1;
    }
    return index;
}

} // namespace

SimulationSession::SimulationSession(const Catalog* catalog, QObject* parent)
    : QObject(parent)
    , m_catalog(catalog)
{
    reevaluate();
}

void SimulationSession::setDocument(SimulationDocument document)
{
    m_document = std::move(document);
    reevaluate();
    emit documentReset();
    setModified(true);
}

void SimulationSession::clear()
{
    m_document = SimulationDocument {};
    m_filePath.clear();
    reevaluate();
    emit documentReset();
    emit filePathChanged(m_filePath);
    setModified(false);
}

std::size_t SimulationSession::addPolicy(SimulationDocumentPolicy policy)
{
    const std::size_t index = insertionIndex(m_document.policies, policy);
    m_document.policies.insert(m_document.policies.begin() + static_cast<std::ptrdiff_t>(index), std::move(policy));
    policiesEdited();
    return index;
}

void SimulationSession::removePolicy(std::size_t index)
{
    if (index >= m_document.policies.size())
        return;
    m_document.policies.erase(m_document.policies.begin() + static_cast<std::ptrdiff_t>(index));
    policiesEdited();
}

void SimulationSession::setPolicyEnabled(std::size_t index, bool enabled)
{
    if (index >= m_document.policies.size() || m_document.policies[index].enabled == enabled)
        return;
    m_document.policies[index].enabled = enabled;
    policiesEdited();
}

void SimulationSession::setPolicyText(std::size_t index, const QString& text)
{
    if (index >= m_document.policies.size() || m_document.policies[index].text == toStd(text))
        return;
    m_document.policies[index].text = toStd(text);
    policiesEdited();
}

void SimulationSession::setPolicyName(std::size_t index, const QString& name)
{
    if (index >= m_document.policies.size() || m_document.policies[index].name == toStd(name))
        return;
    m_document.policies[index].name = toStd(name);
    policiesEdited();
}

void SimulationSession::setRequest(const Request& request)
{
    if (m_document.request == request)
        return;
    m_document.request = request;
    reevaluate();
    emit requestChanged();
    setModified(true);
}

void SimulationSession::addContextKey(const QString& key)
{
    const std::string name = toStd(key.trimmed());
    if (name.empty())
        return;
    Request request = m_document.request;
    for (const ContextEntry& entry : request.context) {
        if (entry.key == name)
            return;
    }
    request.context.push_back({ name, { std::string() }, false });
    setRequest(request);
}

void SimulationSession::setTests(std::vector<PolicyTest> tests)
{
    m_document.tests = std::move(tests);
    emit testsChanged();
    setModified(true);
}

std::size_t SimulationSession::addCurrentRequestAsTest(const QString& name)
{
    PolicyTest test;
    test.name = toStd(name);
    test.request = m_document.request;
    test.expect = m_result ? m_result->decision : Decision::ImplicitDeny;
    m_document.tests.push_back(std::move(test));
    emit testsChanged();
    setModified(true);
    return m_document.tests.size() - 1;
}

void SimulationSession::removeTest(std::size_t index)
{
    if (index >= m_document.tests.size())
        return;
    m_document.tests.erase(m_document.tests.begin() + static_cast<std::ptrdiff_t>(index));
    emit testsChanged();
    setModified(true);
}

bool SimulationSession::applySmallestFix()
{
    if (m_smallestFix.kind != SmallestFix::Kind::AddAllow)
        return false;
    SimulationDocument changed = m_document;
    if (!iam::applySmallestFix(changed, m_smallestFix))
        return false;
    m_document = std::move(changed);
    policiesEdited();
    return true;
}

bool SimulationSession::load(const QString& path)
{
    const std::optional<QString> text = readUserTextFile(path, kMaxSimulationFileBytes,
        tr("A simulation file is JSON text with \"policies\" and a \"request\"."), m_lastError);
    if (!text)
        return false;
    const QByteArray utf8 = text->toUtf8();
    SimulationDocumentLoad loaded = loadSimulationDocument(std::string_view(utf8.constData(), utf8.size()));
    if (!loaded.document) {
        const auto firstError = std::find_if(loaded.diagnostics.begin(), loaded.diagnostics.end(),
            [](const Diagnostic& diagnostic) { return diagnostic.severity == Severity::Error; });
        QString where;
        QString what = tr("it is not a simulation file");
        if (firstError != loaded.diagnostics.end()) {
            where = tr("line %1, column %2").arg(firstError->span.line).arg(firstError->span.column);
            what = QString::fromStdString(firstError->message);
            if (!firstError->help.empty())
                what += QStringLiteral(". ") + QString::fromStdString(firstError->help);
        }
        m_lastError = where.isEmpty() ? tr("Could not open %1: %2.").arg(QFileInfo(path).fileName(), what)
                                      : tr("Could not open %1 (%2): %3.").arg(QFileInfo(path).fileName(), where, what);
        return false;
    }
    m_document = std::move(*loaded.document);
    m_filePath = QFileInfo(path).absoluteFilePath();
    m_lastError.clear();
    reevaluate();
    emit documentReset();
    emit filePathChanged(m_filePath);
    setModified(false);
    return true;
}

bool SimulationSession::save(const QString& path)
{
    // QSaveFile writes to a temporary file and renames it, so a failed save never leaves half a file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_lastError = tr("Could not save %1: %2.").arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    const std::string text = saveSimulationDocument(m_document);
    file.write(text.data(), static_cast<qint64>(text.size()));
    if (!file.commit()) {
        m_lastError = tr("Could not save %1: %2.").arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    m_lastError.clear();
    m_filePath = QFileInfo(path).absoluteFilePath();
    emit filePathChanged(m_filePath);
    setModified(false);
    return true;
}

void SimulationSession::policiesEdited()
{
    reevaluate();
    emit policiesChanged();
    setModified(true);
}

void SimulationSession::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    emit modifiedChanged(modified);
}

void SimulationSession::reevaluate()
{
    m_build = buildSimulation(m_document);
    m_result.reset();
    m_whatIf.clear();
    m_smallestFix = SmallestFix {};
    if (!m_build.simulation) {
        m_statusText = tr("A policy in play cannot be read. Fix it (its problems are listed beside it) or switch "
                          "it off to see a decision.");
    } else if (m_document.request.action.empty()) {
        m_statusText = tr("Choose an action to ask about, for example s3:GetObject.");
    } else if (m_document.request.resource.empty()) {
        m_statusText = tr("Give the resource the request is about, for example arn:aws:s3:::my-bucket/report.pdf. "
                          "Use * for actions that take no resource.");
    } else {
        m_statusText.clear();
        m_result = evaluate(*m_build.simulation);
        m_whatIf = whatIfMissingContext(*m_build.simulation);
        m_smallestFix = suggestSmallestFix(m_document, m_catalog);
    }
    emit resultChanged();
}

} // namespace iam::ui
