#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace iam {

// One `key=value` argument a lesson widget accepts. An empty list of values means free text (one word,
// no spaces); otherwise the value must be one of them.
struct LessonWidgetOption {
    std::string key;
    std::vector<std::string> values;
    bool required = false;
    std::string defaultValue; // what the page assumes when the chapter leaves the option out
};

// A live widget a chapter may place with `::: widget <id> [key=value ...]`. The list is the contract
// between the lesson files and the Learn page: the parser refuses ids and options not listed here.
struct LessonWidgetSpec {
    std::string id;
    std::string description; // one line for the format's README and for authors' diagnostics
    std::vector<LessonWidgetOption> options;
};

const std::vector<LessonWidgetSpec>& lessonWidgetSpecs();
const LessonWidgetSpec* findLessonWidgetSpec(std::string_view id);

// The app's pages an `iam:page/<name>` link may open.
const std::vector<std::string>& lessonLinkPages();

} // namespace iam
