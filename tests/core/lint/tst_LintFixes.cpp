#include <algorithm>
#include <map>
#include <set>
#include <string>

#include <QFileInfo>
#include <QTest>

#include "core/catalog/Catalog.h"
#include "core/lint/Linter.h"
#include "tests/core/lint/LintGoldenCases.h"
#include "tests/support/TestFiles.h"

using namespace iam;

namespace {

std::vector<Diagnostic> lintWithCatalog(const std::string& text, PolicyKind kind = PolicyKind::Identity)
{
    return lint(text, kind, &Catalog::builtIn());
}

// How many findings say exactly this (code and message): a fix must take one of them away.
std::size_t countOf(const std::vector<Diagnostic>& diagnostics, const Diagnostic& wanted)
{
    return static_cast<std::size_t>(std::count_if(diagnostics.begin(), diagnostics.end(),
        [&](const Diagnostic& d) { return d.code == wanted.code && d.message == wanted.message; }));
}

std::size_t errorCount(const std::vector<Diagnostic>& diagnostics)
{
    return static_cast<std::size_t>(
        std::count_if(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& d) { return d.isError(); }));
}

// The text after applying the fix of the first finding with `code`; empty when it has none.
std::string fixed(const std::string& text, std::string_view code, PolicyKind kind = PolicyKind::Identity)
{
    for (const Diagnostic& diagnostic : lintWithCatalog(text, kind)) {
        if (diagnostic.code == code && diagnostic.hasFix())
            return applyTextEdits(text, diagnostic.fixEdits);
    }
    return {};
}

}  // namespace

// The one-click fixes of findings (the Build page's "Fix" button): applied to the golden policies
// they must leave valid JSON, remove the finding they are for, and add no error.
class tst_LintFixes : public QObject {
    Q_OBJECT

private slots:
    void everyFixRemovesItsFinding_data()
    {
        test::addLintGoldenRows();
    }

    void everyFixRemovesItsFinding()
    {
        QFETCH(QString, path);
        const std::string text = test::readFileBytes(path);
        const PolicyKind kind = test::lintGoldenKind(path);
        const auto before = lintWithCatalog(text, kind);
        const bool parsedBefore = parsePolicy(text).policy.has_value();
        for (const Diagnostic& diagnostic : before) {
            if (!diagnostic.hasFix())
                continue;
            const std::string what = diagnostic.code + " (" + diagnostic.fixTitle + ")";
            QVERIFY2(!diagnostic.fixTitle.empty(), what.c_str());
            const std::string after = applyTextEdits(text, diagnostic.fixEdits);
            QVERIFY2(after != text, what.c_str());
            QVERIFY2(
                !parsedBefore || parsePolicy(after).policy.has_value(), (what + " broke the JSON:\n" + after).c_str());
            const auto findingsAfter = lintWithCatalog(after, kind);
            QVERIFY2(countOf(findingsAfter, diagnostic) < countOf(before, diagnostic),
                (what + " left its finding:\n" + after).c_str());
            QVERIFY2(errorCount(findingsAfter) <= errorCount(before), (what + " added an error:\n" + after).c_str());
        }
    }

    // The codes whose remedy is mechanical each offer a fix on their golden trigger, so a rule
    // that stops offering one is noticed.
    void fixableCodesOfferAFix()
    {
        const std::set<std::string> expected = { "MISSING_VERSION", "UNKNOWN_ACTION", "UNKNOWN_SERVICE",
            "REDUNDANT_ACTION", "REDUNDANT_RESOURCE", "RESOURCE_TYPE_MISMATCH", "INVALID_SID", "CIDR_HOST_BITS_SET",
            "INVALID_ARN_REGION_FOR_SERVICE", "INVALID_ARN_ACCOUNT_FOR_SERVICE", "INVALID_CONDITION_OPERATOR",
            "NULL_WITH_IF_EXISTS", "UNKNOWN_CONDITION_KEY", "DEPRECATED_GLOBAL_CONDITION_KEY" };
        std::set<std::string> offered;
        for (const QString& path : test::lintGoldenCases()) {
            if (!QFileInfo(path).fileName().startsWith("trigger"))
                continue;
            const auto findings = lintWithCatalog(test::readFileBytes(path), test::lintGoldenKind(path));
            for (const Diagnostic& diagnostic : findings) {
                if (diagnostic.hasFix())
                    offered.insert(diagnostic.code);
            }
        }
        for (const std::string& code : expected)
            QVERIFY2(offered.count(code), (code + " offers no fix on its trigger").c_str());
    }

    void missingVersionFollowsTheDocumentsLayout()
    {
        QCOMPARE(fixed("{\n    \"Statement\": []\n}", "MISSING_VERSION"),
            std::string("{\n    \"Version\": \"2012-10-17\",\n    \"Statement\": []\n}"));
        // Windows line endings and tabs are kept.
        QCOMPARE(fixed("{\r\n\t\"Statement\": []\r\n}", "MISSING_VERSION"),
            std::string("{\r\n\t\"Version\": \"2012-10-17\",\r\n\t\"Statement\": []\r\n}"));
        QCOMPARE(fixed("{\"Statement\": []}", "MISSING_VERSION"),
            std::string("{\"Version\": \"2012-10-17\", \"Statement\": []}"));
    }

    void redundantActionIsRemovedWithItsComma()
    {
        const std::string head
            = "{\"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"Allow\", \"Resource\": \"*\", "
              "\"Action\": ";
        QCOMPARE(fixed(head + "[\"s3:GetObject\", \"s3:Get*\"]}}", "REDUNDANT_ACTION"), head + "[\"s3:Get*\"]}}");
        QCOMPARE(fixed(head + "[\"s3:Get*\", \"s3:GetObject\"]}}", "REDUNDANT_ACTION"), head + "[\"s3:Get*\"]}}");
        QCOMPARE(fixed(head + "[\n  \"s3:Get*\",\n  \"s3:GetObject\",\n  \"s3:PutObject\"\n]}}", "REDUNDANT_ACTION"),
            head + "[\n  \"s3:Get*\",\n  \"s3:PutObject\"\n]}}");
    }

    void typoIsReplacedByTheSuggestion()
    {
        const std::string text = "{\"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"Allow\", "
                                 "\"Action\": \"s3:GetObjects\", \"Resource\": \"*\"}}";
        QCOMPARE(fixed(text, "UNKNOWN_ACTION"),
            std::string("{\"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"Allow\", "
                        "\"Action\": \"s3:GetObject\", \"Resource\": \"*\"}}"));
    }

    void bucketIsAddedBesideItsObjects()
    {
        const std::string head = "{\"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"Allow\", "
                                 "\"Action\": [\"s3:ListBucket\", \"s3:GetObject\"], \"Resource\": ";
        QCOMPARE(fixed(head + "\"arn:aws:s3:::b/*\"}}", "RESOURCE_TYPE_MISMATCH"),
            head + "[\"arn:aws:s3:::b/*\", \"arn:aws:s3:::b\"]}}");
        QCOMPARE(fixed(head + "[\n    \"arn:aws:s3:::b/*\"\n]}}", "RESOURCE_TYPE_MISMATCH"),
            head + "[\n    \"arn:aws:s3:::b/*\",\n    \"arn:aws:s3:::b\"\n]}}");
    }

    // With `s3:Get*` beside it, the bucket ARN would also grant every s3:GetBucket… action: more
    // than the author asked for, so the fix is left to them.
    void noBucketFixWhenItWouldGrantMore()
    {
        const std::string text = "{\"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"Allow\", "
                                 "\"Action\": [\"s3:ListBucket\", \"s3:Get*\"], \"Resource\": \"arn:aws:s3:::b/*\"}}";
        const auto findings = lintWithCatalog(text);
        const auto mismatch = std::find_if(
            findings.begin(), findings.end(), [](const Diagnostic& d) { return d.code == "RESOURCE_TYPE_MISMATCH"; });
        QVERIFY(mismatch != findings.end());
        QVERIFY(!mismatch->hasFix());
    }

    void deprecatedKeyIsRenamed()
    {
        const std::string head = "{\"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"Allow\", \"Action\": "
                                 "\"s3:GetObject\", \"Resource\": \"*\", \"Condition\": {\"ArnEquals\": {";
        QCOMPARE(
            fixed(head + "\"aws:ARN\": \"arn:aws:iam::111122223333:role/r\"}}}}", "DEPRECATED_GLOBAL_CONDITION_KEY"),
            head + "\"aws:PrincipalArn\": \"arn:aws:iam::111122223333:role/r\"}}}}");
    }
};

QTEST_APPLESS_MAIN(tst_LintFixes)
#include "tst_LintFixes.moc"
