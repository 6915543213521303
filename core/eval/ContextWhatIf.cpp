#include "core/eval/ContextWhatIf.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/eval/CompiledPolicy.h"
#include "core/eval/ConditionOperator.h"
#include "core/eval/Evaluator.h"
#include "core/eval/IamDate.h"
#include "core/eval/IpNetwork.h"
#include "core/eval/RequestContext.h"

namespace iam {
namespace {

using Family = ConditionOperator::Family;
using Comparison = ConditionOperator::Comparison;

constexpr std::int64_t kDayMs = 24LL * 60 * 60 * 1000;

// A policy value made concrete: `${...}` variables filled from the request (or their default),
// the `${*}`, `${?}` and `${$}` escapes turned into their characters and, for Like operators, each
// `*` and `?` replaced by something it matches.
std::optional<std::string> concreteText(std::string_view text, bool like, const RequestContext& context)
{
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text.compare(i, 2, "${") == 0) {
            const std::size_t end = text.find('}', i + 2);
            if (end == std::string_view::npos)
                return std::nullopt;
            std::string_view inner = text.substr(i + 2, end - i - 2);
            i = end;
            if (inner == "*" || inner == "?" || inner == "$") {
                out += inner;
                continue;
            }
            std::optional<std::string> fallback;
            if (const auto comma = inner.find(','); comma != std::string_view::npos) {
                std::string_view rest = inner.substr(comma + 1);
                const auto open = rest.find('\'');
                const auto close = rest.rfind('\'');
                if (open != std::string_view::npos && close > open)
                    fallback = std::string(rest.substr(open + 1, close - open - 1));
                inner = inner.substr(0, comma);
            }
            while (!inner.empty() && inner.back() == ' ')
                inner.remove_suffix(1);
            const auto* values = context.find(lowercaseAscii(inner));
            if (values && !values->empty())
                out += values->front();
            else if (fallback)
                out += *fallback;
            else
                return std::nullopt;
            continue;
        }
        if (like && text[i] == '*')
            out += "example";
        else if (like && text[i] == '?')
            out += 'x';
        else
            out += text[i];
    }
    return out;
}

std::string numberText(double value)
{
    if (std::floor(value) == value && std::fabs(value) < 1e15)
        return std::to_string(static_cast<long long>(value));
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%.15g", value);
    return buffer;
}

// ISO 8601 in UTC, as `aws:CurrentTime` is written (days-from-civil inverse, Howard Hinnant's method).
std::string dateText(std::int64_t milliseconds)
{
    std::int64_t seconds = milliseconds / 1000;
    if (milliseconds % 1000 < 0)
        --seconds;
    std::int64_t days = seconds / 86400;
    std::int64_t rest = seconds % 86400;
    if (rest < 0) {
        rest += 86400;
        --days;
    }
    days += 719468;
    const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const std::int64_t dayOfEra = days - era * 146097;
    const std::int64_t yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const std::int64_t dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const std::int64_t mp = (5 * dayOfYear + 2) / 153;
    const std::int64_t day = dayOfYear - (153 * mp + 2) / 5 + 1;
    const std::int64_t month = mp < 10 ? mp + 3 : mp - 9;
    const std::int64_t year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    char buffer[128];
    std::snprintf(buffer, sizeof buffer, "%04lld-%02lld-%02lldT%02lld:%02lld:%02lldZ", static_cast<long long>(year),
        static_cast<long long>(month), static_cast<long long>(day), static_cast<long long>(rest / 3600),
        static_cast<long long>(rest % 3600 / 60), static_cast<long long>(rest % 60));
    return buffer;
}

std::string addressText(const IpNetwork& network)
{
    char buffer[64];
    if (!network.isV6) {
        std::snprintf(buffer, sizeof buffer, "%u.%u.%u.%u", network.bytes[0], network.bytes[1], network.bytes[2],
            network.bytes[3]);
        return buffer;
    }
    std::string text;
    for (int group = 0; group < 8; ++group) {
        std::snprintf(buffer, sizeof buffer, "%s%x", group == 0 ? "" : ":",
            static_cast<unsigned>(network.bytes[2 * group] << 8 | network.bytes[2 * group + 1]));
        text += buffer;
    }
    return text;
}

// The network's first address with the host part set to 1, when there is a host part: the address
// a reader expects to see for `203.0.113.0/24` is `203.0.113.1`.
IpNetwork firstHost(IpNetwork network)
{
    const int bits = network.isV6 ? 128 : 32;
    const int prefix = std::clamp(network.prefixLength, 0, bits);
    for (int bit = prefix; bit < bits; ++bit)
        network.bytes[bit / 8] &= static_cast<std::uint8_t>(~(0x80 >> (bit % 8)));
    if (prefix < bits)
        network.bytes[(bits - 1) / 8] |= 1;
    network.prefixLength = bits;
    return network;
}

std::vector<std::string> candidates(
    const ConditionOperator& op, const std::vector<std::string>& values, const RequestContext& context)
{
    std::vector<std::string> result;
    switch (op.family) {
    case Family::String:
    case Family::Arn:
        if (!op.negated) {
            const bool like = op.comparison == Comparison::Like || op.family == Family::Arn;
            for (const auto& value : values) {
                if (auto text = concreteText(value, like, context))
                    result.push_back(std::move(*text));
            }
        } else if (op.family == Family::Arn) {
            result = { "arn:aws:iam::999999999999:role/other-role", "arn:aws:s3:::other-bucket" };
        } else {
            result = { "other-value", "iam-studio-other-value-7" };
        }
        break;
    case Family::Bool:
        for (const auto& value : values) {
            const std::string lower = lowercaseAscii(value);
            if (lower == "true" || lower == "false")
                result.push_back(op.negated ? (lower == "true" ? "false" : "true") : lower);
        }
        result.push_back("true");
        result.push_back("false");
        break;
    case Family::Binary:
        result = values;
        result.push_back("b3RoZXIgdmFsdWU="); // "other value", for the negated form
        break;
    case Family::Numeric: {
        std::vector<double> numbers;
        for (const auto& value : values) {
            if (const auto number = parseIamNumber(value))
                numbers.push_back(*number);
        }
        for (double number : numbers) {
            if (op.comparison == Comparison::LessThan)
                result.push_back(numberText(number - 1));
            else if (op.comparison == Comparison::GreaterThan || op.negated)
                result.push_back(numberText(number + 1));
            result.push_back(numberText(number));
        }
        if (!numbers.empty()) {
            result.push_back(numberText(*std::max_element(numbers.begin(), numbers.end()) + 1));
            result.push_back(numberText(*std::min_element(numbers.begin(), numbers.end()) - 1));
        }
        break;
    }
    case Family::Date: {
        std::vector<std::int64_t> dates;
        for (const auto& value : values) {
            const auto date = parseIamDate(value);
            if (!date)
                continue;
            dates.push_back(*date);
            if (op.comparison == Comparison::LessThan)
                result.push_back(dateText(*date - kDayMs));
            else if (op.comparison == Comparison::GreaterThan || op.negated)
                result.push_back(dateText(*date + kDayMs));
            result.push_back(value);
        }
        if (!dates.empty()) {
            result.push_back(dateText(*std::max_element(dates.begin(), dates.end()) + kDayMs));
            result.push_back(dateText(*std::min_element(dates.begin(), dates.end()) - kDayMs));
        }
        break;
    }
    case Family::IpAddress:
        if (!op.negated) {
            for (const auto& value : values) {
                if (const auto network = parseIpNetwork(value)) {
                    result.push_back(addressText(firstHost(*network)));
                    result.push_back(addressText(*network));
                }
            }
        } else {
            // Documentation ranges (RFC 5737, RFC 3849): never a real network the policy means.
            result = { "192.0.2.10", "198.51.100.10", "203.0.113.10", "10.20.30.40", "2001:db8::10" };
        }
        break;
    case Family::Null:
        result = { "example" }; // satisfies `"Null": {"key": "false"}`, i.e. "the key is present"
        break;
    }
    return result;
}

// Whether the condition alone holds for `request`: a resource-based policy allowing everyone,
// under that one condition, in the principal's own account, decides it. Asking the evaluator itself,
// rather than re-deriving each operator's rules here, keeps the offered value true to the engine's
// reading of https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
// (wildcards, case rules, CIDR ranges, date formats, set qualifiers).
bool conditionHolds(std::string_view operatorName, const std::vector<std::string>& policyValues, std::string_view key,
    const Request& request)
{
    Statement statement;
    statement.effect = Effect::Allow;
    statement.principal = Principal { true, {} };
    statement.action = StringOrList { { "*" }, false };
    statement.resource = StringOrList { { "*" }, false };
    ConditionKeyValues keyValues { std::string(key), {}, true };
    for (const auto& value : policyValues)
        keyValues.values.push_back({ value, ConditionValue::Kind::String });
    statement.condition = std::vector<ConditionClause> { { std::string(operatorName), { keyValues } } };
    Policy policy;
    policy.version = kPolicyVersion2012;
    policy.statements.push_back(std::move(statement));
    Simulation simulation;
    simulation.resource = SimulationPolicy { "", std::move(policy), "" };
    simulation.request = request;
    simulation.request.resourceAccount.reset();
    if (simulation.request.action.empty())
        simulation.request.action = "iam:Placeholder";
    if (simulation.request.resource.empty())
        simulation.request.resource = "*";
    EvaluationOptions options;
    options.trace = false;
    return evaluate(simulation, options).decision == Decision::Allowed;
}

Request withContextValue(Request request, std::string_view key, const std::string& value, bool list)
{
    const std::string lowerKey = lowercaseAscii(key);
    std::erase_if(request.context, [&](const ContextEntry& entry) { return lowercaseAscii(entry.key) == lowerKey; });
    request.context.push_back({ std::string(key), { value }, list });
    return request;
}

struct ConditionSource {
    std::string operatorName;
    std::vector<std::string> values;
    std::string statementPointer;
};

std::optional<ConditionSource> findInPolicies(const std::vector<CompiledPolicy>& policies, const std::string& lowerKey)
{
    for (const auto& policy : policies) {
        for (const auto& statement : policy.statements) {
            for (const auto& condition : statement.conditions) {
                if (condition.lowercaseKey != lowerKey || !condition.op)
                    continue;
                ConditionSource source { condition.operatorName, {}, statement.pointer };
                for (const auto& value : condition.values)
                    source.values.push_back(value.text);
                return source;
            }
        }
    }
    return std::nullopt;
}

std::optional<ConditionSource> findCondition(
    const EvaluationResult& result, const CompiledPolicySet& policies, const std::string& lowerKey)
{
    // First the condition that stopped a statement because the key was missing: the one whose
    // answer changes the decision.
    for (const auto& trace : result.trace) {
        const Mismatch& mismatch = trace.mismatch;
        if (mismatch.element == Mismatch::Element::Condition && mismatch.keyMissing
            && lowercaseAscii(mismatch.key) == lowerKey)
            return ConditionSource { mismatch.operatorName, mismatch.policyValues, trace.ref.pointer };
    }
    if (auto found = findInPolicies(policies.identity, lowerKey))
        return found;
    if (policies.resource) {
        if (auto found = findInPolicies({ *policies.resource }, lowerKey))
            return found;
    }
    if (policies.permissionBoundary) {
        if (auto found = findInPolicies(*policies.permissionBoundary, lowerKey))
            return found;
    }
    for (const auto* levels : { &policies.scp, &policies.rcp }) {
        if (!*levels)
            continue;
        for (const auto& level : **levels) {
            if (auto found = findInPolicies(level, lowerKey))
                return found;
        }
    }
    if (policies.session) {
        if (auto found = findInPolicies(*policies.session, lowerKey))
            return found;
    }
    return std::nullopt;
}

} // namespace

std::optional<std::string> satisfyingContextValue(std::string_view operatorName,
    const std::vector<std::string>& policyValues, std::string_view key, const Request& request)
{
    const auto op = parseConditionOperator(operatorName);
    if (!op)
        return std::nullopt;
    const RequestContext context(request);
    const bool list = op->qualifier != ConditionOperator::SetQualifier::None;
    for (const auto& candidate : candidates(*op, policyValues, context)) {
        if (conditionHolds(operatorName, policyValues, key, withContextValue(request, key, candidate, list)))
            return candidate;
    }
    return std::nullopt;
}

// AWS reads a condition on an absent key as false (true for negated operators, ...IfExists and Null
// decide on presence itself), which is why its simulator reports MissingContextValues: the decision
// may turn on a value nobody gave. See the condition operators page above.
std::vector<ContextWhatIf> whatIfMissingContext(const Simulation& simulation)
{
    const CompiledPolicySet policies = compilePolicies(simulation);
    const EvaluationResult result = evaluate(policies, simulation.request);
    std::vector<ContextWhatIf> whatIfs;
    for (const auto& key : result.missingContextKeys) {
        ContextWhatIf whatIf;
        whatIf.key = key;
        whatIf.withoutKey = result.decision;
        if (const auto source = findCondition(result, policies, lowercaseAscii(key))) {
            whatIf.operatorName = source->operatorName;
            whatIf.policyValues = source->values;
            whatIf.statementPointer = source->statementPointer;
            whatIf.satisfyingValue
                = satisfyingContextValue(source->operatorName, source->values, key, simulation.request);
            if (whatIf.satisfyingValue) {
                const auto op = parseConditionOperator(source->operatorName);
                const bool list = op && op->qualifier != ConditionOperator::SetQualifier::None;
                const Request request = withContextValue(simulation.request, key, *whatIf.satisfyingValue, list);
                EvaluationOptions options;
                options.trace = false;
                whatIf.withValue = evaluate(policies, request, options).decision;
            }
        }
        whatIfs.push_back(std::move(whatIf));
    }
    return whatIfs;
}

} // namespace iam
