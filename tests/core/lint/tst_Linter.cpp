#include <algorithm>
#include <random>
#include <string>

#include <QTest>

#include "core/catalog/Catalog.h"
#include "core/lint/Linter.h"
#include "core/lint/WildcardCover.h"

using namespace iam;

namespace {

std::vector<std::string> codesOf(const std::vector<Diagnostic>& diagnostics)
{
    std::vector<std::string> codes;
    for (const auto& diagnostic : diagnostics)
        codes.push_back(diagnostic.code);
    return codes;
}

// A copy, so callers may pass the linter's result straight in.
std::optional<Diagnostic> find(const std::vector<Diagnostic>& diagnostics, std::string_view code)
{
    const auto it
        = std::find_if(diagnostics.begin(), diagnostics.end(), [&](const Diagnostic& d) { return d.code == code; });
    return it == diagnostics.end() ? std::nullopt : std::optional<Diagnostic>(*it);
}

std::string oneStatement(const std::string& body)
{
    return "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Sid\": \"S\", \"Effect\": \"Allow\", " + body + "}]}";
}

}  // namespace

class tst_Linter : public QObject {
    Q_OBJECT

private slots:
    void wildcardCoverage_data()
    {
        QTest::addColumn<QString>("general");
        QTest::addColumn<QString>("specific");
        QTest::addColumn<bool>("ignoreCase");
        QTest::addColumn<bool>("covers");
        QTest::newRow("star covers all") << "*"
                                         << "s3:GetObject" << true << true;
        QTest::newRow("prefix star") << "s3:Get*"
                                     << "s3:GetObject" << true << true;
        QTest::newRow("star covers narrower star") << "s3:*"
                                                   << "s3:Get*" << true << true;
        QTest::newRow("narrower star does not cover wider") << "s3:Get*"
                                                            << "s3:*" << true << false;
        QTest::newRow("question does not cover star") << "s3:Get?"
                                                      << "s3:Get*" << true << false;
        QTest::newRow("question covers one letter") << "s3:GetObjec?"
                                                    << "s3:GetObject" << true << true;
        QTest::newRow("actions ignore case") << "S3:get*"
                                             << "s3:GetObject" << true << true;
        QTest::newRow("resources keep case") << "arn:aws:s3:::b/*"
                                             << "arn:aws:s3:::B/x" << false << false;
        QTest::newRow("star in the middle") << "arn:aws:s3:::*/logs/*"
                                            << "arn:aws:s3:::b/logs/2026/x" << false << true;
        QTest::newRow("star backtracks") << "s3:*Object*"
                                         << "s3:GetObjectObjectAcl" << true << true;
        QTest::newRow("star needs the suffix") << "s3:*Acl"
                                               << "s3:GetObjectAclX" << true << false;
        QTest::newRow("two stars against a star") << "s3:*Get*"
                                                  << "s3:Get*" << true << true;
        QTest::newRow("literal differs") << "s3:PutObject"
                                         << "s3:GetObject" << true << false;
    }

    void wildcardCoverage()
    {
        QFETCH(QString, general);
        QFETCH(QString, specific);
        QFETCH(bool, ignoreCase);
        QFETCH(bool, covers);
        QCOMPARE(wildcardCovers(general.toStdString(), specific.toStdString(), ignoreCase), covers);
    }

    void policyKindNamesRoundTrip()
    {
        for (const PolicyKind kind : allPolicyKinds())
            QCOMPARE(policyKindFromName(policyKindName(kind)), std::optional<PolicyKind>(kind));
        QVERIFY(!policyKindFromName("Identity"));
    }

    // An ARN fault is shown on the faulty part, in the document's own lines and columns.
    void arnFaultIsPlacedInsideTheValue()
    {
        const std::string text
            = "{\"Version\": \"2012-10-17\", \"Statement\": {\"Sid\": \"S\", \"Effect\": \"Allow\",\n"
              "  \"Action\": \"s3:GetObject\", \"Resource\": \"arn:aws:s3:eu-west:::b\"}}";
        const auto diagnostics = lint(text, PolicyKind::Identity);
        const std::optional<Diagnostic> region = find(diagnostics, "INVALID_ARN_REGION");
        QVERIFY(region);
        QCOMPARE(region->pointer, std::string("/Statement/Resource"));
        QCOMPARE(region->span.line, 2);
        QCOMPARE(region->span.column, 53);
        QCOMPARE(text.substr(region->span.offset, region->span.length), std::string("eu-west"));
    }

    // Escapes shift decoded offsets away from the text's, so the whole value is marked instead.
    void escapedValueIsMarkedWhole()
    {
        const std::string text
            = oneStatement("\"Action\": \"s3:GetObject\", \"Resource\": \"arn:aws:s3:eu-west:::b\\/x\"");
        const std::optional<Diagnostic> region = find(lint(text, PolicyKind::Identity), "INVALID_ARN_REGION");
        QVERIFY(region);
        QCOMPARE(text.substr(region->span.offset, region->span.length), std::string("\"arn:aws:s3:eu-west:::b\\/x\""));
    }

    // Rules that read the model wait for a policy that parses; the parser's findings come first.
    void parserFindingsAreIncludedAndModelRulesWait()
    {
        const std::string text
            = "{\"Statement\": [{\"Effect\": \"Alow\", \"Principal\": \"*\", \"Action\": \"s3:*\"}]}";
        const auto codes = codesOf(lint(text, PolicyKind::Identity));
        QCOMPARE(codes, std::vector<std::string> {"INVALID_EFFECT"});
    }

    void textRulesRunEvenOnBrokenJson()
    {
        const auto diagnostics = lint("{\"Id\": \"AKIAIOSFODNN7EXAMPLE\",", PolicyKind::Identity);
        const auto codes = codesOf(diagnostics);
        QVERIFY(std::find(codes.begin(), codes.end(), "JSON_SYNTAX_ERROR") != codes.end());
        QVERIFY(std::find(codes.begin(), codes.end(), "ACCESS_KEY_IN_POLICY") != codes.end());
    }

    void findingsAreSortedByPosition()
    {
        const std::string text = "{\"Statement\": [{\"Effect\": \"Allow\", \"NotAction\": \"iam:*\", \"Resource\": "
                                 "[\"arn:aws:s3:::b*\", \"arn:aws:s3:::b/x\"]}, {\"Effect\": \"Allow\", \"Action\": "
                                 "\"s3:GetObject\", \"Resource\": \"*\", \"Principal\": \"*\"}]}";
        const auto diagnostics = lint(text, PolicyKind::Identity);
        QVERIFY(diagnostics.size() >= 5);
        QVERIFY(std::is_sorted(diagnostics.begin(), diagnostics.end(),
                               [](const Diagnostic& a, const Diagnostic& b) { return a.span.offset < b.span.offset; }));
    }

    // Without a catalog the linter cannot tell a typo from an action it has never heard of, so it says
    // nothing rather than guess; with one, the typo is an error with "did you mean".
    void catalogRulesRunOnlyWithACatalog()
    {
        const std::string text = oneStatement("\"Action\": \"s3:GetObjects\", \"Resource\": \"*\"");
        QVERIFY(!find(lint(text, PolicyKind::Identity), "UNKNOWN_ACTION"));
        const auto unknown = find(lint(text, PolicyKind::Identity, &Catalog::builtIn()), "UNKNOWN_ACTION");
        QVERIFY(unknown);
        QVERIFY(unknown->isError());
        QCOMPARE(unknown->pointer, std::string("/Statement/0/Action"));
        QVERIFY2(unknown->help.find("`s3:GetObject`") != std::string::npos, unknown->help.c_str());
    }

    void sameDocumentDiffersByKind()
    {
        const std::string text
            = oneStatement("\"Principal\": {\"Service\": \"ec2.amazonaws.com\"}, \"Action\": \"sts:AssumeRole\"");
        QVERIFY(!hasErrors(lint(text, PolicyKind::Trust)));
        const auto asIdentity = codesOf(lint(text, PolicyKind::Identity));
        QVERIFY(std::find(asIdentity.begin(), asIdentity.end(), "UNSUPPORTED_PRINCIPAL") != asIdentity.end());
        QVERIFY(std::find(asIdentity.begin(), asIdentity.end(), "MISSING_RESOURCE") != asIdentity.end());
        const auto asScp = codesOf(lint(text, PolicyKind::Scp));
        QVERIFY(std::find(asScp.begin(), asScp.end(), "SCP_SYNTAX_ERROR_PRINCIPAL") != asScp.end());
    }

    void operatorSuggestions_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("suggested");
        QTest::newRow("case") << "stringequals"
                              << "StringEquals";
        QTest::newRow("missing s") << "StringEqual"
                                   << "StringEquals";
        QTest::newRow("qualifier typo") << "ForAllValue:StringLike"
                                        << "ForAllValues:StringLike";
        QTest::newRow("kept suffix") << "NumericLessThenIfExists"
                                     << "NumericLessThanIfExists";
    }

    void operatorSuggestions()
    {
        QFETCH(QString, written);
        QFETCH(QString, suggested);
        const std::string text = oneStatement("\"Action\": \"s3:GetObject\", \"Resource\": \"*\", \"Condition\": {\""
                                              + written.toStdString() + "\": {\"aws:username\": \"a\"}}");
        const std::optional<Diagnostic> finding = find(lint(text, PolicyKind::Identity), "INVALID_CONDITION_OPERATOR");
        QVERIFY(finding);
        QVERIFY2(finding->help.find("`" + suggested.toStdString() + "`") != std::string::npos, finding->help.c_str());
    }

    // The size quota counts characters without the white space between tokens, as AWS does.
    void sizeQuotaIgnoresWhiteSpace()
    {
        const std::string resource(5000, 'x');
        const std::string compact
            = oneStatement("\"Action\": \"s3:GetObject\", \"Resource\": \"arn:aws:s3:::" + resource + "\"");
        QVERIFY(!find(lint(compact, PolicyKind::Identity), "POLICY_SIZE_EXCEEDS_QUOTA"));
        std::string spaced = compact;
        spaced.insert(1, std::string(4000, ' '));
        QVERIFY(!find(lint(spaced, PolicyKind::Identity), "POLICY_SIZE_EXCEEDS_QUOTA"));
        const std::optional<Diagnostic> asTrust = find(lint(compact, PolicyKind::Trust), "POLICY_SIZE_EXCEEDS_QUOTA");
        QVERIFY(asTrust);
        QVERIFY2(asTrust->message.find("at most 2,048") != std::string::npos, asTrust->message.c_str());
    }

    void secretHeuristicSkipsHexAndPaths_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("flagged");
        QTest::newRow("aws example secret") << "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY" << true;
        QTest::newRow("sha1 thumbprint") << "6938fd4d98bab03faadb97b34396831e3780aea1" << false;
        QTest::newRow("path of words") << "Reports/Quarterly/Finance/Summary/Year24" << false;
        QTest::newRow("session token prefix") << "ASIAIOSFODNN7EXAMPLE" << true;
        QTest::newRow("camel case sid") << "AllowEc2InstancesWithEncryptedEbsVolumes" << false;
        QTest::newRow("random secret") << "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY" << true;
        QTest::newRow("lowercase access key") << "akiaiosfodnn7example" << false;
    }

    void secretHeuristicSkipsHexAndPaths()
    {
        QFETCH(QString, value);
        QFETCH(bool, flagged);
        const std::string text = "{\"Version\": \"2012-10-17\", \"Id\": \"" + value.toStdString()
            + "\", \"Statement\": [{\"Sid\": \"S\", \"Effect\": \"Deny\", \"Action\": \"*\", \"Resource\": \"*\"}]}";
        const auto codes = codesOf(lint(text, PolicyKind::Identity));
        const bool found = std::find(codes.begin(), codes.end(), "ACCESS_KEY_IN_POLICY") != codes.end()
            || std::find(codes.begin(), codes.end(), "SECRET_KEY_IN_POLICY") != codes.end();
        QCOMPARE(found, flagged);
    }

    // Whatever the text, the linter answers with findings (and fixes inside the text) and never throws.
    void mutatedPoliciesNeverThrow()
    {
        const std::string seed
            = "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Sid\": \"A1\", \"Effect\": \"Allow\", \"Principal\": "
              "{\"AWS\": [\"*\"]}, \"NotPrincipal\": \"*\", \"Action\": [\"s3:Get*\", \"iam:PassRole\"], \"Resource\": "
              "[\"arn:aws:s3:::b/${aws:username}\", \"*\"], \"Condition\": {\"ForAnyValue:StringLikeIfExists\": "
              "{\"aws:TagKeys\": [\"a*\", 1, true]}, \"IpAddress\": {\"aws:SourceIp\": \"10.0.0.1/8\"}, \"Null\": "
              "{\"x:y\": \"true\"}}}]}";
        const std::string alphabet = "{}[]\":,*?$\\ aZ09/\x80\xff";
        std::mt19937 random(20261123);
        for (int round = 0; round < 3000; ++round) {
            std::string text = seed;
            const int edits = 1 + static_cast<int>(random() % 4);
            for (int e = 0; e < edits; ++e) {
                const std::size_t at = random() % text.size();
                switch (random() % 3) {
                case 0:
                    text.erase(at, 1 + random() % 3);
                    break;
                case 1:
                    text.insert(at, 1, alphabet[random() % alphabet.size()]);
                    break;
                default:
                    text[at] = alphabet[random() % alphabet.size()];
                    break;
                }
                if (text.empty())
                    text = "{";
            }
            for (const PolicyKind kind : allPolicyKinds()) {
                const auto diagnostics = lint(text, kind, &Catalog::builtIn());
                for (const auto& diagnostic : diagnostics) {
                    QVERIFY(diagnostic.span.offset <= text.size());
                    // A one-click fix only ever touches bytes of this text.
                    for (const TextEdit& edit : diagnostic.fixEdits)
                        QVERIFY(edit.offset + edit.length <= text.size());
                }
            }
        }
    }
};

QTEST_APPLESS_MAIN(tst_Linter)
#include "tst_Linter.moc"
