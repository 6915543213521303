#include "core/edit/ConditionRecipe.h"

#include <algorithm>

namespace iam {

// Checked against AWS's documentation (2026-11):
// - Global condition keys and their types, and the advice to use an IfExists operator for keys only
//   some requests carry: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html
// - MFA: long-term access keys send no aws:MultiFactorAuthPresent at all, so a Deny written as
//   `Bool false` never matches them; AWS advises BoolIfExists for the Deny form
//   (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_examples_ec2_require-mfa.html).
//   The recipe uses the Allow form `Bool true` instead: a missing key does not match, so requests
//   without MFA simply are not allowed, and no IfExists subtlety is needed.
// - Source IP: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_examples_aws_deny-ip.html
//   (203.0.113.0/24 is a documentation range, RFC 5737, so a placeholder never names a real network).
// - Region guardrail with StringNotEquals aws:RequestedRegion under Deny:
//   https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_examples_aws_deny-requested-region.html
// - TLS: Deny with `Bool aws:SecureTransport false`, AWS's S3 guidance
//   (https://repost.aws/knowledge-center/s3-bucket-policy-for-config-rule).
// - Tags: aws:PrincipalTag/<key> rather than aws:ResourceTag/<key>. Every request made by a tagged
//   user or role carries the principal's tags, whatever the service; resource tags are supported by
//   some services and resource types only (S3 objects use their own keys), so a beginner's "require
//   a tag" would silently deny there (https://docs.aws.amazon.com/IAM/latest/UserGuide/access_iam-tags.html).
const std::vector<ConditionRecipe>& conditionRecipes()
{
    static const std::vector<ConditionRecipe> recipes = {
        { "require-mfa", "Require MFA",
            "Allows these actions only when the person signed in with a second factor (MFA), so a stolen password "
            "or access key alone is not enough.",
            Effect::Allow, "Bool", "aws:MultiFactorAuthPresent", { "true" } },
        { "source-ip", "Only from my network",
            "Allows these actions only for requests coming from the listed IP ranges, such as your office network; "
            "replace the example range with yours.",
            Effect::Allow, "IpAddress", "aws:SourceIp", { "203.0.113.0/24" } },
        { "my-organization", "Only my organization",
            "Allows these actions only for people and roles from accounts in your AWS Organization; replace the "
            "example id with your organization's id.",
            std::nullopt, "StringEquals", "aws:PrincipalOrgID", { "o-exampleorgid" } },
        { "require-tag", "Require a team tag",
            "Allows these actions only for users and roles tagged team = my-team, so access follows the tag "
            "instead of a list of names.",
            Effect::Allow, "StringEquals", "aws:PrincipalTag/team", { "my-team" } },
        { "deny-other-regions", "Deny outside my regions",
            "Denies these actions in every AWS Region except the listed ones, so nothing is created where you do "
            "not look; use it in a Deny statement.",
            Effect::Deny, "StringNotEquals", "aws:RequestedRegion", { "eu-west-1", "eu-central-1" } },
        { "enforce-tls", "Require encrypted connections (TLS)",
            "Denies any request sent over plain HTTP, so data never travels unencrypted; use it in a Deny "
            "statement.",
            Effect::Deny, "Bool", "aws:SecureTransport", { "false" } },
    };
    return recipes;
}

const ConditionRecipe* findConditionRecipe(std::string_view id)
{
    const auto& recipes = conditionRecipes();
    const auto it
        = std::find_if(recipes.begin(), recipes.end(), [id](const ConditionRecipe& recipe) { return recipe.id == id; });
    return it == recipes.end() ? nullptr : &*it;
}

} // namespace iam
