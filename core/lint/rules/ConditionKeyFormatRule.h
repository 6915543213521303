#pragma once

#include "core/lint/LintRule.h"

namespace iam {

// Condition keys are written `service:key` (`aws:SourceIp`, `s3:prefix`).
class ConditionKeyFormatRule final : public LintRule {
public:
    std::string_view id() const override;
    std::vector<std::string_view> codes() const override;
    void check(const LintContext& context, std::vector<Diagnostic>& out) const override;
};

}  // namespace iam
