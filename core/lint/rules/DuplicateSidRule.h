#pragma once

#include "core/lint/LintRule.h"

namespace iam {

// Two statements with the same Sid: AWS rejects the policy.
class DuplicateSidRule final : public LintRule {
public:
    std::string_view id() const override;
    std::vector<std::string_view> codes() const override;
    void check(const LintContext& context, std::vector<Diagnostic>& out) const override;
};

}  // namespace iam
