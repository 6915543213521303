#include <algorithm>
#include <fstream>
#include <set>
#include <string>

#include <QDir>
#include <QFileInfo>
#include <QTest>

#include "core/catalog/Catalog.h"
#include "core/lint/Linter.h"
#include "tests/core/lint/LintGoldenCases.h"
#include "tests/support/DiagnosticStyle.h"
#include "tests/support/TestFiles.h"

using namespace iam;

namespace {

// Exactly what `iam-studio-cli lint` prints, with the file's own name.
std::string lintOutput(const QString& path)
{
    const std::string text = test::readFileBytes(path);
    std::string output;
    for (const auto& diagnostic : lint(text, test::lintGoldenKind(path), &Catalog::builtIn()))
        output += formatDiagnosticLine(QFileInfo(path).fileName().toStdString(), diagnostic) + '\n';
    return output;
}

const LintRule* ruleNamed(const std::string& id)
{
    for (const auto& rule : lintRules()) {
        if (rule->id() == id)
            return rule.get();
    }
    return nullptr;
}

bool mentionsAnyCode(const std::string& output, const LintRule& rule)
{
    const auto codes = rule.codes();
    return std::any_of(codes.begin(), codes.end(), [&](std::string_view code) {
        return output.find("[" + std::string(code) + "]") != std::string::npos;
    });
}

}  // namespace

// Runs every policy in tests/data/lint and compares the linter's output with its `.expected` file.
// UPDATE_GOLDEN=1 rewrites the files instead; review the diff before committing.
class tst_LintGolden : public QObject {
    Q_OBJECT

private slots:
    void everyRuleHasATriggerAndANearMiss()
    {
        for (const auto& rule : lintRules()) {
            const QString folder = test::dataPath("lint/" + QString::fromStdString(std::string(rule->id())));
            QVERIFY2(!test::filesIn(folder, "trigger*.json").isEmpty(), qPrintable("no trigger in " + folder));
            QVERIFY2(!test::filesIn(folder, "nearmiss*.json").isEmpty(), qPrintable("no near miss in " + folder));
        }
    }

    void everyFolderIsARule()
    {
        for (const QString& folder : QDir(test::dataPath("lint")).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            QVERIFY2(ruleNamed(folder.toStdString()), qPrintable(folder + " names no rule"));
    }

    void goldenOutput_data()
    {
        test::addLintGoldenRows();
    }

    void goldenOutput()
    {
        QFETCH(QString, path);
        const std::string actual = lintOutput(path);
        const QString expectedPath = path.chopped(5) + ".expected";
        if (qEnvironmentVariableIntValue("UPDATE_GOLDEN") == 1) {
            std::ofstream(expectedPath.toStdString(), std::ios::binary) << actual;
            QSKIP("golden file rewritten");
        }
        QVERIFY2(QFileInfo::exists(expectedPath), qPrintable("missing " + expectedPath + "; run with UPDATE_GOLDEN=1"));
        QCOMPARE(QString::fromStdString(actual), QString::fromStdString(test::readFileBytes(expectedPath)));
    }

    // The pair proves the rule both fires and holds back: a trigger shows one of its codes, a near
    // miss none of them.
    void triggerFiresAndNearMissDoesNot_data() { goldenOutput_data(); }

    void triggerFiresAndNearMissDoesNot()
    {
        QFETCH(QString, path);
        const LintRule* rule = ruleNamed(QFileInfo(path).dir().dirName().toStdString());
        QVERIFY(rule);
        const std::string output = lintOutput(path);
        if (QFileInfo(path).fileName().startsWith("trigger"))
            QVERIFY2(mentionsAnyCode(output, *rule), output.c_str());
        else
            QVERIFY2(!mentionsAnyCode(output, *rule), output.c_str());
    }

    void everyCodeIsTriggeredSomewhere()
    {
        std::string all;
        for (const QString& path : test::lintGoldenCases()) {
            if (QFileInfo(path).fileName().startsWith("trigger"))
                all += lintOutput(path);
        }
        for (const auto& rule : lintRules()) {
            for (const auto code : rule->codes()) {
                QVERIFY2(all.find("[" + std::string(code) + "]") != std::string::npos,
                         qPrintable(QString::fromStdString(std::string(code)) + " is never triggered"));
            }
        }
    }

    void everyCodeIsDocumented()
    {
        const std::string docs = test::readFileBytes(QStringLiteral(IAM_SOURCE_DIR) + "/docs/lint.md");
        for (const auto& rule : lintRules()) {
            for (const auto code : rule->codes()) {
                QVERIFY2(docs.find("`" + std::string(code) + "`") != std::string::npos,
                         qPrintable(QString::fromStdString(std::string(code)) + " is missing from docs/lint.md"));
            }
        }
    }

    // Users read these; they follow one style whatever the rule.
    void findingsFollowTheStyle_data() { goldenOutput_data(); }

    void findingsFollowTheStyle()
    {
        QFETCH(QString, path);
        for (const auto& diagnostic : lint(test::readFileBytes(path), test::lintGoldenKind(path), &Catalog::builtIn())) {
            const std::string problem = test::diagnosticStyleProblem(diagnostic);
            QVERIFY2(problem.empty(), problem.c_str());
        }
    }
};

QTEST_APPLESS_MAIN(tst_LintGolden)
#include "tst_LintGolden.moc"
