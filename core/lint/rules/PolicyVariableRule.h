#pragma once

#include "core/lint/LintRule.h"

namespace iam {

// Policy variables (`${aws:username}`) work only in Resource and in condition values, and only under Version
// 2012-10-17.
class PolicyVariableRule final : public LintRule {
public:
    std::string_view id() const override;
    std::vector<std::string_view> codes() const override;
    void check(const LintContext& context, std::vector<Diagnostic>& out) const override;
};

}  // namespace iam
