#pragma once

#include "core/lint/LintRule.h"

namespace iam {

// A role trusting GitHub's OIDC provider without a `sub` condition can be assumed from any repository.
class GithubOidcSubRule final : public LintRule {
public:
    std::string_view id() const override;
    std::vector<std::string_view> codes() const override;
    void check(const LintContext& context, std::vector<Diagnostic>& out) const override;
};

}  // namespace iam
