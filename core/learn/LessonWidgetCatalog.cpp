#include "core/learn/LessonWidgetCatalog.h"

namespace iam {

const std::vector<LessonWidgetSpec>& lessonWidgetSpecs()
{
    static const std::vector<LessonWidgetSpec> specs = {
        { "building", "the clickable office building, with walk-a-request (data: widgets/building.json)",
            { { "focus", {}, false, "" }, { "walk", { "on", "off" }, false, "on" } } },
        { "user-properties", "a user's properties to click and learn (data: widgets/user-properties.json)",
            { { "open", {}, false, "" } } },
        { "compare", "a side-by-side table (data: widgets/compare-<table>.json)",
            { { "table", { "users-vs-roles", "managed-vs-inline", "keys-vs-roles" }, true, "" } } },
        { "arn-dissector", "type or paste an ARN and see each part explained (data: widgets/arn-dissector.json)",
            { { "arn", {}, false, "" } } },
        { "policy-anatomy", "a policy whose parts explain themselves on hover (data: widgets/policy-anatomy.json)",
            {} },
        { "evaluation-flow",
            "prepared requests decided by the engine, step by step (data: widgets/evaluation-flow.json)",
            { { "mode", { "basic", "full" }, false, "basic" }, { "request", {}, false, "" } } },
        { "golden-rules", "the golden rules (data: widgets/golden-rules.json)", {} },
        { "checklist", "the pre-launch checklist, saved across runs (data: widgets/checklist.json)", {} },
    };
    return specs;
}

const LessonWidgetSpec* findLessonWidgetSpec(std::string_view id)
{
    for (const auto& spec : lessonWidgetSpecs()) {
        if (spec.id == id)
            return &spec;
    }
    return nullptr;
}

const std::vector<std::string>& lessonLinkPages()
{
    static const std::vector<std::string> pages = { "learn", "build", "simulate", "scenarios", "quiz" };
    return pages;
}

} // namespace iam
