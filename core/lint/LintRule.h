#pragma once

#include <string_view>
#include <vector>

#include "core/diagnostics/Diagnostic.h"
#include "core/lint/LintContext.h"

namespace iam {

// One check of the linter. Each rule lives in its own file under rules/, owns a fixed set of
// permanent codes (tests and docs/lint.md key on them) and adds its findings to `out`.
class LintRule {
public:
    virtual ~LintRule() = default;

    // Short kebab-case name; also the folder of its golden tests in tests/data/lint/.
    virtual std::string_view id() const = 0;
    virtual std::vector<std::string_view> codes() const = 0;
    // Rules that read only the text (size, leaked keys) also run on documents that failed to parse.
    virtual bool needsPolicy() const { return true; }
    // Rules that need the action catalog are skipped when the caller has none.
    virtual bool needsCatalog() const { return false; }
    virtual void check(const LintContext& context, std::vector<Diagnostic>& out) const = 0;
};

}  // namespace iam
