#pragma once

#include "core/lint/LintRule.h"

namespace iam {

// Condition operators must be ones AWS knows (with IfExists and ForAllValues:/ForAnyValue: forms); Null has no IfExists
// form.
class ConditionOperatorRule final : public LintRule {
public:
    std::string_view id() const override;
    std::vector<std::string_view> codes() const override;
    void check(const LintContext& context, std::vector<Diagnostic>& out) const override;
};

}  // namespace iam
