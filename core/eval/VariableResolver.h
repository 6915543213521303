#pragma once

#include <optional>
#include <string_view>

namespace iam {

// Where policy variables get their values: the request context. Keys arrive lowercased, because
// condition key names (and so variable names) are case-insensitive.
class VariableResolver {
public:
    virtual ~VariableResolver() = default;
    // The single value of the key, or nothing when the request lacks it or has several values.
    virtual std::optional<std::string_view> resolveVariable(std::string_view lowercaseKey) const = 0;
};

} // namespace iam
