#pragma once

#include "core/lint/LintRule.h"

namespace iam {

// Principal belongs in resource, trust and RCP policies and nowhere else; those must have one.
class PrincipalElementRule final : public LintRule {
public:
    std::string_view id() const override;
    std::vector<std::string_view> codes() const override;
    void check(const LintContext& context, std::vector<Diagnostic>& out) const override;
};

}  // namespace iam
