#include <QTest>

#include "core/catalog/Catalog.h"
#include "core/eval/RequestSuggestion.h"
#include "core/policy/PolicyParser.h"

using namespace iam;

namespace {

Policy parsed(const char* text)
{
    PolicyParseResult result = parsePolicy(text);
    if (!result.policy)
        qFatal("test policy does not parse: %s", text);
    return *result.policy;
}

} // namespace

// "Test this policy" opens the simulator on a first question about the policy just written.
class tst_RequestSuggestion final : public QObject {
    Q_OBJECT

private slots:
    void asksAboutTheFirstAllowedActionAndItsResource()
    {
        const Policy policy = parsed("{\"Version\": \"2012-10-17\", \"Statement\": [\n"
            "            {\"Effect\": \"Deny\", \"Action\": \"s3:DeleteObject\", \"Resource\": \"*\"},\n"
            "            {\"Effect\": \"Allow\", \"Action\": [\"s3:getobject\", \"s3:PutObject\"], \"Resource\": \"arn:aws:s3:::reports/*\"}]}");
        const Request request = suggestRequest(policy, PolicyKind::Identity, &Catalog::builtIn());
        QCOMPARE(request.action, std::string("s3:GetObject")); // spelled as AWS does
        QCOMPARE(request.resource, std::string("arn:aws:s3:::reports/example"));
        QCOMPARE(request.principal, std::string(kDefaultPrincipal));
    }

    void expandsAWildcardActionAndFillsAResourceTemplate()
    {
        const Policy policy = parsed(R"({"Version": "2012-10-17", "Statement": [
            {"Effect": "Allow", "Action": "dynamodb:GetI*", "Resource": "*"}]})");
        const Request request = suggestRequest(policy, PolicyKind::Identity, &Catalog::builtIn());
        QCOMPARE(request.action, std::string("dynamodb:GetItem"));
        QVERIFY2(request.resource.rfind("arn:aws:dynamodb:us-east-1:111122223333:", 0) == 0, request.resource.c_str());
    }

    void resourcePoliciesAskAsThePrincipalTheyName()
    {
        const Policy policy = parsed("{\"Version\": \"2012-10-17\", \"Statement\": [\n"
            "            {\"Effect\": \"Allow\", \"Principal\": {\"AWS\": [\"*\", \"arn:aws:iam::444455556666:role/Reader\"]},\n"
            "             \"Action\": \"s3:GetObject\", \"Resource\": \"arn:aws:s3:::shared/*\"}]}");
        const Request request = suggestRequest(policy, PolicyKind::Resource, &Catalog::builtIn());
        QCOMPARE(request.principal, std::string("arn:aws:iam::444455556666:role/Reader"));
        QCOMPARE(request.action, std::string("s3:GetObject"));
    }

    void trustPoliciesAskToAssumeARole()
    {
        const Policy policy = parsed(R"({"Version": "2012-10-17", "Statement": [
            {"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]})");
        const Request request = suggestRequest(policy, PolicyKind::Trust, &Catalog::builtIn());
        QCOMPARE(request.principal, std::string("lambda.amazonaws.com"));
        QCOMPARE(request.action, std::string("sts:AssumeRole"));
        QCOMPARE(request.resource, std::string("arn:aws:iam::111122223333:role/example"));
    }

    void aPolicyWithNothingAllowedLeavesTheRequestEmpty()
    {
        const Policy policy = parsed(R"({"Version": "2012-10-17", "Statement": [
            {"Effect": "Deny", "Action": "*", "Resource": "*"}]})");
        QVERIFY(suggestRequest(policy, PolicyKind::Scp, &Catalog::builtIn()).action.empty());
    }

    void everyKindHasAPlaceInTheSimulation()
    {
        QCOMPARE(policyTypeFor(PolicyKind::Trust), PolicyType::Resource);
        QCOMPARE(policyTypeFor(PolicyKind::Boundary), PolicyType::PermissionBoundary);
        QCOMPARE(policyTypeFor(PolicyKind::Scp), PolicyType::Scp);
        QCOMPARE(policyTypeFor(PolicyKind::Session), PolicyType::Session);
    }
};

QTEST_APPLESS_MAIN(tst_RequestSuggestion)
#include "tst_RequestSuggestion.moc"
