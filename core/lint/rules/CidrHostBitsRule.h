#pragma once

#include "core/lint/LintRule.h"

namespace iam {

// A CIDR with bits set past its prefix length (`10.0.0.1/24`): AWS ignores them, the author probably meant something
// else.
class CidrHostBitsRule final : public LintRule {
public:
    std::string_view id() const override;
    std::vector<std::string_view> codes() const override;
    void check(const LintContext& context, std::vector<Diagnostic>& out) const override;
};

}  // namespace iam
