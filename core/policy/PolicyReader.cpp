#include "core/policy/PolicyReader.h"

#include <algorithm>
#include <cctype>
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

// The first error nlohmann meets, with its byte position. A probe rather than parse()'s exception
// because only parse errors carry a position: a number too large for a double arrives as an
// out_of_range exception without one, and would otherwise escape as a crash.
class SyntaxProbe final : public nlohmann::json_sax<ordered_json> {
public:
    bool failed = false;
    std::size_t position = 0;
    std::string detail;

    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t&) override { return true; }
    bool string(string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override { return true; }
    bool key(string_t&) override { return true; }
    bool end_object() override { return true; }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }
    bool parse_error(std::size_t errorPosition, const std::string&, const ordered_json::exception& error) override
    {
        failed = true;
        position = errorPosition;
        detail = error.what();
        return false;
    }
};

bool isWordByte(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '+' || c == '.';
}

// The text a syntax error stands on, to quote it: a whole word or string rather than the single
// character nlohmann stopped at, so `Allow` reads as the bare word it is.
struct Offender {
    std::size_t offset = 0;
    std::size_t length = 0;
};

Offender offenderAt(std::string_view text, std::size_t offset, bool endsAString)
{
    if (offset >= text.size())
        return {text.size(), 0};
    if (endsAString && text[offset] == '"') {
        // nlohmann stops on the closing quote; the opening one is the first quote before it that
        // an even number of backslashes precedes.
        for (std::size_t i = offset; i-- > 0;) {
            std::size_t backslashes = 0;
            while (backslashes < i && text[i - 1 - backslashes] == '\\')
                ++backslashes;
            if (text[i] == '"' && backslashes % 2 == 0)
                return {i, offset + 1 - i};
        }
    }
    if (isWordByte(text[offset])) {
        std::size_t end = offset;
        while (end < text.size() && isWordByte(text[end]))
            ++end;
        return {offset, end - offset};
    }
    // One character: an ASCII byte, or a lead byte with the continuation bytes after it.
    std::size_t end = offset + 1;
    while (static_cast<unsigned char>(text[offset]) >= 0x80 && end < text.size()
           && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
        ++end;
    return {offset, end - offset};
}

char previousNonSpace(std::string_view text, std::size_t offset)
{
    for (std::size_t i = std::min(offset, text.size()); i-- > 0;) {
        if (text[i] != ' ' && text[i] != '\t' && text[i] != '\n' && text[i] != '\r')
            return text[i];
    }
    return '\0';
}

// One whole, well-formed UTF-8 code point that is not ASCII.
bool isWholeCodePoint(std::string_view bytes)
{
    if (bytes.empty())
        return false;
    const auto lead = static_cast<unsigned char>(bytes.front());
    std::size_t size = 0;
    if (lead >= 0xC2 && lead <= 0xDF)
        size = 2;
    else if (lead >= 0xE0 && lead <= 0xEF)
        size = 3;
    else if (lead >= 0xF0 && lead <= 0xF4)
        size = 4;
    const auto isContinuation = [](char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; };
    return size == bytes.size() && std::all_of(bytes.begin() + 1, bytes.end(), isContinuation);
}

// Quoting a whole 300-character string would drown the message; the span still covers all of it.
std::string shortened(std::string_view text)
{
    constexpr std::size_t kMaxQuoted = 40;
    if (text.size() <= kMaxQuoted)
        return std::string(text);
    std::size_t cut = kMaxQuoted;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
        --cut;
    return std::string(text.substr(0, cut)) + "\u2026";
}

bool contains(std::string_view haystack, std::string_view needle)
{
    return haystack.find(needle) != std::string_view::npos;
}

// nlohmann's messages name the parser's state and quote raw bytes; ours name what the author
// should look for, quote only whole printable tokens and never copy invalid UTF-8 into a message.
Diagnostic syntaxDiagnostic(std::string_view text, std::size_t offset, std::string_view detail)
{
    Diagnostic diagnostic{"JSON_SYNTAX_ERROR", Severity::Error, "", "", "", {}};
    Offender offender{std::min(offset, text.size()), 1};
    std::string& message = diagnostic.message;
    std::string& help = diagnostic.help;
    if (contains(detail, "unexpected end of input")) {
        message = "the text ends before the JSON is complete";
        help = "check that every `{`, `[` and `\"` has its closing partner";
        offender = {text.size(), 0};
    } else if (contains(detail, "UTF-8")) {
        // nlohmann notices a truncated sequence at the ASCII byte after it, or at the end of the
        // text; point at its lead byte.
        std::size_t start = offender.offset;
        if (start >= text.size() || static_cast<unsigned char>(text[start]) < 0x80) {
            while (start > 0 && static_cast<unsigned char>(text[start - 1]) >= 0x80) {
                --start;
                if ((static_cast<unsigned char>(text[start]) & 0xC0) != 0x80)
                    break;
            }
        }
        offender = {start, 1};
        message = "the text contains bytes that are not UTF-8";
        help = "save the file as UTF-8";
    } else if (contains(detail, "control character")) {
        message = "the text is not valid JSON: a string contains a raw control character, such as a tab or a "
                  "line break";
        help = "write a tab as `\\t` and a line break as `\\n`, or remove it";
    } else if (contains(detail, "number overflow")) {
        offender = offenderAt(text, offset, false);
        while (offender.offset > 0 && isWordByte(text[offender.offset - 1]))
            --offender.offset, ++offender.length;
        message = "the number `" + std::string(text.substr(offender.offset, offender.length)) + "` is too large";
        help = "write it as a string, or use a smaller number";
    } else if (const Offender token = offenderAt(text, offset, contains(detail, "unexpected string literal"));
               token.length > 0 && static_cast<unsigned char>(text[token.offset]) >= 0x80
               && !isWholeCodePoint(text.substr(token.offset, token.length))) {
        // A stray byte outside any string: nlohmann calls it a bad literal, but it is an encoding problem.
        offender = {token.offset, 1};
        message = "the text contains bytes that are not UTF-8";
        help = "save the file as UTF-8";
    } else {
        offender = token;
        const std::string_view quoted = text.substr(offender.offset, offender.length);
        message = "the text is not valid JSON: unexpected `" + shortened(quoted) + "`";
        const char first = quoted.empty() ? '\0' : quoted.front();
        if (quoted == "\u201C" || quoted == "\u201D" || quoted == "\u2018" || quoted == "\u2019")
            help = "replace curly quotes with straight double quotes `\"`: word processors curl them as you type";
        else if (first == '/')
            help = "JSON allows no comments: remove the `//` or `/* */` note";
        else if (first == '\'')
            help = "JSON needs double quotes around names and text, not single quotes";
        else if (contains(detail, "expected ':'"))
            help = "put a colon between a name and its value, e.g. `\"Effect\": \"Allow\"`";
        else if ((first == '}' || first == ']') && previousNonSpace(text, offender.offset) == ',')
            help = "remove the comma before this bracket: JSON allows no comma after the last item";
        else if (contains(detail, "expected end of input"))
            help = "the document goes on after its closing bracket; a file holds one policy";
        else if (contains(detail, "invalid literal"))
            help = "text values need double quotes; `true`, `false` and `null` are the only bare words JSON knows";
        else if (contains(detail, "expected '}'") || contains(detail, "expected ']'")
                 || contains(detail, "expected ','"))
            help = "a comma is probably missing before this point";
        else if (contains(detail, "expected string literal"))
            help = "names in JSON are written in double quotes, e.g. `\"Effect\"`";
        else if (contains(detail, "or a literal"))
            help = "a value is missing here";
        else
            help = "check the JSON near this position";
    }
    offender.offset = std::min(offender.offset, text.size());
    diagnostic.span = spanAtOffset(text, offender.offset, std::min(offender.length, text.size() - offender.offset));
    return diagnostic;
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

Diagnostic fieldError(const SourceMap& sourceMap, std::string code, const std::string& pointer, std::string message,
                      std::string help)
{
    Diagnostic diagnostic;
    diagnostic.code = std::move(code);
    diagnostic.severity = Severity::Error;
    diagnostic.message = std::move(message);
    diagnostic.help = std::move(help);
    diagnostic.pointer = pointer;
    diagnostic.span = sourceMap.valueSpan(pointer);
    return diagnostic;
}

Diagnostic wrongTypeDiagnostic(const SourceMap& sourceMap, const std::string& pointer, std::string_view what,
                               std::string_view expected, const nlohmann::ordered_json& actual)
{
    Diagnostic diagnostic;
    diagnostic.code = "INVALID_ELEMENT_TYPE";
    diagnostic.severity = Severity::Error;
    diagnostic.message = std::string(what) + " must be " + std::string(expected) + ", not " + std::string(jsonTypeName(actual));
    diagnostic.help = pointer.empty() ? "make the whole document " + std::string(expected)
                                      : "change the value at `" + pointer + "` to " + std::string(expected);
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
    SyntaxProbe probe;
    if (!nlohmann::ordered_json::sax_parse(text.begin(), text.end(), &probe) || probe.failed) {
        // nlohmann counts the byte it stopped at from one.
        diagnostics.push_back(syntaxDiagnostic(text, probe.position > 0 ? probe.position - 1 : 0, probe.detail));
        return false;
    }
    value = nlohmann::ordered_json::parse(text.begin(), text.end(), nullptr, false);
    sourceMap = SourceMap::build(text);
    for (const auto& duplicate : sourceMap.duplicateKeys()) {
        diagnostics.push_back({"DUPLICATE_KEY", Severity::Error,
                               "`" + duplicate.name + "` appears twice in the same object (first at line "
                                   + std::to_string(duplicate.firstKey.line) + ")",
                               "AWS rejects duplicate names; merge the two into one", duplicate.pointer, duplicate.key});
    }
    return true;
}

}  // namespace iam
