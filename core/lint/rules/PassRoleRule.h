#pragma once

#include "core/lint/LintRule.h"

namespace iam {

// iam:PassRole on any role lets the holder hand a powerful role to a service it controls.
class PassRoleRule final : public LintRule {
public:
    std::string_view id() const override;
    std::vector<std::string_view> codes() const override;
    void check(const LintContext& context, std::vector<Diagnostic>& out) const override;
};

}  // namespace iam
