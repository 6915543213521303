#pragma once

#include "core/lint/LintRule.h"

namespace iam {

// Every Resource and NotResource entry is `*` or a well-formed ARN; the fault is shown inside the ARN.
class ResourceArnRule final : public LintRule {
public:
    std::string_view id() const override;
    std::vector<std::string_view> codes() const override;
    void check(const LintContext& context, std::vector<Diagnostic>& out) const override;
};

}  // namespace iam
