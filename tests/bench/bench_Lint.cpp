#include <string>

#include <benchmark/benchmark.h>

#include "QuotaPolicy.h"
#include "core/catalog/Catalog.h"
#include "core/lint/Linter.h"
#include "core/policy/PolicyParser.h"

// What one keystroke in the builder costs the linter: a policy at the identity-policy quota
// (6,144 characters without white space) made of real actions, so the catalog rules do real work.
namespace {

using iam::bench::nonSpaceLength;

std::string policyAtQuota() { return iam::bench::identityPolicyAtQuota(); }

void parseAndLint(benchmark::State& state)
{
    const std::string text = policyAtQuota();
    const iam::Catalog* catalog = &iam::Catalog::builtIn();
    for (auto _ : state) {
        auto findings = iam::lint(text, iam::PolicyKind::Identity, catalog);
        benchmark::DoNotOptimize(findings);
    }
    state.counters["chars"] = static_cast<double>(nonSpaceLength(text));
}
BENCHMARK(parseAndLint)->Unit(benchmark::kMicrosecond);

void lintRulesOnly(benchmark::State& state)
{
    const std::string text = policyAtQuota();
    const iam::PolicyParseResult parsed = iam::parsePolicy(text);
    const iam::Catalog* catalog = &iam::Catalog::builtIn();
    for (auto _ : state) {
        auto findings = iam::lint(parsed, text, iam::PolicyKind::Identity, catalog);
        benchmark::DoNotOptimize(findings);
    }
}
BENCHMARK(lintRulesOnly)->Unit(benchmark::kMicrosecond);

}  // namespace

namespace {

// The same rules without the catalog, to tell the catalog rules' share from the rest.
void lintRulesWithoutCatalog(benchmark::State& state)
{
    const std::string text = policyAtQuota();
    const iam::PolicyParseResult parsed = iam::parsePolicy(text);
    for (auto _ : state) {
        auto findings = iam::lint(parsed, text, iam::PolicyKind::Identity, nullptr);
        benchmark::DoNotOptimize(findings);
    }
}
BENCHMARK(lintRulesWithoutCatalog)->Unit(benchmark::kMicrosecond);

void parseOnly(benchmark::State& state)
{
    const std::string text = policyAtQuota();
    for (auto _ : state) {
        auto parsed = iam::parsePolicy(text);
        benchmark::DoNotOptimize(parsed);
    }
}
BENCHMARK(parseOnly)->Unit(benchmark::kMicrosecond);

}  // namespace
