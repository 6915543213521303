#pragma once

#include "core/lint/LintRule.h"

namespace iam {

// Allow with NotAction grants every action not listed, including ones AWS adds later.
class AllowWithNotActionRule final : public LintRule {
public:
    std::string_view id() const override;
    std::vector<std::string_view> codes() const override;
    void check(const LintContext& context, std::vector<Diagnostic>& out) const override;
};

}  // namespace iam
