#pragma once

#include <string>
#include <string_view>

#include "core/lint/PolicyKind.h"
#include "core/policy/Policy.h"

namespace iam {

// A CloudFormation YAML template holding the policy in the resource that fits its kind:
// identity, boundary and session → AWS::IAM::ManagedPolicy; trust → AWS::IAM::Role (a trust policy
// only exists as part of a role, so the role is what users expect to get); scp and rcp →
// AWS::Organizations::Policy; resource → AWS::S3::BucketPolicy when every ARN names one bucket,
// otherwise the PolicyDocument alone with a comment naming the resources that take one.
std::string exportCloudFormation(const Policy& policy, std::string_view policyName, PolicyKind kind);

// `text` as a YAML scalar that reads back as the same string: plain when that is unambiguous
// (`Allow`, `StringEquals`), double-quoted otherwise (`"*"`, `"s3:GetObject"`, `"true"`, `"2012-10-17"`).
std::string yamlScalar(std::string_view text);

}  // namespace iam
