#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/lint/PolicyKind.h"
#include "core/policy/Policy.h"

namespace iam {

// The infrastructure-as-code shapes a drafted policy can be copied out as.
enum class ExportFormat { Terraform, CloudFormation, AwsCli };

// The CLI's spelling: terraform, cloudformation, aws-cli.
std::string_view exportFormatName(ExportFormat format);
std::optional<ExportFormat> exportFormatFromName(std::string_view name);
// For people: "Terraform", "CloudFormation", "AWS CLI".
std::string_view exportFormatTitle(ExportFormat format);

// The policy written as `format` would hold it, ready to paste or save:
// - Terraform: a `data "aws_iam_policy_document"` block; AWS policy variables become `&{...}`.
// - CloudFormation: a YAML template whose resource fits the kind (a managed policy; a role for a
//   trust policy; an Organizations policy for an SCP or RCP; a bucket policy for an S3 resource policy).
// - AWS CLI: a shell snippet that saves the JSON as `<name>.json` and creates the policy from it.
// `policyName` becomes the policy's name and the block or resource name, made safe for each format
// (an empty name becomes `my-policy`). Never throws.
std::string exportPolicy(const Policy& policy, ExportFormat format, std::string_view policyName,
                         PolicyKind kind = PolicyKind::Identity);

}  // namespace iam
