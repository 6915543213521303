#include <string>

#include <benchmark/benchmark.h>
#include <nlohmann/json.hpp>

#include "QuotaPolicy.h"
#include "core/catalog/Catalog.h"
#include "core/edit/PolicyTextEditor.h"
#include "core/lint/Linter.h"
#include "core/policy/PolicyParser.h"

// What the Build page's core does per edit on a 6,144-character policy: a form edit rewrites one
// value in the JSON text, then the text is parsed (for the form) and linted (for the findings).
// A keystroke in the JSON skips the first step. The widgets' own repaint is not in these figures.
namespace {

void formEditToJsonAndFindings(benchmark::State& state)
{
    const std::string original = iam::bench::identityPolicyAtQuota();
    const iam::Catalog* catalog = &iam::Catalog::builtIn();
    bool tick = false;
    for (auto _ : state) {
        iam::PolicyTextEditor editor(original);
        // Alternates so every iteration really changes the text, as ticking an action does.
        editor.insertElement("/Statement/3/Action", 0, tick ? "ec2:DescribeVpcs" : "ec2:DescribeSubnets");
        tick = !tick;
        const iam::PolicyParseResult parsed = iam::parsePolicy(editor.text());
        auto findings = iam::lint(parsed, editor.text(), iam::PolicyKind::Identity, catalog);
        benchmark::DoNotOptimize(findings);
    }
    state.counters["chars"] = static_cast<double>(iam::bench::nonSpaceLength(original));
}
BENCHMARK(formEditToJsonAndFindings)->Unit(benchmark::kMicrosecond);

void keystrokeToFormAndFindings(benchmark::State& state)
{
    std::string text = iam::bench::identityPolicyAtQuota();
    const iam::Catalog* catalog = &iam::Catalog::builtIn();
    const std::size_t sid = text.find("Part7");
    for (auto _ : state) {
        text[sid + 4] = text[sid + 4] == '7' ? '8' : '7';  // the author retypes one character of a Sid
        const iam::PolicyParseResult parsed = iam::parsePolicy(text);
        auto findings = iam::lint(parsed, text, iam::PolicyKind::Identity, catalog);
        benchmark::DoNotOptimize(findings);
    }
}
BENCHMARK(keystrokeToFormAndFindings)->Unit(benchmark::kMicrosecond);

}  // namespace
