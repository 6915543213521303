#pragma once

#include "core/lint/LintRule.h"

namespace iam {

// A service principal allowed without aws:SourceArn or aws:SourceAccount can be used by anyone's resources (the
// confused deputy problem).
class ServicePrincipalSourceRule final : public LintRule {
public:
    std::string_view id() const override;
    std::vector<std::string_view> codes() const override;
    void check(const LintContext& context, std::vector<Diagnostic>& out) const override;
};

}  // namespace iam
