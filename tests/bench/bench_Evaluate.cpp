#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include "core/eval/Evaluator.h"
#include "core/eval/SimulationLoader.h"

// The reference case of docs/fidelity.md: a five-statement identity policy with IpAddress and
// BoolIfExists conditions, parsed and compiled once, evaluated single-threaded against a rotating
// set of requests that land on different statements and fail at different points.
namespace {

const char* kSimulation = R"({
  "policies": {"identity": [{"Version": "2012-10-17", "Statement": [
    {"Sid": "ReadFromOffice", "Effect": "Allow", "Action": ["s3:GetObject", "s3:ListBucket"],
     "Resource": ["arn:aws:s3:::reports", "arn:aws:s3:::reports/*"],
     "Condition": {"IpAddress": {"aws:SourceIp": ["203.0.113.0/24", "2001:db8::/32"]}}},
    {"Sid": "WriteWithMfa", "Effect": "Allow", "Action": "s3:Put*", "Resource": "arn:aws:s3:::reports/${aws:username}/*",
     "Condition": {"BoolIfExists": {"aws:MultiFactorAuthPresent": "true"}}},
    {"Sid": "DescribeEc2", "Effect": "Allow", "Action": "ec2:Describe*", "Resource": "*"},
    {"Sid": "NoDeletes", "Effect": "Deny", "Action": "s3:Delete*", "Resource": "*"},
    {"Sid": "DenyOutsideNetwork", "Effect": "Deny", "NotAction": "iam:*", "Resource": "*",
     "Condition": {"NotIpAddress": {"aws:SourceIp": ["203.0.113.0/24", "198.51.100.0/24", "2001:db8::/32"]},
                   "BoolIfExists": {"aws:ViaAWSService": "false"}}}
  ]}]},
  "request": {"principal": "arn:aws:iam::111122223333:user/alice", "action": "s3:GetObject",
              "resource": "arn:aws:s3:::reports/q1.pdf"}
})";

std::vector<iam::Request> makeRequests(const iam::Request& base)
{
    const char* actions[] = { "s3:GetObject", "s3:PutObject", "ec2:DescribeInstances", "s3:DeleteObject",
        "s3:ListBucket", "iam:GetUser", "sqs:SendMessage", "s3:PutObjectTagging" };
    const char* resources[] = { "arn:aws:s3:::reports/q1.pdf", "arn:aws:s3:::reports/alice/draft.txt",
        "arn:aws:s3:::reports", "arn:aws:s3:::other/file", "*" };
    const char* addresses[] = { "203.0.113.5", "198.51.100.7", "192.0.2.1", "2001:db8::1", "10.1.2.3" };
    const char* mfa[] = { "true", "false", "" };
    std::vector<iam::Request> requests;
    for (int i = 0; i < 240; ++i) {
        iam::Request request = base;
        request.action = actions[i % 8];
        request.resource = resources[i % 5];
        request.context.push_back({ "aws:SourceIp", { addresses[(i / 8) % 5] }, false });
        if (*mfa[(i / 40) % 3])
            request.context.push_back({ "aws:MultiFactorAuthPresent", { mfa[(i / 40) % 3] }, false });
        requests.push_back(std::move(request));
    }
    return requests;
}

struct Fixture {
    iam::CompiledPolicySet policies;
    std::vector<iam::Request> requests;
    std::vector<iam::RequestContext> contexts;

    Fixture()
    {
        const auto loaded = iam::loadSimulation(kSimulation);
        policies = iam::compilePolicies(*loaded.simulation);
        requests = makeRequests(loaded.simulation->request);
        for (const auto& request : requests)
            contexts.emplace_back(request);
    }
};

const Fixture& fixture()
{
    static const Fixture instance;
    return instance;
}

// What a caller pays per request: reading the request (principal, derived keys) and deciding, with the trace.
void BM_EvaluateWithTrace(benchmark::State& state)
{
    const Fixture& f = fixture();
    std::size_t i = 0;
    for (auto _ : state) {
        const iam::Request& request = f.requests[i++ % f.requests.size()];
        benchmark::DoNotOptimize(iam::evaluate(f.policies, request));
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}
BENCHMARK(BM_EvaluateWithTrace);

// The same without the per-statement trace, for batch callers that need only the decision.
void BM_EvaluateDecisionOnly(benchmark::State& state)
{
    const Fixture& f = fixture();
    std::size_t i = 0;
    for (auto _ : state) {
        const iam::Request& request = f.requests[i++ % f.requests.size()];
        benchmark::DoNotOptimize(iam::evaluate(f.policies, request, { false }));
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}
BENCHMARK(BM_EvaluateDecisionOnly);

// Requests already read into contexts: the cost of the decision itself.
void BM_EvaluatePreparedDecisionOnly(benchmark::State& state)
{
    const Fixture& f = fixture();
    std::size_t i = 0;
    for (auto _ : state) {
        const iam::RequestContext& context = f.contexts[i++ % f.contexts.size()];
        benchmark::DoNotOptimize(iam::evaluate(f.policies, context, { false }));
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}
BENCHMARK(BM_EvaluatePreparedDecisionOnly);

} // namespace
