#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include "core/catalog/ActionExpansion.h"
#include "core/catalog/Catalog.h"
#include "core/catalog/EmbeddedCatalog.h"

// The catalog's costs as a user meets them: the first load (once per run of the app or the CLI),
// expanding a broad wildcard, and the builder's action search re-run on every keystroke.
namespace {

void loadCatalog(benchmark::State& state)
{
    const std::string_view bytes = iam::embeddedCatalogBytes();
    for (auto _ : state) {
        iam::CatalogLoadResult result = iam::Catalog::load(bytes);
        benchmark::DoNotOptimize(result);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(bytes.size()));
}
BENCHMARK(loadCatalog)->Unit(benchmark::kMillisecond);

void expandAnyGet(benchmark::State& state)
{
    const iam::Catalog& catalog = iam::Catalog::builtIn();
    for (auto _ : state) {
        iam::ActionExpansion expansion = iam::expandActions(catalog, "*:Get*");
        benchmark::DoNotOptimize(expansion);
    }
}
BENCHMARK(expandAnyGet)->Unit(benchmark::kMicrosecond);

void searchPerKeystroke(benchmark::State& state)
{
    const iam::Catalog& catalog = iam::Catalog::builtIn();
    // What the search box sees while someone types "s3:getobjectt" and then "passrole".
    std::vector<std::string> typed;
    for (const std::string word : { "s3:getobjectt", "passrole" }) {
        for (std::size_t length = 1; length <= word.size(); ++length)
            typed.push_back(word.substr(0, length));
    }
    std::size_t next = 0;
    for (auto _ : state) {
        auto found = catalog.searchActions(typed[next], 50);
        benchmark::DoNotOptimize(found);
        next = (next + 1) % typed.size();
    }
}
BENCHMARK(searchPerKeystroke)->Unit(benchmark::kMicrosecond);

void suggestMisspelledAction(benchmark::State& state)
{
    const iam::Catalog& catalog = iam::Catalog::builtIn();
    for (auto _ : state) {
        auto suggestion = catalog.suggestAction("ec2:DescribeInstanse");
        benchmark::DoNotOptimize(suggestion);
    }
}
BENCHMARK(suggestMisspelledAction)->Unit(benchmark::kMicrosecond);

} // namespace
