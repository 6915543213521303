#include "core/edit/PolicyTextEditor.h"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <functional>

#include <nlohmann/json.hpp>

#include "core/json/JsonPointer.h"
#include "core/json/SourceMap.h"

namespace iam {
namespace {

using Json = nlohmann::ordered_json;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isBlank(std::string_view text)
{
    return std::all_of(text.begin(), text.end(), isSpace);
}

std::string unescapeToken(std::string_view token)
{
    std::string out;
    out.reserve(token.size());
    for (std::size_t i = 0; i < token.size(); ++i) {
        if (token[i] == '~' && i + 1 < token.size() && (token[i + 1] == '0' || token[i + 1] == '1')) {
            out += token[i + 1] == '0' ? '~' : '/';
            ++i;
        } else {
            out += token[i];
        }
    }
    return out;
}

std::optional<std::size_t> arrayIndex(std::string_view token)
{
    if (token.empty() || (token.size() > 1 && token[0] == '0'))
        return std::nullopt;
    std::size_t value = 0;
    const auto [end, error] = std::from_chars(token.data(), token.data() + token.size(), value);
    if (error != std::errc() || end != token.data() + token.size())
        return std::nullopt;
    return value;
}

// Splits `/a/b~1c` into its parent pointer and its last token, decoded.
bool splitPointer(std::string_view pointer, std::string& parent, std::string& token)
{
    const auto slash = pointer.rfind('/');
    if (pointer.empty() || pointer[0] != '/' || slash == std::string_view::npos)
        return false;
    parent = std::string(pointer.substr(0, slash));
    token = unescapeToken(pointer.substr(slash + 1));
    return true;
}

const Json* resolve(const Json& root, std::string_view pointer)
{
    if (pointer.empty())
        return &root;
    if (pointer[0] != '/')
        return nullptr;
    const Json* node = &root;
    std::size_t pos = 1;
    while (true) {
        const auto next = pointer.find('/', pos);
        const std::string token
            = unescapeToken(pointer.substr(pos, next == std::string_view::npos ? next : next - pos));
        if (node->is_object()) {
            const auto it = node->find(token);
            if (it == node->end())
                return nullptr;
            node = &*it;
        } else if (node->is_array()) {
            const auto index = arrayIndex(token);
            if (!index || *index >= node->size())
                return nullptr;
            node = &(*node)[*index];
        } else {
            return nullptr;
        }
        if (next == std::string_view::npos)
            return node;
        pos = next + 1;
    }
}

// The document's own conventions, so inserted text looks like the author typed it.
struct Style {
    std::string unit = "  ";
    std::string newline = "\n";
    std::string colon = ": ";
};

Style detectStyle(std::string_view text)
{
    Style style;
    if (text.find("\r\n") != std::string_view::npos)
        style.newline = "\r\n";
    std::size_t smallest = 0;
    bool tabs = false;
    bool decided = false;
    for (std::size_t start = 0; start < text.size();) {
        auto end = text.find('\n', start);
        if (end == std::string_view::npos)
            end = text.size();
        const std::string_view line = text.substr(start, end - start);
        const auto content = line.find_first_not_of(" \t\r");
        if (content != std::string_view::npos && content > 0) {
            if (!decided) {
                tabs = line[0] == '\t';
                decided = true;
            }
            const auto spaces = line.find_first_not_of(' ');
            if (!tabs && spaces > 0 && (smallest == 0 || spaces < smallest))
                smallest = spaces;
        }
        start = end + 1;
    }
    if (tabs)
        style.unit = "\t";
    else if (smallest > 0)
        style.unit = std::string(std::min<std::size_t>(smallest, 8), ' ');

    // The spacing after a key's colon: `"a": 1` or `"a":1`.
    for (std::size_t colon = text.find("\":"); colon != std::string_view::npos;) {
        std::size_t after = colon + 2;
        std::string spacing = ":";
        while (after < text.size() && (text[after] == ' ' || text[after] == '\t'))
            spacing += text[after++];
        style.colon = spacing.size() > 3 ? ": " : spacing;
        break;
    }
    return style;
}

std::string dumpScalar(const Json& value)
{
    return value.dump(-1, ' ', false, Json::error_handler_t::replace);
}

void serializeInto(std::string& out, const Json& value, bool multiLine, const std::string& indent, const Style& style)
{
    const bool isObject = value.is_object();
    if (!(isObject || value.is_array())) {
        out += dumpScalar(value);
        return;
    }
    if (value.empty()) {
        out += isObject ? "{}" : "[]";
        return;
    }
    out += isObject ? '{' : '[';
    const std::string inner = indent + style.unit;
    bool first = true;
    for (auto it = value.begin(); it != value.end(); ++it) {
        if (!first)
            out += multiLine ? "," : ", ";
        first = false;
        if (multiLine) {
            out += style.newline;
            out += inner;
        }
        if (isObject) {
            out += dumpScalar(Json(it.key()));
            out += style.colon;
        }
        serializeInto(out, it.value(), multiLine, inner, style);
    }
    if (multiLine) {
        out += style.newline;
        out += indent;
    }
    out += isObject ? '}' : ']';
}

std::string serialize(const Json& value, bool multiLine, const std::string& indent, const Style& style)
{
    std::string out;
    serializeInto(out, value, multiLine, indent, style);
    return out;
}

// Folds `next` (relative to the text `merged` produced) into `merged` (relative to the original),
// so one edit describes everything changed since the editor was made.
TextEdit mergeEdits(const TextEdit& merged, const TextEdit& next, std::string_view newText)
{
    const std::size_t mergedEnd = merged.offset + merged.replacement.size();
    const std::size_t start = std::min(merged.offset, next.offset);
    const std::size_t end = std::max(mergedEnd, next.offset + next.length);
    TextEdit result;
    result.offset = start;
    result.length = end - merged.replacement.size() + merged.length - start;
    const std::size_t newLength = end - start + next.replacement.size() - next.length;
    result.replacement = std::string(newText.substr(start, newLength));
    return result;
}

} // namespace

struct PolicyTextEditor::State {
    Json document;
    SourceMap map;
    Style style;
    bool valid = false;

    void parse(const std::string& text)
    {
        document = Json::parse(text, nullptr, false);
        valid = !document.is_discarded();
        if (valid) {
            map = SourceMap::build(text);
            style = detectStyle(text);
        } else {
            document = nullptr;
            map = SourceMap();
            style = Style();
        }
    }
};

namespace {

// The editing steps. Each step replaces one span of the current text and re-reads it, so the next
// step sees fresh positions; a public call that fails half way is rolled back by the caller.
class Engine {
public:
    Engine(std::string& text, Json& document, SourceMap& map, Style& style, bool& valid, std::optional<TextEdit>& last,
        const std::function<void()>& reparse)
        : m_text(text)
        , m_document(document)
        , m_map(map)
        , m_style(style)
        , m_valid(valid)
        , m_last(last)
        , m_reparse(reparse)
    {
    }

    bool apply(TextEdit edit)
    {
        if (edit.offset > m_text.size() || edit.length > m_text.size() - edit.offset)
            return false;
        m_text.replace(edit.offset, edit.length, edit.replacement);
        m_reparse();
        if (!m_valid)
            return false;
        m_last = m_last ? mergeEdits(*m_last, edit, m_text) : edit;
        return true;
    }

    const SourceMap::Entry* entry(std::string_view pointer) const { return m_map.find(pointer); }
    const Json* node(std::string_view pointer) const { return resolve(m_document, pointer); }

    std::size_t lineStart(std::size_t offset) const
    {
        const auto newline = offset == 0 ? std::string::npos : m_text.rfind('\n', offset - 1);
        return newline == std::string::npos ? 0 : newline + 1;
    }

    std::string lineIndent(std::size_t offset) const
    {
        const std::size_t start = lineStart(offset);
        std::size_t end = start;
        while (end < m_text.size() && (m_text[end] == ' ' || m_text[end] == '\t'))
            ++end;
        return m_text.substr(start, end - start);
    }

    bool startsLine(std::size_t offset) const
    {
        const std::size_t start = lineStart(offset);
        for (std::size_t i = start; i < offset; ++i) {
            if (m_text[i] != ' ' && m_text[i] != '\t')
                return false;
        }
        return true;
    }

    bool hasNewline(std::size_t from, std::size_t to) const { return to > from && m_text.find('\n', from) < to; }

    // Index of the last non-space character before `offset`, or npos.
    std::size_t previousSignificant(std::size_t offset) const
    {
        while (offset > 0) {
            if (!isSpace(m_text[--offset]))
                return offset;
        }
        return std::string::npos;
    }

    std::size_t nextSignificant(std::size_t offset) const
    {
        while (offset < m_text.size() && isSpace(m_text[offset]))
            ++offset;
        return offset;
    }

    static std::size_t memberStart(const SourceMap::Entry& entry)
    {
        return entry.key.isKnown() ? entry.key.offset : entry.value.offset;
    }
    static std::size_t valueEnd(const SourceMap::Entry& entry) { return entry.value.offset + entry.value.length; }

    bool containerIsMultiLine(std::string_view pointer) const
    {
        const auto* container = entry(pointer);
        return container && hasNewline(container->value.offset, valueEnd(*container));
    }

    std::string parentOf(std::string_view pointer) const
    {
        const auto slash = pointer.rfind('/');
        return slash == std::string_view::npos ? std::string() : std::string(pointer.substr(0, slash));
    }

    // Adds a child to the container at `pointer`: an element at `index`, or (with a key) the object's
    // last member.
    bool insertChild(const std::string& pointer, std::size_t index, const std::string* key, const Json& value)
    {
        const auto* container = entry(pointer);
        const Json* containerNode = node(pointer);
        if (!container || !containerNode || (key ? !containerNode->is_object() : !containerNode->is_array()))
            return false;
        const std::size_t size = containerNode->size();
        if (key)
            index = size;
        if (index > size)
            return false;
        const std::string keyText = key ? dumpScalar(Json(*key)) + m_style.colon : std::string();

        if (size == 0) {
            const std::size_t open = container->value.offset;
            const std::string indent = lineIndent(open);
            const char openChar = key ? '{' : '[';
            const char closeChar = key ? '}' : ']';
            std::string replacement(1, openChar);
            if (pointer.empty() || containerIsMultiLine(parentOf(pointer))) {
                const std::string inner = indent + m_style.unit;
                replacement += m_style.newline + inner + keyText + serialize(value, true, inner, m_style)
                    + m_style.newline + indent;
            } else {
                replacement += keyText + serialize(value, false, {}, m_style);
            }
            replacement += closeChar;
            return apply({ open, container->value.length, replacement });
        }

        const std::string oneLineSeparator = separatorBetweenFirstElements(pointer, size);
        if (index < size) {
            const auto* next = entry(appendPointer(pointer, index));
            if (!next)
                return false;
            const std::size_t at = memberStart(*next);
            std::string text;
            if (startsLine(at)) {
                const std::string indent = lineIndent(at);
                text = keyText + serialize(value, true, indent, m_style) + "," + m_style.newline + indent;
            } else {
                const bool multiLine = hasNewline(next->value.offset, valueEnd(*next));
                text = keyText + serialize(value, multiLine, lineIndent(at), m_style) + oneLineSeparator;
            }
            return apply({ at, 0, text });
        }

        const std::string lastPointer = key ? lastMemberPointer(pointer) : appendPointer(pointer, size - 1);
        const auto* last = entry(lastPointer);
        if (!last)
            return false;
        const std::size_t start = memberStart(*last);
        std::string text;
        if (startsLine(start)) {
            const std::string indent = lineIndent(start);
            text = "," + m_style.newline + indent + keyText + serialize(value, true, indent, m_style);
        } else {
            const bool multiLine = hasNewline(last->value.offset, valueEnd(*last));
            text = oneLineSeparator + keyText + serialize(value, multiLine, lineIndent(start), m_style);
        }
        return apply({ valueEnd(*last), 0, text });
    }

    std::string lastMemberPointer(const std::string& pointer) const
    {
        const Json* object = node(pointer);
        if (!object || !object->is_object() || object->empty())
            return {};
        return appendPointer(pointer, std::prev(object->end()).key());
    }

    std::string childPointer(const std::string& pointer, const Json& container, std::size_t index) const
    {
        if (container.is_array())
            return appendPointer(pointer, index);
        auto it = container.begin();
        std::advance(it, static_cast<std::ptrdiff_t>(index));
        return appendPointer(pointer, it.key());
    }

    // `, ` unless the author writes one-line lists another way (`,` alone).
    std::string separatorBetweenFirstElements(const std::string& pointer, std::size_t size) const
    {
        const Json* container = node(pointer);
        if (size < 2 || !container)
            return ", ";
        const auto* first = entry(childPointer(pointer, *container, 0));
        const auto* second = entry(childPointer(pointer, *container, 1));
        if (!first || !second)
            return ", ";
        const std::size_t from = valueEnd(*first);
        const std::size_t to = memberStart(*second);
        if (to <= from || hasNewline(from, to) || to - from > 4)
            return ", ";
        return m_text.substr(from, to - from);
    }

    bool removeChild(const std::string& pointer)
    {
        const auto* child = entry(pointer);
        const std::string parent = parentOf(pointer);
        const auto* container = entry(parent);
        const Json* containerNode = node(parent);
        if (pointer.empty() || !child || !container || !containerNode || !node(pointer))
            return false;
        if (containerNode->size() == 1) {
            const std::size_t open = container->value.offset;
            return apply({ open + 1, container->value.length - 2, {} });
        }
        const std::size_t start = memberStart(*child);
        const std::size_t end = valueEnd(*child);
        const std::size_t before = previousSignificant(start);
        const std::size_t after = nextSignificant(end);
        if (before == std::string::npos || after >= m_text.size())
            return false;
        const bool ownLineStart = startsLine(start);
        if (m_text[after] == ',') {
            const std::size_t nextStart = nextSignificant(after + 1);
            if (ownLineStart && hasNewline(after + 1, nextStart)) {
                const std::size_t from = lineStart(start);
                return apply({ from, lineStart(nextStart) - from, {} });
            }
            if (!ownLineStart && hasNewline(after + 1, nextStart))
                return apply({ before + 1, after + 1 - (before + 1), {} });
            return apply({ start, nextStart - start, {} });
        }
        // The last child: the comma to drop is the one before it.
        if (m_text[before] != ',')
            return false;
        if (ownLineStart && hasNewline(end, after)) {
            const std::size_t from = lineStart(start);
            const std::size_t to = lineStart(after);
            std::string kept = m_text.substr(before + 1, from - (before + 1));
            return apply({ before, to - before, kept });
        }
        return apply({ before, end - before, {} });
    }

    // Makes the value at the pointer the only element of a new array.
    bool wrapInArray(const std::string& pointer)
    {
        const auto* target = entry(pointer);
        if (!target)
            return false;
        const std::string valueText = m_text.substr(target->value.offset, target->value.length);
        std::string replacement;
        if (containerIsMultiLine(parentOf(pointer)) || pointer.empty()) {
            const std::string indent = lineIndent(target->value.offset);
            std::string shifted;
            for (const char c : valueText) {
                shifted += c;
                if (c == '\n')
                    shifted += m_style.unit;
            }
            replacement = "[" + m_style.newline + indent + m_style.unit + shifted + m_style.newline + indent + "]";
        } else {
            replacement = "[" + valueText + "]";
        }
        return apply({ target->value.offset, target->value.length, replacement });
    }

    bool replaceValue(const std::string& pointer, const Json& value)
    {
        const auto* target = entry(pointer);
        if (!target)
            return false;
        const std::size_t start = target->value.offset;
        const bool multiLine = hasNewline(start, valueEnd(*target))
            || ((value.is_object() || value.is_array()) && containerIsMultiLine(parentOf(pointer)));
        return apply({ start, target->value.length, serialize(value, multiLine, lineIndent(start), m_style) });
    }

    // Changes the value at the pointer from `current` to `wanted` touching as little text as it can:
    // objects member by member, arrays element by element around the elements both share.
    bool assign(const std::string& pointer, const Json& current, const Json& wanted)
    {
        if (current == wanted)
            return true;
        if (current.is_object() && wanted.is_object() && !current.empty())
            return syncObject(pointer, current, wanted);
        if (current.is_array() && wanted.is_array() && !current.empty())
            return syncArray(pointer, current, wanted);
        return replaceValue(pointer, wanted);
    }

    bool syncObject(const std::string& pointer, const Json& current, const Json& wanted)
    {
        for (auto it = current.begin(); it != current.end(); ++it) {
            if (!wanted.contains(it.key()) && !removeChild(appendPointer(pointer, it.key())))
                return false;
        }
        for (auto it = current.begin(); it != current.end(); ++it) {
            const auto found = wanted.find(it.key());
            if (found != wanted.end() && !assign(appendPointer(pointer, it.key()), it.value(), *found))
                return false;
        }
        for (auto it = wanted.begin(); it != wanted.end(); ++it) {
            if (!current.contains(it.key()) && !insertChild(pointer, 0, &it.key(), it.value()))
                return false;
        }
        return true;
    }

    bool syncArray(const std::string& pointer, const Json& current, const Json& wanted)
    {
        const std::size_t n = current.size();
        const std::size_t m = wanted.size();
        // Pairs of equal elements kept in place (longest common subsequence; plain prefix and suffix
        // for lists too long to compare all pairs).
        std::vector<std::pair<std::size_t, std::size_t>> kept;
        if (n * m <= 250'000) {
            std::vector<std::vector<std::uint32_t>> table(n + 1, std::vector<std::uint32_t>(m + 1, 0));
            for (std::size_t i = n; i-- > 0;) {
                for (std::size_t j = m; j-- > 0;) {
                    table[i][j] = current[i] == wanted[j] ? table[i + 1][j + 1] + 1
                                                          : std::max(table[i + 1][j], table[i][j + 1]);
                }
            }
            for (std::size_t i = 0, j = 0; i < n && j < m;) {
                if (current[i] == wanted[j]) {
                    kept.emplace_back(i++, j++);
                } else if (table[i + 1][j] >= table[i][j + 1]) {
                    ++i;
                } else {
                    ++j;
                }
            }
        } else {
            std::size_t prefix = 0;
            while (prefix < n && prefix < m && current[prefix] == wanted[prefix]) {
                kept.emplace_back(prefix, prefix);
                ++prefix;
            }
            std::size_t suffix = 0;
            while (suffix < n - prefix && suffix < m - prefix && current[n - 1 - suffix] == wanted[m - 1 - suffix])
                ++suffix;
            for (std::size_t k = suffix; k-- > 0;)
                kept.emplace_back(n - 1 - k, m - 1 - k);
        }
        kept.emplace_back(n, m); // sentinel closing the last gap

        // Gaps are handled from the last to the first, so the indices of earlier ones stay valid.
        for (std::size_t g = kept.size(); g-- > 0;) {
            const std::size_t oldEnd = kept[g].first;
            const std::size_t newEnd = kept[g].second;
            const std::size_t oldBegin = g == 0 ? 0 : kept[g - 1].first + 1;
            const std::size_t newBegin = g == 0 ? 0 : kept[g - 1].second + 1;
            const std::size_t oldCount = oldEnd - oldBegin;
            const std::size_t newCount = newEnd - newBegin;
            const std::size_t paired = std::min(oldCount, newCount);
            for (std::size_t k = oldCount; k-- > paired;) {
                if (!removeChild(appendPointer(pointer, oldBegin + k)))
                    return false;
            }
            for (std::size_t k = paired; k < newCount; ++k) {
                if (!insertChild(pointer, oldBegin + k, nullptr, wanted[newBegin + k]))
                    return false;
            }
            for (std::size_t k = 0; k < paired; ++k) {
                if (!assign(appendPointer(pointer, oldBegin + k), current[oldBegin + k], wanted[newBegin + k]))
                    return false;
            }
        }
        return true;
    }

    bool setValue(const std::string& pointer, const Json& value)
    {
        if (!m_valid) {
            if (!isBlank(m_text) || !apply({ 0, m_text.size(), "{}" }))
                return false;
        }
        if (const Json* current = node(pointer)) {
            if (!entry(pointer))
                return false;
            const Json copy = *current;
            return assign(pointer, copy, value);
        }
        std::string parent;
        std::string token;
        if (!splitPointer(pointer, parent, token))
            return false;
        const Json* container = node(parent);
        if (!container)
            return false;
        if (container->is_object())
            return insertChild(parent, 0, &token, value);
        if (container->is_array()) {
            const auto index = arrayIndex(token);
            return index && *index == container->size() && insertChild(parent, *index, nullptr, value);
        }
        return false;
    }

    bool insertElement(const std::string& pointer, std::size_t index, const Json& value)
    {
        if (!m_valid)
            return false;
        const Json* current = node(pointer);
        if (!current) {
            std::string parent;
            std::string token;
            if (!splitPointer(pointer, parent, token) || index != 0)
                return false;
            const Json* container = node(parent);
            return container && container->is_object() && insertChild(parent, 0, &token, Json::array({ value }));
        }
        if (!current->is_array()) {
            if (index > 1 || !wrapInArray(pointer))
                return false;
        }
        return insertChild(pointer, index, nullptr, value);
    }

    bool moveElement(const std::string& pointer, std::size_t from, std::size_t to)
    {
        const Json* array = node(pointer);
        if (!m_valid || !array || !array->is_array() || from >= array->size() || to >= array->size())
            return false;
        if (from == to)
            return true;
        const std::size_t low = std::min(from, to);
        const std::size_t high = std::max(from, to);
        std::vector<std::string> texts;
        std::vector<std::string> gaps;
        std::size_t regionStart = 0;
        std::size_t previousEnd = 0;
        for (std::size_t i = low; i <= high; ++i) {
            const auto* element = entry(appendPointer(pointer, i));
            if (!element)
                return false;
            if (i == low)
                regionStart = element->value.offset;
            else
                gaps.push_back(m_text.substr(previousEnd, element->value.offset - previousEnd));
            texts.push_back(m_text.substr(element->value.offset, element->value.length));
            previousEnd = valueEnd(*element);
        }
        // Elements trade places; the separators between them stay where they were.
        std::string moved = std::move(texts[from - low]);
        texts.erase(texts.begin() + static_cast<std::ptrdiff_t>(from - low));
        texts.insert(texts.begin() + static_cast<std::ptrdiff_t>(to - low), std::move(moved));
        std::string replacement;
        for (std::size_t i = 0; i < texts.size(); ++i) {
            replacement += texts[i];
            if (i < gaps.size())
                replacement += gaps[i];
        }
        return apply({ regionStart, previousEnd - regionStart, replacement });
    }

    bool renameMember(const std::string& pointer, std::string_view newName)
    {
        std::string parent;
        std::string token;
        const auto* member = entry(pointer);
        if (!m_valid || !member || !member->key.isKnown() || !splitPointer(pointer, parent, token))
            return false;
        const Json* container = node(parent);
        if (!container || !container->is_object() || !container->contains(token))
            return false;
        if (token == newName)
            return true;
        if (container->contains(newName))
            return false;
        return apply({ member->key.offset, member->key.length, dumpScalar(Json(std::string(newName))) });
    }

    bool setStringList(const std::string& pointer, const std::vector<std::string>& items)
    {
        if (!m_valid)
            return false;
        Json wanted = Json::array();
        for (const auto& item : items)
            wanted.push_back(item);
        const Json* current = node(pointer);
        if (!current)
            return setValue(pointer, wanted);
        if (current->is_string()) {
            if (items.size() == 1)
                return assign(pointer, Json(*current), wanted[0]);
            const Json copy = Json::array({ *current });
            return wrapInArray(pointer) && syncArray(pointer, copy, wanted);
        }
        const Json copy = *current;
        return assign(pointer, copy, wanted);
    }

private:
    std::string& m_text;
    Json& m_document;
    SourceMap& m_map;
    Style& m_style;
    bool& m_valid;
    std::optional<TextEdit>& m_last;
    const std::function<void()>& m_reparse;
};

} // namespace

PolicyTextEditor::PolicyTextEditor(std::string text)
    : m_text(std::move(text))
    , m_state(std::make_unique<State>())
{
    try {
        m_state->parse(m_text);
    } catch (...) {
        m_state->valid = false;
        m_state->document = nullptr;
    }
}

PolicyTextEditor::~PolicyTextEditor() = default;
PolicyTextEditor::PolicyTextEditor(PolicyTextEditor&&) noexcept = default;
PolicyTextEditor& PolicyTextEditor::operator=(PolicyTextEditor&&) noexcept = default;

bool PolicyTextEditor::isJson() const
{
    return m_state->valid;
}

const nlohmann::ordered_json& PolicyTextEditor::document() const
{
    return m_state->document;
}

namespace {

// Runs one public edit; when any step fails (or throws) the text and the merged edit go back to
// what they were, so a caller never sees half an edit.
template <typename Step>
bool runEdit(std::string& text, Json& document, SourceMap& map, Style& style, bool& valid,
    std::optional<TextEdit>& last, const std::function<void()>& reparse, Step step)
{
    const std::string savedText = text;
    const std::optional<TextEdit> savedLast = last;
    bool ok = false;
    try {
        Engine engine(text, document, map, style, valid, last, reparse);
        ok = step(engine);
    } catch (...) {
        ok = false;
    }
    if (!ok) {
        text = savedText;
        last = savedLast;
        try {
            reparse();
        } catch (...) {
            valid = false;
        }
    }
    return ok;
}

// The state type is private to the editor; deducing it keeps this helper out of the header.
template <typename EditorState, typename Step>
bool runOn(std::string& text, EditorState& state, std::optional<TextEdit>& last, Step step)
{
    const std::function<void()> reparse = [&text, &state] { state.parse(text); };
    return runEdit(text, state.document, state.map, state.style, state.valid, last, reparse, step);
}

} // namespace

bool PolicyTextEditor::setValue(std::string_view pointer, const nlohmann::ordered_json& value)
{
    return runOn(
        m_text, *m_state, m_lastEdit, [&](Engine& engine) { return engine.setValue(std::string(pointer), value); });
}

bool PolicyTextEditor::remove(std::string_view pointer)
{
    return runOn(
        m_text, *m_state, m_lastEdit, [&](Engine& engine) { return engine.removeChild(std::string(pointer)); });
}

bool PolicyTextEditor::insertElement(
    std::string_view arrayPointer, std::size_t index, const nlohmann::ordered_json& value)
{
    return runOn(m_text, *m_state, m_lastEdit,
        [&](Engine& engine) { return engine.insertElement(std::string(arrayPointer), index, value); });
}

bool PolicyTextEditor::moveElement(std::string_view arrayPointer, std::size_t from, std::size_t to)
{
    return runOn(m_text, *m_state, m_lastEdit,
        [&](Engine& engine) { return engine.moveElement(std::string(arrayPointer), from, to); });
}

bool PolicyTextEditor::renameMember(std::string_view pointer, std::string_view newName)
{
    return runOn(m_text, *m_state, m_lastEdit,
        [&](Engine& engine) { return engine.renameMember(std::string(pointer), newName); });
}

bool PolicyTextEditor::setStringList(std::string_view pointer, const std::vector<std::string>& items)
{
    return runOn(m_text, *m_state, m_lastEdit,
        [&](Engine& engine) { return engine.setStringList(std::string(pointer), items); });
}

bool PolicyTextEditor::replaceText(std::string text, TextEdit edit)
{
    // The whole new text with the edit that made it, for callers that computed both.
    m_text = std::move(text);
    m_state->parse(m_text);
    m_lastEdit = m_lastEdit ? mergeEdits(*m_lastEdit, edit, m_text) : edit;
    return m_state->valid;
}

} // namespace iam
