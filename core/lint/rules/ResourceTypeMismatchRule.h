#pragma once

#include "core/lint/LintRule.h"

namespace iam {

// An allowed action none of whose resource types fits any resource of its statement: the grant
// does nothing, the way `s3:ListBucket` on `my-bucket/*` does (the bucket is not an object).
class ResourceTypeMismatchRule final : public LintRule {
public:
    std::string_view id() const override;
    std::vector<std::string_view> codes() const override;
    bool needsCatalog() const override { return true; }
    void check(const LintContext& context, std::vector<Diagnostic>& out) const override;
};

}  // namespace iam
