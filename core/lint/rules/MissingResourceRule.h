#pragma once

#include "core/lint/LintRule.h"

namespace iam {

// Identity-style policies need Resource or NotResource in every statement.
class MissingResourceRule final : public LintRule {
public:
    std::string_view id() const override;
    std::vector<std::string_view> codes() const override;
    void check(const LintContext& context, std::vector<Diagnostic>& out) const override;
};

}  // namespace iam
