#include <string>

#include <benchmark/benchmark.h>

#include "core/catalog/ActionExpansion.h"
#include "core/catalog/Catalog.h"
#include "core/lint/Linter.h"
#include "core/policy/PolicyParser.h"

// What one keystroke in the builder costs the linter: a policy at the identity-policy quota
// (6,144 characters without white space) made of real actions, so the catalog rules do real work.
namespace {

std::size_t nonSpaceLength(const std::string& text)
{
    std::size_t length = 0;
    for (char c : text)
        length += (c != ' ' && c != '\n') ? 1 : 0;
    return length;
}

std::string policyAtQuota()
{
    const iam::Catalog& catalog = iam::Catalog::builtIn();
    const iam::ActionExpansion reads = iam::expandActions(catalog, "s3:Get*");
    const iam::ActionExpansion describes = iam::expandActions(catalog, "ec2:Describe*");
    std::string text = "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n";
    std::size_t statement = 0;
    std::size_t next = 0;
    while (nonSpaceLength(text) < 5600) {
        const bool s3 = statement % 2 == 0;
        const auto& pool = s3 ? reads.actions : describes.actions;
        text += std::string(statement ? ",\n" : "") + "    {\n      \"Sid\": \"Part" + std::to_string(statement)
            + "\",\n      \"Effect\": \"Allow\",\n      \"Action\": [";
        for (int i = 0; i < 8; ++i)
            text += std::string(i ? ", " : "") + "\"" + catalog.fullName(*pool[next++ % pool.size()]) + "\"";
        text += "],\n      \"Resource\": \""
            + std::string(s3 ? "arn:aws:s3:::team-reports/*" : "*")
            + "\",\n      \"Condition\": {\"IpAddress\": {\"aws:SourceIp\": \"203.0.113.0/24\"}}\n    }";
        ++statement;
    }
    return text + "\n  ]\n}\n";
}

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
