#include <algorithm>
#include <cstdint>
#include <iterator>
#include <string>

#include <QTest>

#include "core/learn/Lesson.h"
#include "core/learn/LessonWidgetCatalog.h"
#include "tests/support/DiagnosticStyle.h"
#include "tests/support/TestDiagnostics.h"

using namespace iam;
using iam::test::findCode;

namespace {

const std::string kFrontMatter = "---\nsummary: What roles are.\nminutes: 5\n---\n";

std::string describe(const std::vector<Diagnostic>& diagnostics)
{
    std::string text;
    for (const auto& diagnostic : diagnostics)
        text += "\n  " + formatDiagnosticLine("lesson.md", diagnostic);
    return text;
}

// Every finding an author sees must read like the rest of the app's findings and point at its line.
void verifyStyle(const std::vector<Diagnostic>& diagnostics)
{
    for (const auto& diagnostic : diagnostics) {
        const std::string problem = test::diagnosticStyleProblem(diagnostic);
        QVERIFY2(problem.empty(), (diagnostic.code + ": " + problem).c_str());
    }
}

LessonLoad parseBody(const std::string& body)
{
    return parseLesson("03-roles", kFrontMatter + body);
}

} // namespace

// The chapter format of resources/lessons: what an instructor writes is what the Learn page shows, and a
// mistake is reported at its line instead of blanking the chapter.
class tst_Lesson : public QObject {
    Q_OBJECT

private slots:
    void aChapterReadsIntoTitleSectionsAndBlocks()
    {
        const std::string text = kFrontMatter + R"(
# Roles: the contractor badges

A role is a badge in a drawer.

## Two policies

The trust policy says who.
::: widget compare table=users-vs-roles
The permission policy says what.

::: widget evaluation-flow mode=full request=boundary-caps

## Check yourself

::: question roles/trust-policy
)";
        const LessonLoad load = parseLesson("03-roles", text);
        QVERIFY2(load.diagnostics.empty(), describe(load.diagnostics).c_str());
        QVERIFY(load.ok());
        const Lesson& lesson = load.lesson;
        QCOMPARE(lesson.id, std::string("03-roles"));
        QCOMPARE(lesson.title, std::string("Roles: the contractor badges"));
        QCOMPARE(lesson.summary, std::string("What roles are."));
        QCOMPARE(lesson.minutes, 5);

        QCOMPARE(lesson.blocks.size(), std::size_t(7));
        QCOMPARE(lesson.blocks[0].kind, LessonBlock::Kind::Prose);
        QCOMPARE(lesson.blocks[0].text, std::string("A role is a badge in a drawer."));
        QCOMPARE(lesson.blocks[0].line, 8);
        // A section heading starts its own block, so the table of contents can jump to it.
        QCOMPARE(lesson.blocks[1].text, std::string("## Two policies\n\nThe trust policy says who."));
        QCOMPARE(lesson.blocks[1].line, 10);
        QCOMPARE(lesson.blocks[2].kind, LessonBlock::Kind::Widget);
        QCOMPARE(lesson.blocks[2].text, std::string("compare"));
        QCOMPARE(lesson.blocks[2].line, 13);
        QCOMPARE(lesson.blocks[2].options,
            (std::vector<std::pair<std::string, std::string>> { { "table", "users-vs-roles" } }));
        QCOMPARE(lesson.blocks[3].text, std::string("The permission policy says what."));
        QCOMPARE(lesson.blocks[4].options,
            (std::vector<std::pair<std::string, std::string>> { { "mode", "full" }, { "request", "boundary-caps" } }));
        QCOMPARE(lesson.blocks[5].text, std::string("## Check yourself"));
        QCOMPARE(lesson.blocks[6].kind, LessonBlock::Kind::Question);
        QCOMPARE(lesson.blocks[6].text, std::string("roles/trust-policy"));
        QCOMPARE(lesson.blocks[6].line, 20);

        QCOMPARE(lesson.sections.size(), std::size_t(2));
        QCOMPARE(lesson.sections[0].title, std::string("Two policies"));
        QCOMPARE(lesson.sections[0].blockIndex, std::size_t(1));
        QCOMPARE(lesson.sections[1].title, std::string("Check yourself"));
        QCOMPARE(lesson.sections[1].blockIndex, std::size_t(5));
    }

    void windowsLineEndingsAndAByteOrderMarkReadTheSame()
    {
        const std::string unix = kFrontMatter + "# Title\n\nOne paragraph.\n\n::: widget checklist\n";
        std::string windows;
        for (const char c : unix) {
            if (c == '\n')
                windows += '\r';
            windows += c;
        }
        const LessonLoad plain = parseLesson("x", unix);
        const LessonLoad crlf = parseLesson("x", "\xEF\xBB\xBF" + windows);
        QVERIFY2(crlf.diagnostics.empty(), describe(crlf.diagnostics).c_str());
        QCOMPARE(crlf.lesson.title, plain.lesson.title);
        QCOMPARE(crlf.lesson.summary, std::string("What roles are."));
        QCOMPARE(crlf.lesson.blocks.size(), std::size_t(2));
        QCOMPARE(crlf.lesson.blocks[0].text, std::string("One paragraph."));
        QCOMPARE(crlf.lesson.blocks[1].text, std::string("checklist"));
        QCOMPARE(crlf.lesson.blocks[1].line, plain.lesson.blocks[1].line);
    }

    void missingFrontMatterIsReportedAndTheChapterStillReads()
    {
        const LessonLoad load = parseLesson("x", "# Title\n\nText.\n");
        QVERIFY(!load.ok());
        const Diagnostic* missing = findCode(load.diagnostics, "LESSON_FRONT_MATTER_MISSING");
        QVERIFY(missing);
        QCOMPARE(missing->span.line, 1);
        QCOMPARE(missing->span.column, 1);
        QCOMPARE(load.lesson.title, std::string("Title"));
        QCOMPARE(load.lesson.blocks.size(), std::size_t(1));
        verifyStyle(load.diagnostics);
    }

    void unclosedFrontMatterIsReported()
    {
        const LessonLoad load = parseLesson("x", "---\nsummary: S\nminutes: 3\n# Title\n");
        QVERIFY(findCode(load.diagnostics, "LESSON_FRONT_MATTER_UNCLOSED"));
        QVERIFY(!load.ok());
        verifyStyle(load.diagnostics);
    }

    void malformedFrontMatterLinesArePointedAt()
    {
        const std::string text = "---\nsummary: Fine.\nminutes: five\nsumary: typo\nthis is not a pair\n---\n# T\n";
        const LessonLoad load = parseLesson("x", text);
        QVERIFY(!load.ok());

        const Diagnostic* minutes = findCode(load.diagnostics, "LESSON_FRONT_MATTER_BAD_MINUTES");
        QVERIFY(minutes);
        QCOMPARE(minutes->span.line, 3);
        QCOMPARE(minutes->span.column, 10); // at `five`, not at the key
        QCOMPARE(minutes->message, std::string("`five` is not a reading time in minutes"));

        const Diagnostic* unknown = findCode(load.diagnostics, "LESSON_FRONT_MATTER_UNKNOWN_KEY");
        QVERIFY(unknown);
        QCOMPARE(unknown->severity, Severity::Warning);
        QCOMPARE(unknown->span.line, 4);
        QVERIFY2(unknown->help.find("did you mean `summary`?") != std::string::npos, unknown->help.c_str());

        const Diagnostic* bad = findCode(load.diagnostics, "LESSON_FRONT_MATTER_BAD_LINE");
        QVERIFY(bad);
        QCOMPARE(bad->span.line, 5);
        // The diagnostics come sorted top to bottom, as the author reads the file.
        for (std::size_t i = 1; i < load.diagnostics.size(); ++i)
            QVERIFY(load.diagnostics[i - 1].span.line <= load.diagnostics[i].span.line);
        verifyStyle(load.diagnostics);
    }

    void frontMatterKeysAreRequiredOnceEach()
    {
        const LessonLoad missing = parseLesson("x", "---\nsummary: Only this.\n---\n# T\n");
        const Diagnostic* key = findCode(missing.diagnostics, "LESSON_FRONT_MATTER_MISSING_KEY");
        QVERIFY(key);
        QCOMPARE(key->message, std::string("the front matter has no `minutes`"));

        const LessonLoad twice = parseLesson("x", "---\nsummary: A.\nminutes: 2\nminutes: 3\n---\n# T\n");
        const Diagnostic* duplicate = findCode(twice.diagnostics, "LESSON_FRONT_MATTER_DUPLICATE_KEY");
        QVERIFY(duplicate);
        QCOMPARE(duplicate->span.line, 4);
        QCOMPARE(twice.lesson.minutes, 2);

        for (const char* minutes : { "0", "121", "-3", "4.5", "" }) {
            const LessonLoad load
                = parseLesson("x", std::string("---\nsummary: A.\nminutes: ") + minutes + "\n---\n# T\n");
            QVERIFY2(findCode(load.diagnostics, "LESSON_FRONT_MATTER_BAD_MINUTES"), minutes);
        }
        const LessonLoad empty = parseLesson("x", "---\nsummary:\nminutes: 2\n---\n# T\n");
        QVERIFY(findCode(empty.diagnostics, "LESSON_FRONT_MATTER_EMPTY_SUMMARY"));
        verifyStyle(missing.diagnostics);
        verifyStyle(twice.diagnostics);
    }

    void aChapterWithoutTitleIsAnError()
    {
        const LessonLoad load = parseBody("## Only a section\n\nText.\n");
        QVERIFY(!load.ok());
        QVERIFY(findCode(load.diagnostics, "LESSON_MISSING_TITLE"));
        QCOMPARE(load.lesson.sections.size(), std::size_t(1));
        verifyStyle(load.diagnostics);

        const LessonLoad second = parseBody("# One\n\n# Two\n");
        const Diagnostic* warning = findCode(second.diagnostics, "LESSON_SECOND_TITLE");
        QVERIFY(warning);
        QCOMPARE(warning->span.line, 7);
        QVERIFY(second.ok()); // a warning: the chapter still shows
        QCOMPARE(second.lesson.title, std::string("One"));
        QCOMPARE(second.lesson.blocks.front().text, std::string("# Two"));
    }

    void anUnknownDirectiveIsReportedAtItsWordAndSkipped()
    {
        const LessonLoad load = parseBody("# T\n\nBefore.\n\n:::  widgt building\n\nAfter.\n");
        QVERIFY(!load.ok());
        const Diagnostic* unknown = findCode(load.diagnostics, "LESSON_UNKNOWN_DIRECTIVE");
        QVERIFY(unknown);
        QCOMPARE(unknown->span.line, 9);
        QCOMPARE(unknown->span.column, 6);
        QCOMPARE(unknown->span.length, std::size_t(5));
        QCOMPARE(unknown->message, std::string("`widgt` is not a directive"));
        QVERIFY(unknown->help.find("did you mean `widget`?") != std::string::npos);
        // The rest of the chapter is still there.
        QCOMPARE(load.lesson.blocks.size(), std::size_t(2));
        QCOMPARE(load.lesson.blocks[0].text, std::string("Before."));
        QCOMPARE(load.lesson.blocks[1].text, std::string("After."));

        const LessonLoad empty = parseBody("# T\n\n:::\n");
        QVERIFY(findCode(empty.diagnostics, "LESSON_UNKNOWN_DIRECTIVE"));
        verifyStyle(load.diagnostics);
        verifyStyle(empty.diagnostics);
    }

    void unknownWidgetsGetASuggestion()
    {
        const LessonLoad load = parseBody("# T\n\n::: widget arn-disector\n\n::: widget\n");
        const Diagnostic* unknown = findCode(load.diagnostics, "LESSON_UNKNOWN_WIDGET");
        QVERIFY(unknown);
        QCOMPARE(unknown->span.column, 12);
        QVERIFY2(unknown->help.find("did you mean `arn-dissector`?") != std::string::npos, unknown->help.c_str());
        QVERIFY(findCode(load.diagnostics, "LESSON_MISSING_WIDGET_ID"));
        QVERIFY(load.lesson.blocks.empty());
        verifyStyle(load.diagnostics);
    }

    void widgetOptionsAreChecked()
    {
        const LessonLoad load = parseBody("# T\n\n"
                                          "::: widget compare table=users-vs-rolse\n"
                                          "::: widget compare\n"
                                          "::: widget evaluation-flow mode=full mode=basic\n"
                                          "::: widget evaluation-flow mode\n"
                                          "::: widget golden-rules colour=red\n"
                                          "::: widget building walk=off focus=badge-drawer\n");
        const Diagnostic* value = findCode(load.diagnostics, "LESSON_BAD_WIDGET_OPTION_VALUE");
        QVERIFY(value);
        QCOMPARE(value->span.line, 7);
        QCOMPARE(value->span.column, 26);
        QVERIFY(value->help.find("did you mean `users-vs-roles`?") != std::string::npos);
        const Diagnostic* required = findCode(load.diagnostics, "LESSON_MISSING_WIDGET_OPTION");
        QVERIFY(required);
        QCOMPARE(required->span.line, 8);
        QCOMPARE(required->message, std::string("the `compare` widget needs `table=`"));
        int requiredCount = 0;
        for (const auto& diagnostic : load.diagnostics)
            requiredCount += diagnostic.code == "LESSON_MISSING_WIDGET_OPTION";
        QCOMPARE(requiredCount, 1); // a bad `table=` value is one problem, not also a missing table
        QVERIFY(findCode(load.diagnostics, "LESSON_DUPLICATE_WIDGET_OPTION"));
        QVERIFY(findCode(load.diagnostics, "LESSON_BAD_WIDGET_OPTION"));
        const Diagnostic* unknown = findCode(load.diagnostics, "LESSON_UNKNOWN_WIDGET_OPTION");
        QVERIFY(unknown);
        QCOMPARE(unknown->severity, Severity::Warning);
        QCOMPARE(unknown->help, std::string("the `golden-rules` widget takes no options"));

        // Broken directives are left out; a widget with an unknown option still shows, without it.
        QCOMPARE(load.lesson.blocks.size(), std::size_t(2));
        QCOMPARE(load.lesson.blocks[0].text, std::string("golden-rules"));
        QVERIFY(load.lesson.blocks[0].options.empty());
        QCOMPARE(load.lesson.blocks[1].text, std::string("building"));
        QCOMPARE(load.lesson.blocks[1].options,
            (std::vector<std::pair<std::string, std::string>> { { "walk", "off" }, { "focus", "badge-drawer" } }));
        verifyStyle(load.diagnostics);
    }

    void questionIdsNameAQuizAndAQuestion()
    {
        const LessonLoad good = parseBody("# T\n\n::: question roles/trust-policy-2\n");
        QVERIFY2(good.diagnostics.empty(), describe(good.diagnostics).c_str());
        QCOMPARE(good.lesson.blocks.front().kind, LessonBlock::Kind::Question);

        for (const char* id : { "", "roles", "Roles/Trust", "roles/", "/trust", "roles/trust extra", "a/b/c" }) {
            const LessonLoad load = parseBody(std::string("# T\n\n::: question ") + id + "\n");
            QVERIFY2(findCode(load.diagnostics, "LESSON_BAD_QUESTION_ID"), id);
            QVERIFY2(load.lesson.blocks.empty(), id);
            verifyStyle(load.diagnostics);
        }
    }

    void codeBlocksKeepDirectivesAndHeadingsAsText()
    {
        const LessonLoad load = parseBody("# T\n\n```\n::: widget nonsense\n# not a title\n## not a section\n```\n");
        QVERIFY2(load.diagnostics.empty(), describe(load.diagnostics).c_str());
        QCOMPARE(load.lesson.blocks.size(), std::size_t(1));
        QVERIFY(load.lesson.blocks[0].text.find("::: widget nonsense") != std::string::npos);
        QVERIFY(load.lesson.sections.empty());

        const LessonLoad unclosed = parseBody("# T\n\n```json\n{}\n");
        const Diagnostic* warning = findCode(unclosed.diagnostics, "LESSON_UNCLOSED_CODE_FENCE");
        QVERIFY(warning);
        QCOMPARE(warning->span.line, 7);
        verifyStyle(unclosed.diagnostics);
    }

    void proseThatTheAppCannotShowIsReported()
    {
        const LessonLoad load
            = parseBody("# T\n\n"
                        "A <b>bold</b> word and `<code>` in backticks.\n"
                        "![diagram](https://example.com/a.png)\n"
                        "See [the docs](https://docs.aws.amazon.com/iam/).\n"
                        "Open [the nowhere page](iam:page/nowhere) or [a lesson](iam:lesson/Bad Id).\n"
                        "Good: [builder](iam:page/build?template=s3-read-only-bucket), "
                        "[chapter](iam:lesson/07-troubleshooting), [sim](iam:page/simulate).\n");
        const Diagnostic* html = findCode(load.diagnostics, "LESSON_HTML");
        QVERIFY(html);
        QCOMPARE(html->span.line, 7);
        QCOMPARE(html->span.column, 3);
        int htmlCount = 0;
        int badLinks = 0;
        for (const auto& diagnostic : load.diagnostics) {
            htmlCount += diagnostic.code == "LESSON_HTML";
            badLinks += diagnostic.code == "LESSON_BAD_APP_LINK";
            QVERIFY2(diagnostic.span.line != 11, describe({ diagnostic }).c_str()); // the good links
        }
        QCOMPARE(htmlCount, 2); // `<b>` and `</b>`, not the one in backticks
        QCOMPARE(badLinks, 2);
        const Diagnostic* image = findCode(load.diagnostics, "LESSON_REMOTE_IMAGE");
        QVERIFY(image);
        QCOMPARE(image->severity, Severity::Error);
        const Diagnostic* external = findCode(load.diagnostics, "LESSON_EXTERNAL_LINK");
        QVERIFY(external);
        QCOMPARE(external->span.line, 9);
        QCOMPARE(external->severity, Severity::Warning);
        verifyStyle(load.diagnostics);
    }

    void wordsCountProseOnly()
    {
        const LessonLoad load = parseBody("# A title of five words\n\n"
                                          "One two three.\n\n"
                                          "- four\n- five, six\n\n"
                                          "| seven | eight |\n| --- | --- |\n\n"
                                          "```json\n{\"not\": \"counted\"}\n```\n\n"
                                          "::: widget checklist\n\n"
                                          "## Nine ten\n\n"
                                          "`eleven` — twelve, naïve → thirteen.\n");
        QVERIFY2(load.ok(), describe(load.diagnostics).c_str());
        QCOMPARE(countLessonWords(load.lesson), std::size_t(14));
        QCOMPARE(countLessonWords(Lesson {}), std::size_t(0));
    }

    void noInputMakesItThrow()
    {
        const std::string inputs[] = {
            "",
            "---",
            "---\n---",
            "\xEF\xBB\xBF",
            ":::",
            "# ",
            "---\nsummary: x\nminutes: 99999999999999999999\n---\n# T\n",
            std::string("---\n\0\n---\n# \xFF\xFE\n::: widget \xC3\n", 30),
            "[link](iam:\n![x](",
        };
        for (const std::string& input : inputs) {
            const LessonLoad load = parseLesson("x", input);
            QVERIFY(!load.ok());
            verifyStyle(load.diagnostics);
        }
    }

    void randomTextGivesPositionsInsideTheText()
    {
        // Pieces of the format glued at random: whatever an editor leaves behind, every diagnostic must point
        // inside the text (the page highlights it) and blocks must come in file order.
        const char* pieces[] = { "---\n", "summary: s\n", "minutes: 4\n", "# T\n", "## S\n", ":::", " widget",
            " question", " compare", " table=", "users-vs-roles", " a/b", "```\n", "\r\n", "\n", "\xEF\xBB\xBF", "<b>",
            "](iam:page/x)", "](http://x)", "![i", "caf\xC3\xA9 ", "\xE2\x80\x94", "\xC3", "=", " " };
        std::uint32_t seed = 12345;
        auto next = [&seed] {
            seed = seed * 1664525u + 1013904223u;
            return seed >> 8;
        };
        for (int round = 0; round < 3000; ++round) {
            std::string text;
            const std::uint32_t count = next() % 24;
            for (std::uint32_t i = 0; i < count; ++i)
                text += pieces[next() % std::size(pieces)];
            const LessonLoad load = parseLesson("x", text);
            for (const auto& diagnostic : load.diagnostics) {
                QVERIFY2(diagnostic.span.isKnown(), diagnostic.code.c_str());
                QVERIFY2(diagnostic.span.offset + diagnostic.span.length <= text.size(), diagnostic.code.c_str());
            }
            for (std::size_t i = 1; i < load.lesson.blocks.size(); ++i)
                QVERIFY(load.lesson.blocks[i - 1].line <= load.lesson.blocks[i].line);
            for (const auto& section : load.lesson.sections)
                QVERIFY(section.blockIndex < load.lesson.blocks.size());
        }
    }

    void theCatalogIsConsistent()
    {
        // The page implements exactly these; the README documents them. A default must be an allowed value.
        QCOMPARE(lessonWidgetSpecs().size(), std::size_t(8));
        for (const auto& spec : lessonWidgetSpecs()) {
            QCOMPARE(findLessonWidgetSpec(spec.id), &spec);
            for (const auto& option : spec.options) {
                if (!option.values.empty() && !option.defaultValue.empty()) {
                    QVERIFY2(std::find(option.values.begin(), option.values.end(), option.defaultValue)
                            != option.values.end(),
                        option.key.c_str());
                }
            }
        }
        QVERIFY(!findLessonWidgetSpec("Building"));
    }
};

QTEST_APPLESS_MAIN(tst_Lesson)
#include "tst_Lesson.moc"
