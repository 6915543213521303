#include <string>

#include <QTest>

#include "core/eval/Evaluator.h"
#include "core/learn/LessonWidgetData.h"
#include "tests/support/DiagnosticStyle.h"
#include "tests/support/TestDiagnostics.h"

using namespace iam;
using iam::test::findCode;
using iam::test::findPointer;

namespace {

std::string describe(const std::vector<Diagnostic>& diagnostics)
{
    std::string text;
    for (const auto& diagnostic : diagnostics)
        text += "\n  " + formatDiagnosticLine("widget.json", diagnostic) + " at " + diagnostic.pointer;
    return text;
}

void verifyStyle(const std::vector<Diagnostic>& diagnostics)
{
    for (const auto& diagnostic : diagnostics) {
        const std::string problem = test::diagnosticStyleProblem(diagnostic);
        QVERIFY2(problem.empty(), (diagnostic.code + ": " + problem).c_str());
    }
}

const char* kRequest = R"({
    "id": "read",
    "title": "Alice reads",
    "story": "Alice reads a file.",
    "modes": ["basic"],
    "simulation": {
        "policies": {"identity": [{"Version": "2012-10-17", "Statement": [
            {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/f"}]}]},
        "request": {"principal": "arn:aws:iam::111122223333:user/alice", "action": "s3:GetObject",
                    "resource": "arn:aws:s3:::b/f"}
    },
    "expect": "allowed",
    "explanation": "It is allowed."
})";

} // namespace

// The widgets' content files (resources/lessons/widgets): an instructor's typo must be reported at its place,
// and one bad entry must not empty a widget.
class tst_LessonWidgetData : public QObject {
    Q_OBJECT

private slots:
    void topicListsKeepGoodItemsAndReportBadOnes()
    {
        const std::string text = R"({"items": [
    {"id": "root-mfa", "title": "Root has MFA", "text": "Why."},
    {"id": "root-mfa", "title": "Again", "text": "Twice."},
    {"id": "no spaces", "title": "T", "text": "X."},
    {"id": "no-title", "text": "X."},
    {"id": "empty-text", "title": "T", "text": ""},
    {"id": "cloudtrail", "title": "CloudTrail is on", "aws": "AWS CloudTrail", "text": "Logs."}
]})";
        std::vector<Diagnostic> diagnostics;
        const auto items = readLessonTopicList(text, diagnostics);
        QCOMPARE(items.size(), std::size_t(2));
        QCOMPARE(items[0], (LessonTopic { "root-mfa", "Root has MFA", "", "Why." }));
        QCOMPARE(items[1], (LessonTopic { "cloudtrail", "CloudTrail is on", "AWS CloudTrail", "Logs." }));
        QCOMPARE(diagnostics.size(), std::size_t(4));

        const Diagnostic* duplicate = findCode(diagnostics, "LESSON_DATA_DUPLICATE_ID");
        QVERIFY(duplicate);
        QCOMPARE(duplicate->pointer, std::string("/items/1/id"));
        QCOMPARE(duplicate->span.line, 3);
        QVERIFY(findPointer(diagnostics, "/items/2/id"));
        const Diagnostic* missing = findCode(diagnostics, "LESSON_DATA_MISSING_FIELD");
        QVERIFY(missing);
        QCOMPARE(missing->message, std::string("there is no `title`"));
        QCOMPARE(missing->pointer, std::string("/items/3"));
        QVERIFY(findPointer(diagnostics, "/items/4/text"));
        verifyStyle(diagnostics);
    }

    void wrongShapesAndSyntaxErrorsAreReported()
    {
        std::vector<Diagnostic> diagnostics;
        QVERIFY(readLessonTopicList("{\"items\": [", diagnostics).empty());
        QCOMPARE(diagnostics.front().code, std::string("JSON_SYNTAX_ERROR"));
        diagnostics.clear();
        QVERIFY(readLessonTopicList("[]", diagnostics).empty());
        QCOMPARE(diagnostics.front().code, std::string("INVALID_ELEMENT_TYPE"));
        diagnostics.clear();
        QVERIFY(readLessonTopicList("{\"items\": []}", diagnostics).empty());
        QCOMPARE(diagnostics.front().code, std::string("LESSON_DATA_EMPTY_FIELD"));
        diagnostics.clear();
        QVERIFY(readLessonTopicList("{\"items\": [7]}", diagnostics).empty());
        QCOMPARE(diagnostics.front().pointer, std::string("/items/0"));
        diagnostics.clear();
        QVERIFY(!readLessonCompareTable("", diagnostics));
        QVERIFY(!readLessonBuilding("null", diagnostics));
        QVERIFY(!readLessonEvaluationFlow("{\"requests\": {}}", diagnostics));
        QVERIFY(!readLessonPolicyAnatomy("{}", diagnostics));
        QVERIFY(!readLessonArnDissector("{\"parts\": 1, \"examples\": []}", diagnostics));
        QVERIFY(hasErrors(diagnostics));
    }

    void compareTablesNeedOneCellPerColumn()
    {
        const std::string good = R"({"title": "Keys or roles", "columns": ["Keys", "Roles"],
            "rows": [{"label": "Lifetime", "cells": ["Long", "Short"]}]})";
        std::vector<Diagnostic> diagnostics;
        const auto table = readLessonCompareTable(good, diagnostics);
        QVERIFY2(table, describe(diagnostics).c_str());
        QCOMPARE(table->columns, (std::vector<std::string> { "Keys", "Roles" }));
        QCOMPARE(table->rows.size(), std::size_t(1));
        QCOMPARE(table->rows[0], (LessonCompareTable::Row { "Lifetime", { "Long", "Short" } }));
        QVERIFY(table->note.empty());

        const std::string ragged = R"({"title": "T", "columns": ["A", "B", "C"],
            "rows": [{"label": "Row", "cells": ["1", "2"]}], "note": "N."})";
        QVERIFY(!readLessonCompareTable(ragged, diagnostics));
        const Diagnostic* width = findCode(diagnostics, "LESSON_DATA_ROW_WIDTH");
        QVERIFY(width);
        QCOMPARE(width->pointer, std::string("/rows/0/cells"));
        QCOMPARE(width->message, std::string("the row `Row` has 2 cells for 3 columns"));
        QCOMPARE(width->span.line, 2);
        verifyStyle(diagnostics);
    }

    void preparedRequestsCarryARealSimulation()
    {
        const std::string text = std::string("{\"requests\": [") + kRequest + "]}";
        std::vector<Diagnostic> diagnostics;
        const auto flow = readLessonEvaluationFlow(text, diagnostics);
        QVERIFY2(flow, describe(diagnostics).c_str());
        QVERIFY(diagnostics.empty());
        QCOMPARE(flow->requests.size(), std::size_t(1));
        const LessonPreparedRequest& request = flow->requests.front();
        QCOMPARE(request.expected, Decision::Allowed);
        QCOMPARE(request.simulation.request.action, std::string("s3:GetObject"));
        QCOMPARE(evaluate(request.simulation).decision, Decision::Allowed);
        QCOMPARE(flow->requestsFor("basic").size(), std::size_t(1));
        QVERIFY(flow->requestsFor("full").empty());
    }

    void problemsInsideAnEmbeddedSimulationPointIntoTheLessonFile()
    {
        std::string broken = kRequest;
        broken.replace(broken.find("\"Allow\""), 7, "\"Alow\"");
        broken.replace(broken.find("\"allowed\""), 9, "\"allow\"");
        broken.replace(broken.find("[\"basic\"]"), 9, "[\"basic\", \"expert\"]");
        const std::string text = std::string("{\"requests\": [") + broken + "]}";
        std::vector<Diagnostic> diagnostics;
        QVERIFY(!readLessonEvaluationFlow(text, diagnostics));

        const Diagnostic* effect
            = findPointer(diagnostics, "/requests/0/simulation/policies/identity/0/Statement/0/Effect");
        QVERIFY2(effect, describe(diagnostics).c_str());
        QCOMPARE(effect->span.line, 8);
        QVERIFY(effect->span.column > 1);
        const Diagnostic* decision = findCode(diagnostics, "LESSON_DATA_BAD_DECISION");
        QVERIFY(decision);
        QCOMPARE(decision->pointer, std::string("/requests/0/expect"));
        const Diagnostic* mode = findCode(diagnostics, "LESSON_DATA_BAD_MODE");
        QVERIFY(mode);
        QCOMPARE(mode->pointer, std::string("/requests/0/modes/1"));
        // Sorted top to bottom, as in the file.
        for (std::size_t i = 1; i < diagnostics.size(); ++i)
            QVERIFY(diagnostics[i - 1].span.offset <= diagnostics[i].span.offset);
    }

    void buildingWalksNameABadge()
    {
        std::string walk = kRequest;
        walk.replace(walk.find("\"modes\": [\"basic\"],"), 19, "\"badge\": \"visitor-badge\", \"door\": \"Reports\",");
        const std::string text
            = std::string(R"({"parts": [{"id": "door", "title": "A door", "aws": "An action", "text": "T."}],
            "walks": [)")
            + walk + "]}";
        std::vector<Diagnostic> diagnostics;
        QVERIFY(!readLessonBuilding(text, diagnostics));
        const Diagnostic* badge = findCode(diagnostics, "LESSON_DATA_BAD_BADGE");
        QVERIFY(badge);
        QCOMPARE(badge->pointer, std::string("/walks/0/badge"));
        verifyStyle(diagnostics);

        diagnostics.clear();
        walk.replace(walk.find("visitor-badge"), 13, "employee-badge");
        const auto building = readLessonBuilding(
            std::string(R"({"parts": [{"id": "door", "title": "A door", "aws": "An action", "text": "T."}],
            "walks": [)")
                + walk + "]}",
            diagnostics);
        QVERIFY2(building, describe(diagnostics).c_str());
        QCOMPARE(building->parts.front().aws, std::string("An action"));
        QCOMPARE(building->walks.front().badge, std::string("employee-badge"));
        QCOMPARE(building->walks.front().door, std::string("Reports"));
    }

    void thePolicyAnatomyExampleMustBeAValidPolicy()
    {
        const std::string parts = R"("parts": [{"id": "Effect", "title": "Effect", "text": "Yes or no."}])";
        std::vector<Diagnostic> diagnostics;
        const auto anatomy = readLessonPolicyAnatomy(
            R"({"policy": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}, )"
                + parts + "}",
            diagnostics);
        QVERIFY2(anatomy, describe(diagnostics).c_str());
        // Shown as the console shows policies: four spaces, keys in the author's order.
        QVERIFY(anatomy->policyText.find("{\n    \"Version\": \"2012-10-17\",\n    \"Statement\"") == 0);

        QVERIFY(!readLessonPolicyAnatomy(
            R"({"policy": {"Version": "2012-10-17", "Statement": [{"Effect": "Maybe", "Action": "s3:GetObject", "Resource": "*"}]}, )"
                + parts + "}",
            diagnostics));
        QVERIFY(findPointer(diagnostics, "/policy/Statement/0/Effect"));
    }

    void dataFilesAreNamedAfterTheirWidget()
    {
        QCOMPARE(lessonWidgetDataFile("compare", "keys-vs-roles"), std::string("widgets/compare-keys-vs-roles.json"));
        QCOMPARE(lessonWidgetDataFile("checklist"), std::string("widgets/checklist.json"));
        QCOMPARE(lessonWidgetDataFile("evaluation-flow"), std::string("widgets/evaluation-flow.json"));
        QVERIFY(lessonWidgetDataFile("compare").empty());
        QVERIFY(lessonWidgetDataFile("nonsense").empty());
    }
};

QTEST_APPLESS_MAIN(tst_LessonWidgetData)
#include "tst_LessonWidgetData.moc"
