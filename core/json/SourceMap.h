#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/diagnostics/SourceSpan.h"

namespace iam {

// nlohmann_json keeps no positions, so one scan of the text records where each value (and each
// member's key) stands, by JSON pointer. The same scan notices duplicate keys, which AWS rejects
// and nlohmann silently merges.
class SourceMap final {
public:
    struct Entry {
        SourceSpan key;  // unknown for array elements and the root
        SourceSpan value;
    };
    struct DuplicateKey {
        std::string name;  // decoded, as the author means it (the pointer escapes `/` and `~`)
        std::string pointer;  // of the later occurrence
        SourceSpan key;
        SourceSpan firstKey;
    };

    SourceMap() = default;
    // The text must already be known to be valid JSON; the scan does not validate it.
    static SourceMap build(std::string_view text);

    const Entry* find(std::string_view pointer) const;
    // The span of the value at the pointer, or of the nearest ancestor that exists, so a finding
    // about a missing member points at the object that lacks it.
    SourceSpan valueSpan(std::string_view pointer) const;
    // The key's span when the pointer names an object member, otherwise the value's.
    SourceSpan keySpan(std::string_view pointer) const;
    const std::vector<DuplicateKey>& duplicateKeys() const { return m_duplicates; }
    bool empty() const { return m_entries.empty(); }

private:
    std::unordered_map<std::string, Entry> m_entries;
    std::vector<DuplicateKey> m_duplicates;
};

// Line and column (1-based, code points) of a byte offset, for errors found before any map exists.
// A leading UTF-8 byte order mark is invisible in editors, so it takes no column.
SourceSpan spanAtOffset(std::string_view text, std::size_t offset, std::size_t length = 0);

}  // namespace iam
