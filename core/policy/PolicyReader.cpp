#include "core/policy/PolicyReader.h"

#include <algorithm>
#include <cmath>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/diagnostics/FuzzyMatch.h"
#include "core/json/JsonPointer.h"

namespace iam {
namespace {

using nlohmann::ordered_json;

const std::vector<std::string> kTopLevelElements = {"Version", "Id", "Statement"};
const std::vector<std::string> kStatementElements = {"Sid",      "Effect",    "Principal",   "NotPrincipal", "Action",
                                                     "NotAction", "Resource", "NotResource", "Condition"};
const std::vector<std::string> kPrincipalTypes = {"AWS", "Service", "Federated", "CanonicalUser"};

std::string_view jsonTypeName(const ordered_json& value)
{
    switch (value.type()) {
    case ordered_json::value_t::null: return "null";
    case ordered_json::value_t::object: return "an object";
    case ordered_json::value_t::array: return "an array";
    case ordered_json::value_t::string: return "a string";
    case ordered_json::value_t::boolean: return "a boolean";
    case ordered_json::value_t::number_integer:
    case ordered_json::value_t::number_unsigned:
    case ordered_json::value_t::number_float: return "a number";
    default: return "an unsupported value";
    }
}

class Reader {
public:
    Reader(const SourceMap& sourceMap, std::vector<Diagnostic>& diagnostics)
        : m_map(sourceMap), m_diagnostics(diagnostics)
    {
    }

    Policy readDocument(const ordered_json& value, const std::string& pointer)
    {
        Policy policy;
        if (!value.is_object()) {
            m_diagnostics.push_back(wrongTypeDiagnostic(m_map, pointer, "a policy", "an object", value));
            return policy;
        }
        for (const auto& [key, member] : value.items()) {
            const std::string memberPointer = appendPointer(pointer, key);
            if (key == "Version")
                policy.version = readVersion(member, memberPointer);
            else if (key == "Id")
                policy.id = readString(member, memberPointer, "`Id`");
            else if (key == "Statement")
                readStatements(member, memberPointer, policy);
            else
                reportUnsupported(key, memberPointer, kTopLevelElements, "a policy document");
        }
        if (!value.contains("Statement")) {
            add("MISSING_STATEMENT", m_map.keySpan(pointer), pointer, "the policy has no `Statement`",
                "add a `Statement` array with at least one statement: without one the policy allows nothing");
        }
        return policy;
    }

private:
    void add(std::string code, const SourceSpan& span, const std::string& pointer, std::string message,
             std::string help, Severity severity = Severity::Error)
    {
        m_diagnostics.push_back({std::move(code), severity, std::move(message), std::move(help), pointer, span});
    }

    void reportUnsupported(const std::string& key, const std::string& pointer, const std::vector<std::string>& known,
                           std::string_view where)
    {
        std::string help;
        if (auto suggestion = closestMatch(key, known))
            help = "did you mean `" + *suggestion + "`? element names are case-sensitive";
        else {
            help = "remove it; " + std::string(where) + " may contain only ";
            for (std::size_t i = 0; i < known.size(); ++i)
                help += (i ? (i + 1 == known.size() ? " and `" : ", `") : "`") + known[i] + "`";
        }
        add("UNSUPPORTED_ELEMENT", m_map.keySpan(pointer), pointer,
            "`" + key + "` is not an element of " + std::string(where), help);
    }

    std::optional<std::string> readString(const ordered_json& value, const std::string& pointer, std::string_view what)
    {
        if (!value.is_string()) {
            m_diagnostics.push_back(wrongTypeDiagnostic(m_map, pointer, what, "a string", value));
            return std::nullopt;
        }
        return value.get<std::string>();
    }

    std::optional<std::string> readVersion(const ordered_json& value, const std::string& pointer)
    {
        auto version = readString(value, pointer, "`Version`");
        if (version && *version != kPolicyVersion2012 && *version != kPolicyVersion2008) {
            add("INVALID_VERSION", m_map.valueSpan(pointer), pointer, "`" + *version + "` is not a policy language version",
                "use `2012-10-17`, the current version (it is a fixed date, not today's date)");
        }
        return version;
    }

    void readStatements(const ordered_json& value, const std::string& pointer, Policy& policy)
    {
        if (value.is_object()) {
            policy.statementIsList = false;
            policy.statements.push_back(readStatement(value, pointer));
            return;
        }
        if (!value.is_array()) {
            m_diagnostics.push_back(
                wrongTypeDiagnostic(m_map, pointer, "`Statement`", "an array of statements (or one statement object)", value));
            return;
        }
        for (std::size_t i = 0; i < value.size(); ++i) {
            const std::string statementPointer = appendPointer(pointer, i);
            if (!value[i].is_object()) {
                m_diagnostics.push_back(wrongTypeDiagnostic(m_map, statementPointer, "a statement", "an object", value[i]));
                continue;
            }
            policy.statements.push_back(readStatement(value[i], statementPointer));
        }
    }

    Statement readStatement(const ordered_json& value, const std::string& pointer)
    {
        Statement statement;
        bool hasEffect = false;
        for (const auto& [key, member] : value.items()) {
            const std::string memberPointer = appendPointer(pointer, key);
            if (key == "Sid") {
                statement.sid = readString(member, memberPointer, "`Sid`");
            } else if (key == "Effect") {
                hasEffect = true;
                readEffect(member, memberPointer, statement);
            } else if (key == "Principal") {
                statement.principal = readPrincipal(member, memberPointer, "Principal");
            } else if (key == "NotPrincipal") {
                statement.notPrincipal = readPrincipal(member, memberPointer, "NotPrincipal");
            } else if (key == "Action") {
                statement.action = readStringOrList(member, memberPointer, "`Action`");
            } else if (key == "NotAction") {
                statement.notAction = readStringOrList(member, memberPointer, "`NotAction`");
            } else if (key == "Resource") {
                statement.resource = readStringOrList(member, memberPointer, "`Resource`");
            } else if (key == "NotResource") {
                statement.notResource = readStringOrList(member, memberPointer, "`NotResource`");
            } else if (key == "Condition") {
                statement.condition = readCondition(member, memberPointer);
            } else {
                reportUnsupported(key, memberPointer, kStatementElements, "a statement");
            }
        }
        if (!hasEffect) {
            add("MISSING_EFFECT", m_map.valueSpan(pointer), pointer, "the statement has no `Effect`",
                "add `\"Effect\": \"Allow\"` or `\"Effect\": \"Deny\"`");
        }
        if (!value.contains("Action") && !value.contains("NotAction")) {
            add("MISSING_ACTION", m_map.valueSpan(pointer), pointer, "the statement has no `Action`",
                "add an `Action` naming what it allows or denies, e.g. `\"Action\": \"s3:GetObject\"`");
        }
        reportExclusive(value, pointer, "Action", "NotAction");
        reportExclusive(value, pointer, "Resource", "NotResource");
        reportExclusive(value, pointer, "Principal", "NotPrincipal");
        return statement;
    }

    void reportExclusive(const ordered_json& statement, const std::string& pointer, const std::string& element,
                         const std::string& notElement)
    {
        if (!statement.contains(element) || !statement.contains(notElement))
            return;
        const std::string notPointer = appendPointer(pointer, notElement);
        add("MUTUALLY_EXCLUSIVE_ELEMENTS", m_map.keySpan(notPointer), notPointer,
            "a statement cannot have both `" + element + "` and `" + notElement + "`",
            "keep one: `" + element + "` lists what the statement covers, `" + notElement
                + "` covers everything except what it lists");
    }

    void readEffect(const ordered_json& value, const std::string& pointer, Statement& statement)
    {
        auto effect = readString(value, pointer, "`Effect`");
        if (!effect)
            return;
        if (*effect == "Allow") {
            statement.effect = Effect::Allow;
        } else if (*effect == "Deny") {
            statement.effect = Effect::Deny;
        } else {
            std::string help = "write `Allow` or `Deny`, exactly so";
            if (auto suggestion = closestMatch(*effect, {"Allow", "Deny"}))
                help = "write `" + *suggestion + "`: the value is case-sensitive";
            add("INVALID_EFFECT", m_map.valueSpan(pointer), pointer, "`" + *effect + "` is not an effect", help);
        }
    }

    std::optional<StringOrList> readStringOrList(const ordered_json& value, const std::string& pointer, std::string_view what)
    {
        StringOrList list;
        if (value.is_string()) {
            list.values.push_back(value.get<std::string>());
            return list;
        }
        if (!value.is_array()) {
            m_diagnostics.push_back(wrongTypeDiagnostic(m_map, pointer, what, "a string or an array of strings", value));
            return std::nullopt;
        }
        list.isList = true;
        for (std::size_t i = 0; i < value.size(); ++i) {
            if (value[i].is_string())
                list.values.push_back(value[i].get<std::string>());
            else
                m_diagnostics.push_back(wrongTypeDiagnostic(m_map, appendPointer(pointer, i),
                                                            std::string("an entry of ") + std::string(what), "a string", value[i]));
        }
        return list;
    }

    std::optional<Principal> readPrincipal(const ordered_json& value, const std::string& pointer, const std::string& element)
    {
        Principal principal;
        if (value.is_string()) {
            if (value.get<std::string>() != "*") {
                add("INVALID_PRINCIPAL", m_map.valueSpan(pointer), pointer,
                    "`" + value.get<std::string>() + "` is not a valid `" + element + "`",
                    "a bare string may only be `\"*\"` (everyone); name principals in an object, e.g. "
                    "`{\"AWS\": \"arn:aws:iam::111122223333:root\"}`");
                return std::nullopt;
            }
            principal.isWildcard = true;
            return principal;
        }
        if (!value.is_object()) {
            m_diagnostics.push_back(wrongTypeDiagnostic(m_map, pointer, "`" + element + "`",
                                                        "`\"*\"` or an object such as `{\"AWS\": ...}`", value));
            return std::nullopt;
        }
        if (value.empty()) {
            add("INVALID_PRINCIPAL", m_map.valueSpan(pointer), pointer, "`" + element + "` names no principal",
                "name at least one, e.g. `{\"Service\": \"lambda.amazonaws.com\"}`");
        }
        for (const auto& [type, ids] : value.items()) {
            const std::string typePointer = appendPointer(pointer, type);
            if (std::find(kPrincipalTypes.begin(), kPrincipalTypes.end(), type) == kPrincipalTypes.end()) {
                std::string help = "use `AWS`, `Service`, `Federated` or `CanonicalUser`";
                if (auto suggestion = closestMatch(type, kPrincipalTypes))
                    help = "did you mean `" + *suggestion + "`? principal types are case-sensitive";
                add("INVALID_PRINCIPAL", m_map.keySpan(typePointer), typePointer,
                    "`" + type + "` is not a principal type", help);
                continue;
            }
            if (auto list = readStringOrList(ids, typePointer, "`" + element + "." + type + "`"))
                principal.entries.push_back({type, *list});
        }
        return principal;
    }

    std::optional<std::vector<ConditionClause>> readCondition(const ordered_json& value, const std::string& pointer)
    {
        if (!value.is_object()) {
            m_diagnostics.push_back(wrongTypeDiagnostic(
                m_map, pointer, "`Condition`", "an object of operators, e.g. `{\"Bool\": {\"aws:SecureTransport\": \"true\"}}`", value));
            return std::nullopt;
        }
        std::vector<ConditionClause> clauses;
        for (const auto& [op, block] : value.items()) {
            const std::string opPointer = appendPointer(pointer, op);
            if (!block.is_object()) {
                m_diagnostics.push_back(wrongTypeDiagnostic(m_map, opPointer, "the `" + op + "` block",
                                                            "an object of condition keys and values", block));
                continue;
            }
            ConditionClause clause{op, {}};
            for (const auto& [key, values] : block.items()) {
                const std::string keyPointer = appendPointer(opPointer, key);
                ConditionKeyValues entry{key, {}, values.is_array()};
                if (values.is_array()) {
                    for (std::size_t i = 0; i < values.size(); ++i) {
                        if (auto conditionValue = readConditionValue(values[i], appendPointer(keyPointer, i), key))
                            entry.values.push_back(*conditionValue);
                    }
                } else if (auto conditionValue = readConditionValue(values, keyPointer, key)) {
                    entry.values.push_back(*conditionValue);
                }
                clause.keys.push_back(std::move(entry));
            }
            clauses.push_back(std::move(clause));
        }
        return clauses;
    }

    std::optional<ConditionValue> readConditionValue(const ordered_json& value, const std::string& pointer, const std::string& key)
    {
        if (value.is_string())
            return ConditionValue{value.get<std::string>(), ConditionValue::Kind::String};
        if (value.is_boolean())
            return ConditionValue{value.get<bool>() ? "true" : "false", ConditionValue::Kind::Boolean};
        if (value.is_number()) {
            if (value.is_number_float() && !std::isfinite(value.get<double>())) {
                add("INVALID_NUMBER", m_map.valueSpan(pointer), pointer, "the number for `" + key + "` is out of range",
                    "write it as a string, or use a smaller number");
                return std::nullopt;
            }
            return ConditionValue{value.dump(), ConditionValue::Kind::Number};
        }
        m_diagnostics.push_back(wrongTypeDiagnostic(m_map, pointer, "a value of `" + key + "`",
                                                    "a string, number or boolean", value));
        return std::nullopt;
    }

    const SourceMap& m_map;
    std::vector<Diagnostic>& m_diagnostics;
};

// nlohmann's messages name the parser's state; ours name what the author should look for.
std::string syntaxHelp(std::string_view detail)
{
    if (detail.find("unexpected end of input") != std::string_view::npos)
        return "the text ends too early: check that every `{`, `[` and `\"` has its closing partner";
    if (detail.find("unexpected '}'") != std::string_view::npos || detail.find("unexpected ']'") != std::string_view::npos)
        return "remove the comma before this bracket: JSON allows no comma after the last item";
    if (detail.find("expected ',' or '}'") != std::string_view::npos || detail.find("expected ',' or ']'") != std::string_view::npos)
        return "a comma is probably missing before this point";
    if (detail.find("expected string literal") != std::string_view::npos)
        return "names in JSON are written in double quotes, e.g. `\"Effect\"`";
    if (detail.find("expected ':'") != std::string_view::npos)
        return "put a colon between a name and its value, e.g. `\"Effect\": \"Allow\"`";
    if (detail.find("UTF-8") != std::string_view::npos)
        return "the text has bytes that are not UTF-8; save the file as UTF-8";
    if (detail.find("control character") != std::string_view::npos)
        return "a string contains a raw line break or tab; write it as `\\n` or `\\t`";
    if (detail.find("invalid literal") != std::string_view::npos)
        return "text values need double quotes; `true`, `false` and `null` are the only bare words JSON knows";
    return "check the JSON near this position";
}

// Real policies nest five or six levels; refusing absurd depth early keeps hostile files cheap.
constexpr std::size_t kMaxJsonDepth = 256;

// The offset where nesting first passes the limit, or npos. Brackets inside strings do not count.
std::size_t findExcessiveNesting(std::string_view text)
{
    std::size_t depth = 0;
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (++depth > kMaxJsonDepth)
                return i;
        } else if ((c == '}' || c == ']') && depth > 0) {
            --depth;
        }
    }
    return std::string_view::npos;
}

}  // namespace

Diagnostic wrongTypeDiagnostic(const SourceMap& sourceMap, const std::string& pointer, std::string_view what,
                               std::string_view expected, const nlohmann::ordered_json& actual)
{
    Diagnostic diagnostic;
    diagnostic.code = "INVALID_ELEMENT_TYPE";
    diagnostic.severity = Severity::Error;
    diagnostic.message = std::string(what) + " must be " + std::string(expected) + ", not " + std::string(jsonTypeName(actual));
    diagnostic.help = "change the value at `" + (pointer.empty() ? std::string("/") : pointer) + "` to " + std::string(expected);
    diagnostic.pointer = pointer;
    diagnostic.span = sourceMap.valueSpan(pointer);
    return diagnostic;
}

Policy readPolicy(const nlohmann::ordered_json& value, const SourceMap& sourceMap, const std::string& pointer,
                  std::vector<Diagnostic>& diagnostics)
{
    return Reader(sourceMap, diagnostics).readDocument(value, pointer);
}

bool parseJsonText(std::string_view text, nlohmann::ordered_json& value, SourceMap& sourceMap,
                   std::vector<Diagnostic>& diagnostics)
{
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        diagnostics.push_back({"JSON_SYNTAX_ERROR", Severity::Error, "the document is empty",
                               "start with `{` and `}`; the Build page's New command gives a starting policy", "",
                               SourceSpan{0, 0, 1, 1}});
        return false;
    }
    if (const std::size_t tooDeep = findExcessiveNesting(text); tooDeep != std::string_view::npos) {
        diagnostics.push_back({"JSON_TOO_DEEP", Severity::Error,
                               "the document nests more than " + std::to_string(kMaxJsonDepth) + " levels deep",
                               "a policy needs only a few levels; this is probably not a policy file", "",
                               spanAtOffset(text, tooDeep, 1)});
        return false;
    }
    try {
        value = nlohmann::ordered_json::parse(text.begin(), text.end());
    } catch (const nlohmann::json::parse_error& error) {
        std::string detail = error.what();
        if (const auto dash = detail.find(" - "); dash != std::string::npos)
            detail = detail.substr(dash + 3);
        const std::size_t offset = error.byte > 0 ? error.byte - 1 : 0;
        diagnostics.push_back({"JSON_SYNTAX_ERROR", Severity::Error, "the text is not valid JSON: " + detail,
                               syntaxHelp(detail), "", spanAtOffset(text, offset, 1)});
        return false;
    }
    sourceMap = SourceMap::build(text);
    for (const auto& duplicate : sourceMap.duplicateKeys()) {
        const std::string key = duplicate.pointer.substr(duplicate.pointer.rfind('/') + 1);
        diagnostics.push_back({"DUPLICATE_KEY", Severity::Error,
                               "`" + key + "` appears twice in the same object (first at line "
                                   + std::to_string(duplicate.firstKey.line) + ")",
                               "AWS rejects duplicate names; merge the two into one", duplicate.pointer, duplicate.key});
    }
    return true;
}

}  // namespace iam
