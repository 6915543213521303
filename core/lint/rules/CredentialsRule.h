#pragma once

#include "core/lint/LintRule.h"

namespace iam {

// Strings that look like AWS access keys or secret keys do not belong in a policy.
class CredentialsRule final : public LintRule {
public:
    std::string_view id() const override;
    std::vector<std::string_view> codes() const override;
    bool needsPolicy() const override { return false; }
    void check(const LintContext& context, std::vector<Diagnostic>& out) const override;
};

}  // namespace iam
