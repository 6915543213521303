#pragma once

#include "core/lint/LintRule.h"

namespace iam {

// Action and NotAction entries must name actions the catalog knows: a misspelt action grants
// nothing and AWS rejects an unknown service, so the learner gets "did you mean" instead.
class UnknownActionRule final : public LintRule {
public:
    std::string_view id() const override;
    std::vector<std::string_view> codes() const override;
    bool needsCatalog() const override { return true; }
    void check(const LintContext& context, std::vector<Diagnostic>& out) const override;
};

}  // namespace iam
