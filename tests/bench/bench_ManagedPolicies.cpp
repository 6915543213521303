#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include "core/managed/EmbeddedManagedPolicies.h"
#include "core/managed/ManagedPolicyLibrary.h"

// The managed policy bundle's costs as a user meets them: loading the list (once per run), opening
// one policy (inflates one chunk), the worst case of opening them all, and the search box re-run on
// every keystroke.
namespace {

void loadBundle(benchmark::State& state)
{
    const std::string_view bytes = iam::embeddedManagedPolicyBytes();
    for (auto _ : state) {
        iam::ManagedPolicyLoadResult result = iam::ManagedPolicyLibrary::load(bytes);
        benchmark::DoNotOptimize(result);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(bytes.size()));
}
BENCHMARK(loadBundle)->Unit(benchmark::kMillisecond);

void loadAndOpenOnePolicy(benchmark::State& state)
{
    const std::string_view bytes = iam::embeddedManagedPolicyBytes();
    for (auto _ : state) {
        iam::ManagedPolicyLoadResult result = iam::ManagedPolicyLibrary::load(bytes);
        const iam::ManagedPolicy* policy = result.library->find("AmazonS3ReadOnlyAccess");
        iam::ManagedPolicyDocument document = result.library->document(*policy);
        benchmark::DoNotOptimize(document);
    }
}
BENCHMARK(loadAndOpenOnePolicy)->Unit(benchmark::kMillisecond);

void loadAndOpenEveryPolicy(benchmark::State& state)
{
    const std::string_view bytes = iam::embeddedManagedPolicyBytes();
    for (auto _ : state) {
        iam::ManagedPolicyLoadResult result = iam::ManagedPolicyLibrary::load(bytes);
        for (const iam::ManagedPolicy& policy : result.library->policies()) {
            iam::ManagedPolicyDocument document = result.library->document(policy);
            benchmark::DoNotOptimize(document);
        }
    }
}
BENCHMARK(loadAndOpenEveryPolicy)->Unit(benchmark::kMillisecond);

void searchPerKeystroke(benchmark::State& state)
{
    const iam::ManagedPolicyLibrary& library = iam::ManagedPolicyLibrary::builtIn();
    // What the search box sees while someone types "amazons3readonly" and then "lambda basic".
    std::vector<std::string> typed;
    for (const std::string word : { "amazons3readonly", "lambda basic" }) {
        for (std::size_t length = 1; length <= word.size(); ++length)
            typed.push_back(word.substr(0, length));
    }
    std::size_t next = 0;
    for (auto _ : state) {
        auto found = library.search(typed[next], 50);
        benchmark::DoNotOptimize(found);
        next = (next + 1) % typed.size();
    }
}
BENCHMARK(searchPerKeystroke)->Unit(benchmark::kMicrosecond);

void suggestMisspelledName(benchmark::State& state)
{
    const iam::ManagedPolicyLibrary& library = iam::ManagedPolicyLibrary::builtIn();
    for (auto _ : state) {
        auto suggestion = library.suggestName("AdministratorAcess");
        benchmark::DoNotOptimize(suggestion);
    }
}
BENCHMARK(suggestMisspelledName)->Unit(benchmark::kMicrosecond);

} // namespace
