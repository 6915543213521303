#pragma once

#include <string_view>

namespace iam {

// Whether `general` matches every string `specific` can match, both written with IAM's `*` (any
// run) and `?` (one character): `s3:*` covers `s3:Get*`, `s3:Get?` does not cover `s3:Get*`.
// Sound but not complete: when it says yes, the specific one is redundant.
bool wildcardCovers(std::string_view general, std::string_view specific, bool ignoreCase);

}  // namespace iam
