#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace iam {

// Milliseconds since 1970-01-01T00:00:00Z of a date as AWS accepts it in Date conditions and in
// `aws:CurrentTime` / `aws:EpochTime`: ISO 8601 (`2026-01-31`, `2026-01-31T12:00:00Z`, with
// fractions and `+02:00` offsets) or whole epoch seconds (`1769860800`). Nothing when it is neither.
std::optional<std::int64_t> parseIamDate(std::string_view text);

} // namespace iam
