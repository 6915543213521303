#include "ui/simulate/results/EvaluationFlow.h"

#include <algorithm>

#include <QCoreApplication>

#include "core/eval/PrincipalIdentity.h"

namespace iam::ui {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("EvaluationFlow", text);
}

QString code(const std::string& text)
{
    return QStringLiteral("`%1`").arg(QString::fromStdString(text));
}

bool isLevelled(PolicyType type)
{
    return type == PolicyType::Scp || type == PolicyType::Rcp;
}

// The first statement of this kind (and level) that matched with this effect.
const StatementTrace* firstMatch(const EvaluationResult& result, PolicyType type, int level, Effect effect)
{
    for (const StatementTrace& entry : result.trace) {
        if (entry.ref.type == type && entry.matched && entry.ref.effect == effect
            && (!isLevelled(type) || entry.ref.level == level))
            return &entry;
    }
    return nullptr;
}

int levelCount(PolicyType type, const SimulationBuild& build)
{
    if (!build.simulation)
        return 0;
    const auto& levels = type == PolicyType::Scp ? build.simulation->scp : build.simulation->rcp;
    return levels ? static_cast<int>(levels->size()) : 0;
}

bool hasEnabledPolicy(PolicyType type, const SimulationDocument& document)
{
    return std::any_of(document.policies.begin(), document.policies.end(),
        [type](const SimulationDocumentPolicy& policy) { return policy.type == type && policy.enabled; });
}

bool isCrossAccount(const Request& request)
{
    if (!request.resourceAccount || request.resourceAccount->empty())
        return false;
    const std::optional<PrincipalIdentity> who = parsePrincipalIdentity(request.principal);
    return who && !who->account.empty() && who->account != *request.resourceAccount;
}

QString helpFor(PolicyType type)
{
    switch (type) {
    case PolicyType::Rcp:
        return tr("Resource control policies (RCPs) are set by an AWS Organization for the resources in its "
                  "accounts. They never grant anything: they set the most any caller may do with those resources. "
                  "Every level, from the organization root down to the account, must allow the action.");
    case PolicyType::Scp:
        return tr("Service control policies (SCPs) are set by an AWS Organization for the users and roles in its "
                  "accounts. They never grant anything: they set the most anyone in the account may do. Every "
                  "level, from the organization root through each OU to the account, must allow the action.");
    case PolicyType::Resource:
        return tr("A resource-based policy is attached to the resource itself (a bucket policy, a key policy, a "
                  "queue policy) and names who may use it. In one account its Allow is enough on its own; across "
                  "accounts the caller's own identity-based policy must allow too.");
    case PolicyType::Identity:
        return tr("Identity-based policies are attached to the user or role making the request, or to its groups. "
                  "In one account an Allow here is enough unless a boundary or session policy limits it; across "
                  "accounts the resource's own policy must allow too.");
    case PolicyType::PermissionBoundary:
        return tr("A permissions boundary caps what identity-based policies can grant a user or role. It grants "
                  "nothing by itself: an action needs an Allow in the identity-based policy AND in the boundary.");
    case PolicyType::Session:
        return tr("Session policies are passed when a role session is started. Like a boundary they only narrow: "
                  "the session can do only what both the role's policies and the session policy allow.");
    }
    return {};
}

QString gateKey(PolicyType type, int level = -1)
{
    const QString key
        = QString::fromUtf8(policyTypeKey(type).data(), static_cast<qsizetype>(policyTypeKey(type).size()));
    return level >= 0 ? QStringLiteral("%1:%2").arg(key).arg(level) : key;
}

} // namespace

QString EvaluationFlow::shortStatementName(const StatementRef& ref)
{
    QString policy = ref.policyName.empty() ? tr("policy #%1").arg(ref.policyIndex) : code(ref.policyName);
    QString statement = tr("statement %1").arg(ref.statementIndex);
    if (ref.sid && !ref.sid->empty())
        statement += QLatin1Char(' ') + code(*ref.sid);
    return policy + QStringLiteral(" · ") + statement;
}

QString EvaluationFlow::levelName(
    PolicyType type, int level, const SimulationDocument& document, const SimulationBuild& build)
{
    // The engine numbers levels densely; the author's own numbers say root (0), OUs, then the account.
    int authorLevel = level;
    for (const SimulationBuild::Slot& slot : build.placements) {
        if (slot.type == type && slot.level == level && slot.documentIndex < document.policies.size()) {
            authorLevel = document.policies[slot.documentIndex].level;
            break;
        }
    }
    int highest = 0;
    for (const SimulationDocumentPolicy& policy : document.policies) {
        if (policy.type == type && policy.enabled)
            highest = std::max(highest, policy.level);
    }
    if (authorLevel == 0)
        return tr("organization root");
    if (authorLevel == highest)
        return tr("account");
    return tr("OU (level %1)").arg(authorLevel);
}

const FlowGate* EvaluationFlow::gate(const QString& key) const
{
    for (const FlowGate& gate : m_gates) {
        if (gate.key == key)
            return &gate;
    }
    return nullptr;
}

EvaluationFlow::EvaluationFlow(
    const EvaluationResult& result, const SimulationDocument& document, const SimulationBuild& build)
    : m_decision(result.decision)
    , m_crossAccount(isCrossAccount(document.request))
{
    const bool explicitDeny = result.decision == Decision::ExplicitDeny;

    // 1. Explicit deny anywhere.
    FlowGate deny;
    deny.key = QStringLiteral("deny");
    deny.title = tr("A Deny anywhere?");
    deny.help = tr("AWS first looks through every policy that applies for a Deny statement matching the request. "
                   "One matching Deny ends it: the request is denied, whatever any Allow says.");
    if (explicitDeny) {
        deny.state = FlowGate::State::Stopped;
        deny.verdict = Gate::ExplicitDeny;
        deny.stoppedExplicitly = true;
        const QString first = result.decidedBy.empty() ? QString() : shortStatementName(result.decidedBy.front());
        deny.detail = result.decidedBy.size() > 1
            ? tr("Yes: %1 and %2 more").arg(first).arg(result.decidedBy.size() - 1)
            : tr("Yes: %1").arg(first);
        m_stop = FlowStop { deny.key, FlowStop::Kind::ExplicitDeny, first };
    } else {
        deny.state = FlowGate::State::Passed;
        deny.verdict = Gate::Allow;
        deny.detail = tr("No Deny matches this request");
    }
    m_gates.push_back(deny);

    // Which implicit-deny gate stopped it; for levels, the first level without an Allow.
    QString stopKey;
    if (result.decision == Decision::ImplicitDeny && result.blockedBy) {
        const PolicyType blocked = *result.blockedBy;
        if (isLevelled(blocked)) {
            for (int level = 0; level < levelCount(blocked, build); ++level) {
                if (!firstMatch(result, blocked, level, Effect::Allow)) {
                    stopKey = gateKey(blocked, level);
                    break;
                }
            }
            if (stopKey.isEmpty())
                stopKey = gateKey(blocked, 0);
        } else {
            stopKey = gateKey(blocked);
        }
        m_stop = FlowStop { stopKey, FlowStop::Kind::ImplicitDeny, {} };
    }
    bool afterStop = explicitDeny;
    const QString action = code(document.request.action);

    auto addGate = [&](PolicyType type, int level, Gate verdict, bool inPlay) {
        FlowGate gate;
        gate.key = gateKey(type, isLevelled(type) ? level : -1);
        const QString title = QString::fromStdString(std::string(policyTypeTitle(type)));
        gate.title = title.left(1).toUpper() + title.mid(1);
        if (isLevelled(type) && inPlay)
            gate.title += QStringLiteral(" · ") + levelName(type, level, document, build);
        gate.help = helpFor(type);
        gate.verdict = verdict;
        if (!explicitDeny && gate.key == stopKey) {
            // A gate may stop a request while holding no policy at all: across accounts, no resource policy.
            gate.state = FlowGate::State::Stopped;
            gate.detail = tr("Stopped here: nothing allows %1").arg(action);
            afterStop = true;
            m_gates.push_back(gate);
            return;
        }
        if (!inPlay || verdict == Gate::NotInPlay) {
            gate.state = FlowGate::State::NotInPlay;
            gate.detail = hasEnabledPolicy(type, document) ? tr("Not in play: does not apply to this caller")
                                                           : tr("Not in play: none in this simulation");
            m_gates.push_back(gate);
            return;
        }
        const StatementTrace* allow = firstMatch(result, type, level, Effect::Allow);
        const StatementTrace* denyMatch = firstMatch(result, type, level, Effect::Deny);
        const QString allowText = allow ? tr("Allows: %1").arg(shortStatementName(allow->ref)) : QString();
        if (explicitDeny) {
            if (denyMatch) {
                gate.state = FlowGate::State::DenyHere;
                gate.detail = tr("The Deny is here: %1").arg(shortStatementName(denyMatch->ref));
            } else {
                gate.state = FlowGate::State::NotReached;
                gate.detail = allow ? tr("Not reached (it would allow)") : tr("Not reached (nothing here allows it)");
            }
        } else if (afterStop) {
            gate.state = FlowGate::State::NotReached;
            gate.detail
                = allow ? tr("Not reached (it would allow)") : tr("Not reached (nothing here allows it either)");
        } else if (allow) {
            gate.state = FlowGate::State::Passed;
            gate.detail = allowText;
        } else {
            // No Allow here, yet the request went on: the other side of a same-account request allowed it,
            // or a resource-based grant naming the caller is not limited by this kind.
            gate.state = FlowGate::State::Bypassed;
            gate.detail = tr("No Allow here, but none was needed");
        }
        m_gates.push_back(gate);
    };

    const auto levelled = [&](PolicyType type) {
        const int count = levelCount(type, build);
        if (count == 0) {
            addGate(type, 0, Gate::NotInPlay, false);
            return;
        }
        const bool applies = result.gate(type) != Gate::NotInPlay;
        for (int level = 0; level < count; ++level) {
            Gate verdict = Gate::NotInPlay;
            if (applies) {
                verdict = firstMatch(result, type, level, Effect::Deny) ? Gate::ExplicitDeny
                    : firstMatch(result, type, level, Effect::Allow)    ? Gate::Allow
                                                                        : Gate::ImplicitDeny;
            }
            addGate(type, level, verdict, applies);
        }
    };
    levelled(PolicyType::Rcp);
    levelled(PolicyType::Scp);
    for (PolicyType type :
        { PolicyType::Resource, PolicyType::Identity, PolicyType::PermissionBoundary, PolicyType::Session })
        addGate(type, -1, result.gate(type), result.gate(type) != Gate::NotInPlay);

    // The resource-based and identity-based gates share a row: in one account either is enough,
    // across accounts both must allow.
    for (std::size_t i = 0; i + 1 < m_gates.size(); ++i) {
        if (m_gates[i].key == QLatin1String("resource") && m_gates[i + 1].key == QLatin1String("identity")) {
            m_gates[i].sideBySideWithNext = true;
            m_gates[i].pairNote
                = m_crossAccount ? tr("across accounts: both must allow") : tr("in one account: either one is enough");
        }
    }

    // In one account, the identity gate stopping it means neither side allowed.
    if (!m_crossAccount && stopKey == QLatin1String("identity")) {
        for (FlowGate& gate : m_gates) {
            if (gate.key == QLatin1String("identity") && result.gate(PolicyType::Resource) != Gate::NotInPlay)
                gate.detail = tr("Stopped here: neither side allows %1").arg(action);
        }
    }
    if (m_crossAccount && stopKey == QLatin1String("resource")) {
        for (FlowGate& gate : m_gates) {
            if (gate.key == QLatin1String("resource")) {
                gate.detail = result.gate(PolicyType::Resource) == Gate::NotInPlay
                    ? tr("Stopped here: another account's resource needs a resource-based policy")
                    : tr("Stopped here: it does not allow this caller");
            }
        }
    }

    FlowGate decision;
    decision.key = QStringLiteral("decision");
    decision.state = FlowGate::State::Decision;
    decision.verdict = result.decision == Decision::Allowed ? Gate::Allow
        : explicitDeny                                      ? Gate::ExplicitDeny
                                                            : Gate::ImplicitDeny;
    switch (result.decision) {
    case Decision::Allowed:
        decision.title = tr("Allowed");
        decision.detail = tr("Every gate in play let the request through");
        break;
    case Decision::ExplicitDeny:
        decision.title = tr("Denied — an explicit Deny");
        decision.detail = tr("A Deny always wins over any Allow");
        break;
    case Decision::ImplicitDeny:
        decision.title = tr("Denied — nothing allows it");
        decision.detail = tr("Without an Allow at every gate, AWS denies by default");
        break;
    }
    decision.help = tr("The answer. AWS denies by default: a request is allowed only when no Deny matches and every "
                       "gate in play has an Allow for it.");
    m_gates.push_back(decision);
}

} // namespace iam::ui
