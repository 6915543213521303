#pragma once

#include "core/lint/LintRule.h"

namespace iam {

// An operator that reads a kind of value the key never holds: `NumericLessThan` on `aws:SourceIp`,
// `DateGreaterThan` on `s3:prefix`. AWS compares nothing sensible, so the condition never matches
// (or, negated, always does). Access Analyzer's "Type mismatch" check; key types from the catalog.
class OperatorKeyTypeRule final : public LintRule {
public:
    std::string_view id() const override;
    std::vector<std::string_view> codes() const override;
    bool needsCatalog() const override { return true; }
    void check(const LintContext& context, std::vector<Diagnostic>& out) const override;
};

}  // namespace iam
