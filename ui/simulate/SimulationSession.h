#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include <QObject>
#include <QString>

#include "core/eval/ContextWhatIf.h"
#include "core/eval/EvaluationResult.h"
#include "core/eval/SimulationDocument.h"
#include "core/eval/SmallestFix.h"

namespace iam {
class Catalog;
}

namespace iam::ui {

// The Simulate page's document, observed by its views as PolicySession is by the Build page's: the
// policies in play, the request, the tests, the file they live in, and the engine's latest answer.
// Every change re-evaluates at once (one evaluation is microseconds) and emits resultChanged(), so
// no view ever holds a stale decision. Views never evaluate or parse themselves.
class SimulationSession final : public QObject {
    Q_OBJECT

public:
    explicit SimulationSession(const Catalog* catalog = nullptr, QObject* parent = nullptr);

    const Catalog* catalog() const { return m_catalog; }
    const SimulationDocument& document() const { return m_document; }
    const Request& request() const { return m_document.request; }

    // Replaces everything (New, Open, "Open in Simulator" from another page).
    void setDocument(SimulationDocument document);
    void clear();

    // --- Policies in play. Indices are into document().policies.
    // Inserts after the last policy of the same type (and level); returns its index.
    std::size_t addPolicy(SimulationDocumentPolicy policy);
    void removePolicy(std::size_t index);
    void setPolicyEnabled(std::size_t index, bool enabled);
    void setPolicyText(std::size_t index, const QString& text);
    void setPolicyName(std::size_t index, const QString& name);

    // --- The request and its context.
    void setRequest(const Request& request);
    // Adds a context key with an empty value, or does nothing when the request has it.
    void addContextKey(const QString& key);

    // --- Tests.
    void setTests(std::vector<PolicyTest> tests);
    // The current request as a new test expecting the current decision; returns its index.
    std::size_t addCurrentRequestAsTest(const QString& name);
    void removeTest(std::size_t index);

    // --- The engine's answer for the current document.
    const SimulationBuild& build() const { return m_build; }
    // Nothing when a switched-on policy cannot be read or the request has no action/resource yet;
    // then statusText() says why.
    const std::optional<EvaluationResult>& result() const { return m_result; }
    QString statusText() const { return m_statusText; }
    const std::vector<ContextWhatIf>& whatIf() const { return m_whatIf; }
    const SmallestFix& smallestFix() const { return m_smallestFix; }
    // Adds the smallest fix's statements; the decision then flips to allowed. False when there is
    // nothing to apply.
    bool applySmallestFix();

    // --- File. Saves go through QSaveFile; on failure nothing changes and lastError() says why.
    QString filePath() const { return m_filePath; }
    bool isModified() const { return m_modified; }
    QString lastError() const { return m_lastError; }
    bool load(const QString& path);
    bool save(const QString& path);

signals:
    void documentReset(); // setDocument / load / clear: every view re-reads everything
    void policiesChanged();
    void requestChanged();
    void testsChanged();
    void resultChanged();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString& path);

private:
    void policiesEdited();
    void setModified(bool modified);
    void reevaluate();

    const Catalog* m_catalog;
    SimulationDocument m_document;
    SimulationBuild m_build;
    std::optional<EvaluationResult> m_result;
    std::vector<ContextWhatIf> m_whatIf;
    SmallestFix m_smallestFix;
    QString m_statusText;
    QString m_filePath;
    QString m_lastError;
    bool m_modified = false;
};

} // namespace iam::ui
