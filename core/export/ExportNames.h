#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/policy/Policy.h"

namespace iam {

// A policy name turned into what each format accepts. Users type names freely (spaces, accents);
// the export must still run, so unsafe characters are replaced rather than refused.

// IAM and Organizations names: letters, digits and `+=,.@_-`, at most 128 characters.
std::string iamResourceName(std::string_view name);
// A Terraform block label that can be referenced as `data.aws_iam_policy_document.<label>.json`:
// snake_case, starting with a letter or underscore.
std::string terraformLabel(std::string_view name);
// A CloudFormation logical ID: letters and digits only, so `read-only policy` becomes `ReadOnlyPolicy`.
std::string cloudFormationLogicalId(std::string_view name);

// The S3 bucket that every Resource and NotResource ARN of a resource policy names, when there is
// exactly one: the exports can then target that bucket's policy instead of a generic placeholder.
std::optional<std::string> onlyS3Bucket(const Policy& policy);

}  // namespace iam
