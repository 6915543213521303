#include <QTest>

#include "EvalTestSupport.h"

using namespace iam;

namespace {

const std::string kAllowGet
    = R"({"Version": "2012-10-17", "Statement": [{"Sid": "AllowGet", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]})";
const std::string kDenyGet
    = R"({"Version": "2012-10-17", "Statement": [{"Sid": "DenyGet", "Effect": "Deny", "Action": "s3:GetObject", "Resource": "*"}]})";
const std::string kAllowOther
    = R"({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "ec2:*", "Resource": "*"}]})";
const std::string kUser = "arn:aws:iam::111122223333:user/alice";
const std::string kSession = "arn:aws:sts::111122223333:assumed-role/Reader/alice-session";
const std::string kRole = "arn:aws:iam::111122223333:role/Reader";
const std::string kOtherUser = "arn:aws:iam::444455556666:user/carol";

std::string resourceAllowing(const std::string& principalJson, const std::string& effect = "Allow")
{
    return evaltest::fill(
        R"({"Version": "2012-10-17", "Statement": [{"Sid": "Bucket", "Effect": "@EFFECT", "Principal": @PRINCIPAL,
        "Action": "s3:GetObject", "Resource": "arn:aws:s3:::bucket/\u002a"}]})",
        { { "@EFFECT", effect }, { "@PRINCIPAL", principalJson } });
}

std::string simulation(
    const std::string& policies, const std::string& principal = kUser, const std::string& resourceAccount = "")
{
    const std::string account
        = resourceAccount.empty() ? "" : evaltest::fill(R"(, "resourceAccount": "@A")", { { "@A", resourceAccount } });
    return evaltest::fill(R"({"policies": {@POLICIES}, "request": {"principal": "@PRINCIPAL", "action": "s3:GetObject",
        "resource": "arn:aws:s3:::bucket/key"@ACCOUNT}})",
        { { "@POLICIES", policies }, { "@PRINCIPAL", principal }, { "@ACCOUNT", account } });
}

std::string decide(
    const std::string& policies, const std::string& principal = kUser, const std::string& resourceAccount = "")
{
    return evaltest::decide(simulation(policies, principal, resourceAccount));
}

EvaluationResult run(
    const std::string& policies, const std::string& principal = kUser, const std::string& resourceAccount = "")
{
    return evaltest::run(simulation(policies, principal, resourceAccount));
}

} // namespace

class tst_EvaluationLogic : public QObject {
    Q_OBJECT

private slots:
    // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html
    // "By default, all requests are implicitly denied"; an allow is needed; an explicit deny overrides any allow.
    void defaultDenyAllowAndExplicitDeny()
    {
        QCOMPARE(decide(R"("identity": [])"), std::string("implicitDeny"));
        QCOMPARE(decide(R"("identity": [)" + kAllowOther + "]"), std::string("implicitDeny"));
        QCOMPARE(decide(R"("identity": [)" + kAllowGet + "]"), std::string("allowed"));
        const auto result = run(R"("identity": [)" + kAllowGet + "," + kDenyGet + "]");
        QCOMPARE(result.decision, Decision::ExplicitDeny);
        QCOMPARE(result.decidedBy.size(), std::size_t { 1 });
        QCOMPARE(result.decidedBy[0].sid, std::optional<std::string>("DenyGet"));
        QCOMPARE(result.decidedBy[0].policyIndex, std::size_t { 1 });
        QCOMPARE(result.gate(PolicyType::Identity), Gate::ExplicitDeny);
    }

    // Same page: a deny in any policy type wins, whichever type allows.
    void explicitDenyAnywhereWins()
    {
        QCOMPARE(decide(R"("identity": [)" + kAllowGet + R"(], "permissionBoundary": [)" + kDenyGet + "]"),
            std::string("explicitDeny"));
        QCOMPARE(
            decide(R"("identity": [)" + kAllowGet + R"(], "scp": [)" + kDenyGet + "]"), std::string("explicitDeny"));
        QCOMPARE(
            decide(R"("identity": [)" + kAllowGet + R"(], "rcp": [)" + kDenyGet + "]"), std::string("explicitDeny"));
        QCOMPARE(decide(R"("identity": [)" + kAllowGet + R"(], "session": [)" + kDenyGet + "]", kSession),
            std::string("explicitDeny"));
        QCOMPARE(decide(R"("identity": [)" + kAllowGet + R"(], "resource": )" + resourceAllowing("\"*\"", "Deny")),
            std::string("explicitDeny"));
        // A resource-policy Deny naming the caller's account covers every principal in it.
        QCOMPARE(decide(R"("identity": [)" + kAllowGet + R"(], "resource": )"
                     + resourceAllowing(R"({"AWS": "111122223333"})", "Deny")),
            std::string("explicitDeny"));
    }

    // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-basics.html:
    // within one account, an allow in either the identity-based or the resource-based policy suffices.
    void sameAccountEitherPolicyAllows()
    {
        QCOMPARE(decide(R"("identity": [], "resource": )" + resourceAllowing("{\"AWS\": \"" + kUser + "\"}")),
            std::string("allowed"));
        QCOMPARE(decide(R"("identity": [)" + kAllowGet + R"(], "resource": )"
                     + resourceAllowing(R"({"AWS": "arn:aws:iam::111122223333:user/bob"})")),
            std::string("allowed"));
        const auto result = run(R"("identity": [], "resource": )" + resourceAllowing("{\"AWS\": \"" + kUser + "\"}"));
        QCOMPARE(result.decidedBy.at(0).type, PolicyType::Resource);
    }

    // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html: naming an
    // account delegates to that account's identity-based policies.
    void sameAccountGrantToTheAccountNeedsAnIdentityAllow()
    {
        QCOMPARE(decide(R"("identity": [], "resource": )"
                     + resourceAllowing(R"({"AWS": "arn:aws:iam::111122223333:root"})")),
            std::string("implicitDeny"));
        QCOMPARE(decide(R"("identity": [)" + kAllowGet + R"(], "resource": )"
                     + resourceAllowing(R"({"AWS": "111122223333"})")),
            std::string("allowed"));
    }

    // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html:
    // the trusting account's resource policy and the trusted account's identity policy must both allow.
    void crossAccountNeedsBothSides()
    {
        const std::string resource = resourceAllowing(R"({"AWS": "444455556666"})");
        auto onlyIdentity = run(R"("identity": [)" + kAllowGet + "]", kOtherUser, "111122223333");
        QCOMPARE(onlyIdentity.decision, Decision::ImplicitDeny);
        QCOMPARE(onlyIdentity.blockedBy, std::optional<PolicyType>(PolicyType::Resource));
        auto onlyResource = run(R"("identity": [], "resource": )" + resource, kOtherUser, "111122223333");
        QCOMPARE(onlyResource.decision, Decision::ImplicitDeny);
        QCOMPARE(onlyResource.blockedBy, std::optional<PolicyType>(PolicyType::Identity));
        QCOMPARE(decide(R"("identity": [)" + kAllowGet + R"(], "resource": )" + resource, kOtherUser, "111122223333"),
            std::string("allowed"));
        QCOMPARE(decide(R"("identity": [)" + kAllowGet + R"(], "resource": )"
                         + resourceAllowing("{\"AWS\": \"" + kOtherUser + "\"}"),
                     kOtherUser, "111122223333"),
            std::string("allowed"));
        // The resource policy trusting a different account does not help.
        QCOMPARE(decide(R"("identity": [)" + kAllowGet + R"(], "resource": )"
                         + resourceAllowing(R"({"AWS": "999988887777"})"),
                     kOtherUser, "111122223333"),
            std::string("implicitDeny"));
    }

    // resourceAccount defaults to the principal's account.
    void resourceAccountDefaultsToThePrincipals()
    {
        QCOMPARE(decide(R"("identity": [], "resource": )" + resourceAllowing("{\"AWS\": \"" + kOtherUser + "\"}"),
                     kOtherUser),
            std::string("allowed"));
    }

    // https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html: the effective
    // permissions are the intersection of identity-based policies and the boundary.
    void permissionsBoundaryLimitsIdentityPolicies()
    {
        const auto blocked = run(R"("identity": [)" + kAllowGet + R"(], "permissionBoundary": [)" + kAllowOther + "]");
        QCOMPARE(blocked.decision, Decision::ImplicitDeny);
        QCOMPARE(blocked.blockedBy, std::optional<PolicyType>(PolicyType::PermissionBoundary));
        QCOMPARE(blocked.gate(PolicyType::Identity), Gate::Allow);
        QCOMPARE(blocked.gate(PolicyType::PermissionBoundary), Gate::ImplicitDeny);
        QCOMPARE(decide(R"("identity": [)" + kAllowGet + R"(], "permissionBoundary": [)" + kAllowGet + "]"),
            std::string("allowed"));
        // A boundary grants nothing by itself.
        QCOMPARE(decide(R"("identity": [], "permissionBoundary": [)" + kAllowGet + "]"), std::string("implicitDeny"));
        // Present but empty: in play, and nothing in it allows.
        QCOMPARE(
            decide(R"("identity": [)" + kAllowGet + R"(], "permissionBoundary": [])"), std::string("implicitDeny"));
    }

    // Same page, "Resource-based policies": a grant to the IAM user ARN is not limited by an implicit deny in the
    // identity policies or the boundary; a grant to the role ARN is limited by the boundary; a grant to the
    // role session ARN is not.
    void resourceGrantsAndTheBoundary()
    {
        const std::string boundary = R"("permissionBoundary": [)" + kAllowOther + "]";
        QCOMPARE(decide(R"("identity": [], )" + boundary + R"(, "resource": )"
                     + resourceAllowing("{\"AWS\": \"" + kUser + "\"}")),
            std::string("allowed"));
        QCOMPARE(decide(R"("identity": [], )" + boundary + R"(, "resource": )"
                         + resourceAllowing("{\"AWS\": \"" + kRole + "\"}"),
                     kSession),
            std::string("implicitDeny"));
        QCOMPARE(decide(R"("identity": [], )" + boundary + R"(, "resource": )"
                         + resourceAllowing("{\"AWS\": \"" + kSession + "\"}"),
                     kSession),
            std::string("allowed"));
        // Without a boundary, naming the role is enough in the same account.
        QCOMPARE(decide(R"("identity": [], "resource": )" + resourceAllowing("{\"AWS\": \"" + kRole + "\"}"), kSession),
            std::string("allowed"));
        // A role ARN with a path still names the role behind a session (session ARNs carry no path).
        QCOMPARE(decide(R"("identity": [], "resource": )"
                         + resourceAllowing(R"({"AWS": "arn:aws:iam::111122223333:role/team/Reader"})"),
                     kSession),
            std::string("allowed"));
    }

    // https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#policies_session: session policies
    // limit the role's identity-based permissions and grants to the role ARN, not grants to the session ARN.
    void sessionPolicies()
    {
        const auto blocked = run(R"("identity": [)" + kAllowGet + R"(], "session": [)" + kAllowOther + "]", kSession);
        QCOMPARE(blocked.decision, Decision::ImplicitDeny);
        QCOMPARE(blocked.blockedBy, std::optional<PolicyType>(PolicyType::Session));
        QCOMPARE(decide(R"("identity": [)" + kAllowGet + R"(], "session": [)" + kAllowGet + "]", kSession),
            std::string("allowed"));
        QCOMPARE(decide(R"("identity": [], "session": [)" + kAllowGet + "]", kSession), std::string("implicitDeny"));
        QCOMPARE(decide(R"("identity": [], "session": [)" + kAllowOther + R"(], "resource": )"
                         + resourceAllowing("{\"AWS\": \"" + kSession + "\"}"),
                     kSession),
            std::string("allowed"));
        QCOMPARE(decide(R"("identity": [], "session": [)" + kAllowOther + R"(], "resource": )"
                         + resourceAllowing("{\"AWS\": \"" + kRole + "\"}"),
                     kSession),
            std::string("implicitDeny"));
    }

    // https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_evaluation.html:
    // every level from the root to the account must allow.
    void scpEveryLevelMustAllow()
    {
        QCOMPARE(decide(R"("identity": [)" + kAllowGet + R"(], "scp": [)" + kAllowGet + "]"), std::string("allowed"));
        const auto blocked
            = run(R"("identity": [)" + kAllowGet + R"(], "scp": [[)" + kAllowGet + "], [" + kAllowOther + "]]");
        QCOMPARE(blocked.decision, Decision::ImplicitDeny);
        QCOMPARE(blocked.blockedBy, std::optional<PolicyType>(PolicyType::Scp));
        QCOMPARE(decide(R"("identity": [)" + kAllowGet + R"(], "scp": [[)" + kAllowGet + "], [" + kAllowOther + ","
                     + kAllowGet + "]]"),
            std::string("allowed"));
        QCOMPARE(decide(R"("identity": [)" + kAllowGet + R"(], "scp": [[)" + kAllowGet + "], []]"),
            std::string("implicitDeny"));
        QCOMPARE(decide(R"("identity": [)" + kAllowGet + R"(], "scp": [])"), std::string("implicitDeny"));
        // An SCP grants nothing by itself.
        QCOMPARE(decide(R"("identity": [], "scp": [)" + kAllowGet + "]"), std::string("implicitDeny"));
        // SCPs apply to the principal's account even when the resource is elsewhere.
        QCOMPARE(decide(R"("identity": [)" + kAllowGet + R"(], "scp": [)" + kAllowOther + R"(], "resource": )"
                         + resourceAllowing(R"({"AWS": "444455556666"})"),
                     kOtherUser, "111122223333"),
            std::string("implicitDeny"));
    }

    // https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html: SCPs do not
    // affect service-linked roles. RCPs (orgs_manage_policies_rcps.html) do not restrict them either.
    void serviceLinkedRolesAreExemptFromScpsAndRcps()
    {
        const std::string slr = "arn:aws:sts::111122223333:assumed-role/AWSServiceRoleForECS/ecs";
        QCOMPARE(decide(R"("identity": [)" + kAllowGet + R"(], "scp": [)" + kAllowOther + R"(], "rcp": [)" + kAllowOther
                         + "]",
                     slr),
            std::string("allowed"));
        QCOMPARE(decide(R"("identity": [)" + kAllowGet + R"(], "scp": [)" + kAllowOther + "]",
                     "arn:aws:iam::111122223333:role/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS"),
            std::string("allowed"));
        QCOMPARE(run(R"("identity": [)" + kAllowGet + R"(], "scp": [)" + kAllowOther + "]", slr).gate(PolicyType::Scp),
            Gate::NotInPlay);
    }

    // https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps_evaluation.html
    void rcpEveryLevelMustAllow()
    {
        QCOMPARE(decide(R"("identity": [)" + kAllowGet + R"(], "rcp": [[)" + kAllowGet + "], [" + kAllowGet + "]]"),
            std::string("allowed"));
        const auto blocked
            = run(R"("identity": [)" + kAllowGet + R"(], "rcp": [[)" + kAllowGet + "], [" + kAllowOther + "]]");
        QCOMPARE(blocked.decision, Decision::ImplicitDeny);
        QCOMPARE(blocked.blockedBy, std::optional<PolicyType>(PolicyType::Rcp));
        // RCPs also limit AWS service principals.
        QCOMPARE(decide(R"("identity": [], "rcp": [)" + kAllowOther + R"(], "resource": )"
                         + resourceAllowing(R"({"Service": "cloudtrail.amazonaws.com"})"),
                     "cloudtrail.amazonaws.com"),
            std::string("implicitDeny"));
    }

    // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-services
    void servicePrincipalsNeedAResourcePolicy()
    {
        const std::string resource = resourceAllowing(R"({"Service": "cloudtrail.amazonaws.com"})");
        QCOMPARE(
            decide(R"("identity": [], "resource": )" + resource, "cloudtrail.amazonaws.com"), std::string("allowed"));
        QCOMPARE(decide(R"("identity": [)" + kAllowGet + "]", "cloudtrail.amazonaws.com"), std::string("implicitDeny"));
        QCOMPARE(
            decide(R"("identity": [], "resource": )" + resource, "config.amazonaws.com"), std::string("implicitDeny"));
        // SCPs limit IAM principals only.
        QCOMPARE(decide(R"("identity": [], "scp": [)" + kAllowOther + R"(], "resource": )" + resource,
                     "cloudtrail.amazonaws.com"),
            std::string("allowed"));
    }

    // Same page: `"Principal": "*"` and `{"AWS": "*"}` mean everyone, anonymous callers included.
    void everyoneIncludesAnonymous()
    {
        QCOMPARE(
            decide(R"("identity": [], "resource": )" + resourceAllowing("\"*\""), "anonymous"), std::string("allowed"));
        QCOMPARE(decide(R"("identity": [], "resource": )" + resourceAllowing(R"({"AWS": "*"})"), "anonymous"),
            std::string("allowed"));
        QCOMPARE(
            decide(R"("identity": [], "resource": )" + resourceAllowing(R"({"AWS": "111122223333"})"), "anonymous"),
            std::string("implicitDeny"));
        QCOMPARE(decide(R"("identity": [)" + kAllowGet + "]", "anonymous"), std::string("implicitDeny"));
    }

    // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html
    void notPrincipalDeniesEveryoneElse()
    {
        const std::string deny = evaltest::fill(R"({"Version": "2012-10-17", "Statement": [{"Effect": "Deny",
            "NotPrincipal": {"AWS": ["@USER", "arn:aws:iam::111122223333:root"]}, "Action": "s3:*", "Resource": "*"}]})",
            { { "@USER", kUser } });
        QCOMPARE(decide(R"("identity": [)" + kAllowGet + R"(], "resource": )" + deny), std::string("allowed"));
        QCOMPARE(
            decide(R"("identity": [)" + kAllowGet + R"(], "resource": )" + deny, "arn:aws:iam::111122223333:user/bob"),
            std::string("allowed")); // bob's account is excluded too
        QCOMPARE(decide(R"("identity": [)" + kAllowGet + R"(], "resource": )" + deny, kOtherUser, "111122223333"),
            std::string("explicitDeny"));
        // "The NotPrincipal element with a Deny effect will always deny any IAM principal that has a
        // permissions boundary policy attached" (access_policies_boundaries.html).
        const auto withBoundary = run(
            R"("identity": [)" + kAllowGet + R"(], "permissionBoundary": [)" + kAllowGet + R"(], "resource": )" + deny);
        QCOMPARE(withBoundary.decision, Decision::ExplicitDeny);
        QVERIFY(!withBoundary.notes.empty());
    }

    // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html:
    // the root user has full access to its account, still subject to explicit denies and SCPs.
    void rootUser()
    {
        const std::string root = "arn:aws:iam::111122223333:root";
        QCOMPARE(decide(R"("identity": [])", root), std::string("allowed"));
        QCOMPARE(decide(R"("identity": [], "scp": [)" + kAllowOther + "]", root), std::string("implicitDeny"));
        QCOMPARE(decide(R"("identity": [], "resource": )" + resourceAllowing("\"*\"", "Deny"), root),
            std::string("explicitDeny"));
    }

    // A resource-based policy statement must name whom it is for.
    void resourceStatementWithoutPrincipalAppliesToNoOne()
    {
        const std::string resource
            = R"({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]})";
        const auto result = run(R"("identity": [], "resource": )" + resource);
        QCOMPARE(result.decision, Decision::ImplicitDeny);
        QCOMPARE(result.trace.at(0).mismatch.element, Mismatch::Element::Principal);
    }

    // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-principalarn:
    // for a role session, aws:PrincipalArn is the role's ARN.
    void derivedPrincipalKeys()
    {
        const std::string condition = evaltest::fill(R"({"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
            "Action": "s3:GetObject", "Resource": "*", "Condition": {"ArnEquals": {"aws:PrincipalArn": "@ROLE"},
            "StringEquals": {"aws:PrincipalType": "AssumedRole", "aws:PrincipalAccount": "111122223333"}}}]})",
            { { "@ROLE", kRole } });
        QCOMPARE(decide(R"("identity": [)" + condition + "]", kSession), std::string("allowed"));
        const std::string username
            = R"({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*",
            "Condition": {"Null": {"aws:username": "false"}}}]})";
        QCOMPARE(decide(R"("identity": [)" + username + "]"), std::string("allowed"));
        QCOMPARE(decide(R"("identity": [)" + username + "]", kSession), std::string("implicitDeny"));
    }

    // The trace covers every statement of every policy in play, in file order, and gates name every type.
    void traceAndGates()
    {
        const auto result = run(
            R"("identity": [)" + kAllowGet + "," + kAllowOther + R"(], "permissionBoundary": [)" + kAllowGet + "]");
        QCOMPARE(result.decision, Decision::Allowed);
        QCOMPARE(result.trace.size(), std::size_t { 3 });
        QVERIFY(result.trace[0].matched);
        QVERIFY(!result.trace[1].matched);
        QCOMPARE(result.trace[1].mismatch.element, Mismatch::Element::Action);
        QCOMPARE(result.trace[2].ref.type, PolicyType::PermissionBoundary);
        QCOMPARE(result.gate(PolicyType::Resource), Gate::NotInPlay);
        QCOMPARE(result.gate(PolicyType::Scp), Gate::NotInPlay);
        // The allow rests on both the identity statement and the boundary statement.
        QCOMPARE(result.decidedBy.size(), std::size_t { 2 });
    }

    // The same compiled policies give the same answers for many requests.
    void compiledPoliciesAreReusable()
    {
        const auto loaded = loadSimulation(simulation(R"("identity": [)" + kAllowGet + "]"));
        QVERIFY(loaded.ok());
        const CompiledPolicySet compiled = compilePolicies(*loaded.simulation);
        Request request = loaded.simulation->request;
        QCOMPARE(evaluate(compiled, request).decision, Decision::Allowed);
        request.action = "s3:PutObject";
        QCOMPARE(evaluate(compiled, request).decision, Decision::ImplicitDeny);
        request.action = "S3:GETOBJECT";
        QCOMPARE(evaluate(compiled, request, { false }).decision, Decision::Allowed);
    }
};

QTEST_APPLESS_MAIN(tst_EvaluationLogic)
#include "tst_EvaluationLogic.moc"
