#pragma once

#include <optional>
#include <vector>

#include <QString>

#include "core/eval/EvaluationResult.h"
#include "core/eval/SimulationDocument.h"

namespace iam::ui {

// The gate a request stopped at, as the flow diagram and the banner mark it.
struct FlowStop {
    enum class Kind { ExplicitDeny, ImplicitDeny };
    QString gateKey; // see FlowGate::key
    Kind kind = Kind::ImplicitDeny;
    QString statement; // the deciding statement, for an explicit deny
    bool operator==(const FlowStop&) const = default;
};

// One box of the evaluation-order diagram.
struct FlowGate {
    enum class State {
        NotInPlay, // no policy of this kind, or it does not apply to this caller
        Passed, // the request went through: no Deny matched, or an Allow matched
        Bypassed, // no Allow here, but the decision did not need one (the other side allows, or a direct grant)
        DenyHere, // an explicit deny: this kind of policy holds a matching Deny
        Stopped, // the request stopped here
        NotReached, // after the stop
        Decision, // the last box
    };
    // "deny", "rcp:<level>", "scp:<level>", "resource", "identity", "permissionBoundary", "session", "decision"
    QString key;
    QString title; // "Service control policy · organization root"
    QString detail; // one short line: what this gate said about this request
    QString help; // the tooltip: what the gate is, for a beginner
    State state = State::NotInPlay;
    Gate verdict = Gate::NotInPlay; // what the engine said of this policy kind (or level)
    bool stoppedExplicitly = false; // Stopped by a Deny (red) rather than by a missing Allow (amber)
    bool sideBySideWithNext = false; // the resource-based and identity-based gates share a row
    QString pairNote; // on the first of a pair: "either one is enough" / "both must allow"
};

// AWS's evaluation order for one result, as gate boxes: explicit deny anywhere → RCPs → SCPs (one box
// per level) → resource-based policy → identity-based policies → permissions boundary → session
// policies → decision. Plain data, so the diagram only draws and tests can read it.
class EvaluationFlow final {
public:
    EvaluationFlow() = default;
    EvaluationFlow(const EvaluationResult& result, const SimulationDocument& document, const SimulationBuild& build);

    const std::vector<FlowGate>& gates() const { return m_gates; }
    const FlowGate* gate(const QString& key) const;
    std::optional<FlowStop> stop() const { return m_stop; }
    std::optional<Decision> decision() const { return m_decision; }
    bool crossAccount() const { return m_crossAccount; }
    // "`Dev` · statement 1 `AllowRead`": how a gate box names a statement in little room.
    static QString shortStatementName(const StatementRef& ref);
    // "organization root", "OU", "account" for an SCP/RCP level of the simulation.
    static QString levelName(
        PolicyType type, int level, const SimulationDocument& document, const SimulationBuild& build);

private:
    std::vector<FlowGate> m_gates;
    std::optional<FlowStop> m_stop;
    std::optional<Decision> m_decision;
    bool m_crossAccount = false;
};

} // namespace iam::ui
