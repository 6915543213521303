#pragma once

#include "core/lint/LintRule.h"

namespace iam {

// In a policy with several statements, a Sid names each one for readers, logs and diffs.
class MissingSidRule final : public LintRule {
public:
    std::string_view id() const override;
    std::vector<std::string_view> codes() const override;
    void check(const LintContext& context, std::vector<Diagnostic>& out) const override;
};

}  // namespace iam
