#pragma once

#include <charconv>
#include <cstddef>
#include <string_view>

namespace iam {

// The built-in data files (the catalog, the managed policy bundle) are lines of tab-separated fields,
// read without copying.

// Splits `line` on tabs into at most `max` fields, the last keeping the rest of the line; returns how
// many it wrote to `fields`.
std::size_t splitFields(std::string_view line, std::string_view* fields, std::size_t max);

// A field that is a whole number and nothing else: empty text, signs, trailing characters and
// overflow are all refused.
template <typename Number> bool parseNumber(std::string_view text, Number& value)
{
    if (text.empty())
        return false;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    return error == std::errc() && end == text.data() + text.size();
}

}  // namespace iam
