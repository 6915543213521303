#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/diagnostics/Diagnostic.h"
#include "core/json/SourceMap.h"
#include "core/scenarios/Scenario.h"

namespace iam {

// One thing the checker proved or disproved about a scenario.
struct ScenarioCheckItem {
    enum class Kind { Lint, TryIt, Challenge };
    Kind kind = Kind::Lint;
    std::size_t index = 0; // into the scenario's policies, try-its or challenges
    std::string name; // the policy's, try-it's name or the challenge's task
    bool passed = false;
    std::string detail; // for a failure: what was expected, what came out and why
    std::string pointer; // in the scenario file
};

struct ScenarioCheckReport {
    std::vector<ScenarioCheckItem> items; // policies, then try-its, then challenges, each in file order
    // Lint findings the scenario did not declare, placed in the scenario file (pointer and line:column),
    // so an author can jump to them.
    std::vector<Diagnostic> findings;

    bool passed() const;
    std::size_t failures() const;
};

// Proves that a scenario teaches what it says: every policy lints (as its declared kind, with the built-in
// catalog) to exactly the codes in its `expectFindings`, every try-it gets its `expect` from the engine,
// and every challenge's reference change gives its try-it the challenge's `expect`. The source map, when
// given, places undeclared lint findings in the file. Never throws.
ScenarioCheckReport checkScenario(const Scenario& scenario, const SourceMap* sourceMap = nullptr);

} // namespace iam
