#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics/Diagnostic.h"
#include "core/eval/EvaluationResult.h"
#include "core/eval/Simulation.h"

namespace iam {

// The content behind the lesson widgets, read from resources/lessons/widgets/*.json so an instructor can
// correct it without C++ (shapes: resources/lessons/README.md). Every reader reports problems with the
// file's JSON pointer and line:column, leaves bad entries out, keeps the good ones, and never throws.

// Something a widget explains when it is clicked or hovered: a part of the building, a user property,
// a golden rule, a checklist item, a part of an ARN or of a policy.
struct LessonTopic {
    std::string id; // stable: checklist ticks are saved under it, chapters name it in options
    std::string title; // a checklist item's checkable line
    std::string aws; // what it stands for in AWS, when the topic is an analogy (building parts); may be empty
    std::string text; // the explanation, Markdown
    bool operator==(const LessonTopic&) const = default;
};

// widgets/compare-<id>.json: a side-by-side table.
struct LessonCompareTable {
    std::string title;
    std::vector<std::string> columns; // the headings of the compared things, after the row-label column
    struct Row {
        std::string label;
        std::vector<std::string> cells; // one per column
        bool operator==(const Row&) const = default;
    };
    std::vector<Row> rows;
    std::string note; // a closing sentence under the table; may be empty
};

// A request prepared for the building's walk and the evaluation-flow widget, with the policies it is
// weighed against. The engine decides; `expected` is what the lesson text says it decides, and the
// tests hold the two together.
struct LessonPreparedRequest {
    std::string id;
    std::string title; // a short label for the picker, e.g. "Alice reads a report"
    std::string story; // one or two sentences: who asks for what, in the building's words
    std::vector<std::string> modes; // evaluation-flow only: `basic` and/or `full`
    std::string badge; // building walks only: `employee-badge` or `contractor-badge`
    std::string door; // building walks only: the door's label, e.g. "Reports room"
    Simulation simulation; // policies and request, in the simulation file's shape
    Decision expected = Decision::ImplicitDeny;
    std::string explanation; // shown after the decision: why it came out this way
};

// widgets/building.json
struct LessonBuildingData {
    std::vector<LessonTopic> parts;
    std::vector<LessonPreparedRequest> walks;
};

// widgets/arn-dissector.json
struct LessonArnDissectorData {
    std::vector<LessonTopic> parts; // ids: prefix, partition, service, region, account, resource
    struct Example {
        std::string arn;
        std::string note;
        bool operator==(const Example&) const = default;
    };
    std::vector<Example> examples; // offered as "try this one"; some are wrong on purpose
};

// widgets/policy-anatomy.json
struct LessonPolicyAnatomyData {
    std::string policyText; // the example policy, indented four spaces as the console shows it
    std::vector<LessonTopic> parts; // ids are policy element names: Version, Statement, Effect, ...
};

// widgets/evaluation-flow.json
struct LessonEvaluationFlowData {
    std::vector<LessonPreparedRequest> requests;
    // The requests shown in a mode, in file order.
    std::vector<const LessonPreparedRequest*> requestsFor(std::string_view mode) const;
};

// widgets/user-properties.json, widgets/golden-rules.json, widgets/checklist.json: `{"items": [topic, ...]}`.
std::vector<LessonTopic> readLessonTopicList(std::string_view text, std::vector<Diagnostic>& diagnostics);
std::optional<LessonCompareTable> readLessonCompareTable(std::string_view text, std::vector<Diagnostic>& diagnostics);
std::optional<LessonBuildingData> readLessonBuilding(std::string_view text, std::vector<Diagnostic>& diagnostics);
std::optional<LessonArnDissectorData> readLessonArnDissector(
    std::string_view text, std::vector<Diagnostic>& diagnostics);
std::optional<LessonPolicyAnatomyData> readLessonPolicyAnatomy(
    std::string_view text, std::vector<Diagnostic>& diagnostics);
std::optional<LessonEvaluationFlowData> readLessonEvaluationFlow(
    std::string_view text, std::vector<Diagnostic>& diagnostics);

// The data file (relative to resources/lessons/) a widget directive reads, e.g. `widgets/compare-keys-vs-roles.json`
// for `compare table=keys-vs-roles`; empty for an unknown widget.
std::string lessonWidgetDataFile(std::string_view widgetId, std::string_view table = {});

} // namespace iam
