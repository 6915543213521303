#include "core/eval/EvaluationReport.h"

#include <nlohmann/json.hpp>

#include "core/diagnostics/DiagnosticJson.h"

namespace iam {
namespace {

using nlohmann::ordered_json;

ordered_json refToJson(const StatementRef& ref)
{
    ordered_json json;
    json["policyType"] = std::string(policyTypeKey(ref.type));
    json["policy"] = ref.policyName.empty() ? ordered_json(nullptr) : ordered_json(ref.policyName);
    json["policyIndex"] = ref.policyIndex;
    if (ref.level >= 0)
        json["level"] = ref.level;
    json["statement"] = ref.statementIndex;
    json["sid"] = ref.sid ? ordered_json(*ref.sid) : ordered_json(nullptr);
    json["effect"] = ref.effect == Effect::Allow ? "Allow" : "Deny";
    json["pointer"] = ref.pointer;
    return json;
}

ordered_json stringsToJson(const std::vector<std::string>& values)
{
    ordered_json array = ordered_json::array();
    for (const auto& value : values)
        array.push_back(value);
    return array;
}

std::string blockedExplanation(PolicyType type)
{
    switch (type) {
    case PolicyType::Identity:
        return "no identity-based policy allows the request";
    case PolicyType::Resource:
        return "no resource-based policy allows this principal";
    case PolicyType::PermissionBoundary:
        return "the permissions boundary does not allow the request";
    case PolicyType::Scp:
        return "a level of the organization's SCPs does not allow the request";
    case PolicyType::Rcp:
        return "a level of the organization's RCPs does not allow the request";
    case PolicyType::Session:
        return "the session policy does not allow the request";
    }
    return "";
}

// JSON string escaping as nlohmann's dump() does it (UTF-8 passed through, controls as \u00XX).
void appendString(std::string& out, std::string_view text)
{
    out += '"';
    std::size_t run = 0; // start of the characters that need no escape, appended in one go
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(text.data() + run, i - run);
        run = i + 1;
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default: {
            static constexpr char kHex[] = "0123456789abcdef";
            out += "\\u00";
            out += kHex[(c >> 4) & 0xF];
            out += kHex[c & 0xF];
        }
        }
    }
    out.append(text.data() + run, text.size() - run);
    out += '"';
}

void appendKey(std::string& out, std::string_view key)
{
    out += '"';
    out += key;
    out += "\":";
}

void appendStrings(std::string& out, const std::vector<std::string>& values)
{
    out += '[';
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i)
            out += ',';
        appendString(out, values[i]);
    }
    out += ']';
}

void appendRef(std::string& out, const StatementRef& ref)
{
    out += "{\"policyType\":";
    appendString(out, policyTypeKey(ref.type));
    out += ",\"policy\":";
    if (ref.policyName.empty())
        out += "null";
    else
        appendString(out, ref.policyName);
    out += ",\"policyIndex\":";
    out += std::to_string(ref.policyIndex);
    if (ref.level >= 0) {
        out += ",\"level\":";
        out += std::to_string(ref.level);
    }
    out += ",\"statement\":";
    out += std::to_string(ref.statementIndex);
    out += ",\"sid\":";
    if (ref.sid)
        appendString(out, *ref.sid);
    else
        out += "null";
    out += ref.effect == Effect::Allow ? ",\"effect\":\"Allow\"" : ",\"effect\":\"Deny\"";
    out += ",\"pointer\":";
    appendString(out, ref.pointer);
}

std::string joinQuoted(const std::vector<std::string>& values)
{
    std::string text;
    for (std::size_t i = 0; i < values.size(); ++i)
        text += (i ? ", `" : "`") + values[i] + "`";
    return text;
}

std::string firstValue(const Mismatch& mismatch)
{
    return mismatch.requestValues.empty() ? std::string() : mismatch.requestValues.front();
}

} // namespace

std::string explainMismatch(const Mismatch& mismatch)
{
    using Element = Mismatch::Element;
    switch (mismatch.element) {
    case Element::None:
        return {};
    case Element::Action:
        return mismatch.negatedElement ? "`" + firstValue(mismatch) + "` is excluded by `NotAction`"
                                       : "`Action` does not cover `" + firstValue(mismatch) + "`";
    case Element::Resource:
        return mismatch.negatedElement ? "`" + firstValue(mismatch) + "` is excluded by `NotResource`"
                                       : "`Resource` does not cover `" + firstValue(mismatch) + "`";
    case Element::Principal:
        if (mismatch.negatedElement)
            return "`NotPrincipal` excludes `" + firstValue(mismatch) + "`";
        if (mismatch.policyValues.empty())
            return "the statement has no `Principal`, so it applies to no one";
        return "`Principal` does not name `" + firstValue(mismatch) + "`";
    case Element::Condition:
        if (mismatch.unresolvedVariable) {
            return "a policy variable in the values of `" + mismatch.key
                + "` has no value in this request, so the condition cannot hold";
        }
        if (mismatch.operatorName == "Null") {
            return mismatch.keyMissing
                ? "the request has no `" + mismatch.key + "`, and `Null` asked for it to be present"
                : "the request has `" + mismatch.key + "`, and `Null` asked for it to be absent";
        }
        if (mismatch.keyMissing) {
            return "the request has no `" + mismatch.key + "`, so `" + mismatch.operatorName
                + "` is false (add `IfExists` to the operator to make a missing key pass)";
        }
        return "`" + mismatch.key + "` is " + joinQuoted(mismatch.requestValues) + ", which does not satisfy `"
            + mismatch.operatorName + "` " + joinQuoted(mismatch.policyValues);
    case Element::InvalidStatement:
        return "`" + mismatch.operatorName
            + "` is not a condition operator, so this statement never applies (AWS would refuse the policy)";
    }
    return {};
}

void appendEvaluationJson(std::string& out, const EvaluationResult& result)
{
    out += "{\"decision\":";
    appendString(out, decisionName(result.decision));
    out += ",\"decidedBy\":[";
    for (std::size_t i = 0; i < result.decidedBy.size(); ++i) {
        if (i)
            out += ',';
        appendRef(out, result.decidedBy[i]);
        out += '}';
    }
    out += "],\"gates\":{";
    for (std::size_t i = 0; i < kAllPolicyTypes.size(); ++i) {
        if (i)
            out += ',';
        appendKey(out, policyTypeKey(kAllPolicyTypes[i]));
        appendString(out, gateName(result.gate(kAllPolicyTypes[i])));
    }
    out += "},\"trace\":[";
    for (std::size_t i = 0; i < result.trace.size(); ++i) {
        const StatementTrace& trace = result.trace[i];
        if (i)
            out += ',';
        appendRef(out, trace.ref);
        out += trace.matched ? ",\"matched\":true" : ",\"matched\":false";
        if (!trace.matched) {
            const Mismatch& mismatch = trace.mismatch;
            out += ",\"reason\":{\"element\":";
            appendString(out, mismatchElementName(mismatch.element));
            if (!mismatch.operatorName.empty()) {
                out += ",\"operator\":";
                appendString(out, mismatch.operatorName);
            }
            if (mismatch.element == Mismatch::Element::Condition) {
                out += ",\"key\":";
                appendString(out, mismatch.key);
                out += mismatch.keyMissing ? ",\"keyMissing\":true" : ",\"keyMissing\":false";
            }
            out += ",\"requestValues\":";
            appendStrings(out, mismatch.requestValues);
            out += ",\"policyValues\":";
            appendStrings(out, mismatch.policyValues);
            out += ",\"explanation\":";
            appendString(out, explainMismatch(mismatch));
            out += '}';
        }
        out += '}';
    }
    out += "],\"missingContextKeys\":";
    appendStrings(out, result.missingContextKeys);
    if (result.blockedBy) {
        out += ",\"blockedBy\":";
        appendString(out, policyTypeKey(*result.blockedBy));
    }
    if (!result.notes.empty()) {
        out += ",\"notes\":";
        appendStrings(out, result.notes);
    }
    if (!result.diagnostics.empty()) {
        out += ",\"diagnostics\":";
        out += diagnosticsToJson(result.diagnostics).dump();
    }
    out += '}';
}

std::string describeStatement(const StatementRef& ref)
{
    std::string text(policyTypeTitle(ref.type));
    if (!ref.policyName.empty())
        text += " `" + ref.policyName + "`";
    text += " (#" + std::to_string(ref.policyIndex);
    if (ref.level >= 0)
        text += ", level " + std::to_string(ref.level);
    text += "), statement " + std::to_string(ref.statementIndex);
    if (ref.sid && !ref.sid->empty())
        text += " `" + *ref.sid + "`";
    return text;
}

nlohmann::ordered_json evaluationToJson(const EvaluationResult& result)
{
    ordered_json json;
    json["decision"] = std::string(decisionName(result.decision));
    json["decidedBy"] = ordered_json::array();
    for (const auto& ref : result.decidedBy)
        json["decidedBy"].push_back(refToJson(ref));
    json["gates"] = ordered_json::object();
    for (PolicyType type : kAllPolicyTypes)
        json["gates"][std::string(policyTypeKey(type))] = std::string(gateName(result.gate(type)));
    json["trace"] = ordered_json::array();
    for (const auto& trace : result.trace) {
        ordered_json entry = refToJson(trace.ref);
        entry["matched"] = trace.matched;
        if (!trace.matched) {
            const Mismatch& mismatch = trace.mismatch;
            ordered_json reason;
            reason["element"] = std::string(mismatchElementName(mismatch.element));
            if (!mismatch.operatorName.empty())
                reason["operator"] = mismatch.operatorName;
            if (mismatch.element == Mismatch::Element::Condition) {
                reason["key"] = mismatch.key;
                reason["keyMissing"] = mismatch.keyMissing;
            }
            reason["requestValues"] = stringsToJson(mismatch.requestValues);
            reason["policyValues"] = stringsToJson(mismatch.policyValues);
            reason["explanation"] = explainMismatch(mismatch);
            entry["reason"] = std::move(reason);
        }
        json["trace"].push_back(std::move(entry));
    }
    json["missingContextKeys"] = stringsToJson(result.missingContextKeys);
    if (result.blockedBy)
        json["blockedBy"] = std::string(policyTypeKey(*result.blockedBy));
    if (!result.notes.empty())
        json["notes"] = stringsToJson(result.notes);
    if (!result.diagnostics.empty())
        json["diagnostics"] = diagnosticsToJson(result.diagnostics);
    return json;
}

std::string formatEvaluationText(const EvaluationResult& result)
{
    std::string text = "Decision: " + std::string(decisionName(result.decision));
    if (result.decision == Decision::Allowed)
        text += " - the request is allowed\n";
    else if (result.decision == Decision::ExplicitDeny)
        text += " - a Deny statement matches the request, and a Deny always wins\n";
    else
        text += " - nothing denies it outright, but "
            + (result.blockedBy ? blockedExplanation(*result.blockedBy) : std::string("nothing allows it")) + "\n";
    if (!result.decidedBy.empty()) {
        text += "\nDecided by:\n";
        for (const auto& ref : result.decidedBy)
            text += "  " + std::string(ref.effect == Effect::Allow ? "Allow" : "Deny") + "  " + describeStatement(ref)
                + "\n";
    }
    text += "\nPolicy types:\n";
    for (PolicyType type : kAllPolicyTypes) {
        std::string title(policyTypeTitle(type));
        title.resize(32, ' ');
        text += "  " + title + std::string(gateName(result.gate(type))) + "\n";
    }
    if (!result.trace.empty()) {
        text += "\nStatements:\n";
        for (const auto& trace : result.trace) {
            text += std::string(trace.matched ? "  matches   " : "  no match  ") + describeStatement(trace.ref) + " ("
                + (trace.ref.effect == Effect::Allow ? "Allow" : "Deny") + ")\n";
            if (!trace.matched)
                text += "            " + explainMismatch(trace.mismatch) + "\n";
        }
    }
    if (!result.missingContextKeys.empty()) {
        text += "\nContext keys the policies use that the request does not have:\n";
        for (const auto& key : result.missingContextKeys)
            text += "  " + key + "\n";
    }
    if (!result.notes.empty()) {
        text += "\nNotes:\n";
        for (const auto& note : result.notes)
            text += "  - " + note + "\n";
    }
    if (!result.diagnostics.empty()) {
        text += "\nProblems in the policies:\n";
        for (const auto& diagnostic : result.diagnostics)
            text += "  " + diagnostic.pointer + ": " + diagnostic.message + "\n";
    }
    return text;
}

} // namespace iam
