#pragma once

#include "core/lint/LintRule.h"

namespace iam {

// A resource or trust policy that allows Principal `*` with no condition is open to everyone.
class PublicPrincipalRule final : public LintRule {
public:
    std::string_view id() const override;
    std::vector<std::string_view> codes() const override;
    void check(const LintContext& context, std::vector<Diagnostic>& out) const override;
};

}  // namespace iam
