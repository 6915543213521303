#pragma once

#include "core/lint/LintRule.h"

namespace iam {

// A policy longer than AWS stores for its kind is rejected when saved.
class PolicySizeRule final : public LintRule {
public:
    std::string_view id() const override;
    std::vector<std::string_view> codes() const override;
    bool needsPolicy() const override { return false; }
    void check(const LintContext& context, std::vector<Diagnostic>& out) const override;
};

}  // namespace iam
