#pragma once

#include "core/lint/LintRule.h"

namespace iam {

// A condition key its service does not define (or an `aws:` key that is not global): it is never in
// the request, so the condition does not test what its author thinks.
class UnknownConditionKeyRule final : public LintRule {
public:
    std::string_view id() const override;
    std::vector<std::string_view> codes() const override;
    bool needsCatalog() const override { return true; }
    void check(const LintContext& context, std::vector<Diagnostic>& out) const override;
};

}  // namespace iam
