#pragma once

#include "core/lint/LintRule.h"

namespace iam {

// An action already granted by a wildcard in the same statement.
class RedundantActionRule final : public LintRule {
public:
    std::string_view id() const override;
    std::vector<std::string_view> codes() const override;
    void check(const LintContext& context, std::vector<Diagnostic>& out) const override;
};

}  // namespace iam
