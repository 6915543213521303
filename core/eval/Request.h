#pragma once

#include <optional>
#include <string>
#include <vector>

namespace iam {

// One key of the request context. AWS sends every value as text; several values make a
// multivalued key such as `aws:TagKeys`.
struct ContextEntry {
    std::string key;
    std::vector<std::string> values;
    bool isList = false;

    bool operator==(const ContextEntry&) const = default;
};

inline constexpr const char* kDefaultPrincipal = "arn:aws:iam::111122223333:user/default";

// What is asked: who, which action, on which resource, with which context.
struct Request {
    std::string principal = kDefaultPrincipal;
    std::string action;
    std::string resource;
    std::optional<std::string> resourceAccount; // the principal's account when not given
    std::vector<ContextEntry> context;

    bool operator==(const Request&) const = default;
};

} // namespace iam
