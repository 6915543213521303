#include "core/eval/Evaluator.h"

#include <algorithm>

#include "core/eval/IamDate.h"

// The rules below follow, in order:
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
// docs/fidelity.md lists each rule with its page and every choice where the pages are silent.
namespace iam {
namespace {

// How a resource-based policy statement names the caller. The order matters: a grant to the exact
// caller is stronger than one to its role, which is stronger than one to its whole account.
enum class PrincipalMatch { None, Account, Role, Direct };

using Kind = PrincipalIdentity::Kind;

struct MatchedStatement {
    const CompiledPolicy* policy = nullptr;
    const CompiledStatement* statement = nullptr;
    PrincipalMatch principalMatch = PrincipalMatch::Direct;
};

// What the policies of one type (one level, for SCPs and RCPs) said.
struct TypeOutcome {
    std::vector<MatchedStatement> allows;
    std::vector<MatchedStatement> denies;

    PrincipalMatch strongestAllow() const
    {
        PrincipalMatch best = PrincipalMatch::None;
        for (const auto& allow : allows)
            best = std::max(best, allow.principalMatch);
        return best;
    }
};

std::vector<std::string> principalTexts(const Principal& principal)
{
    if (principal.isWildcard)
        return { "*" };
    std::vector<std::string> texts;
    for (const auto& entry : principal.entries) {
        for (const auto& id : entry.ids.values)
            texts.push_back(entry.type + ": " + id);
    }
    return texts;
}

// arn:PARTITION:iam::ACCOUNT:role/[path/]NAME → partition, account, name.
bool splitRoleArn(std::string_view arn, std::string_view& partition, std::string_view& account, std::string_view& name)
{
    if (!arn.starts_with("arn:"))
        return false;
    arn.remove_prefix(4);
    const auto colon1 = arn.find(':');
    if (colon1 == std::string_view::npos)
        return false;
    partition = arn.substr(0, colon1);
    arn.remove_prefix(colon1 + 1);
    if (!arn.starts_with("iam::"))
        return false;
    arn.remove_prefix(5);
    const auto colon2 = arn.find(':');
    if (colon2 == std::string_view::npos)
        return false;
    account = arn.substr(0, colon2);
    arn.remove_prefix(colon2 + 1);
    if (!arn.starts_with("role/"))
        return false;
    name = arn.substr(arn.rfind('/') + 1);
    return !name.empty();
}

bool compareOrdered(ConditionOperator::Comparison comparison, double request, double policy)
{
    using C = ConditionOperator::Comparison;
    switch (comparison) {
    case C::Equals:
    case C::Like:
        return request == policy;
    case C::LessThan:
        return request < policy;
    case C::LessThanEquals:
        return request <= policy;
    case C::GreaterThan:
        return request > policy;
    case C::GreaterThanEquals:
        return request >= policy;
    }
    return false;
}

class Evaluation {
public:
    Evaluation(const CompiledPolicySet& policies, const RequestContext& context, EvaluationOptions options,
        EvaluationResult& result)
        : m_policies(policies)
        , m_context(context)
        , m_options(options)
        , m_result(result)
    {
    }

    void run();

private:
    TypeOutcome evaluateList(const std::vector<CompiledPolicy>& policies);
    void evaluatePolicy(const CompiledPolicy& policy, TypeOutcome& outcome);
    bool matchStatement(const CompiledPolicy& policy, const CompiledStatement& statement,
        PrincipalMatch& principalMatch, Mismatch* mismatch);
    bool actionMatches(const CompiledStatement& statement) const;
    bool resourceMatches(const CompiledStatement& statement) const;
    PrincipalMatch principalMatch(const Principal& principal) const;
    bool conditionMatches(const CompiledCondition& condition, Mismatch* mismatch) const;
    bool compareValue(
        const ConditionOperator& op, const std::string& requestValue, const CompiledConditionValue& policyValue) const;
    void noteMissingKeys(const CompiledStatement& statement);
    void addDecidingStatements(const std::vector<MatchedStatement>& statements);
    void setGate(PolicyType type, Gate gate) { m_result.gates[static_cast<std::size_t>(type)] = gate; }
    void note(std::string text) { m_result.notes.push_back(std::move(text)); }

    static Gate gateOf(const TypeOutcome& outcome)
    {
        if (!outcome.denies.empty())
            return Gate::ExplicitDeny;
        return outcome.allows.empty() ? Gate::ImplicitDeny : Gate::Allow;
    }
    StatementRef refOf(const CompiledPolicy& policy, const CompiledStatement& statement) const
    {
        return { policy.type, policy.name, policy.index, policy.level, statement.index, statement.sid, statement.effect,
            statement.pointer };
    }

    const CompiledPolicySet& m_policies;
    const RequestContext& m_context;
    EvaluationOptions m_options;
    EvaluationResult& m_result;
    bool m_boundaryInPlay = false;
    std::vector<std::string> m_missingSeen; // lowercased, to list each missing key once
};

bool Evaluation::actionMatches(const CompiledStatement& statement) const
{
    const std::string& action = m_context.request().action;
    bool listed = false;
    for (const auto& pattern : statement.actions) {
        // Service prefixes and action names are case-insensitive.
        if (pattern.matches(action, true, nullptr)) {
            listed = true;
            break;
        }
    }
    return statement.notAction ? !listed : listed;
}

bool Evaluation::resourceMatches(const CompiledStatement& statement) const
{
    if (!statement.hasResource)
        return true;
    const std::string& resource = m_context.request().resource;
    // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html: a variable the
    // request cannot fill makes the statement invalid, so neither Resource nor NotResource can match.
    for (const auto& pattern : statement.resources) {
        if (pattern.hasVariables() && !pattern.resolves(&m_context))
            return false;
    }
    bool listed = false;
    for (const auto& pattern : statement.resources) {
        // ARNs are case-sensitive; `*` and `?` may span `:` and `/`.
        if (pattern.matches(resource, false, &m_context)) {
            listed = true;
            break;
        }
    }
    return statement.notResource ? !listed : listed;
}

PrincipalMatch Evaluation::principalMatch(const Principal& principal) const
{
    // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
    if (principal.isWildcard)
        return PrincipalMatch::Direct;
    const PrincipalIdentity& who = m_context.principal();
    PrincipalMatch best = PrincipalMatch::None;
    for (const auto& entry : principal.entries) {
        for (const auto& id : entry.ids.values) {
            if (entry.type == "AWS") {
                if (id == "*")
                    return PrincipalMatch::Direct;
                if (!who.isIamPrincipal())
                    continue;
                std::string_view account;
                if (isAccountId(id)) {
                    account = id;
                } else if (id.starts_with("arn:") && id.ends_with(":root")) {
                    const std::string expected = "arn:" + who.partition + ":iam::" + who.account + ":root";
                    if (id == expected)
                        account = who.account;
                }
                if (!account.empty()) {
                    if (account == who.account)
                        best
                            = std::max(best, who.kind == Kind::Root ? PrincipalMatch::Direct : PrincipalMatch::Account);
                    continue;
                }
                if (id == who.arn && who.kind != Kind::Role)
                    return PrincipalMatch::Direct;
                if (!who.roleArn.empty()) {
                    std::string_view partition, roleAccount, roleName;
                    if (splitRoleArn(id, partition, roleAccount, roleName) && partition == who.partition
                        && roleAccount == who.account && roleName == who.name)
                        best = std::max(best, PrincipalMatch::Role);
                }
            } else if (entry.type == "Service") {
                if (who.kind == Kind::Service && id == who.name)
                    return PrincipalMatch::Direct;
            } else if (id == who.arn) {
                // Federated and CanonicalUser: named exactly, as the request gives them.
                return PrincipalMatch::Direct;
            }
        }
    }
    return best;
}

bool Evaluation::compareValue(
    const ConditionOperator& op, const std::string& requestValue, const CompiledConditionValue& policyValue) const
{
    using Family = ConditionOperator::Family;
    switch (op.family) {
    case Family::String:
        return policyValue.pattern.matches(requestValue, op.ignoreCase, &m_context);
    case Family::Arn:
        return policyValue.pattern.matchesArn(requestValue, &m_context);
    case Family::Bool:
        return policyValue.pattern.matches(requestValue, true, &m_context);
    case Family::Binary:
        return policyValue.pattern.matches(requestValue, false, nullptr);
    case Family::Numeric: {
        const auto number = parseIamNumber(requestValue);
        return policyValue.readable && number && compareOrdered(op.comparison, *number, policyValue.number);
    }
    case Family::Date: {
        const auto date = parseIamDate(requestValue);
        return policyValue.readable && date
            && compareOrdered(op.comparison, static_cast<double>(*date), static_cast<double>(policyValue.date));
    }
    case Family::IpAddress: {
        const auto address = parseIpNetwork(requestValue);
        return policyValue.readable && address && policyValue.network.contains(*address);
    }
    case Family::Null:
        return false;
    }
    return false;
}

bool Evaluation::conditionMatches(const CompiledCondition& condition, Mismatch* mismatch) const
{
    const ConditionOperator& op = *condition.op;
    const std::vector<std::string>* values = m_context.find(condition.lowercaseKey);
    // An empty list is the "null data set" of the set-operator rules: no value at all.
    const bool missing = !values || values->empty();
    bool result = false;
    // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html: a variable the
    // request cannot fill (and that has no default) makes the condition invalid, so it cannot hold, even
    // under a negated operator: a `StringNotEquals` against an unknown value is not "different". It
    // matters only when the values are compared, i.e. when the key is present: with the key absent the
    // missing-key rules decide (the page recommends `...IfExists` for exactly this).
    bool unresolved = false;
    if (!missing) {
        for (const auto& value : condition.values) {
            if (value.pattern.hasVariables() && !value.pattern.resolves(&m_context))
                unresolved = true;
        }
    }
    if (unresolved) {
        result = false;
    } else if (op.family == ConditionOperator::Family::Null) {
        // `"Null": {"k": "true"}` asks "is k absent?"; `"false"` asks "is k present?".
        for (const auto& value : condition.values) {
            const std::string text = lowercaseAscii(value.text);
            if ((text == "true" && missing) || (text == "false" && !missing))
                result = true;
        }
    } else if (missing) {
        using Q = ConditionOperator::SetQualifier;
        if (op.ifExists || op.qualifier == Q::ForAllValues)
            result = true;
        else if (op.qualifier == Q::ForAnyValue)
            result = false;
        else
            result = op.negated; // a key that is absent is not equal to anything
    } else {
        auto positive = [&](const std::string& requestValue) {
            for (const auto& policyValue : condition.values) {
                if (compareValue(op, requestValue, policyValue))
                    return true;
            }
            return false;
        };
        auto satisfies = [&](const std::string& requestValue) { return positive(requestValue) != op.negated; };
        switch (op.qualifier) {
        case ConditionOperator::SetQualifier::None: {
            const bool any = std::any_of(values->begin(), values->end(), positive);
            result = op.negated ? !any : any;
            break;
        }
        case ConditionOperator::SetQualifier::ForAllValues:
            result = std::all_of(values->begin(), values->end(), satisfies);
            break;
        case ConditionOperator::SetQualifier::ForAnyValue:
            result = std::any_of(values->begin(), values->end(), satisfies);
            break;
        }
    }
    if (!result && mismatch) {
        mismatch->element = Mismatch::Element::Condition;
        mismatch->operatorName = condition.operatorName;
        mismatch->key = condition.key;
        mismatch->keyMissing = missing;
        mismatch->unresolvedVariable = unresolved;
        if (values)
            mismatch->requestValues = *values;
        for (const auto& value : condition.values) {
            std::string expanded;
            mismatch->policyValues.push_back(
                value.pattern.hasVariables() && value.pattern.expand(&m_context, expanded) ? expanded : value.text);
        }
    }
    return result;
}

void Evaluation::noteMissingKeys(const CompiledStatement& statement)
{
    for (std::size_t i = 0; i < statement.referencedLowercaseKeys.size(); ++i) {
        const std::string& key = statement.referencedLowercaseKeys[i];
        if (m_context.find(key))
            continue;
        if (std::find(m_missingSeen.begin(), m_missingSeen.end(), key) != m_missingSeen.end())
            continue;
        m_missingSeen.push_back(key);
        m_result.missingContextKeys.push_back(statement.referencedKeys[i]);
    }
}

bool Evaluation::matchStatement(
    const CompiledPolicy& policy, const CompiledStatement& statement, PrincipalMatch& match, Mismatch* mismatch)
{
    const Request& request = m_context.request();
    if (!actionMatches(statement)) {
        if (mismatch) {
            mismatch->element = Mismatch::Element::Action;
            mismatch->requestValues = { request.action };
            for (const auto& pattern : statement.actions)
                mismatch->policyValues.push_back(pattern.text());
            mismatch->negatedElement = statement.notAction;
        }
        return false;
    }
    noteMissingKeys(statement);
    if (!resourceMatches(statement)) {
        if (mismatch) {
            mismatch->element = Mismatch::Element::Resource;
            mismatch->requestValues = { request.resource };
            for (const auto& pattern : statement.resources)
                mismatch->policyValues.push_back(pattern.text());
            mismatch->negatedElement = statement.notResource;
        }
        return false;
    }
    match = PrincipalMatch::Direct;
    if (policy.type == PolicyType::Resource) {
        const PrincipalIdentity& who = m_context.principal();
        if (statement.principal) {
            match = principalMatch(*statement.principal);
        } else if (statement.notPrincipal) {
            // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html:
            // Deny with NotPrincipal always denies an IAM user or role that has a permissions boundary.
            const bool boundaryRule = statement.effect == Effect::Deny && m_boundaryInPlay
                && (who.kind == Kind::User || who.kind == Kind::Role || who.kind == Kind::AssumedRole);
            match = boundaryRule || principalMatch(*statement.notPrincipal) == PrincipalMatch::None
                ? PrincipalMatch::Direct
                : PrincipalMatch::None;
            if (boundaryRule && match == PrincipalMatch::Direct)
                note("a `Deny` with `NotPrincipal` in a resource-based policy always applies to a user or role that "
                     "has a permissions boundary, whatever `NotPrincipal` lists");
        } else {
            match = PrincipalMatch::None; // a resource-based policy statement must say whom it is for
        }
        if (match == PrincipalMatch::None) {
            if (mismatch) {
                mismatch->element = Mismatch::Element::Principal;
                mismatch->requestValues = { request.principal };
                if (statement.principal)
                    mismatch->policyValues = principalTexts(*statement.principal);
                else if (statement.notPrincipal)
                    mismatch->policyValues = principalTexts(*statement.notPrincipal);
                mismatch->negatedElement = statement.notPrincipal.has_value();
            }
            return false;
        }
    }
    if (!statement.unknownOperator.empty()) {
        if (mismatch) {
            mismatch->element = Mismatch::Element::InvalidStatement;
            mismatch->operatorName = statement.unknownOperator;
        }
        return false;
    }
    for (const auto& condition : statement.conditions) {
        if (!conditionMatches(condition, mismatch))
            return false;
    }
    return true;
}

void Evaluation::evaluatePolicy(const CompiledPolicy& policy, TypeOutcome& outcome)
{
    for (const auto& statement : policy.statements) {
        PrincipalMatch match = PrincipalMatch::None;
        if (m_options.trace) {
            StatementTrace trace;
            trace.ref = refOf(policy, statement);
            trace.matched = matchStatement(policy, statement, match, &trace.mismatch);
            m_result.trace.push_back(std::move(trace));
            if (!m_result.trace.back().matched)
                continue;
        } else if (!matchStatement(policy, statement, match, nullptr)) {
            continue;
        }
        (statement.effect == Effect::Deny ? outcome.denies : outcome.allows).push_back({ &policy, &statement, match });
    }
}

TypeOutcome Evaluation::evaluateList(const std::vector<CompiledPolicy>& policies)
{
    TypeOutcome outcome;
    for (const auto& policy : policies)
        evaluatePolicy(policy, outcome);
    return outcome;
}

void Evaluation::addDecidingStatements(const std::vector<MatchedStatement>& statements)
{
    for (const auto& matched : statements)
        m_result.decidedBy.push_back(refOf(*matched.policy, *matched.statement));
}

void Evaluation::run()
{
    const PrincipalIdentity& who = m_context.principal();
    const bool iamPrincipal = who.isIamPrincipal();
    m_boundaryInPlay = m_policies.permissionBoundary.has_value() && iamPrincipal;

    // Which policy types apply to this caller at all.
    // https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html: SCPs limit
    // the IAM users and roles of member accounts, never service-linked roles or AWS services.
    // https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps.html: RCPs do not
    // restrict service-linked roles.
    const bool scpApplies = m_policies.scp.has_value() && iamPrincipal && !who.serviceLinkedRole;
    const bool rcpApplies = m_policies.rcp.has_value() && !who.serviceLinkedRole;
    if (m_policies.scp && !scpApplies)
        note(who.serviceLinkedRole ? "SCPs do not restrict service-linked roles, so they were not applied"
                                   : "SCPs restrict only IAM users and roles, so they were not applied to this caller");
    if (m_policies.rcp && !rcpApplies)
        note("RCPs do not restrict service-linked roles, so they were not applied");
    // Identity-based policies, boundaries and session policies belong to IAM users and roles only.
    const bool identityApplies = iamPrincipal;
    const bool sessionApplies = m_policies.session.has_value() && iamPrincipal;

    std::vector<TypeOutcome> scpLevels;
    std::vector<TypeOutcome> rcpLevels;
    TypeOutcome identity;
    TypeOutcome resource;
    TypeOutcome boundary;
    TypeOutcome session;

    // Evaluate in the order of the file so the trace reads like it.
    if (identityApplies)
        identity = evaluateList(m_policies.identity);
    if (m_policies.resource)
        evaluatePolicy(*m_policies.resource, resource);
    if (m_boundaryInPlay)
        boundary = evaluateList(*m_policies.permissionBoundary);
    if (scpApplies) {
        for (const auto& level : *m_policies.scp)
            scpLevels.push_back(evaluateList(level));
    }
    if (rcpApplies) {
        for (const auto& level : *m_policies.rcp)
            rcpLevels.push_back(evaluateList(level));
    }
    if (sessionApplies)
        session = evaluateList(*m_policies.session);

    auto levelsGate = [](const std::vector<TypeOutcome>& levels) {
        Gate gate = Gate::Allow;
        for (const auto& level : levels) {
            if (!level.denies.empty())
                return Gate::ExplicitDeny;
            if (level.allows.empty())
                gate = Gate::ImplicitDeny;
        }
        return gate;
    };
    if (identityApplies)
        setGate(PolicyType::Identity, gateOf(identity));
    if (m_policies.resource)
        setGate(PolicyType::Resource, gateOf(resource));
    if (m_boundaryInPlay)
        setGate(PolicyType::PermissionBoundary, gateOf(boundary));
    if (scpApplies)
        setGate(PolicyType::Scp, levelsGate(scpLevels));
    if (rcpApplies)
        setGate(PolicyType::Rcp, levelsGate(rcpLevels));
    if (sessionApplies)
        setGate(PolicyType::Session, gateOf(session));
    if (who.kind == Kind::Root) {
        // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html:
        // the root user has full access to its own account; identity-based policies cannot be attached to it.
        setGate(PolicyType::Identity, identity.denies.empty() ? Gate::Allow : Gate::ExplicitDeny);
        note("the account root user has full access in its own account: no identity-based policy is needed");
    }

    // 1. An explicit deny in any policy that applies ends it.
    std::vector<MatchedStatement> denies;
    for (const auto* outcome : { &identity, &resource, &boundary, &session })
        denies.insert(denies.end(), outcome->denies.begin(), outcome->denies.end());
    for (const auto* levels : { &scpLevels, &rcpLevels }) {
        for (const auto& level : *levels)
            denies.insert(denies.end(), level.denies.begin(), level.denies.end());
    }
    if (!denies.empty()) {
        m_result.decision = Decision::ExplicitDeny;
        addDecidingStatements(denies);
        return;
    }

    auto implicitDeny = [&](PolicyType type) {
        m_result.decision = Decision::ImplicitDeny;
        m_result.blockedBy = type;
    };
    auto addLevels = [&](const std::vector<TypeOutcome>& levels) {
        for (const auto& level : levels)
            addDecidingStatements(level.allows);
    };

    // 2. RCPs of the resource's account, then SCPs of the principal's account: every level must allow.
    if (rcpApplies && m_result.gate(PolicyType::Rcp) != Gate::Allow)
        return implicitDeny(PolicyType::Rcp);
    if (scpApplies && m_result.gate(PolicyType::Scp) != Gate::Allow)
        return implicitDeny(PolicyType::Scp);

    const PrincipalMatch resourceGrant = resource.strongestAllow();
    auto allowWith = [&](std::initializer_list<const TypeOutcome*> outcomes) {
        m_result.decision = Decision::Allowed;
        addLevels(rcpLevels);
        addLevels(scpLevels);
        for (const auto* outcome : outcomes)
            addDecidingStatements(outcome->allows);
    };

    // 3. Callers that are not IAM identities: only a resource-based policy can let them in.
    if (!iamPrincipal) {
        if (resourceGrant != PrincipalMatch::None)
            return allowWith({ &resource });
        return implicitDeny(PolicyType::Resource);
    }

    const bool boundaryAllows = !m_boundaryInPlay || m_result.gate(PolicyType::PermissionBoundary) == Gate::Allow;
    const bool sessionAllows = !sessionApplies || m_result.gate(PolicyType::Session) == Gate::Allow;
    const bool identityAllows = m_result.gate(PolicyType::Identity) == Gate::Allow;
    auto firstClosedGate = [&]() {
        if (!boundaryAllows)
            return PolicyType::PermissionBoundary;
        if (!sessionAllows)
            return PolicyType::Session;
        return PolicyType::Identity;
    };

    if (m_context.isCrossAccount()) {
        // 4a. Across accounts the trusting account's resource policy and the caller's own policies must
        // both allow.
        note("the resource's account (`" + m_context.resourceAccount() + "`) is not the principal's (`" + who.account
            + "`): both the identity-based and the resource-based policy must allow");
        if (resourceGrant == PrincipalMatch::None)
            return implicitDeny(PolicyType::Resource);
        if (!boundaryAllows || !sessionAllows || !identityAllows)
            return implicitDeny(firstClosedGate());
        return allowWith({ &resource, &identity, &boundary, &session });
    }

    // 4b. Within one account an allow in either the identity-based or the resource-based policy
    // suffices, but how far a resource-based grant reaches depends on whom it names.
    if (resourceGrant == PrincipalMatch::Direct) {
        note("the resource-based policy names this principal directly, so an implicit deny in identity-based "
             "policies, a permissions boundary or session policies does not matter");
        return allowWith({ &resource });
    }
    if (resourceGrant == PrincipalMatch::Role) {
        if (boundaryAllows && sessionAllows) {
            note("the resource-based policy names the role: no identity-based allow is needed, but a permissions "
                 "boundary and session policies still limit it");
            return allowWith({ &resource, &boundary, &session });
        }
        return implicitDeny(boundaryAllows ? PolicyType::Session : PolicyType::PermissionBoundary);
    }
    if (resourceGrant == PrincipalMatch::Account)
        note("the resource-based policy names only the account, which leaves the decision to the identity-based "
             "policies");
    if (boundaryAllows && sessionAllows && identityAllows)
        return allowWith({ &identity, &boundary, &session });
    return implicitDeny(firstClosedGate());
}

} // namespace

std::string_view decisionName(Decision decision)
{
    switch (decision) {
    case Decision::Allowed:
        return "allowed";
    case Decision::ExplicitDeny:
        return "explicitDeny";
    case Decision::ImplicitDeny:
        return "implicitDeny";
    }
    return "";
}

std::string_view gateName(Gate gate)
{
    switch (gate) {
    case Gate::NotInPlay:
        return "notInPlay";
    case Gate::Allow:
        return "allow";
    case Gate::ExplicitDeny:
        return "explicitDeny";
    case Gate::ImplicitDeny:
        return "implicitDeny";
    }
    return "";
}

std::string_view mismatchElementName(Mismatch::Element element)
{
    switch (element) {
    case Mismatch::Element::None:
        return "";
    case Mismatch::Element::Action:
        return "action";
    case Mismatch::Element::Resource:
        return "resource";
    case Mismatch::Element::Principal:
        return "principal";
    case Mismatch::Element::Condition:
        return "condition";
    case Mismatch::Element::InvalidStatement:
        return "invalidStatement";
    }
    return "";
}

EvaluationResult evaluate(const CompiledPolicySet& policies, const RequestContext& request, EvaluationOptions options)
{
    EvaluationResult result;
    result.diagnostics = policies.diagnostics;
    Evaluation(policies, request, options, result).run();
    return result;
}

EvaluationResult evaluate(const CompiledPolicySet& policies, const Request& request, EvaluationOptions options)
{
    return evaluate(policies, RequestContext(request), options);
}

EvaluationResult evaluate(const Simulation& simulation, EvaluationOptions options)
{
    return evaluate(compilePolicies(simulation), RequestContext(simulation.request), options);
}

} // namespace iam
