#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/eval/EvaluationResult.h"
#include "core/eval/PolicyType.h"
#include "core/eval/Request.h"
#include "core/lint/PolicyKind.h"

namespace iam {

// What a box of a scenario's diagram stands for; the page picks its shape and colour from it.
enum class ScenarioNodeKind { Caller, Service, Role, Policy, Api, Account, Organization, User, Group };

// The file's spelling: caller, service, role, policy, api, account, organization, user, group.
std::string_view scenarioNodeKindName(ScenarioNodeKind kind);
std::optional<ScenarioNodeKind> scenarioNodeKindFromName(std::string_view name);

struct ScenarioNode {
    std::string id;
    std::string label;
    ScenarioNodeKind kind = ScenarioNodeKind::Service;
    std::string explanation; // shown when the learner hovers the box
    std::string policy; // for a box that stands for one of the scenario's policies: its name; else empty
    bool operator==(const ScenarioNode&) const = default;
};

struct ScenarioEdge {
    std::string from;
    std::string to;
    std::string label;
    bool operator==(const ScenarioEdge&) const = default;
};

// One policy of the scenario, where it plays in a simulation and what the linter must say about it.
struct ScenarioPolicy {
    std::string name; // unique within the scenario; try-its and challenges refer to it
    PolicyType type = PolicyType::Identity; // the simulation file's slot it stands in
    int level = 0; // SCP and RCP only: 0 is the organization root
    PolicyKind kind = PolicyKind::Identity; // what it is attached to, for the linter
    std::string role; // the page's word for it, e.g. "trust policy"; may be empty
    std::vector<std::string> expectFindings; // lint codes the scenario means to show
    std::string text; // the document, two-space indented, keys in file order
    std::string pointer; // of the entry in the file, e.g. /policies/identity/0
    bool operator==(const ScenarioPolicy&) const = default;
};

// A request the learner can run, with the decision the scenario says it gets.
struct ScenarioTryIt {
    std::string name;
    Request request;
    Decision expect = Decision::ImplicitDeny;
    std::string why; // one sentence for the learner
    // Names of the policies in play. Empty in the file means the default: every policy except the
    // trust policies (see resources/scenarios/README.md). Here it is always resolved, in file order.
    std::vector<std::string> policies;
    bool policiesGiven = false; // whether the file listed them
    std::string pointer;
    bool operator==(const ScenarioTryIt&) const = default;
};

// The change that proves a challenge can be solved: an RFC 6902 JSON Patch applied to one policy's
// document, or that policy's whole new document. Both kept as JSON text.
struct ScenarioChange {
    std::string policy;
    std::string patch; // JSON array text, or empty
    std::string document; // JSON object text, or empty
    bool operator==(const ScenarioChange&) const = default;
};

// "Break it": a change the learner makes so that a try-it's request gets another decision.
struct ScenarioChallenge {
    std::string task;
    std::string tryIt; // the name of the try-it whose decision must flip
    std::size_t tryItIndex = 0;
    Decision expect = Decision::Allowed; // the decision after the change
    std::string hint;
    ScenarioChange reference;
    std::string pointer;
    bool operator==(const ScenarioChallenge&) const = default;
};

// One real-world setup (issue 8), read from one file of resources/scenarios/.
struct Scenario {
    std::string id;
    std::string title;
    std::string summary;
    std::string level; // beginner, intermediate, advanced
    std::vector<std::string> tags;
    std::vector<std::string> story; // paragraphs, Markdown
    std::vector<ScenarioNode> nodes;
    std::vector<ScenarioEdge> edges;
    std::vector<ScenarioPolicy> policies; // grouped by type as the file lists them, then file order
    std::vector<ScenarioTryIt> tryIts;
    std::vector<ScenarioChallenge> challenges;
    std::vector<std::string> tighten;
    std::string fileName; // as given to the loader, for messages

    const ScenarioPolicy* findPolicy(std::string_view name) const;
    std::optional<std::size_t> policyIndex(std::string_view name) const;
    bool operator==(const Scenario&) const = default;
};

} // namespace iam
