#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/diagnostics/Diagnostic.h"

namespace iam {

// One piece of a chapter: prose (CommonMark, shown by the page as rich text), a live widget the page
// places between paragraphs, or a check question taken from the quiz bank.
struct LessonBlock {
    enum class Kind { Prose, Widget, Question };
    Kind kind = Kind::Prose;
    std::string text; // Prose: the Markdown; Widget / Question: the id (`building`, `arn-dissector`, ...)
    std::vector<std::pair<std::string, std::string>> options; // Widget: `key=value` arguments, in order
    int line = 0; // 1-based line of the block's first line in the file, for error messages
};

// One chapter file of resources/lessons/ (format: resources/lessons/README.md).
struct Lesson {
    std::string id; // from the file name: `01-office-building`
    std::string title; // the first `# ` heading
    std::string summary; // the front matter's `summary:` line
    int minutes = 0; // reading time, from the front matter
    std::vector<LessonBlock> blocks;
    // Every heading (`## `) with its block index, for the table of contents and search. Each `## ` heading
    // starts a new prose block (whose first line it is), so the index is where the section begins.
    struct Section {
        std::string title;
        std::size_t blockIndex = 0;
    };
    std::vector<Section> sections;
};

struct LessonLoad {
    Lesson lesson;
    std::vector<Diagnostic> diagnostics; // unknown directive, missing title, ... with line:column
    bool ok() const;
};

// Reads a chapter. Never throws; a bad directive is reported and skipped, the rest of the chapter stays.
// Diagnostics carry line:column spans into `text` (codes: resources/lessons/README.md).
LessonLoad parseLesson(std::string_view id, std::string_view text);

// Words of prose (for "about N minutes" and the ≥ 500 words check): runs of non-space characters with at
// least one letter or digit, so Markdown marks (`|---|`, `-`, `##`) do not count. The title and fenced code are not
// prose.
std::size_t countLessonWords(const Lesson& lesson);

} // namespace iam
