#include <algorithm>
#include <map>
#include <set>
#include <string>

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

#include "core/eval/Evaluator.h"
#include "core/learn/Lesson.h"
#include "core/learn/LessonWidgetCatalog.h"
#include "core/learn/LessonWidgetData.h"
#include "core/templates/PolicyTemplateIndex.h"
#include "tests/support/TestFiles.h"

using namespace iam;

namespace {

const QString kLessonsDir = QStringLiteral(IAM_SOURCE_DIR "/resources/lessons");

std::string describe(const std::string& file, const std::vector<Diagnostic>& diagnostics)
{
    std::string text;
    for (const auto& diagnostic : diagnostics)
        text += "\n  " + formatDiagnosticLine(file, diagnostic)
            + (diagnostic.pointer.empty() ? "" : " at " + diagnostic.pointer);
    return text;
}

std::string readLessonFile(const QString& relative)
{
    return test::readFileBytes(kLessonsDir + '/' + relative);
}

QStringList chapterPaths()
{
    return test::filesIn(kLessonsDir, QStringLiteral("[0-9][0-9]-*.md"));
}

std::string chapterId(const QString& path)
{
    return QFileInfo(path).completeBaseName().toStdString();
}

std::set<std::string> topicIds(const std::vector<LessonTopic>& topics)
{
    std::set<std::string> ids;
    for (const auto& topic : topics)
        ids.insert(topic.id);
    return ids;
}

std::string optionValue(const LessonBlock& block, const std::string& key)
{
    for (const auto& [name, value] : block.options) {
        if (name == key)
            return value;
    }
    return {};
}

// The engine decides every prepared request; the lesson's words must agree with it.
std::string decisionMismatches(const std::vector<LessonPreparedRequest>& requests)
{
    std::string failures;
    for (const auto& request : requests) {
        const Decision decided = evaluate(request.simulation).decision;
        if (decided != request.expected) {
            failures += "\n  " + request.id + ": the engine decides " + std::string(decisionName(decided))
                + ", the lesson says " + std::string(decisionName(request.expected));
        }
    }
    return failures;
}

} // namespace

// Everything shipped in resources/lessons: the chapters a beginner reads first, and the content of their
// widgets. A broken directive would silently drop a widget, and a wrong `expect` would teach a decision AWS
// never makes, so both fail here.
class tst_Lessons : public QObject {
    Q_OBJECT

private slots:
    void theEightChaptersAreThereInOrder()
    {
        const QStringList paths = chapterPaths();
        QCOMPARE(paths.size(), 8);
        for (int i = 0; i < paths.size(); ++i)
            QVERIFY2(QFileInfo(paths[i]).fileName().startsWith(QStringLiteral("%1-").arg(i + 1, 2, 10, QChar('0'))),
                qPrintable(paths[i]));
    }

    void everyChapterReadsCleanly_data() { test::addPathRows(kLessonsDir, QStringLiteral("[0-9][0-9]-*.md")); }

    void everyChapterReadsCleanly()
    {
        QFETCH(QString, path);
        const std::string id = chapterId(path);
        const LessonLoad load = parseLesson(id, test::readFileBytes(path));
        QVERIFY2(load.diagnostics.empty(), describe(id + ".md", load.diagnostics).c_str());
        const Lesson& lesson = load.lesson;
        QCOMPARE(lesson.id, id);
        QVERIFY(!lesson.title.empty());
        QVERIFY2(lesson.summary.back() == '.', lesson.summary.c_str());
        QVERIFY(lesson.minutes >= 3 && lesson.minutes <= 12);
        QVERIFY(lesson.sections.size() >= 3);

        // A real lesson: 500 to 1,000 words of prose, and a reading time that matches it.
        const std::size_t words = countLessonWords(lesson);
        QVERIFY2(words >= 500 && words <= 1000, qPrintable(QStringLiteral("%1 words").arg(words)));
        QVERIFY2(std::abs(static_cast<int>(words) / 150 - lesson.minutes) <= 3,
            qPrintable(QStringLiteral("%1 words for %2 minutes").arg(words).arg(lesson.minutes)));

        std::size_t widgets = 0;
        std::size_t questions = 0;
        for (const auto& block : lesson.blocks) {
            widgets += block.kind == LessonBlock::Kind::Widget;
            questions += block.kind == LessonBlock::Kind::Question;
        }
        QVERIFY(widgets >= 1);
        QVERIFY2(questions >= 2 && questions <= 3, qPrintable(QStringLiteral("%1 questions").arg(questions)));
        // The check questions close the chapter.
        for (std::size_t i = lesson.blocks.size() - questions; i < lesson.blocks.size(); ++i)
            QVERIFY2(lesson.blocks[i].kind == LessonBlock::Kind::Question, id.c_str());
    }

    void widgetOptionsNameThingsThatExist()
    {
        std::vector<Diagnostic> diagnostics;
        const auto building = readLessonBuilding(readLessonFile("widgets/building.json"), diagnostics);
        const auto properties = readLessonTopicList(readLessonFile("widgets/user-properties.json"), diagnostics);
        const auto flow = readLessonEvaluationFlow(readLessonFile("widgets/evaluation-flow.json"), diagnostics);
        QVERIFY2(building && flow && diagnostics.empty(), describe("widgets", diagnostics).c_str());

        std::set<std::string> usedFiles;
        for (const QString& path : chapterPaths()) {
            const std::string id = chapterId(path);
            const LessonLoad load = parseLesson(id, test::readFileBytes(path));
            for (const auto& block : load.lesson.blocks) {
                if (block.kind != LessonBlock::Kind::Widget)
                    continue;
                const std::string where = id + ":" + std::to_string(block.line);
                const std::string file = lessonWidgetDataFile(block.text, optionValue(block, "table"));
                QVERIFY2(QFileInfo::exists(kLessonsDir + '/' + QString::fromStdString(file)), where.c_str());
                usedFiles.insert(file);
                if (block.text == "building" && !optionValue(block, "focus").empty())
                    QVERIFY2(topicIds(building->parts).count(optionValue(block, "focus")), where.c_str());
                if (block.text == "user-properties" && !optionValue(block, "open").empty())
                    QVERIFY2(topicIds(properties).count(optionValue(block, "open")), where.c_str());
                if (block.text == "evaluation-flow" && !optionValue(block, "request").empty()) {
                    const std::string mode = optionValue(block, "mode").empty() ? "basic" : optionValue(block, "mode");
                    const auto shown = flow->requestsFor(mode);
                    QVERIFY2(std::any_of(shown.begin(), shown.end(),
                                 [&](const auto* request) { return request->id == optionValue(block, "request"); }),
                        where.c_str());
                }
            }
        }
        // Every data file in the folder is shown somewhere: nothing an instructor edits is dead.
        for (const QString& path : test::filesIn(kLessonsDir + "/widgets", QStringLiteral("*.json"))) {
            const std::string file = "widgets/" + QFileInfo(path).fileName().toStdString();
            QVERIFY2(usedFiles.count(file), (file + " is used by no chapter").c_str());
        }
    }

    void linksLeadToChaptersAndTemplates()
    {
        std::vector<Diagnostic> diagnostics;
        std::set<std::string> templates;
        for (const auto& entry : readPolicyTemplateIndex(
                 test::readFileBytes(IAM_SOURCE_DIR "/resources/templates/templates.json"), diagnostics))
            templates.insert(entry.id);
        std::set<std::string> chapters;
        for (const QString& path : chapterPaths())
            chapters.insert(chapterId(path));

        const QRegularExpression link(QStringLiteral(R"(\]\((iam:[^)]*)\))"));
        int links = 0;
        for (const QString& path : chapterPaths()) {
            const QString text = QString::fromStdString(test::readFileBytes(path));
            auto matches = link.globalMatch(text);
            while (matches.hasNext()) {
                const QString target = matches.next().captured(1);
                ++links;
                if (target.startsWith(QLatin1String("iam:lesson/"))) {
                    const QString chapter = target.mid(11).section('#', 0, 0);
                    QVERIFY2(chapters.count(chapter.toStdString()), qPrintable(path + ": " + target));
                }
                const int templateAt = target.indexOf(QLatin1String("template="));
                if (templateAt >= 0)
                    QVERIFY2(
                        templates.count(target.mid(templateAt + 9).toStdString()), qPrintable(path + ": " + target));
            }
        }
        QVERIFY(links >= 8); // every chapter sends the reader to try something
    }

    void questionIdsAreUniqueAcrossChapters()
    {
        std::map<std::string, std::string> seen;
        for (const QString& path : chapterPaths()) {
            const std::string id = chapterId(path);
            for (const auto& block : parseLesson(id, test::readFileBytes(path)).lesson.blocks) {
                if (block.kind != LessonBlock::Kind::Question)
                    continue;
                const auto [it, inserted] = seen.emplace(block.text, id);
                QVERIFY2(inserted, (block.text + " is asked in " + it->second + " and " + id).c_str());
            }
        }
        // The README lists them for the quiz author.
        const std::string readme = readLessonFile("README.md");
        for (const auto& [question, chapter] : seen)
            QVERIFY2(readme.find("`" + question + "`") != std::string::npos, question.c_str());
    }

    void everyWidgetIsDocumented()
    {
        const std::string readme = readLessonFile("README.md");
        for (const auto& spec : lessonWidgetSpecs()) {
            QVERIFY2(readme.find("::: widget " + spec.id) != std::string::npos, spec.id.c_str());
            for (const auto& option : spec.options)
                QVERIFY2(
                    readme.find("`" + option.key + "=") != std::string::npos, (spec.id + " " + option.key).c_str());
        }
    }

    void topicListsAreComplete()
    {
        std::vector<Diagnostic> diagnostics;
        const auto checklist = readLessonTopicList(readLessonFile("widgets/checklist.json"), diagnostics);
        const auto rules = readLessonTopicList(readLessonFile("widgets/golden-rules.json"), diagnostics);
        const auto properties = readLessonTopicList(readLessonFile("widgets/user-properties.json"), diagnostics);
        QVERIFY2(diagnostics.empty(), describe("widgets", diagnostics).c_str());
        QCOMPARE(checklist.size(), std::size_t(10));
        QCOMPARE(rules.size(), std::size_t(5));
        QCOMPARE(
            topicIds(properties), (std::set<std::string> { "credentials", "permissions", "groups", "mfa", "root" }));
        for (const auto* list : { &checklist, &rules, &properties }) {
            for (const auto& topic : *list)
                QVERIFY2(topic.text.back() == '.', topic.id.c_str());
        }
    }

    void compareTablesRead_data()
    {
        QTest::addColumn<QString>("file");
        for (const char* table : { "users-vs-roles", "managed-vs-inline", "keys-vs-roles" })
            QTest::newRow(table) << QString::fromStdString(lessonWidgetDataFile("compare", table));
    }

    void compareTablesRead()
    {
        QFETCH(QString, file);
        std::vector<Diagnostic> diagnostics;
        const auto table = readLessonCompareTable(readLessonFile(file), diagnostics);
        QVERIFY2(table && diagnostics.empty(), describe(file.toStdString(), diagnostics).c_str());
        QVERIFY(table->columns.size() >= 2);
        QVERIFY(table->rows.size() >= 4);
    }

    void theBuildingHasEveryDrawnPartAndHonestWalks()
    {
        std::vector<Diagnostic> diagnostics;
        const auto building = readLessonBuilding(readLessonFile("widgets/building.json"), diagnostics);
        QVERIFY2(building && diagnostics.empty(), describe("building.json", diagnostics).c_str());
        QCOMPARE(topicIds(building->parts),
            (std::set<std::string> { "building", "reception", "employee-badge", "contractor-badge", "badge-drawer",
                "door", "access-list", "room", "master-key", "house-rules" }));
        for (const auto& part : building->parts)
            QVERIFY2(!part.aws.empty(), part.id.c_str());
        const std::string failures = decisionMismatches(building->walks);
        QVERIFY2(failures.empty(), failures.c_str());
        // The walk shows all three outcomes, and both kinds of badge.
        std::set<Decision> decisions;
        std::set<std::string> badges;
        for (const auto& walk : building->walks) {
            decisions.insert(walk.expected);
            badges.insert(walk.badge);
        }
        QCOMPARE(decisions.size(), std::size_t(3));
        QCOMPARE(badges.size(), std::size_t(2));
    }

    void theEvaluationFlowAgreesWithTheEngine()
    {
        std::vector<Diagnostic> diagnostics;
        const auto flow = readLessonEvaluationFlow(readLessonFile("widgets/evaluation-flow.json"), diagnostics);
        QVERIFY2(flow && diagnostics.empty(), describe("evaluation-flow.json", diagnostics).c_str());
        const std::string failures = decisionMismatches(flow->requests);
        QVERIFY2(failures.empty(), failures.c_str());

        // Basic mode stays with identity-based policies; the full mode shows every other policy type at work.
        std::set<Decision> basicDecisions;
        for (const auto* request : flow->requestsFor("basic")) {
            const Simulation& simulation = request->simulation;
            QVERIFY2(!simulation.resource && !simulation.permissionBoundary && !simulation.scp && !simulation.rcp
                    && !simulation.session,
                request->id.c_str());
            basicDecisions.insert(request->expected);
        }
        QCOMPARE(basicDecisions.size(), std::size_t(3));
        bool scp = false, boundary = false, session = false, resource = false, crossAccount = false;
        for (const auto* request : flow->requestsFor("full")) {
            const Simulation& simulation = request->simulation;
            scp = scp || simulation.scp.has_value();
            boundary = boundary || simulation.permissionBoundary.has_value();
            session = session || simulation.session.has_value();
            resource = resource || simulation.resource.has_value();
            crossAccount = crossAccount || simulation.request.resourceAccount.has_value();
        }
        QVERIFY(scp && boundary && session && resource && crossAccount);
    }

    void theDissectorAndTheAnatomyExplainEveryPart()
    {
        std::vector<Diagnostic> diagnostics;
        const auto dissector = readLessonArnDissector(readLessonFile("widgets/arn-dissector.json"), diagnostics);
        const auto anatomy = readLessonPolicyAnatomy(readLessonFile("widgets/policy-anatomy.json"), diagnostics);
        QVERIFY2(dissector && anatomy && diagnostics.empty(), describe("widgets", diagnostics).c_str());
        QCOMPARE(topicIds(dissector->parts),
            (std::set<std::string> { "prefix", "partition", "service", "region", "account", "resource" }));
        QVERIFY(dissector->examples.size() >= 8);
        for (const auto& part : anatomy->parts)
            QVERIFY2(anatomy->policyText.find("\"" + part.id + "\"") != std::string::npos, part.id.c_str());
        QCOMPARE(anatomy->parts.size(), std::size_t(7));
    }
};

QTEST_APPLESS_MAIN(tst_Lessons)
#include "tst_Lessons.moc"
