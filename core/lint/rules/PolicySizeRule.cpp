#include "core/lint/rules/PolicySizeRule.h"

#include "core/json/SourceMap.h"
#include "core/lint/PolicySize.h"

namespace iam {
namespace {

std::string withThousands(std::size_t number)
{
    std::string digits = std::to_string(number);
    for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3)
        digits.insert(static_cast<std::size_t>(i), ",");
    return digits;
}

}  // namespace

std::string_view PolicySizeRule::id() const
{
    return "policy-size";
}

std::vector<std::string_view> PolicySizeRule::codes() const
{
    return {"POLICY_SIZE_EXCEEDS_QUOTA"};
}

void PolicySizeRule::check(const LintContext& context, std::vector<Diagnostic>& out) const
{
    const std::string_view text = context.text();
    const std::size_t quota = policySizeQuota(context.kind());
    const PolicyQuotaCount counted = countPolicyQuotaCharacters(text, quota);
    const std::size_t count = counted.characters;
    if (count <= quota)
        return;
    const std::string kindTitle = policyKindWithArticle(context.kind());
    std::string help = "split it into two policies, or shorten it: one wildcard such as `s3:Get*` can replace a "
                       "long list of actions";
    if (context.kind() == PolicyKind::Resource)
        help += "; the limit here is S3's bucket policy quota, other services set their own";
    if (context.kind() == PolicyKind::Trust)
        help += "; the trust policy quota can also be raised in Service Quotas";
    out.push_back({"POLICY_SIZE_EXCEEDS_QUOTA", Severity::Error,
                   "the policy has " + withThousands(count) + " characters (white space not counted); " + kindTitle
                       + " may have at most " + withThousands(quota),
                   help, "", spanAtOffset(text, counted.firstOverQuota, 1), {}, {}});
}

}  // namespace iam
