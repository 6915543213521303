#include "core/json/SourceMap.h"

#include <algorithm>
#include <cstdint>

#include "core/json/JsonPointer.h"

namespace iam {
namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

class Cursor {
public:
    explicit Cursor(std::string_view text) : m_text(text)
    {
        // Windows editors often save a byte order mark; nlohmann skips it, so the scan must too.
        if (text.starts_with(kByteOrderMark))
            m_pos = kByteOrderMark.size();
    }

    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text[m_pos]; }
    std::size_t pos() const { return m_pos; }

    void advance()
    {
        if (atEnd())
            return;
        const auto byte = static_cast<unsigned char>(m_text[m_pos++]);
        if (byte == '\n') {
            ++m_line;
            m_column = 1;
        } else if ((byte & 0xC0) != 0x80) {
            ++m_column;
        }
    }

    void skipWhitespace()
    {
        while (!atEnd()) {
            const char c = peek();
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                return;
            advance();
        }
    }

    SourceSpan here() const { return {m_pos, 0, m_line, m_column}; }
    SourceSpan spanFrom(const SourceSpan& start) const { return {start.offset, m_pos - start.offset, start.line, start.column}; }

    // Leaves the cursor after the closing quote and returns the raw text between the quotes.
    std::string_view skipString()
    {
        advance();  // opening quote
        const std::size_t begin = m_pos;
        while (!atEnd() && peek() != '"') {
            if (peek() == '\\')
                advance();
            advance();
        }
        const std::size_t end = m_pos;
        advance();  // closing quote
        return m_text.substr(begin, end - begin);
    }

    void skipScalar()
    {
        while (!atEnd()) {
            const char c = peek();
            if (c == ',' || c == '}' || c == ']' || c == ' ' || c == '\t' || c == '\n' || c == '\r')
                return;
            advance();
        }
    }

private:
    std::string_view m_text;
    std::size_t m_pos = 0;
    int m_line = 1;
    int m_column = 1;
};

void appendUtf8(std::string& out, std::uint32_t codePoint)
{
    if (codePoint < 0x80) {
        out += static_cast<char>(codePoint);
    } else if (codePoint < 0x800) {
        out += static_cast<char>(0xC0 | (codePoint >> 6));
        out += static_cast<char>(0x80 | (codePoint & 0x3F));
    } else if (codePoint < 0x10000) {
        out += static_cast<char>(0xE0 | (codePoint >> 12));
        out += static_cast<char>(0x80 | ((codePoint >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (codePoint & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (codePoint >> 18));
        out += static_cast<char>(0x80 | ((codePoint >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((codePoint >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (codePoint & 0x3F));
    }
}

std::uint32_t readHex4(std::string_view raw, std::size_t at)
{
    std::uint32_t value = 0;
    for (std::size_t i = at; i < at + 4 && i < raw.size(); ++i) {
        const char c = raw[i];
        value <<= 4;
        if (c >= '0' && c <= '9')
            value |= static_cast<std::uint32_t>(c - '0');
        else if (c >= 'a' && c <= 'f')
            value |= static_cast<std::uint32_t>(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            value |= static_cast<std::uint32_t>(c - 'A' + 10);
    }
    return value;
}

// Keys are compared and put into pointers decoded, so `"\u0045ffect"` is the same key as `"Effect"`.
std::string decodeJsonString(std::string_view raw)
{
    std::string out;
    out.reserve(raw.size());
    for (std::size_t i = 0; i < raw.size(); ++i) {
        if (raw[i] != '\\' || i + 1 >= raw.size()) {
            out += raw[i];
            continue;
        }
        const char escape = raw[++i];
        switch (escape) {
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
            std::uint32_t codePoint = readHex4(raw, i + 1);
            i += 4;
            if (codePoint >= 0xD800 && codePoint < 0xDC00 && i + 6 < raw.size() && raw[i + 1] == '\\' && raw[i + 2] == 'u') {
                const std::uint32_t low = readHex4(raw, i + 3);
                if (low >= 0xDC00 && low < 0xE000) {
                    codePoint = 0x10000 + ((codePoint - 0xD800) << 10) + (low - 0xDC00);
                    i += 6;
                }
            }
            appendUtf8(out, codePoint);
            break;
        }
        default: out += escape; break;
        }
    }
    return out;
}

// Pointers grow with depth, so recording every level of a hostile 100,000-deep document would cost
// quadratic memory. Policies are a handful of levels deep; deeper values keep their ancestor's span.
constexpr std::size_t kMaxRecordedDepth = 128;

struct Frame {
    bool isObject = false;
    std::string pointer;
    SourceSpan key;
    SourceSpan start;
    std::size_t index = 0;
    std::unordered_map<std::string, SourceSpan> seenKeys;
};

}  // namespace

SourceMap SourceMap::build(std::string_view text)
{
    SourceMap map;
    Cursor cursor(text);
    std::vector<Frame> stack;
    std::string pendingPointer;
    SourceSpan pendingKey;
    bool needValue = true;

    auto record = [&map, &stack](const std::string& pointer, const SourceSpan& key, const SourceSpan& value) {
        if (stack.size() <= kMaxRecordedDepth)
            map.m_entries[pointer] = Entry{key, value};
    };
    auto childPointer = [&stack](const Frame& frame, auto token) {
        return stack.size() <= kMaxRecordedDepth ? appendPointer(frame.pointer, token) : std::string();
    };
    // Reads `"key" :` and makes the member's pointer the pending one.
    auto readKey = [&](Frame& frame) {
        const SourceSpan start = cursor.here();
        const std::string key = decodeJsonString(cursor.skipString());
        const SourceSpan keySpan = cursor.spanFrom(start);
        cursor.skipWhitespace();
        cursor.advance();  // ':'
        pendingPointer = childPointer(frame, key);
        pendingKey = keySpan;
        const auto [it, inserted] = frame.seenKeys.emplace(key, keySpan);
        if (!inserted && !pendingPointer.empty())
            map.m_duplicates.push_back({key, pendingPointer, keySpan, it->second});
    };

    while (true) {
        cursor.skipWhitespace();
        if (cursor.atEnd())
            break;
        if (needValue) {
            const SourceSpan start = cursor.here();
            const char c = cursor.peek();
            if (c == '{' || c == '[') {
                cursor.advance();
                stack.push_back(Frame{c == '{', pendingPointer, pendingKey, start, 0, {}});
                cursor.skipWhitespace();
                const char next = cursor.peek();
                if (next == '}' || next == ']') {
                    needValue = false;
                    continue;
                }
                if (stack.back().isObject) {
                    readKey(stack.back());
                } else {
                    pendingPointer = childPointer(stack.back(), std::size_t{0});
                    pendingKey = {};
                }
                continue;
            }
            if (c == '"')
                cursor.skipString();
            else
                cursor.skipScalar();
            record(pendingPointer, pendingKey, cursor.spanFrom(start));
            needValue = false;
            if (stack.empty())
                break;
            continue;
        }
        if (stack.empty())
            break;
        Frame& frame = stack.back();
        const char c = cursor.peek();
        if (c == ',') {
            cursor.advance();
            cursor.skipWhitespace();
            if (frame.isObject) {
                readKey(frame);
            } else {
                ++frame.index;
                pendingPointer = childPointer(frame, frame.index);
                pendingKey = {};
            }
            needValue = true;
        } else if (c == '}' || c == ']') {
            cursor.advance();
            record(frame.pointer, frame.key, cursor.spanFrom(frame.start));
            stack.pop_back();
            if (stack.empty())
                break;
        } else {
            cursor.advance();  // not valid JSON; never loop forever on it
        }
    }
    return map;
}

const SourceMap::Entry* SourceMap::find(std::string_view pointer) const
{
    const auto it = m_entries.find(std::string(pointer));
    return it == m_entries.end() ? nullptr : &it->second;
}

SourceSpan SourceMap::valueSpan(std::string_view pointer) const
{
    while (true) {
        if (const Entry* entry = find(pointer))
            return entry->value;
        if (pointer.empty())
            return {};
        pointer = pointer.substr(0, pointer.rfind('/'));
    }
}

SourceSpan SourceMap::keySpan(std::string_view pointer) const
{
    if (const Entry* entry = find(pointer); entry && entry->key.isKnown())
        return entry->key;
    return valueSpan(pointer);
}

SourceSpan spanAtOffset(std::string_view text, std::size_t offset, std::size_t length)
{
    if (offset > text.size())
        offset = text.size();
    int line = 1;
    int column = 1;
    const std::size_t start = text.starts_with(kByteOrderMark) ? std::min(offset, kByteOrderMark.size()) : 0;
    for (std::size_t i = start; i < offset; ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte == '\n') {
            ++line;
            column = 1;
        } else if ((byte & 0xC0) != 0x80) {
            ++column;
        }
    }
    return {offset, length, line, column};
}

}  // namespace iam
