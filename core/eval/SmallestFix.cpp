#include "core/eval/SmallestFix.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <set>
#include <tuple>

#include <nlohmann/json.hpp>

#include "core/catalog/Catalog.h"
#include "core/edit/PolicyTextEditor.h"
#include "core/eval/ContextWhatIf.h"
#include "core/eval/EvaluationReport.h"
#include "core/eval/Evaluator.h"
#include "core/eval/PrincipalIdentity.h"
#include "core/eval/RequestContext.h"

// Where each statement must go follows AWS's evaluation logic, as the engine does (docs/fidelity.md):
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html
// Rather than predicting the outcome, every suggestion is applied to a copy and weighed again.
namespace iam {
namespace {

using nlohmann::ordered_json;

constexpr int kMaxRounds = 8;

bool isOrganizationType(PolicyType type)
{
    return type == PolicyType::Scp || type == PolicyType::Rcp;
}

std::string ticked(std::string_view text)
{
    return "`" + std::string(text) + "`";
}

std::string joinWords(const std::vector<std::string>& items, std::string_view last = "and")
{
    std::string text;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0)
            text += i + 1 == items.size() ? (items.size() > 2 ? ", " : " ") + std::string(last) + " " : ", ";
        text += items[i];
    }
    return text;
}

std::string countWord(std::size_t count)
{
    constexpr std::array<const char*, 9> kWords
        = { "no", "one", "two", "three", "four", "five", "six", "seven", "eight" };
    return count < kWords.size() ? kWords[count] : std::to_string(count);
}

std::string actionSpelling(const std::string& action, const Catalog* catalog)
{
    if (catalog) {
        if (const CatalogAction* known = catalog->findAction(action))
            return catalog->fullName(*known);
    }
    return action;
}

// `s3:GetObject` → `AllowS3GetObject`: letters and digits only, as the Sid element allows.
std::string sidBase(std::string_view action)
{
    std::string sid = "Allow";
    bool startOfWord = true;
    for (char c : action) {
        if (std::isalnum(static_cast<unsigned char>(c))) {
            sid += startOfWord ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
            startOfWord = false;
        } else {
            startOfWord = true;
        }
    }
    return sid;
}

std::set<std::string> sidsOf(const std::string& text)
{
    std::set<std::string> sids;
    const ordered_json document = ordered_json::parse(text, nullptr, false);
    if (!document.is_object())
        return sids;
    const auto statements = document.find("Statement");
    if (statements == document.end())
        return sids;
    auto add = [&sids](const ordered_json& statement) {
        if (const auto sid = statement.find("Sid"); statement.is_object() && sid != statement.end() && sid->is_string())
            sids.insert(sid->get<std::string>());
    };
    if (statements->is_array()) {
        for (const auto& statement : *statements)
            add(statement);
    } else {
        add(*statements);
    }
    return sids;
}

// How a resource-based policy names this caller most narrowly. A session is named through its role:
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
ordered_json principalJson(const PrincipalIdentity& who)
{
    using Kind = PrincipalIdentity::Kind;
    switch (who.kind) {
    case Kind::Service:
        return { { "Service", who.name } };
    case Kind::Anonymous:
        return "*";
    case Kind::Role:
    case Kind::AssumedRole:
        return { { "AWS", who.roleArn } };
    default:
        return { { "AWS", who.arn } };
    }
}

std::string policyLabel(const SimulationDocument& document, std::size_t index)
{
    const SimulationDocumentPolicy& policy = document.policies[index];
    std::string label(policyTypeTitle(policy.type));
    return label + " " + (policy.name.empty() ? "#" + std::to_string(index) : ticked(policy.name));
}

// "at the organization root", "at the account"... Levels are named by their place among those the
// document has: the first is the root, the last the account, any between an OU.
std::string levelWords(const SimulationDocument& document, PolicyType type, int level)
{
    std::set<int> levels;
    for (const auto& policy : document.policies) {
        if (policy.type == type)
            levels.insert(policy.level);
    }
    levels.insert(level);
    if (levels.size() < 2)
        return "";
    if (level == *levels.begin())
        return " at the organization root";
    if (level == *levels.rbegin())
        return " at the account";
    return " at an OU (level " + std::to_string(level) + ")";
}

std::optional<std::size_t> firstEnabled(const SimulationDocument& document, PolicyType type, int level)
{
    for (std::size_t i = 0; i < document.policies.size(); ++i) {
        const auto& policy = document.policies[i];
        if (policy.enabled && policy.type == type && (!isOrganizationType(type) || policy.level == level))
            return i;
    }
    return std::nullopt;
}

const Policy* findPolicy(const Simulation& simulation, const StatementRef& ref)
{
    auto at = [&](const std::vector<SimulationPolicy>& list) -> const Policy* {
        return ref.policyIndex < list.size() ? &list[ref.policyIndex].policy : nullptr;
    };
    auto atLevel = [&](const std::optional<std::vector<std::vector<SimulationPolicy>>>& levels) -> const Policy* {
        if (!levels || ref.level < 0 || static_cast<std::size_t>(ref.level) >= levels->size())
            return nullptr;
        return at((*levels)[static_cast<std::size_t>(ref.level)]);
    };
    switch (ref.type) {
    case PolicyType::Identity:
        return at(simulation.identity);
    case PolicyType::Resource:
        return simulation.resource ? &simulation.resource->policy : nullptr;
    case PolicyType::PermissionBoundary:
        return simulation.permissionBoundary ? at(*simulation.permissionBoundary) : nullptr;
    case PolicyType::Session:
        return simulation.session ? at(*simulation.session) : nullptr;
    case PolicyType::Scp:
        return atLevel(simulation.scp);
    case PolicyType::Rcp:
        return atLevel(simulation.rcp);
    }
    return nullptr;
}

// Why a matching deny's condition holds, key by key: "`aws:SourceIp` is `203.0.113.5` (`NotIpAddress`
// `10.0.0.0/8`)", or that the key is missing and the operator holds without it.
std::vector<std::string> conditionReasons(const Statement& statement, const Request& request)
{
    std::vector<std::string> reasons;
    if (!statement.condition)
        return reasons;
    const RequestContext context(request);
    for (const ConditionClause& clause : *statement.condition) {
        for (const ConditionKeyValues& key : clause.keys) {
            std::vector<std::string> policyValues;
            for (const auto& value : key.values)
                policyValues.push_back(ticked(value.text));
            const std::vector<std::string>* values = context.find(lowercaseAscii(key.key));
            if (!values || values->empty()) {
                reasons.push_back("the request has no " + ticked(key.key) + ", and " + ticked(clause.op)
                    + " holds when the key is missing");
                continue;
            }
            std::vector<std::string> requestValues;
            for (const auto& value : *values)
                requestValues.push_back(ticked(value));
            reasons.push_back(ticked(key.key) + " is " + joinWords(requestValues) + ", which satisfies "
                + ticked(clause.op) + " " + joinWords(policyValues, "or"));
        }
    }
    return reasons;
}

std::optional<std::string> contextAlternative(const Simulation& simulation)
{
    for (const ContextWhatIf& whatIf : whatIfMissingContext(simulation)) {
        if (whatIf.satisfyingValue && whatIf.withValue == Decision::Allowed)
            return "Or change no policy at all: the request is allowed when it carries " + ticked(whatIf.key)
                + " with the value " + ticked(*whatIf.satisfyingValue)
                + ", which a condition in the policies asks for.";
    }
    return std::nullopt;
}

SmallestFix changeDeny(const SimulationDocument& document, const SimulationBuild& build, const EvaluationResult& result)
{
    SmallestFix fix;
    fix.kind = SmallestFix::Kind::ChangeDeny;
    fix.denyStatements = result.decidedBy;
    fix.summary = std::string(result.decidedBy.size() == 1 ? "A Deny statement matches" : "Deny statements match")
        + " this request, and an explicit deny always wins over any Allow: adding an Allow cannot help. "
          "Change or narrow the deny instead.";
    bool organization = false;
    for (const StatementRef& ref : result.decidedBy) {
        std::string detail = "The " + describeStatement(ref) + " denies " + ticked(document.request.action) + " on "
            + ticked(document.request.resource);
        const Policy* policy = findPolicy(*build.simulation, ref);
        if (policy && ref.statementIndex < policy->statements.size()) {
            const auto reasons = conditionReasons(policy->statements[ref.statementIndex], document.request);
            if (!reasons.empty())
                detail += ". Its condition holds because " + joinWords(reasons);
        }
        detail += ".";
        if (isOrganizationType(ref.type)) {
            organization = true;
            detail += " It is " + std::string(ref.type == PolicyType::Scp ? "an SCP" : "an RCP")
                + " of your AWS organization, so whoever runs the organization must change it: no policy in this "
                  "account can.";
        }
        fix.details.push_back(std::move(detail));
    }
    if (!organization)
        fix.details.push_back("Narrow the deny's Action, Resource or Condition so that it no longer matches this "
                              "request, or remove it if it should not apply at all.");
    return fix;
}

// The engine's levels are dense; the document's are numbered by the author.
int documentLevel(const SimulationDocument& working, const SimulationBuild& build, PolicyType type, int denseLevel)
{
    for (const auto& slot : build.placements) {
        if (slot.type == type && slot.level == denseLevel)
            return working.policies[slot.documentIndex].level;
    }
    return denseLevel;
}

int denseLevelCount(const SimulationBuild& build, PolicyType type)
{
    int count = 0;
    for (const auto& slot : build.placements) {
        if (slot.type == type)
            count = std::max(count, slot.level + 1);
    }
    return count;
}

class FixFinder {
public:
    FixFinder(const SimulationDocument& document, const PrincipalIdentity& who, const Catalog* catalog)
        : m_document(document)
        , m_who(who)
        , m_action(actionSpelling(document.request.action, catalog))
        , m_resourceAccount(RequestContext(document.request).resourceAccount())
    {
    }

    // The steps that open the gate that stopped the request this round.
    std::vector<FixStep> stepsFor(PolicyType gate, const SimulationDocument& working, const SimulationBuild& build,
        const EvaluationResult& result, bool crossAccount)
    {
        std::vector<FixStep> steps;
        if (isOrganizationType(gate)) {
            // Every level must allow, so each level without a matching Allow needs one.
            const int levels = denseLevelCount(build, gate);
            for (int level = 0; level < levels; ++level) {
                const bool allows = std::any_of(result.trace.begin(), result.trace.end(), [&](const auto& trace) {
                    return trace.matched && trace.ref.type == gate && trace.ref.level == level
                        && trace.ref.effect == Effect::Allow;
                });
                if (!allows)
                    steps.push_back(organizationStep(gate, documentLevel(working, build, gate, level)));
            }
            return steps;
        }
        steps.push_back(step(gate, 0, reasonFor(gate, crossAccount)));
        return steps;
    }

    const std::string& action() const { return m_action; }

private:
    std::string reasonFor(PolicyType gate, bool crossAccount) const
    {
        switch (gate) {
        case PolicyType::Resource:
            if (!m_who.isIamPrincipal())
                return m_who.kind == PrincipalIdentity::Kind::Service
                    ? "An AWS service has no identity-based policies: only the resource's own policy can let "
                        + ticked(m_who.name) + " in."
                    : "An unsigned request has no identity at all: only a resource policy open to everyone "
                      "(`\"Principal\": \"*\"`) can let it in. Think twice before making a resource public.";
            return "The resource is in account " + ticked(m_resourceAccount) + " and the caller in "
                + ticked(m_who.account)
                + ": across accounts the resource's own policy must name the caller, and "
                  "the caller's own policies must allow the request as well.";
        case PolicyType::PermissionBoundary:
            return "The permissions boundary sets the most the identity-based policies can grant: it must allow the "
                   "request too.";
        case PolicyType::Session:
            return "The session policy limits what this session may do: it must allow the request too.";
        case PolicyType::Identity:
            return crossAccount ? "Across accounts the caller's own identity-based policies must allow the request "
                                  "too, not only the resource's policy."
                                : "Nothing in the principal's identity-based policies allows the request, and no "
                                  "resource-based policy grants it to this principal.";
        case PolicyType::Scp:
        case PolicyType::Rcp:
            break;
        }
        return "";
    }

    FixStep organizationStep(PolicyType gate, int level)
    {
        if (gate == PolicyType::Rcp) {
            // https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps_syntax.html:
            // only RCPFullAWSAccess may allow in RCPs; AWS attaches it to every level and it cannot be detached.
            FixStep fix;
            fix.type = gate;
            fix.level = level;
            fix.newPolicyName = "RCPFullAWSAccess";
            fix.statementJson = ordered_json {
                { "Effect", "Allow" }, { "Principal", "*" }, { "Action", "*" }, { "Resource", "*" }
            }.dump(2);
            fix.reason = "Every RCP level must allow the request, and only AWS's `RCPFullAWSAccess` may allow in "
                         "RCPs. AWS attaches it to every level and it cannot be removed, so in a real organization "
                         "this level already has it: add it to the simulation.";
            return fix;
        }
        return step(gate, level,
            "Every SCP level, from the organization root to the account, must allow the request; this one does "
            "not. SCPs are changed by whoever runs your AWS organization.");
    }

    FixStep step(PolicyType type, int level, std::string reason)
    {
        FixStep fix;
        fix.type = type;
        fix.level = level;
        fix.reason = std::move(reason);
        fix.policyIndex = firstEnabled(m_document, type, level);
        if (!fix.policyIndex)
            fix.newPolicyName = "Fix for " + m_action;
        ordered_json statement = ordered_json::object();
        statement["Sid"] = uniqueSid(fix);
        statement["Effect"] = "Allow";
        if (type == PolicyType::Resource)
            statement["Principal"] = principalJson(m_who);
        statement["Action"] = m_action;
        statement["Resource"] = m_document.request.resource;
        fix.statementJson = statement.dump(2, ' ', false, ordered_json::error_handler_t::replace);
        return fix;
    }

    std::string uniqueSid(const FixStep& fix)
    {
        const auto key = std::make_tuple(fix.type, fix.level, fix.policyIndex.value_or(m_document.policies.size()));
        std::set<std::string>& taken = m_sids[key];
        if (fix.policyIndex && taken.empty())
            taken = sidsOf(m_document.policies[*fix.policyIndex].text);
        const std::string base = sidBase(m_action);
        std::string sid = base;
        for (int n = 2; taken.count(sid); ++n)
            sid = base + std::to_string(n);
        taken.insert(sid);
        return sid;
    }

    const SimulationDocument& m_document;
    const PrincipalIdentity& m_who;
    std::string m_action;
    std::string m_resourceAccount;
    std::map<std::tuple<PolicyType, int, std::size_t>, std::set<std::string>> m_sids;
};

SmallestFix notPossible(std::string summary, std::vector<std::string> details = {})
{
    SmallestFix fix;
    fix.kind = SmallestFix::Kind::NotPossible;
    fix.summary = std::move(summary);
    fix.details = std::move(details);
    return fix;
}

} // namespace

SmallestFix suggestSmallestFix(const SimulationDocument& document, const Catalog* catalog)
{
    const Request& request = document.request;
    const auto who = parsePrincipalIdentity(request.principal);
    if (!who)
        return notPossible(ticked(request.principal)
            + " is not a principal we can simulate, so no fix can be "
              "weighed. Choose a user, role, session, service or `anonymous`.");
    if (request.action.empty() || request.resource.empty())
        return notPossible("The request needs an action and a resource before a fix can be found.");
    const SimulationBuild build = buildSimulation(document);
    if (!build.simulation) {
        std::vector<std::string> details;
        for (const auto& problem : build.problems) {
            if (problem.diagnostic.isError() && problem.policyIndex < document.policies.size())
                details.push_back(
                    "The " + policyLabel(document, problem.policyIndex) + ": " + problem.diagnostic.message + ".");
        }
        return notPossible("A policy that is switched on cannot be read, so the request cannot be weighed. Fix "
                           "that policy (or switch it off) first.",
            std::move(details));
    }
    const EvaluationResult result = evaluate(*build.simulation);
    if (result.decision == Decision::Allowed) {
        SmallestFix fix;
        fix.summary = "This request is already allowed: nothing needs to change.";
        return fix;
    }
    if (result.decision == Decision::ExplicitDeny) {
        SmallestFix fix = changeDeny(document, build, result);
        fix.contextAlternative = contextAlternative(*build.simulation);
        return fix;
    }

    const bool crossAccount = RequestContext(request).isCrossAccount();
    FixFinder finder(document, *who, catalog);
    SmallestFix fix;
    fix.kind = SmallestFix::Kind::AddAllow;
    SimulationDocument working = document;
    EvaluationResult current = result;
    SimulationBuild currentBuild = build;
    for (int round = 0; round < kMaxRounds && current.decision == Decision::ImplicitDeny; ++round) {
        if (!current.blockedBy)
            break;
        std::vector<FixStep> steps = finder.stepsFor(*current.blockedBy, working, currentBuild, current, crossAccount);
        if (steps.empty())
            break;
        fix.steps.insert(fix.steps.end(), steps.begin(), steps.end());
        // Each round weighs exactly what applySmallestFix will give the user.
        working = document;
        if (!applySmallestFix(working, fix))
            break;
        currentBuild = buildSimulation(working);
        if (!currentBuild.simulation)
            break;
        current = evaluate(*currentBuild.simulation);
    }
    if (current.decision != Decision::Allowed) {
        return notPossible("No Allow statement added to these policies turns this request into an allow.",
            { "We tried adding the narrowest statement to every policy whose gate was closed, and the request was "
              "still denied"
                + std::string(current.decision == Decision::ExplicitDeny ? " by a Deny statement." : ".") });
    }

    std::vector<std::string> targets;
    for (const FixStep& step : fix.steps)
        targets.push_back(describeFixTarget(document, step));
    fix.summary = "Nothing allows " + ticked(finder.action()) + " on " + ticked(request.resource) + " yet. Add "
        + (fix.steps.size() == 1 ? "one Allow statement, to "
                                 : countWord(fix.steps.size()) + " Allow statements, one each to ")
        + joinWords(targets) + ".";
    for (const FixStep& step : fix.steps)
        fix.details.push_back(step.reason);
    fix.details.push_back("We applied " + std::string(fix.steps.size() == 1 ? "this change" : "these changes")
        + " to a copy of the simulation and weighed the request again: it is allowed.");
    fix.contextAlternative = contextAlternative(*build.simulation);
    return fix;
}

std::string describeFixTarget(const SimulationDocument& document, const FixStep& step)
{
    const std::string where = isOrganizationType(step.type) ? levelWords(document, step.type, step.level) : "";
    if (step.policyIndex && *step.policyIndex < document.policies.size())
        return "the " + policyLabel(document, *step.policyIndex) + where;
    return "a new " + std::string(policyTypeTitle(step.type)) + " " + ticked(step.newPolicyName) + where;
}

bool applySmallestFix(SimulationDocument& document, const SmallestFix& fix)
{
    if (fix.kind != SmallestFix::Kind::AddAllow || fix.steps.empty())
        return false;
    SimulationDocument changed = document;
    std::vector<const FixStep*> newPolicies;
    // Statements into existing policies first: a new policy inserted later moves the indices after it.
    for (const FixStep& step : fix.steps) {
        const ordered_json statement = ordered_json::parse(step.statementJson, nullptr, false);
        if (!statement.is_object())
            return false;
        if (!step.policyIndex) {
            newPolicies.push_back(&step);
            continue;
        }
        if (*step.policyIndex >= changed.policies.size())
            return false;
        SimulationDocumentPolicy& policy = changed.policies[*step.policyIndex];
        if (policy.type != step.type || (isOrganizationType(step.type) && policy.level != step.level))
            return false;
        PolicyTextEditor editor(policy.text);
        if (!editor.isJson() || !editor.document().is_object())
            return false;
        std::size_t size = 0;
        if (const auto statements = editor.document().find("Statement"); statements != editor.document().end())
            size = statements->is_array() ? statements->size() : 1;
        if (!editor.insertElement("/Statement", size, statement))
            return false;
        policy.text = editor.text();
    }
    auto rank = [](PolicyType type, int level) {
        return std::make_pair(static_cast<int>(type), isOrganizationType(type) ? level : 0);
    };
    for (const FixStep* step : newPolicies) {
        ordered_json policy = ordered_json::object();
        policy["Version"] = "2012-10-17";
        policy["Statement"] = ordered_json::array({ ordered_json::parse(step->statementJson, nullptr, false) });
        SimulationDocumentPolicy added;
        added.type = step->type;
        added.level = isOrganizationType(step->type) ? step->level : 0;
        added.name = step->newPolicyName;
        added.text = policy.dump(2, ' ', false, ordered_json::error_handler_t::replace);
        // Kept grouped by type and level, as the document's policies are.
        const auto position = std::find_if(
            changed.policies.begin(), changed.policies.end(), [&](const SimulationDocumentPolicy& other) {
                return rank(other.type, other.level) > rank(added.type, added.level);
            });
        changed.policies.insert(position, std::move(added));
    }
    document = std::move(changed);
    return true;
}

} // namespace iam
