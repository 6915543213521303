#pragma once

#include "core/lint/LintRule.h"

namespace iam {

// A `*` in a value compared with a non-Like string operator is a literal star, not a wildcard.
class WildcardWithoutLikeRule final : public LintRule {
public:
    std::string_view id() const override;
    std::vector<std::string_view> codes() const override;
    void check(const LintContext& context, std::vector<Diagnostic>& out) const override;
};

}  // namespace iam
