#pragma once

#include "core/lint/LintRule.h"

namespace iam {

// `ForAllValues:` and `ForAnyValue:` against the catalog's key types: a multivalued key (a list in
// the request, like `aws:TagKeys`) needs one, a single-valued key should not have one.
class SetOperatorRule final : public LintRule {
public:
    std::string_view id() const override;
    std::vector<std::string_view> codes() const override;
    bool needsCatalog() const override { return true; }
    void check(const LintContext& context, std::vector<Diagnostic>& out) const override;
};

}  // namespace iam
