#include <set>
#include <string>
#include <tuple>

#include <QFileInfo>
#include <QTest>

#include "core/policy/PolicyParser.h"
#include "core/policy/PolicySerializer.h"
#include "tests/support/DiagnosticStyle.h"
#include "tests/support/TestFiles.h"

using namespace iam;

namespace {

// One diagnostic as the `.expected` files write it: `CODE POINTER LINE:COLUMN`, `-` for no pointer.
std::string expectationLine(const Diagnostic& diagnostic)
{
    return diagnostic.code + ' ' + (diagnostic.pointer.empty() ? std::string("-") : diagnostic.pointer) + ' '
        + std::to_string(diagnostic.span.line) + ':' + std::to_string(diagnostic.span.column);
}

std::multiset<std::string> readExpectations(const QString& path)
{
    std::multiset<std::string> lines;
    const std::string text = test::readFileBytes(path);
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos)
            end = text.size();
        const std::string line = text.substr(start, end - start);
        if (!line.empty() && line.front() != '#')
            lines.insert(line);
        start = end + 1;
    }
    return lines;
}

std::string describe(const std::vector<Diagnostic>& diagnostics)
{
    std::string text;
    for (const auto& diagnostic : diagnostics)
        text += "\n  " + expectationLine(diagnostic) + "  " + diagnostic.message;
    return text;
}

}  // namespace

// Runs every policy in tests/data/policies: the valid ones must parse cleanly and survive
// formatting; each malformed one must give exactly the diagnostics its `.expected` file lists.
class tst_PolicyCorpus : public QObject {
    Q_OBJECT

private slots:
    void corpusIsLargeEnough()
    {
        QVERIFY(test::filesIn(test::dataPath("policies/valid"), "*.json").size() >= 25);
        QVERIFY(test::filesIn(test::dataPath("policies/invalid"), "*.json").size() >= 30);
    }

    void validPolicyParses_data() { test::addPathRows(test::dataPath("policies/valid"), "*.json"); }

    void validPolicyParses()
    {
        QFETCH(QString, path);
        const PolicyParseResult result = parsePolicy(test::readFileBytes(path));
        QVERIFY2(result.ok() && result.diagnostics.empty(), describe(result.diagnostics).c_str());
        QVERIFY(!result.policy->statements.empty());
    }

    void validPolicySurvivesFormatting_data() { validPolicyParses_data(); }

    void validPolicySurvivesFormatting()
    {
        QFETCH(QString, path);
        const PolicyParseResult original = parsePolicy(test::readFileBytes(path));
        QVERIFY(original.ok());
        const std::string formatted = serializePolicy(*original.policy);
        const PolicyParseResult reparsed = parsePolicy(formatted);
        QVERIFY2(reparsed.ok(), (formatted + describe(reparsed.diagnostics)).c_str());
        QVERIFY2(*reparsed.policy == *original.policy, formatted.c_str());
        QCOMPARE(serializePolicy(*reparsed.policy), formatted);
    }

    void malformedPolicyGivesExpectedDiagnostics_data()
    {
        test::addPathRows(test::dataPath("policies/invalid"), "*.json");
    }

    void malformedPolicyGivesExpectedDiagnostics()
    {
        QFETCH(QString, path);
        const QString expectedPath = path.chopped(5) + ".expected";
        QVERIFY2(QFileInfo::exists(expectedPath), qPrintable("missing " + expectedPath));
        const std::multiset<std::string> expected = readExpectations(expectedPath);
        QVERIFY2(!expected.empty(), "an .expected file must list at least one diagnostic");

        const PolicyParseResult result = parsePolicy(test::readFileBytes(path));
        QVERIFY(!result.ok());
        std::multiset<std::string> actual;
        for (const auto& diagnostic : result.diagnostics)
            actual.insert(expectationLine(diagnostic));

        std::string problems;
        for (const auto& line : expected) {
            if (actual.count(line) < expected.count(line) && problems.find(line) == std::string::npos)
                problems += "\n  missing:    " + line;
        }
        for (const auto& line : actual) {
            if (expected.count(line) < actual.count(line) && problems.find(line) == std::string::npos)
                problems += "\n  unexpected: " + line;
        }
        QVERIFY2(problems.empty(), (problems + "\nall diagnostics:" + describe(result.diagnostics)).c_str());
    }

    // Users read these messages; they follow one style whatever the problem.
    void malformedPolicyMessagesFollowTheStyle_data() { malformedPolicyGivesExpectedDiagnostics_data(); }

    void malformedPolicyMessagesFollowTheStyle()
    {
        QFETCH(QString, path);
        const PolicyParseResult result = parsePolicy(test::readFileBytes(path));
        for (const auto& diagnostic : result.diagnostics) {
            const std::string problem = test::diagnosticStyleProblem(diagnostic);
            QVERIFY2(problem.empty(), problem.c_str());
        }
    }
};

QTEST_APPLESS_MAIN(tst_PolicyCorpus)
#include "tst_PolicyCorpus.moc"
