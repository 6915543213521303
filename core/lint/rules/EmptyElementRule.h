#pragma once

#include "core/lint/LintRule.h"

namespace iam {

// Empty arrays and objects say nothing; AWS ignores them or the statement.
class EmptyElementRule final : public LintRule {
public:
    std::string_view id() const override;
    std::vector<std::string_view> codes() const override;
    void check(const LintContext& context, std::vector<Diagnostic>& out) const override;
};

}  // namespace iam
