#pragma once

#include "core/lint/LintRule.h"

namespace iam {

// Without Version, AWS reads the policy as 2008-10-17, where policy variables are plain text.
class MissingVersionRule final : public LintRule {
public:
    std::string_view id() const override;
    std::vector<std::string_view> codes() const override;
    void check(const LintContext& context, std::vector<Diagnostic>& out) const override;
};

}  // namespace iam
