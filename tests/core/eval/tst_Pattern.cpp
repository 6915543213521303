#include <QTest>

#include "EvalTestSupport.h"
#include "core/eval/IamDate.h"
#include "core/eval/IpNetwork.h"
#include "core/eval/Pattern.h"

using namespace iam;

namespace {

class MapResolver final : public VariableResolver {
public:
    std::optional<std::string_view> resolveVariable(std::string_view key) const override
    {
        if (key == "aws:username")
            return std::string_view("alice");
        if (key == "aws:principaltag/team")
            return std::string_view("blue*");
        return std::nullopt;
    }
};

std::string actionDecision(const std::string& policyAction, const std::string& requestAction)
{
    return evaltest::decide(evaltest::fill(R"({"policies": {"identity": [{"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Action": "@POLICY", "Resource": "*"}]}]}, "request": {"action": "@REQUEST", "resource": "arn:aws:s3:::b"}})",
        { { "@POLICY", policyAction }, { "@REQUEST", requestAction } }));
}

std::string resourceDecision(
    const std::string& policyResource, const std::string& requestResource, const std::string& version = "2012-10-17")
{
    return evaltest::decide(evaltest::fill(R"({"policies": {"identity": [{"Version": "@VERSION", "Statement": [
        {"Effect": "Allow", "Action": "s3:*", "Resource": "@POLICY"}]}]}, "request": {"action": "s3:GetObject", "resource": "@REQUEST"}})",
        { { "@VERSION", version }, { "@POLICY", policyResource }, { "@REQUEST", requestResource } }));
}

} // namespace

class tst_Pattern : public QObject {
    Q_OBJECT

private slots:
    void wildcardsMatchAnyRunAndOneCharacter()
    {
        const Pattern pattern = Pattern::compile("a*b?c", { true, false });
        QVERIFY(pattern.matches("abxc", false, nullptr));
        QVERIFY(pattern.matches("a123b4c", false, nullptr));
        QVERIFY(!pattern.matches("abc", false, nullptr));
        QVERIFY(Pattern::compile("*", { true, false }).matches("", false, nullptr));
        QVERIFY(Pattern::compile("?", { true, false }).matches("\xC3\xA9", false, nullptr)); // one character, two bytes
    }

    void manyStarsStayFast()
    {
        // A pattern that would make a naive backtracking matcher take exponential time.
        const Pattern pattern = Pattern::compile("*a*a*a*a*a*a*a*a*a*a*b", { true, false });
        QVERIFY(!pattern.matches(std::string(5000, 'a'), false, nullptr));
    }

    void withoutWildcardsStarIsLiteral()
    {
        const Pattern pattern = Pattern::compile("a*", { false, false });
        QVERIFY(pattern.matches("a*", false, nullptr));
        QVERIFY(!pattern.matches("ab", false, nullptr));
    }

    void variablesSubstituteAsLiteralText()
    {
        const MapResolver resolver;
        const Pattern pattern = Pattern::compile("home/${aws:username}/*", { true, true });
        QVERIFY(pattern.matches("home/alice/x", false, &resolver));
        QVERIFY(!pattern.matches("home/bob/x", false, &resolver));
        // The substituted `*` of a tag value is not a wildcard.
        const Pattern tag = Pattern::compile("${aws:PrincipalTag/team}", { true, true });
        QVERIFY(tag.matches("blue*", false, &resolver));
        QVERIFY(!tag.matches("blueberry", false, &resolver));
        QCOMPARE(tag.variableKeys(), std::vector<std::string> { "aws:PrincipalTag/team" });
    }

    void unresolvableVariableMatchesNothing()
    {
        const MapResolver resolver;
        QVERIFY(!Pattern::compile("${aws:userid}", { true, true }).matches("", false, &resolver));
        QVERIFY(!Pattern::compile("*${aws:userid}*", { true, true }).matches("anything", false, &resolver));
        QVERIFY(Pattern::compile("${aws:userid, 'x'}", { true, true }).matches("x", false, &resolver));
    }

    void escapes()
    {
        QVERIFY(Pattern::compile("${*}${?}${$}", { true, true }).matches("*?$", false, nullptr));
        QVERIFY(!Pattern::compile("${*}", { true, true }).matches("x", false, nullptr));
    }

    // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html:
    // service prefixes and action names are case-insensitive.
    void actionsAreCaseInsensitive()
    {
        QCOMPARE(actionDecision("S3:getobject", "s3:GetObject"), std::string("allowed"));
        QCOMPARE(actionDecision("s3:Get*", "s3:GETOBJECT"), std::string("allowed"));
        QCOMPARE(actionDecision("s3:Get?bject", "s3:GetObject"), std::string("allowed"));
        QCOMPARE(actionDecision("s3:Put*", "s3:GetObject"), std::string("implicitDeny"));
        QCOMPARE(actionDecision("*", "ec2:RunInstances"), std::string("allowed"));
        QCOMPARE(actionDecision("s3:*", "s3express:CreateSession"), std::string("implicitDeny"));
    }

    // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html:
    // ARNs are case-sensitive; wildcards may span the `:` and `/` separators.
    void resourcesAreCaseSensitiveAndWildcardsSpanSeparators()
    {
        QCOMPARE(resourceDecision("arn:aws:s3:::bucket/*", "arn:aws:s3:::bucket/a/b/c"), std::string("allowed"));
        QCOMPARE(resourceDecision("arn:aws:s3:::Bucket/*", "arn:aws:s3:::bucket/a"), std::string("implicitDeny"));
        QCOMPARE(resourceDecision("arn:aws:*", "arn:aws:s3:::bucket/a"), std::string("allowed"));
        QCOMPARE(resourceDecision("arn:aws:s3:::bucket-?", "arn:aws:s3:::bucket-1"), std::string("allowed"));
        QCOMPARE(resourceDecision("arn:aws:s3:::bucket", "arn:aws:s3:::bucket/a"), std::string("implicitDeny"));
        // A `*` in the request is an ordinary character, not a pattern.
        QCOMPARE(resourceDecision("arn:aws:s3:::bucket/a", "*"), std::string("implicitDeny"));
    }

    // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html: only with
    // Version 2012-10-17; under 2008-10-17 `${...}` is literal text.
    void resourceVariablesDependOnVersion()
    {
        QCOMPARE(resourceDecision("arn:aws:s3:::home/${aws:username}/*", "arn:aws:s3:::home/alice/x"),
            std::string("implicitDeny")); // the default principal is user/default
        QCOMPARE(resourceDecision("arn:aws:s3:::home/${aws:username}/*", "arn:aws:s3:::home/default/x"),
            std::string("allowed"));
        QCOMPARE(resourceDecision("arn:aws:s3:::home/${aws:username}/*", "arn:aws:s3:::home/default/x", "2008-10-17"),
            std::string("implicitDeny"));
        QCOMPARE(resourceDecision(
                     "arn:aws:s3:::home/${aws:username}/*", "arn:aws:s3:::home/${aws:username}/x", "2008-10-17"),
            std::string("allowed"));
    }

    // Same page: a variable the request cannot fill makes the statement invalid, NotResource included.
    void unresolvableResourceVariableInvalidatesTheStatement()
    {
        const std::string notResource = R"({"policies": {"identity": [{"Version": "2012-10-17", "Statement": [
            {"Effect": "Allow", "Action": "s3:*", "NotResource": "arn:aws:s3:::private/${aws:PrincipalTag/team}"}]}]},
            "request": {"action": "s3:GetObject", "resource": "arn:aws:s3:::public/x"}})";
        QCOMPARE(evaltest::decide(notResource), std::string("implicitDeny"));
        const std::string withTag = R"({"policies": {"identity": [{"Version": "2012-10-17", "Statement": [
            {"Effect": "Allow", "Action": "s3:*", "NotResource": "arn:aws:s3:::private/${aws:PrincipalTag/team}"}]}]},
            "request": {"action": "s3:GetObject", "resource": "arn:aws:s3:::public/x", "context": {"aws:PrincipalTag/team": "t"}}})";
        QCOMPARE(evaltest::decide(withTag), std::string("allowed"));
    }

    void ipNetworks()
    {
        QVERIFY(parseIpNetwork("10.0.0.0/8")->contains(*parseIpNetwork("10.255.0.1")));
        QVERIFY(!parseIpNetwork("10.0.0.0/8")->contains(*parseIpNetwork("11.0.0.1")));
        QVERIFY(parseIpNetwork("0.0.0.0/0")->contains(*parseIpNetwork("1.2.3.4")));
        QVERIFY(parseIpNetwork("::ffff:192.0.2.1"));
        QVERIFY(parseIpNetwork("2001:db8::/32")->contains(*parseIpNetwork("2001:db8:ffff::1")));
        QVERIFY(!parseIpNetwork("256.0.0.1"));
        QVERIFY(!parseIpNetwork("10.0.0.0/33"));
        QVERIFY(!parseIpNetwork("1:2:3"));
        QVERIFY(!parseIpNetwork("1::2::3"));
        QVERIFY(!parseIpNetwork("not an address"));
    }

    void dates()
    {
        QCOMPARE(*parseIamDate("1970-01-01T00:00:00Z"), std::int64_t { 0 });
        QCOMPARE(*parseIamDate("2026-01-01"), std::int64_t { 1767225600000 });
        QCOMPARE(*parseIamDate("1767225600"), std::int64_t { 1767225600000 });
        QCOMPARE(*parseIamDate("2026-01-01T01:00:00+01:00"), std::int64_t { 1767225600000 });
        QCOMPARE(*parseIamDate("2026-01-01T00:00:00.5Z"), std::int64_t { 1767225600500 });
        QVERIFY(!parseIamDate("2026-02-30"));
        QVERIFY(!parseIamDate("yesterday"));
    }
};

QTEST_APPLESS_MAIN(tst_Pattern)
#include "tst_Pattern.moc"
