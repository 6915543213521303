#pragma once

#include "core/lint/LintRule.h"

namespace iam {

// Values the operator cannot read: Numeric on text, Date on a non-date, IpAddress on a non-CIDR, Bool on a non-boolean.
class ConditionValueTypeRule final : public LintRule {
public:
    std::string_view id() const override;
    std::vector<std::string_view> codes() const override;
    void check(const LintContext& context, std::vector<Diagnostic>& out) const override;
};

}  // namespace iam
