#pragma once

#include <cstddef>
#include <string_view>

#include "core/lint/PolicyKind.h"

namespace iam {

// The characters AWS stores for a policy of this kind (docs/lint.md cites the AWS pages). Shared by
// the size rule and the editors' live "1,234 / 6,144 characters" count, so both agree.
std::size_t policySizeQuota(PolicyKind kind);

// Characters AWS counts against that quota: white space between JSON tokens is not counted, white
// space inside strings is; characters, not UTF-8 bytes.
std::size_t policyQuotaCharacterCount(std::string_view text);

// The same count, with the byte offset of the first character past `quota` (npos when the text is
// within it), so the size finding can point at where the policy goes over.
struct PolicyQuotaCount {
    std::size_t characters = 0;
    std::size_t firstOverQuota = std::string_view::npos;
};
PolicyQuotaCount countPolicyQuotaCharacters(std::string_view text, std::size_t quota);

} // namespace iam
