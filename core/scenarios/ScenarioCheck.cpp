#include "core/scenarios/ScenarioCheck.h"

#include <algorithm>
#include <iterator>
#include <set>

#include "core/catalog/Catalog.h"
#include "core/lint/Linter.h"
#include "core/scenarios/ScenarioSimulation.h"

namespace iam {
namespace {

std::string joined(const std::set<std::string>& codes)
{
    std::string text;
    for (const auto& code : codes)
        text += (text.empty() ? "`" : ", `") + code + "`";
    return text;
}

std::string severityWord(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return "error";
    case Severity::SecurityWarning:
        return "security warning";
    case Severity::Warning:
        return "warning";
    case Severity::Suggestion:
        return "suggestion";
    }
    return "finding";
}

ScenarioCheckItem lintItem(
    const Scenario& scenario, std::size_t index, const SourceMap* sourceMap, std::vector<Diagnostic>& findings)
{
    const ScenarioPolicy& policy = scenario.policies[index];
    ScenarioCheckItem item { ScenarioCheckItem::Kind::Lint, index, policy.name, false, {}, policy.pointer };
    const std::set<std::string> declared(policy.expectFindings.begin(), policy.expectFindings.end());
    std::set<std::string> reported;
    std::string unexpected;
    for (Diagnostic& finding : lint(policy.text, policy.kind, &Catalog::builtIn())) {
        reported.insert(finding.code);
        if (declared.count(finding.code))
            continue;
        unexpected += (unexpected.empty() ? "" : "; ") + severityWord(finding.severity) + " `" + finding.code + "` at `"
            + (finding.pointer.empty() ? "/" : finding.pointer) + "`: " + finding.message;
        finding.pointer = policy.pointer + "/document" + finding.pointer;
        finding.span = sourceMap ? sourceMap->valueSpan(finding.pointer) : SourceSpan {};
        // Positions in the policy's own text mean nothing in the scenario file.
        finding.fixEdits.clear();
        finding.fixTitle.clear();
        finding.message = "policy `" + policy.name + "`: " + finding.message;
        findings.push_back(std::move(finding));
    }
    std::set<std::string> missing;
    std::set_difference(
        declared.begin(), declared.end(), reported.begin(), reported.end(), std::inserter(missing, missing.end()));
    item.passed = unexpected.empty() && missing.empty();
    if (!unexpected.empty())
        item.detail = "undeclared findings: " + unexpected;
    if (!missing.empty()) {
        item.detail += (item.detail.empty() ? "" : "; ")
            + std::string("declared in `expectFindings` but not reported: ") + joined(missing);
    }
    return item;
}

std::string outcome(Decision expected, const ScenarioRun& run)
{
    if (!run.result)
        return "expected " + std::string(decisionName(expected)) + ", but a policy in play cannot be read";
    return "expected " + std::string(decisionName(expected)) + ", got "
        + std::string(decisionName(run.result->decision)) + " (" + run.reason + ")";
}

} // namespace

bool ScenarioCheckReport::passed() const
{
    return failures() == 0;
}

std::size_t ScenarioCheckReport::failures() const
{
    return static_cast<std::size_t>(
        std::count_if(items.begin(), items.end(), [](const ScenarioCheckItem& item) { return !item.passed; }));
}

ScenarioCheckReport checkScenario(const Scenario& scenario, const SourceMap* sourceMap)
{
    ScenarioCheckReport report;
    for (std::size_t i = 0; i < scenario.policies.size(); ++i)
        report.items.push_back(lintItem(scenario, i, sourceMap, report.findings));

    for (std::size_t i = 0; i < scenario.tryIts.size(); ++i) {
        const ScenarioTryIt& tryIt = scenario.tryIts[i];
        const ScenarioRun run = runTryIt(scenario, i);
        ScenarioCheckItem item { ScenarioCheckItem::Kind::TryIt, i, tryIt.name, false, {}, tryIt.pointer };
        item.passed = run.decision() == tryIt.expect;
        if (!item.passed)
            item.detail = outcome(tryIt.expect, run);
        report.items.push_back(std::move(item));
    }

    for (std::size_t i = 0; i < scenario.challenges.size(); ++i) {
        const ScenarioChallenge& challenge = scenario.challenges[i];
        ScenarioCheckItem item { ScenarioCheckItem::Kind::Challenge, i, challenge.task, false, {}, challenge.pointer };
        std::vector<Diagnostic> problems;
        const auto solved = solvedChallengeDocument(scenario, i, &problems);
        if (!solved) {
            item.detail = problems.empty() ? "the reference change cannot be applied" : problems.front().message;
        } else {
            const ScenarioRun run = runScenarioDocument(*solved);
            item.passed = run.decision() == challenge.expect;
            if (!item.passed) {
                item.detail
                    = "after the reference change, try-it `" + challenge.tryIt + "`: " + outcome(challenge.expect, run);
                if (!run.problems.empty())
                    item.detail += "; the changed policy has a problem: " + run.problems.front().message;
            }
        }
        report.items.push_back(std::move(item));
    }
    return report;
}

} // namespace iam
