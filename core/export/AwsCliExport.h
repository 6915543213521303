#pragma once

#include <string>
#include <string_view>

#include "core/lint/PolicyKind.h"
#include "core/policy/Policy.h"

namespace iam {

// A shell snippet: save the policy JSON as `<name>.json` (a quoted here-document, so the shell
// expands nothing in it), then the AWS CLI command that creates what the kind needs:
// `aws iam create-policy` (identity, boundary), `aws iam create-role` (trust),
// `aws organizations create-policy` (scp, rcp), `aws s3api put-bucket-policy` (a one-bucket resource
// policy) or `aws sts assume-role --policy` (session).
std::string exportAwsCli(const Policy& policy, std::string_view policyName, PolicyKind kind);

}  // namespace iam
