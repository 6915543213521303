#include "core/learn/Lesson.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <optional>
#include <set>

#include "core/diagnostics/FuzzyMatch.h"
#include "core/json/SourceMap.h"
#include "core/learn/LessonWidgetCatalog.h"

namespace iam {
namespace {

struct Line {
    std::string_view text; // without the line break (and without a `\r` before it)
    std::size_t offset = 0;
    int number = 0;
};

std::vector<Line> splitLines(std::string_view text)
{
    std::vector<Line> lines;
    std::size_t start = 0;
    // A byte order mark is invisible in editors; leaving it would hide the front matter's first `---`.
    if (text.substr(0, 3) == "\xEF\xBB\xBF")
        start = 3;
    int number = 1;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        const bool last = end == std::string_view::npos;
        if (last)
            end = text.size();
        std::string_view line = text.substr(start, end - start);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (!(last && line.empty() && start == text.size() && start != 0))
            lines.push_back({ line, start, number });
        if (last)
            break;
        start = end + 1;
        ++number;
    }
    return lines;
}

bool isBlank(std::string_view text)
{
    return std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\t'; });
}

std::string_view trim(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

bool startsWith(std::string_view text, std::string_view prefix)
{
    return text.substr(0, prefix.size()) == prefix;
}

bool isFence(std::string_view line)
{
    const std::string_view text = trim(line);
    return startsWith(text, "```") || startsWith(text, "~~~");
}

bool isSlug(std::string_view text)
{
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    });
}

// A word of the directive line, with where it stands in the line.
struct Token {
    std::string_view text;
    std::size_t column = 0; // byte index in the line
};

std::vector<Token> tokenize(std::string_view line, std::size_t from)
{
    std::vector<Token> tokens;
    std::size_t i = from;
    while (i < line.size()) {
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t'))
            ++i;
        const std::size_t start = i;
        while (i < line.size() && line[i] != ' ' && line[i] != '\t')
            ++i;
        if (i > start)
            tokens.push_back({ line.substr(start, i - start), start });
    }
    return tokens;
}

std::string joinValues(const std::vector<std::string>& values)
{
    std::string text;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i > 0)
            text += i + 1 == values.size() ? " or " : ", ";
        text += "`" + values[i] + "`";
    }
    return text;
}

class LessonParser {
public:
    LessonParser(std::string_view id, std::string_view text)
        : m_text(text)
        , m_lines(splitLines(text))
    {
        m_load.lesson.id = std::string(id);
    }

    LessonLoad parse()
    {
        std::size_t next = readFrontMatter();
        for (; next < m_lines.size(); ++next)
            readBodyLine(m_lines[next]);
        if (m_fenceLine)
            report("LESSON_UNCLOSED_CODE_FENCE", Severity::Warning, *m_fenceLine, 0, 3,
                "this code block is never closed", "close it with a line of three backticks");
        flushProse();
        if (m_load.lesson.title.empty()) {
            const Line first = m_lines.empty() ? Line { "", 0, 1 } : m_lines.front();
            report("LESSON_MISSING_TITLE", Severity::Error, first, 0, 0, "the chapter has no title",
                "add a line `# Title` after the front matter");
        }
        sortByPosition(m_load.diagnostics);
        return std::move(m_load);
    }

private:
    void report(std::string code, Severity severity, const Line& line, std::size_t column, std::size_t length,
        std::string message, std::string help)
    {
        Diagnostic diagnostic;
        diagnostic.code = std::move(code);
        diagnostic.severity = severity;
        diagnostic.message = std::move(message);
        diagnostic.help = std::move(help);
        if (line.number > 0)
            diagnostic.span = spanAtOffset(m_text, line.offset + column, length);
        m_load.diagnostics.push_back(std::move(diagnostic));
    }

    // Returns the index of the first body line.
    std::size_t readFrontMatter()
    {
        if (m_lines.empty() || trim(m_lines.front().text) != "---") {
            const Line& first = m_lines.empty() ? Line { "", 0, 1 } : m_lines.front();
            report("LESSON_FRONT_MATTER_MISSING", Severity::Error, first, 0, 0,
                "the chapter does not start with its front matter",
                "start the file with `---`, a `summary: ...` line, a `minutes: N` line and `---`");
            return 0;
        }
        std::size_t close = 1;
        while (close < m_lines.size() && trim(m_lines[close].text) != "---")
            ++close;
        if (close == m_lines.size()) {
            report("LESSON_FRONT_MATTER_UNCLOSED", Severity::Error, m_lines.front(), 0, 3,
                "the front matter is never closed", "end it with a line `---` before the title");
            return 1;
        }
        std::set<std::string> seen;
        for (std::size_t i = 1; i < close; ++i)
            readFrontMatterLine(m_lines[i], seen);
        for (const char* key : { "summary", "minutes" }) {
            if (!seen.count(key)) {
                report("LESSON_FRONT_MATTER_MISSING_KEY", Severity::Error, m_lines.front(), 0, 3,
                    std::string("the front matter has no `") + key + "`",
                    std::string("add a line `") + key
                        + (std::string_view(key) == "summary" ? ": one sentence saying what the chapter teaches`"
                                                              : ": N` with the reading time in minutes`"));
            }
        }
        return close + 1;
    }

    void readFrontMatterLine(const Line& line, std::set<std::string>& seen)
    {
        if (isBlank(line.text))
            return;
        const std::size_t colon = line.text.find(':');
        const std::string_view key
            = colon == std::string_view::npos ? std::string_view() : trim(line.text.substr(0, colon));
        if (colon == std::string_view::npos || !isSlug(key)) {
            report("LESSON_FRONT_MATTER_BAD_LINE", Severity::Error, line, 0, line.text.size(),
                "`" + std::string(trim(line.text)) + "` is not a `key: value` line",
                "write each front matter line as `summary: ...` or `minutes: N`");
            return;
        }
        const std::string_view value = trim(line.text.substr(colon + 1));
        const std::size_t valueColumn = static_cast<std::size_t>(value.data() - line.text.data());
        const std::string name(key);
        if (name != "summary" && name != "minutes") {
            std::string help = "the front matter knows only `summary` and `minutes`";
            if (const auto match = closestMatch(name, { "summary", "minutes" }))
                help = "did you mean `" + *match + "`? " + help;
            report("LESSON_FRONT_MATTER_UNKNOWN_KEY", Severity::Warning, line, 0, key.size(),
                "`" + name + "` is not a front matter key", std::move(help));
            return;
        }
        if (!seen.insert(name).second) {
            report("LESSON_FRONT_MATTER_DUPLICATE_KEY", Severity::Error, line, 0, key.size(),
                "`" + name + "` is given twice", "keep one `" + name + "` line");
            return;
        }
        if (name == "summary") {
            if (value.empty()) {
                report("LESSON_FRONT_MATTER_EMPTY_SUMMARY", Severity::Error, line, 0, line.text.size(),
                    "the summary is empty", "write one sentence saying what the chapter teaches");
            }
            m_load.lesson.summary = std::string(value);
            return;
        }
        int minutes = 0;
        const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), minutes);
        if (value.empty() || error != std::errc() || end != value.data() + value.size() || minutes < 1
            || minutes > 120) {
            report("LESSON_FRONT_MATTER_BAD_MINUTES", Severity::Error, line, valueColumn, value.size(),
                "`" + std::string(value) + "` is not a reading time in minutes",
                "write a whole number from 1 to 120, e.g. `minutes: 6`");
            return;
        }
        m_load.lesson.minutes = minutes;
    }

    void readBodyLine(const Line& line)
    {
        if (m_fenceLine) {
            appendProse(line);
            if (isFence(line.text))
                m_fenceLine.reset();
            return;
        }
        if (isFence(line.text)) {
            m_fenceLine = line;
            appendProse(line);
            return;
        }
        if (startsWith(line.text, "# ")) {
            const std::string title(trim(line.text.substr(2)));
            if (m_load.lesson.title.empty() && !title.empty()) {
                m_load.lesson.title = title;
                return;
            }
            report("LESSON_SECOND_TITLE", Severity::Warning, line, 0, line.text.size(),
                "a chapter has one `# ` title; this one is shown as text",
                "use `## ` for a section heading inside the chapter");
            appendProse(line);
            return;
        }
        if (startsWith(line.text, "## ")) {
            flushProse();
            std::string_view title = trim(line.text.substr(3));
            while (!title.empty() && title.back() == '#')
                title.remove_suffix(1);
            m_load.lesson.sections.push_back({ std::string(trim(title)), m_load.lesson.blocks.size() });
            appendProse(line);
            return;
        }
        if (startsWith(line.text, ":::")) {
            flushProse();
            readDirective(line);
            return;
        }
        checkProse(line);
        appendProse(line);
    }

    void appendProse(const Line& line)
    {
        if (m_prose.empty() && isBlank(line.text))
            return;
        if (m_prose.empty())
            m_proseLine = line.number;
        m_prose.push_back(line.text);
    }

    void flushProse()
    {
        while (!m_prose.empty() && isBlank(m_prose.back()))
            m_prose.pop_back();
        if (m_prose.empty())
            return;
        LessonBlock block;
        block.kind = LessonBlock::Kind::Prose;
        block.line = m_proseLine;
        for (std::size_t i = 0; i < m_prose.size(); ++i) {
            if (i > 0)
                block.text += '\n';
            block.text += m_prose[i];
        }
        m_load.lesson.blocks.push_back(std::move(block));
        m_prose.clear();
    }

    // What Qt's Markdown reader shows badly, or the app must not do: raw HTML, remote images, links out.
    void checkProse(const Line& line)
    {
        const std::string_view text = line.text;
        bool inCode = false;
        for (std::size_t i = 0; i < text.size(); ++i) {
            const char c = text[i];
            if (c == '`') {
                inCode = !inCode;
                continue;
            }
            if (inCode)
                continue;
            if (c == '<' && i + 1 < text.size()
                && (std::isalpha(static_cast<unsigned char>(text[i + 1])) || text[i + 1] == '/'
                    || text[i + 1] == '!')) {
                const std::size_t close = text.find('>', i);
                const std::size_t length = close == std::string_view::npos ? 1 : close - i + 1;
                report("LESSON_HTML", Severity::Warning, line, i, length,
                    "`" + std::string(text.substr(i, length)) + "` looks like HTML, which lessons do not use",
                    "use Markdown instead; to show the characters themselves, put them in backticks");
                continue;
            }
            if (c == ']' && i + 1 < text.size() && text[i + 1] == '(')
                checkLink(line, i + 2, i > 0 && isImage(text, i));
        }
    }

    static bool isImage(std::string_view text, std::size_t closeBracket)
    {
        int depth = 0;
        for (std::size_t i = closeBracket; i-- > 0;) {
            if (text[i] == ']')
                ++depth;
            else if (text[i] == '[' && depth-- == 0)
                return i > 0 && text[i - 1] == '!';
        }
        return false;
    }

    void checkLink(const Line& line, std::size_t start, bool image)
    {
        const std::size_t close = line.text.find(')', start);
        if (close == std::string_view::npos)
            return;
        const std::string_view target = trim(line.text.substr(start, close - start));
        const std::string shown(target);
        if (startsWith(target, "http:") || startsWith(target, "https:") || startsWith(target, "//")) {
            if (image) {
                report("LESSON_REMOTE_IMAGE", Severity::Error, line, start, target.size(),
                    "the image `" + shown + "` would be fetched from the network",
                    "the app never goes online: draw the idea with a widget or describe it in words");
            } else {
                report("LESSON_EXTERNAL_LINK", Severity::Warning, line, start, target.size(),
                    "`" + shown + "` leads out of the app, which never opens the network",
                    "link to a page or lesson (`iam:page/build`, `iam:lesson/03-roles`) or name the source in words");
            }
            return;
        }
        if (!startsWith(target, "iam:"))
            return;
        if (startsWith(target, "iam:page/")) {
            std::string_view page = target.substr(9);
            page = page.substr(0, page.find('?'));
            const auto& pages = lessonLinkPages();
            if (std::find(pages.begin(), pages.end(), page) != pages.end())
                return;
        } else if (startsWith(target, "iam:lesson/")) {
            std::string_view lesson = target.substr(11);
            lesson = lesson.substr(0, lesson.find('#'));
            if (isSlug(lesson))
                return;
        }
        report("LESSON_BAD_APP_LINK", Severity::Error, line, start, target.size(),
            "`" + shown + "` is not a link the app can open",
            "use `iam:page/<learn|build|simulate|scenarios|quiz>` or `iam:lesson/<chapter id>`");
    }

    void readDirective(const Line& line)
    {
        const std::vector<Token> tokens = tokenize(line.text, 3);
        if (tokens.empty() || (tokens[0].text != "widget" && tokens[0].text != "question")) {
            const std::string word = tokens.empty() ? std::string() : std::string(tokens[0].text);
            std::string help = "a directive is `::: widget <id> [key=value ...]` or `::: question <quiz>/<question>`";
            if (!word.empty()) {
                if (const auto match = closestMatch(word, { "widget", "question" }))
                    help = "did you mean `" + *match + "`? " + help;
            }
            report("LESSON_UNKNOWN_DIRECTIVE", Severity::Error, line, tokens.empty() ? 0 : tokens[0].column,
                tokens.empty() ? line.text.size() : word.size(),
                word.empty() ? "the directive is empty" : "`" + word + "` is not a directive", std::move(help));
            return;
        }
        if (tokens[0].text == "question")
            readQuestion(line, tokens);
        else
            readWidget(line, tokens);
    }

    void readQuestion(const Line& line, const std::vector<Token>& tokens)
    {
        const std::string_view id = tokens.size() > 1 ? tokens[1].text : std::string_view();
        const std::size_t slash = id.find('/');
        const bool wellFormed = tokens.size() == 2 && slash != std::string_view::npos && isSlug(id.substr(0, slash))
            && isSlug(id.substr(slash + 1));
        if (!wellFormed) {
            const std::size_t column = tokens.size() > 1 ? tokens[1].column : tokens[0].column;
            report("LESSON_BAD_QUESTION_ID", Severity::Error, line, column, line.text.size() - column,
                tokens.size() < 2 ? "the question directive names no question"
                                  : "`" + std::string(trim(line.text.substr(column))) + "` is not a question id",
                "write `::: question <quiz>/<question>` in lowercase letters, digits and dashes, e.g. "
                "`::: question roles/trust-policy`");
            return;
        }
        LessonBlock block;
        block.kind = LessonBlock::Kind::Question;
        block.text = std::string(id);
        block.line = line.number;
        m_load.lesson.blocks.push_back(std::move(block));
    }

    void readWidget(const Line& line, const std::vector<Token>& tokens)
    {
        if (tokens.size() < 2) {
            report("LESSON_MISSING_WIDGET_ID", Severity::Error, line, 0, line.text.size(),
                "the widget directive names no widget", "write `::: widget <id>`, e.g. `::: widget building`");
            return;
        }
        const std::string id(tokens[1].text);
        const LessonWidgetSpec* spec = findLessonWidgetSpec(id);
        if (!spec) {
            std::vector<std::string> ids;
            for (const auto& known : lessonWidgetSpecs())
                ids.push_back(known.id);
            std::string help = "the widgets are " + joinValues(ids);
            if (const auto match = closestMatch(id, ids))
                help = "did you mean `" + *match + "`? " + help;
            report("LESSON_UNKNOWN_WIDGET", Severity::Error, line, tokens[1].column, id.size(),
                "`" + id + "` is not a lesson widget", std::move(help));
            return;
        }
        LessonBlock block;
        block.kind = LessonBlock::Kind::Widget;
        block.text = id;
        block.line = line.number;
        bool usable = true;
        std::set<std::string> written; // keys the author wrote, even with a bad value: no second report
        for (std::size_t i = 2; i < tokens.size(); ++i) {
            usable = readOption(line, tokens[i], *spec, block) && usable;
            written.insert(std::string(tokens[i].text.substr(0, tokens[i].text.find('='))));
        }
        for (const auto& option : spec->options) {
            if (option.required && !written.count(option.key)) {
                report("LESSON_MISSING_WIDGET_OPTION", Severity::Error, line, tokens[1].column, id.size(),
                    "the `" + id + "` widget needs `" + option.key + "=`",
                    "add `" + option.key + "=` with one of " + joinValues(option.values));
                usable = false;
            }
        }
        if (usable)
            m_load.lesson.blocks.push_back(std::move(block));
    }

    // False when the directive cannot be shown as written; an unknown key is only dropped.
    bool readOption(const Line& line, const Token& token, const LessonWidgetSpec& spec, LessonBlock& block)
    {
        const std::size_t equals = token.text.find('=');
        if (equals == std::string_view::npos || equals == 0 || equals + 1 == token.text.size()) {
            report("LESSON_BAD_WIDGET_OPTION", Severity::Error, line, token.column, token.text.size(),
                "`" + std::string(token.text) + "` is not a `key=value` option",
                "write options as `key=value` without spaces, e.g. `mode=full`");
            return false;
        }
        const std::string key(token.text.substr(0, equals));
        const std::string value(token.text.substr(equals + 1));
        const auto option = std::find_if(spec.options.begin(), spec.options.end(),
            [&](const LessonWidgetOption& known) { return known.key == key; });
        if (option == spec.options.end()) {
            std::vector<std::string> keys;
            for (const auto& known : spec.options)
                keys.push_back(known.key);
            std::string help = keys.empty() ? "the `" + spec.id + "` widget takes no options"
                                            : "the `" + spec.id + "` widget takes " + joinValues(keys);
            if (const auto match = closestMatch(key, keys))
                help = "did you mean `" + *match + "`? " + help;
            report("LESSON_UNKNOWN_WIDGET_OPTION", Severity::Warning, line, token.column, key.size(),
                "`" + key + "` is not an option of the `" + spec.id + "` widget", std::move(help));
            return true;
        }
        for (const auto& [given, unused] : block.options) {
            if (given == key) {
                report("LESSON_DUPLICATE_WIDGET_OPTION", Severity::Error, line, token.column, key.size(),
                    "`" + key + "` is given twice", "keep one `" + key + "=`");
                return false;
            }
        }
        if (!option->values.empty()
            && std::find(option->values.begin(), option->values.end(), value) == option->values.end()) {
            std::string help = "use " + joinValues(option->values);
            if (const auto match = closestMatch(value, option->values))
                help = "did you mean `" + *match + "`? " + help;
            report("LESSON_BAD_WIDGET_OPTION_VALUE", Severity::Error, line, token.column + equals + 1, value.size(),
                "`" + value + "` is not a value of `" + key + "`", std::move(help));
            return false;
        }
        block.options.emplace_back(key, value);
        return true;
    }

    std::string_view m_text;
    std::vector<Line> m_lines;
    LessonLoad m_load;
    std::vector<std::string_view> m_prose;
    int m_proseLine = 0;
    std::optional<Line> m_fenceLine;
};

// Whether the character starting at `text[i]` makes its run of non-space characters a word. Letters
// written in several UTF-8 bytes count ("café", "naïve"), but dashes, quotes and arrows do not: their code
// points (U+2000 to U+2BFF) all start with the byte 0xE2, so "—" alone is not a word.
bool isWordCharacter(std::string_view text, std::size_t i)
{
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80)
        return std::isalnum(c) != 0;
    return c >= 0xC0 && c != 0xE2;
}

} // namespace

bool LessonLoad::ok() const
{
    return !hasErrors(diagnostics);
}

LessonLoad parseLesson(std::string_view id, std::string_view text)
{
    return LessonParser(id, text).parse();
}

std::size_t countLessonWords(const Lesson& lesson)
{
    std::size_t words = 0;
    for (const auto& block : lesson.blocks) {
        if (block.kind != LessonBlock::Kind::Prose)
            continue;
        bool inFence = false;
        std::string_view rest = block.text;
        while (!rest.empty()) {
            const std::size_t end = std::min(rest.find('\n'), rest.size());
            const std::string_view line = rest.substr(0, end);
            rest.remove_prefix(std::min(end + 1, rest.size()));
            // Code is read differently from prose; a JSON example would inflate the reading time.
            if (isFence(line)) {
                inFence = !inFence;
                continue;
            }
            if (inFence)
                continue;
            bool counted = false;
            for (std::size_t i = 0; i < line.size(); ++i) {
                const char c = line[i];
                if (c == ' ' || c == '\t' || c == '\r') {
                    counted = false;
                    continue;
                }
                if (!counted && isWordCharacter(line, i)) {
                    ++words;
                    counted = true;
                }
            }
        }
    }
    return words;
}

} // namespace iam
