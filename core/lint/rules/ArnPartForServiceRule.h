#pragma once

#include "core/lint/LintRule.h"

namespace iam {

// A region or account in an ARN of a service whose ARNs have none there (S3 buckets, IAM): the
// ARN then names no resource at all, so the statement silently grants nothing.
class ArnPartForServiceRule final : public LintRule {
public:
    std::string_view id() const override;
    std::vector<std::string_view> codes() const override;
    bool needsCatalog() const override { return true; }
    void check(const LintContext& context, std::vector<Diagnostic>& out) const override;
};

}  // namespace iam
