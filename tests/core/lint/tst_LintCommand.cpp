#include <sstream>
#include <string>

#include <QTest>

#include <nlohmann/json.hpp>

#include "core/cli/LintCommand.h"

using namespace iam;

namespace {

struct Run {
    int exitCode = 0;
    std::string out;
    std::string err;
};

Run runWithStdin(const std::string& input, PolicyKind kind, bool asJson)
{
    std::istringstream in(input);
    std::ostringstream out;
    std::ostringstream err;
    Run run;
    run.exitCode = runLint({"-"}, kind, asJson, CliStreams {in, out, err});
    run.out = out.str();
    run.err = err.str();
    return run;
}

const std::string kCleanPolicy
    = "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Sid\": \"Read\", \"Effect\": \"Allow\", "
      "\"Action\": \"s3:GetObject\", \"Resource\": \"arn:aws:s3:::example-bucket/*\"}]}";
const std::string kWarningOnly = "{\"Statement\": [{\"Sid\": \"Read\", \"Effect\": \"Allow\", "
                                 "\"Action\": \"s3:GetObject\", \"Resource\": \"arn:aws:s3:::example-bucket/*\"}]}";

}  // namespace

// The lint subcommand's contract with scripts: exit codes, line format, JSON shape.
class tst_LintCommand : public QObject {
    Q_OBJECT

private slots:
    void cleanPolicyExitsZeroAndPrintsNothing()
    {
        const Run run = runWithStdin(kCleanPolicy, PolicyKind::Identity, false);
        QCOMPARE(run.exitCode, kExitOk);
        QCOMPARE(run.out, std::string());
    }

    void warningsAloneExitZero()
    {
        const Run run = runWithStdin(kWarningOnly, PolicyKind::Identity, false);
        QCOMPARE(run.exitCode, kExitOk);
        QCOMPARE(run.out, std::string("<stdin>:1:1: warning: the policy has no `Version` [MISSING_VERSION]\n"));
    }

    void errorFindingExitsOne()
    {
        // A bucket policy read as an identity policy: the Principal is an error there.
        const std::string policy
            = "{\"Version\": \"2012-10-17\", \"Statement\": {\"Sid\": \"A\", \"Effect\": \"Allow\", "
              "\"Principal\": \"*\", \"Action\": \"s3:GetObject\", \"Resource\": \"*\"}}";
        QCOMPARE(runWithStdin(policy, PolicyKind::Identity, false).exitCode, kExitFindings);
        const Run asResource = runWithStdin(policy, PolicyKind::Resource, false);
        QCOMPARE(asResource.exitCode, kExitOk);
        QVERIFY(asResource.out.find("[PRINCIPAL_WILDCARD_WITHOUT_CONDITION]") != std::string::npos);
    }

    // The command uses the built-in catalog, so a misspelt action fails a script's check.
    void misspeltActionExitsOne()
    {
        const std::string policy = "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Sid\": \"Read\", "
                                   "\"Effect\": \"Allow\", \"Action\": \"s3:GetObjects\", \"Resource\": \"*\"}]}";
        const Run run = runWithStdin(policy, PolicyKind::Identity, false);
        QCOMPARE(run.exitCode, kExitFindings);
        QVERIFY2(run.out.find("`s3:GetObjects` is not an action AWS knows [UNKNOWN_ACTION]") != std::string::npos,
                 run.out.c_str());
    }

    void textThatIsNotJsonExitsTwoOnStderr()
    {
        const Run run = runWithStdin("Version: 2012-10-17", PolicyKind::Identity, false);
        QCOMPARE(run.exitCode, kExitUnusable);
        QCOMPARE(run.out, std::string());
        QVERIFY(run.err.find("[JSON_SYNTAX_ERROR]") != std::string::npos);
    }

    void missingFileExitsTwo()
    {
        std::istringstream in;
        std::ostringstream out;
        std::ostringstream err;
        QCOMPARE(runLint({"/nonexistent/policy.json"}, PolicyKind::Identity, false, CliStreams {in, out, err}),
                 kExitUnusable);
        QVERIFY(!err.str().empty());
    }

    void jsonReportNamesKindFileAndFindings()
    {
        const Run run = runWithStdin(kWarningOnly, PolicyKind::Trust, true);
        const auto report = nlohmann::json::parse(run.out);
        QCOMPARE(report.at("kind").get<std::string>(), std::string("trust"));
        const auto& file = report.at("files").at(0);
        QCOMPARE(file.at("file").get<std::string>(), std::string("<stdin>"));
        QCOMPARE(file.at("usable").get<bool>(), true);
        QCOMPARE(file.at("errors").get<int>(), 1);  // a trust policy needs a Principal
        std::vector<std::string> codes;
        for (const auto& diagnostic : file.at("diagnostics"))
            codes.push_back(diagnostic.at("code").get<std::string>());
        QCOMPARE(codes, (std::vector<std::string> {"MISSING_VERSION", "MISSING_PRINCIPAL"}));
        QCOMPARE(file.at("diagnostics").at(1).at("severity").get<std::string>(), std::string("ERROR"));
        QCOMPARE(run.exitCode, kExitFindings);
    }
};

QTEST_APPLESS_MAIN(tst_LintCommand)
#include "tst_LintCommand.moc"
