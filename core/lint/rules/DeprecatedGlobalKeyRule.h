#pragma once

#include <optional>
#include <string_view>

#include "core/lint/LintRule.h"

namespace iam {

// A global condition key AWS has replaced. Access Analyzer names one, `aws:ARN`, and the key that
// took its place, `aws:PrincipalArn` ("General Warning – Deprecated global condition key",
// https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html).
// The catalog has no such flag, so the list is kept here.
class DeprecatedGlobalKeyRule final : public LintRule {
public:
    std::string_view id() const override;
    std::vector<std::string_view> codes() const override;
    void check(const LintContext& context, std::vector<Diagnostic>& out) const override;

    // The key to use instead of `key` (names compared without regard to case), or nothing when
    // `key` is not deprecated. unknown-condition-key asks too, so a deprecated key is reported once.
    static std::optional<std::string_view> replacementFor(std::string_view key);
};

}  // namespace iam
