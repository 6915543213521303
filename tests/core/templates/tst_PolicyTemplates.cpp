#include <set>
#include <string>

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

#include "core/catalog/Catalog.h"
#include "core/lint/Linter.h"
#include "core/policy/Arn.h"
#include "core/policy/PolicyParser.h"
#include "core/templates/PolicyTemplateIndex.h"
#include "tests/support/DiagnosticStyle.h"
#include "tests/support/TestDiagnostics.h"
#include "tests/support/TestFiles.h"

using namespace iam;
using iam::test::findCode;

namespace {

const QString kTemplatesDir = QStringLiteral(IAM_SOURCE_DIR "/resources/templates");

std::string templateText(const PolicyTemplate& entry)
{
    return test::readFileBytes(kTemplatesDir + '/' + QString::fromStdString(entry.file));
}

std::vector<PolicyTemplate> shippedIndex(std::vector<Diagnostic>& diagnostics)
{
    return readPolicyTemplateIndex(test::readFileBytes(kTemplatesDir + "/templates.json"), diagnostics);
}

std::string describe(const std::vector<Diagnostic>& diagnostics)
{
    std::string text;
    for (const auto& diagnostic : diagnostics)
        text += "\n  " + formatDiagnosticLine("templates.json", diagnostic);
    return text;
}

}  // namespace

// The gallery behind "New from template": every template we ship must read, exist and lint clean,
// or the first thing a beginner opens would teach them a finding.
class tst_PolicyTemplates : public QObject {
    Q_OBJECT

private slots:
    void shippedIndexReadsWithoutProblems()
    {
        std::vector<Diagnostic> diagnostics;
        const auto templates = shippedIndex(diagnostics);
        QVERIFY2(diagnostics.empty(), describe(diagnostics).c_str());
        QCOMPARE(templates.size(), std::size_t(9));
        std::set<PolicyKind> kinds;
        for (const auto& entry : templates) {
            QVERIFY2(QFileInfo::exists(kTemplatesDir + '/' + QString::fromStdString(entry.file)), entry.file.c_str());
            QVERIFY(!entry.title.empty());
            QVERIFY2(entry.description.back() == '.', entry.id.c_str());
            kinds.insert(entry.kind);
        }
        // The gallery promises trust policies and an SCP, not only identity policies.
        QCOMPARE(kinds, (std::set<PolicyKind>{PolicyKind::Identity, PolicyKind::Trust, PolicyKind::Scp}));
        QCOMPARE(templates.front().id, std::string("s3-read-only-bucket"));
    }

    void everyTemplateLintsWithNoFindingForItsKind()
    {
        std::vector<Diagnostic> diagnostics;
        std::string failures;
        for (const auto& entry : shippedIndex(diagnostics)) {
            const std::string text = templateText(entry);
            for (const auto& finding : lint(text, entry.kind, &Catalog::builtIn()))
                failures += "\n  " + formatDiagnosticLine(entry.file, finding);
        }
        QVERIFY2(failures.empty(), failures.c_str());
    }

    void everyFileInTheFolderIsListedOnce()
    {
        std::vector<Diagnostic> diagnostics;
        std::set<QString> listed;
        for (const auto& entry : shippedIndex(diagnostics))
            QVERIFY2(listed.insert(QString::fromStdString(entry.file)).second, entry.file.c_str());
        const QStringList files = QDir(kTemplatesDir).entryList(QDir::Files);
        for (const QString& file : files) {
            if (file != QLatin1String("templates.json"))
                QVERIFY2(listed.count(file) == 1, qPrintable(file + " is in the folder but not in templates.json"));
        }
        QCOMPARE(std::size_t(files.size()), listed.size() + 1);
    }

    void everyTemplateIsCompiledIntoTheApp()
    {
        // The gallery reads the templates from the Qt resources: a file missing from the .qrc is a blank card.
        const QString qrc = QString::fromStdString(test::readFileBytes(IAM_SOURCE_DIR "/resources/resources.qrc"));
        std::vector<Diagnostic> diagnostics;
        QVERIFY(qrc.contains("<file>templates/templates.json</file>"));
        for (const auto& entry : shippedIndex(diagnostics))
            QVERIFY2(qrc.contains("<file>templates/" + QString::fromStdString(entry.file) + "</file>"), entry.file.c_str());
    }

    void templatesAreWrittenTheWayTheConsoleShowsThem()
    {
        std::vector<Diagnostic> diagnostics;
        const QRegularExpression indent(QStringLiteral("^( *)\\S"), QRegularExpression::MultilineOption);
        for (const auto& entry : shippedIndex(diagnostics)) {
            const std::string text = templateText(entry);
            // Four-space indent, as the AWS console writes policies.
            auto match = indent.globalMatch(QString::fromStdString(text));
            while (match.hasNext())
                QVERIFY2(match.next().capturedLength(1) % 4 == 0, entry.file.c_str());
            const PolicyParseResult parsed = parsePolicy(text);
            QVERIFY2(parsed.ok(), entry.file.c_str());
            QCOMPARE(parsed.policy->version, std::optional<std::string>(kPolicyVersion2012));
            for (const auto& statement : parsed.policy->statements) {
                QVERIFY2(statement.sid.has_value(), entry.file.c_str());
                // Only AWS's documentation accounts, so nobody's real account ends up in a template.
                for (const auto* list : {&statement.resource, &statement.notResource}) {
                    if (!*list)
                        continue;
                    for (const auto& value : (*list)->values) {
                        if (value == "*")
                            continue;
                        const auto arn = parseArn(value).arn;
                        QVERIFY2(arn.has_value(), value.c_str());
                        QVERIFY2(arn->account.empty() || arn->account == "111122223333" || arn->account == "*",
                                 value.c_str());
                    }
                }
            }
        }
    }

    void textThatIsNotJsonIsReportedNotThrown()
    {
        std::vector<Diagnostic> diagnostics;
        QVERIFY(readPolicyTemplateIndex("{\"templates\": [", diagnostics).empty());
        QCOMPARE(diagnostics.size(), std::size_t(1));
        QCOMPARE(diagnostics.front().code, std::string("JSON_SYNTAX_ERROR"));
        diagnostics.clear();
        QVERIFY(readPolicyTemplateIndex("", diagnostics).empty());
        QVERIFY(hasErrors(diagnostics));
    }

    void wrongShapesAreReportedWithTheirPointer()
    {
        std::vector<Diagnostic> diagnostics;
        QVERIFY(readPolicyTemplateIndex("[]", diagnostics).empty());
        QCOMPARE(diagnostics.size(), std::size_t(1));
        QCOMPARE(diagnostics.front().code, std::string("INVALID_ELEMENT_TYPE"));
        diagnostics.clear();
        QVERIFY(readPolicyTemplateIndex("{}", diagnostics).empty());
        QCOMPARE(diagnostics.size(), std::size_t(1));
        QCOMPARE(diagnostics.front().code, std::string("TEMPLATE_INDEX_MISSING_FIELD"));
        diagnostics.clear();
        QVERIFY(readPolicyTemplateIndex("{\"templates\": {}}", diagnostics).empty());
        QCOMPARE(diagnostics.size(), std::size_t(1));
        QCOMPARE(diagnostics.front().pointer, std::string("/templates"));
    }

    void badEntriesAreReportedAndTheGoodOnesKept()
    {
        const std::string text = R"({"templates": [
  {"id": "a", "title": "A", "description": "First.", "kind": "identity", "file": "a.json"},
  {"id": "b", "title": "B", "description": "Second.", "kind": "trsut", "file": "b.json"},
  {"id": "c", "title": "C", "kind": "scp", "file": "c.json"},
  {"id": "d", "title": "D", "description": "Fourth.", "kind": "scp", "file": "../d.json"},
  {"id": "a", "title": "A again", "description": "Fifth.", "kind": "identity", "file": "e.json"},
  "f",
  {"id": 7, "title": "G", "description": "Seventh.", "kind": "trust", "file": "g.json"},
  {"id": "h", "title": "H", "description": "Eighth.", "kind": "trust", "file": "h.json"}
]})";
        std::vector<Diagnostic> diagnostics;
        const auto templates = readPolicyTemplateIndex(text, diagnostics);
        QCOMPARE(templates.size(), std::size_t(2));
        QCOMPARE(templates[0], (PolicyTemplate{"a", "A", "First.", PolicyKind::Identity, "a.json"}));
        QCOMPARE(templates[1], (PolicyTemplate{"h", "H", "Eighth.", PolicyKind::Trust, "h.json"}));
        QCOMPARE(diagnostics.size(), std::size_t(6));

        const Diagnostic* kind = findCode(diagnostics, "TEMPLATE_INDEX_UNKNOWN_KIND");
        QVERIFY(kind);
        QCOMPARE(kind->pointer, std::string("/templates/1/kind"));
        QCOMPARE(kind->message, std::string("`trsut` is not a policy kind"));
        QVERIFY(kind->help.find("did you mean `trust`?") != std::string::npos);
        QCOMPARE(kind->span.line, 3);

        const Diagnostic* missing = findCode(diagnostics, "TEMPLATE_INDEX_MISSING_FIELD");
        QVERIFY(missing);
        QCOMPARE(missing->pointer, std::string("/templates/2"));
        QCOMPARE(missing->message, std::string("the template has no `description`"));

        const Diagnostic* file = findCode(diagnostics, "TEMPLATE_INDEX_BAD_FILE");
        QVERIFY(file);
        QCOMPARE(file->pointer, std::string("/templates/3/file"));

        const Diagnostic* duplicate = findCode(diagnostics, "TEMPLATE_INDEX_DUPLICATE_ID");
        QVERIFY(duplicate);
        QCOMPARE(duplicate->pointer, std::string("/templates/4/id"));

        QCOMPARE(diagnostics[4].pointer, std::string("/templates/5"));
        QCOMPARE(diagnostics[5].pointer, std::string("/templates/6/id"));
        for (const auto& diagnostic : diagnostics) {
            QVERIFY(diagnostic.isError());
            const std::string problem = test::diagnosticStyleProblem(diagnostic);
            QVERIFY2(problem.empty(), (diagnostic.message + ": " + problem).c_str());
        }
    }
};

QTEST_APPLESS_MAIN(tst_PolicyTemplates)
#include "tst_PolicyTemplates.moc"
