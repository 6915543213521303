#include <random>

#include <QTest>

#include <nlohmann/json.hpp>

#include "core/catalog/Catalog.h"
#include "core/eval/Evaluator.h"
#include "core/eval/SmallestFix.h"

// Where each statement must go follows AWS's evaluation logic (docs/fidelity.md has the rule table):
// - https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html
//   (explicit deny wins; RCPs, SCPs, resource policy, boundary, session, identity in that order)
// - https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html
//   (across accounts both the resource policy and the caller's own policies must allow)
// - https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html (the boundary must allow too)
// - https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#policies_session (so must session policies)
// - https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_evaluation.html
//   (every SCP level must allow)
// - https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps_syntax.html
//   (only RCPFullAWSAccess may allow in RCPs)
// - https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-services
//   (only a resource-based policy naming the service lets a service in)

using namespace iam;

namespace {

using nlohmann::ordered_json;

const char* const kAlice = "arn:aws:iam::111122223333:user/alice";
const char* const kSession = "arn:aws:sts::111122223333:assumed-role/Deployer/build-42";
const char* const kOtherSession = "arn:aws:sts::444455556666:assumed-role/Reader/alice";
const char* const kObject = "arn:aws:s3:::reports/q3.pdf";

std::string allowPolicy(const std::string& action, const std::string& resource = "*")
{
    ordered_json statement = { { "Effect", "Allow" }, { "Action", action }, { "Resource", resource } };
    return ordered_json { { "Version", "2012-10-17" }, { "Statement", ordered_json::array({ statement }) } }.dump(2);
}

std::string resourcePolicy(const ordered_json& principal, const std::string& action, const std::string& resource)
{
    ordered_json statement
        = { { "Effect", "Allow" }, { "Principal", principal }, { "Action", action }, { "Resource", resource } };
    return ordered_json { { "Version", "2012-10-17" }, { "Statement", ordered_json::array({ statement }) } }.dump(2);
}

SimulationDocument documentFor(
    std::string principal, std::string action = "s3:GetObject", std::string resource = kObject)
{
    SimulationDocument document;
    document.request.principal = std::move(principal);
    document.request.action = std::move(action);
    document.request.resource = std::move(resource);
    return document;
}

void add(SimulationDocument& document, PolicyType type, std::string name, std::string text, int level = 0,
    bool enabled = true)
{
    document.policies.push_back({ type, level, std::move(name), std::move(text), enabled });
}

Decision decide(const SimulationDocument& document)
{
    const SimulationBuild build = buildSimulation(document);
    return build.simulation ? evaluate(*build.simulation).decision : Decision::ImplicitDeny;
}

// Applies the fix to a copy and weighs it again, as the page will.
bool flipsToAllowed(const SimulationDocument& document, const SmallestFix& fix)
{
    SimulationDocument changed = document;
    return applySmallestFix(changed, fix) && decide(changed) == Decision::Allowed;
}

ordered_json statementOf(const FixStep& step)
{
    return ordered_json::parse(step.statementJson);
}

std::string describe(const SmallestFix& fix)
{
    std::string text = fix.summary;
    for (const auto& detail : fix.details)
        text += "\n  " + detail;
    for (const auto& step : fix.steps)
        text += "\n  step " + std::string(policyTypeKey(step.type)) + " " + std::to_string(step.level) + ": "
            + step.statementJson;
    return text;
}

} // namespace

class tst_SmallestFix : public QObject {
    Q_OBJECT

private slots:
    void aUserWithoutPoliciesGetsANewIdentityPolicy()
    {
        const SimulationDocument document = documentFor(kAlice, "S3:getobject");
        const SmallestFix fix = suggestSmallestFix(document, &Catalog::builtIn());
        QCOMPARE(fix.kind, SmallestFix::Kind::AddAllow);
        QCOMPARE(fix.steps.size(), std::size_t(1));
        const FixStep& step = fix.steps.front();
        QCOMPARE(step.type, PolicyType::Identity);
        QVERIFY(!step.policyIndex);
        QCOMPARE(step.newPolicyName, std::string("Fix for s3:GetObject"));
        const ordered_json statement = statementOf(step);
        // The narrowest grant: the action as the catalog spells it, the exact resource, no condition.
        QCOMPARE(statement["Action"].get<std::string>(), std::string("s3:GetObject"));
        QCOMPARE(statement["Resource"].get<std::string>(), std::string(kObject));
        QCOMPARE(statement["Sid"].get<std::string>(), std::string("AllowS3GetObject"));
        QVERIFY(!statement.contains("Principal"));
        QVERIFY(!statement.contains("Condition"));
        QVERIFY(fix.summary.find("`arn:aws:s3:::reports/q3.pdf`") != std::string::npos);
        QVERIFY(fix.summary.find("a new identity-based policy `Fix for s3:GetObject`") != std::string::npos);

        SimulationDocument changed = document;
        QVERIFY(applySmallestFix(changed, fix));
        QCOMPARE(changed.policies.size(), std::size_t(1));
        QCOMPARE(changed.policies[0].name, std::string("Fix for s3:GetObject"));
        QCOMPARE(decide(changed), Decision::Allowed);
    }

    void theFirstSwitchedOnIdentityPolicyReceivesTheStatement()
    {
        SimulationDocument document = documentFor(kAlice);
        add(document, PolicyType::Identity, "Old", allowPolicy("s3:*"), 0, false);
        add(document, PolicyType::Identity, "Lister", allowPolicy("s3:ListBucket"));
        add(document, PolicyType::Identity, "Other", allowPolicy("ec2:DescribeInstances"));
        const SmallestFix fix = suggestSmallestFix(document);
        QCOMPARE(fix.kind, SmallestFix::Kind::AddAllow);
        QCOMPARE(fix.steps.size(), std::size_t(1));
        QCOMPARE(fix.steps[0].policyIndex, std::optional<std::size_t>(1));
        QVERIFY(flipsToAllowed(document, fix));
    }

    void crossAccountNeedsBothSides()
    {
        SimulationDocument document = documentFor(kOtherSession);
        document.request.resourceAccount = "111122223333";
        add(document, PolicyType::Identity, "Reader", allowPolicy("s3:ListBucket"));
        const SmallestFix fix = suggestSmallestFix(document);
        QVERIFY2(fix.kind == SmallestFix::Kind::AddAllow, describe(fix).c_str());
        QCOMPARE(fix.steps.size(), std::size_t(2));
        // The resource's gate closes first (cross-account page), then the caller's own side.
        QCOMPARE(fix.steps[0].type, PolicyType::Resource);
        QVERIFY(!fix.steps[0].policyIndex);
        const ordered_json bucket = statementOf(fix.steps[0]);
        QCOMPARE(bucket["Principal"]["AWS"].get<std::string>(), std::string("arn:aws:iam::444455556666:role/Reader"));
        QCOMPARE(fix.steps[1].type, PolicyType::Identity);
        QCOMPARE(fix.steps[1].policyIndex, std::optional<std::size_t>(0));
        QVERIFY(!statementOf(fix.steps[1]).contains("Principal"));
        QVERIFY(flipsToAllowed(document, fix));

        // Either side alone is not enough.
        for (std::size_t i = 0; i < 2; ++i) {
            SmallestFix half = fix;
            half.steps.erase(half.steps.begin() + static_cast<std::ptrdiff_t>(i));
            SimulationDocument changed = document;
            QVERIFY(applySmallestFix(changed, half));
            QCOMPARE(decide(changed), Decision::ImplicitDeny);
        }
    }

    void crossAccountWithOneSideAllowingSuggestsOnlyTheOther()
    {
        SimulationDocument identityAllows = documentFor(kOtherSession);
        identityAllows.request.resourceAccount = "111122223333";
        add(identityAllows, PolicyType::Identity, "Reader", allowPolicy("s3:GetObject"));
        add(identityAllows, PolicyType::Resource, "Bucket",
            resourcePolicy({ { "AWS", "arn:aws:iam::999988887777:root" } }, "s3:GetObject", kObject));
        SmallestFix fix = suggestSmallestFix(identityAllows);
        QCOMPARE(fix.steps.size(), std::size_t(1));
        QCOMPARE(fix.steps[0].type, PolicyType::Resource);
        QCOMPARE(fix.steps[0].policyIndex, std::optional<std::size_t>(1));
        QVERIFY(flipsToAllowed(identityAllows, fix));

        SimulationDocument resourceAllows = documentFor(kOtherSession);
        resourceAllows.request.resourceAccount = "111122223333";
        add(resourceAllows, PolicyType::Resource, "Bucket",
            resourcePolicy({ { "AWS", "arn:aws:iam::444455556666:role/Reader" } }, "s3:GetObject", kObject));
        fix = suggestSmallestFix(resourceAllows);
        QCOMPARE(fix.steps.size(), std::size_t(1));
        QCOMPARE(fix.steps[0].type, PolicyType::Identity);
        QVERIFY(fix.details.front().find("Across accounts") != std::string::npos);
        QVERIFY(flipsToAllowed(resourceAllows, fix));
    }

    void aClosedBoundaryIsWidened()
    {
        SimulationDocument document = documentFor(kAlice);
        add(document, PolicyType::Identity, "Reader", allowPolicy("s3:GetObject"));
        add(document, PolicyType::PermissionBoundary, "Boundary", allowPolicy("s3:ListBucket"));
        const SmallestFix fix = suggestSmallestFix(document);
        QCOMPARE(fix.steps.size(), std::size_t(1));
        QCOMPARE(fix.steps[0].type, PolicyType::PermissionBoundary);
        QCOMPARE(fix.steps[0].policyIndex, std::optional<std::size_t>(1));
        QVERIFY(fix.steps[0].reason.find("boundary") != std::string::npos);
        QVERIFY(flipsToAllowed(document, fix));
    }

    void theOneScpLevelThatDoesNotAllowIsNamed()
    {
        SimulationDocument document = documentFor(kAlice);
        add(document, PolicyType::Identity, "Reader", allowPolicy("s3:GetObject"));
        add(document, PolicyType::Scp, "FullAWSAccess", allowPolicy("*"), 0);
        add(document, PolicyType::Scp, "Compute only", allowPolicy("ec2:*"), 1);
        add(document, PolicyType::Scp, "Account", allowPolicy("*"), 2);
        const SmallestFix fix = suggestSmallestFix(document);
        QVERIFY2(fix.steps.size() == 1, describe(fix).c_str());
        QCOMPARE(fix.steps[0].type, PolicyType::Scp);
        QCOMPARE(fix.steps[0].level, 1);
        QCOMPARE(fix.steps[0].policyIndex, std::optional<std::size_t>(2));
        QVERIFY(fix.summary.find("at an OU") != std::string::npos);
        QVERIFY(fix.steps[0].reason.find("whoever runs your AWS organization") != std::string::npos);
        QVERIFY(flipsToAllowed(document, fix));
    }

    void aClosedRcpLevelGetsRcpFullAwsAccess()
    {
        SimulationDocument document = documentFor(kAlice);
        add(document, PolicyType::Identity, "Reader", allowPolicy("s3:GetObject"));
        add(document, PolicyType::Rcp, "RCPFullAWSAccess", resourcePolicy("*", "*", "*"), 0);
        add(document, PolicyType::Rcp, "No SQS",
            R"({"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Principal": "*", "Action": "sqs:*", "Resource": "*"}]})",
            1);
        const SmallestFix fix = suggestSmallestFix(document);
        QVERIFY2(fix.steps.size() == 1, describe(fix).c_str());
        const FixStep& step = fix.steps[0];
        QCOMPARE(step.type, PolicyType::Rcp);
        QCOMPARE(step.level, 1);
        // Only AWS's RCPFullAWSAccess may allow in an RCP, so that is what the level is missing.
        QVERIFY(!step.policyIndex);
        QCOMPARE(step.newPolicyName, std::string("RCPFullAWSAccess"));
        QCOMPARE(statementOf(step)["Principal"].get<std::string>(), std::string("*"));
        SimulationDocument changed = document;
        QVERIFY(applySmallestFix(changed, fix));
        QCOMPARE(changed.policies[3].name, std::string("RCPFullAWSAccess"));
        QCOMPARE(changed.policies[3].level, 1);
        QCOMPARE(decide(changed), Decision::Allowed);
    }

    void aSessionPolicyIsWidened()
    {
        SimulationDocument document
            = documentFor(kSession, "dynamodb:GetItem", "arn:aws:dynamodb:us-east-1:111122223333:table/Orders");
        add(document, PolicyType::Identity, "Deployer", allowPolicy("dynamodb:*"));
        add(document, PolicyType::Session, "Session", allowPolicy("s3:GetObject"));
        const SmallestFix fix = suggestSmallestFix(document, &Catalog::builtIn());
        QCOMPARE(fix.steps.size(), std::size_t(1));
        QCOMPARE(fix.steps[0].type, PolicyType::Session);
        QCOMPARE(statementOf(fix.steps[0])["Sid"].get<std::string>(), std::string("AllowDynamodbGetItem"));
        QVERIFY(flipsToAllowed(document, fix));
    }

    void aServiceIsLetInByTheResourcePolicyNamingIt()
    {
        SimulationDocument document
            = documentFor("lambda.amazonaws.com", "sqs:SendMessage", "arn:aws:sqs:us-east-1:111122223333:jobs");
        add(document, PolicyType::Identity, "Unrelated", allowPolicy("*"));
        add(document, PolicyType::Resource, "Queue policy",
            resourcePolicy(
                { { "Service", "sns.amazonaws.com" } }, "sqs:SendMessage", "arn:aws:sqs:us-east-1:111122223333:jobs"));
        const SmallestFix fix = suggestSmallestFix(document);
        QVERIFY2(fix.steps.size() == 1, describe(fix).c_str());
        QCOMPARE(fix.steps[0].type, PolicyType::Resource);
        QCOMPARE(fix.steps[0].policyIndex, std::optional<std::size_t>(1));
        QCOMPARE(
            statementOf(fix.steps[0])["Principal"]["Service"].get<std::string>(), std::string("lambda.amazonaws.com"));
        QVERIFY(fix.steps[0].reason.find("`lambda.amazonaws.com`") != std::string::npos);
        QVERIFY(flipsToAllowed(document, fix));
    }

    void anExplicitDenyCannotBeFixedByAnAllow()
    {
        SimulationDocument document = documentFor(kAlice);
        document.request.context = { { "aws:SourceIp", { "203.0.113.5" }, false } };
        add(document, PolicyType::Identity, "Reader", allowPolicy("s3:*"));
        add(document, PolicyType::Identity, "Office only",
            R"({"Version": "2012-10-17", "Statement": [{"Sid": "OutsideOffice",
            "Effect": "Deny", "Action": "s3:*", "Resource": "*", "Condition": {"NotIpAddress": {"aws:SourceIp": "10.0.0.0/8"}}}]})");
        const SmallestFix fix = suggestSmallestFix(document);
        QCOMPARE(fix.kind, SmallestFix::Kind::ChangeDeny);
        QCOMPARE(fix.denyStatements.size(), std::size_t(1));
        QCOMPARE(fix.denyStatements[0].sid, std::optional<std::string>("OutsideOffice"));
        QVERIFY(fix.steps.empty());
        QVERIFY(fix.summary.find("always wins") != std::string::npos);
        QVERIFY(fix.summary.find("cannot help") != std::string::npos);
        const std::string& detail = fix.details.front();
        QVERIFY2(detail.find("`Office only`") != std::string::npos, detail.c_str());
        QVERIFY2(detail.find("`OutsideOffice`") != std::string::npos, detail.c_str());
        // The key that made the deny match, with the request's value and the policy's.
        QVERIFY2(detail.find("`aws:SourceIp` is `203.0.113.5`, which satisfies `NotIpAddress` `10.0.0.0/8`")
                != std::string::npos,
            detail.c_str());
        SimulationDocument unchanged = document;
        QVERIFY(!applySmallestFix(unchanged, fix));
        QVERIFY(unchanged == document);
    }

    void aDenyInAnScpBelongsToTheOrganization()
    {
        SimulationDocument document = documentFor(kAlice, "s3:DeleteObject");
        add(document, PolicyType::Identity, "Admin", allowPolicy("*"));
        add(document, PolicyType::Scp, "No deletes",
            R"({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"},
                {"Effect": "Deny", "Action": "s3:DeleteObject", "Resource": "*"}]})");
        const SmallestFix fix = suggestSmallestFix(document);
        QCOMPARE(fix.kind, SmallestFix::Kind::ChangeDeny);
        QCOMPARE(fix.denyStatements[0].type, PolicyType::Scp);
        QVERIFY(fix.details.front().find("whoever runs the organization") != std::string::npos);
    }

    void anAllowedRequestNeedsNothing()
    {
        SimulationDocument document = documentFor(kAlice);
        add(document, PolicyType::Identity, "Reader", allowPolicy("s3:GetObject"));
        const SmallestFix fix = suggestSmallestFix(document);
        QCOMPARE(fix.kind, SmallestFix::Kind::NotNeeded);
        QVERIFY(!fix.summary.empty());
        QVERIFY(!applySmallestFix(document, fix));
    }

    void anUnreadablePolicyMakesItNotPossible()
    {
        SimulationDocument document = documentFor(kAlice);
        add(document, PolicyType::Identity, "Broken", "{\"Version\": ");
        const SmallestFix fix = suggestSmallestFix(document);
        QCOMPARE(fix.kind, SmallestFix::Kind::NotPossible);
        QVERIFY(fix.details.front().find("`Broken`") != std::string::npos);
    }

    void applyingKeepsThePolicysOwnLayout()
    {
        SimulationDocument document = documentFor(kAlice);
        const std::string original = "{\n"
                                     "    \"Version\": \"2012-10-17\",\n"
                                     "    \"Statement\": [\n"
                                     "        {\n"
                                     "            \"Sid\": \"AllowS3GetObject\",\n"
                                     "            \"Effect\": \"Allow\",\n"
                                     "            \"Action\": \"s3:GetObject\",\n"
                                     "            \"Resource\": \"arn:aws:s3:::other/*\"\n"
                                     "        }\n"
                                     "    ]\n"
                                     "}";
        add(document, PolicyType::Identity, "Reader", original);
        const SmallestFix fix = suggestSmallestFix(document);
        QCOMPARE(fix.steps.size(), std::size_t(1));
        // The policy already has `AllowS3GetObject`: the new Sid must differ.
        QCOMPARE(statementOf(fix.steps[0])["Sid"].get<std::string>(), std::string("AllowS3GetObject2"));
        SimulationDocument changed = document;
        QVERIFY(applySmallestFix(changed, fix));
        const std::string& text = changed.policies[0].text;
        // The old statement is untouched, and the new one is indented as the file is: four spaces a level.
        QVERIFY2(text.starts_with(original.substr(0, original.find("        }") + 9)), text.c_str());
        QVERIFY2(text.find("\n            \"Sid\": \"AllowS3GetObject2\",\n") != std::string::npos, text.c_str());
        QVERIFY(text.find("\n  \"") == std::string::npos);
        QCOMPARE(decide(changed), Decision::Allowed);
    }

    void aSingleStatementObjectBecomesAList()
    {
        SimulationDocument document = documentFor(kAlice);
        add(document, PolicyType::Identity, "Single",
            R"({"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "s3:ListBucket", "Resource": "*"}})");
        const SmallestFix fix = suggestSmallestFix(document);
        SimulationDocument changed = document;
        QVERIFY(applySmallestFix(changed, fix));
        const ordered_json policy = ordered_json::parse(changed.policies[0].text);
        QVERIFY(policy["Statement"].is_array());
        QCOMPARE(policy["Statement"].size(), std::size_t(2));
        QCOMPARE(decide(changed), Decision::Allowed);
    }

    void aMissingContextKeyIsOfferedAsAnAlternative()
    {
        SimulationDocument document = documentFor(kAlice);
        add(document, PolicyType::Identity, "MFA readers",
            R"({"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
            "Action": "s3:GetObject", "Resource": "*", "Condition": {"Bool": {"aws:MultiFactorAuthPresent": "true"}}}]})");
        const SmallestFix fix = suggestSmallestFix(document);
        QCOMPARE(fix.kind, SmallestFix::Kind::AddAllow);
        QVERIFY(fix.contextAlternative);
        QVERIFY2(fix.contextAlternative->find("`aws:MultiFactorAuthPresent`") != std::string::npos,
            fix.contextAlternative->c_str());
        QVERIFY(fix.contextAlternative->find("`true`") != std::string::npos);
        QVERIFY(flipsToAllowed(document, fix));
    }

    // Laws on generated input: for every denied request, the suggestion applied flips it to allowed.
    void everyGeneratedDenialIsFixed()
    {
        struct Target {
            const char* action;
            const char* resource;
        };
        const std::vector<Target> targets = {
            { "s3:GetObject", "arn:aws:s3:::reports/q3.pdf" },
            { "s3:PutObject", "arn:aws:s3:::uploads/photo.png" },
            { "s3:ListBucket", "arn:aws:s3:::reports" },
            { "dynamodb:GetItem", "arn:aws:dynamodb:us-east-1:111122223333:table/Orders" },
            { "sqs:SendMessage", "arn:aws:sqs:us-east-1:111122223333:jobs" },
            { "kms:Decrypt", "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab" },
            { "lambda:InvokeFunction", "arn:aws:lambda:us-east-1:111122223333:function:resize" },
            { "sns:Publish", "arn:aws:sns:us-east-1:111122223333:alerts" },
            { "ec2:DescribeInstances", "*" },
        };
        const std::vector<std::string> principals = { kAlice, kSession, "arn:aws:iam::111122223333:role/Deployer",
            "arn:aws:iam::444455556666:user/bob", kOtherSession, "events.amazonaws.com" };
        std::mt19937 random(20261123); // fixed: the same cases on every run
        auto pick = [&random](std::size_t count) { return static_cast<std::size_t>(random() % count); };
        auto coin = [&random]() { return random() % 2 == 0; };
        auto otherAction = [&](const Target& target) {
            std::string action = targets[pick(targets.size())].action;
            return action == target.action ? std::string("iam:GetUser") : action;
        };

        int denied = 0;
        int steps = 0;
        for (int attempt = 0; attempt < 400 && denied < 40; ++attempt) {
            const Target& target = targets[pick(targets.size())];
            SimulationDocument document
                = documentFor(principals[pick(principals.size())], target.action, target.resource);
            const bool otherAccount = document.request.principal.find("444455556666") != std::string::npos;
            if (otherAccount || coin())
                document.request.resourceAccount = "111122223333";
            for (std::size_t i = pick(3); i > 0; --i)
                add(document, PolicyType::Identity, "Identity " + std::to_string(i),
                    allowPolicy(coin() ? otherAction(target) : target.action, coin() ? "*" : target.resource));
            if (coin())
                add(document, PolicyType::Resource, "Resource",
                    resourcePolicy(
                        { { "AWS", coin() ? "arn:aws:iam::999988887777:root" : "arn:aws:iam::111122223333:root" } },
                        coin() ? target.action : otherAction(target), target.resource));
            if (coin())
                add(document, PolicyType::PermissionBoundary, "Boundary",
                    allowPolicy(coin() ? "*" : otherAction(target)));
            if (document.request.principal.find("assumed-role") != std::string::npos && coin())
                add(document, PolicyType::Session, "Session",
                    allowPolicy(coin() ? target.action : otherAction(target)));
            if (coin()) {
                for (std::size_t level = 0, levels = 1 + pick(3); level < levels; ++level)
                    add(document, PolicyType::Scp, "SCP " + std::to_string(level),
                        allowPolicy(coin() ? "*" : otherAction(target)), static_cast<int>(level));
            }
            if (decide(document) != Decision::ImplicitDeny)
                continue;
            ++denied;
            const SmallestFix fix = suggestSmallestFix(document, &Catalog::builtIn());
            const std::string label = document.request.principal + " " + target.action + ": " + describe(fix);
            QVERIFY2(fix.kind == SmallestFix::Kind::AddAllow, label.c_str());
            for (const FixStep& step : fix.steps) {
                const ordered_json statement = statementOf(step);
                QVERIFY2(!statement.contains("Condition"), label.c_str());
                if (step.type != PolicyType::Rcp) {
                    QCOMPARE(statement["Action"].get<std::string>(), std::string(target.action));
                    QCOMPARE(statement["Resource"].get<std::string>(), std::string(target.resource));
                }
            }
            steps += static_cast<int>(fix.steps.size());
            QVERIFY2(flipsToAllowed(document, fix), label.c_str());
        }
        qInfo("%d generated denied requests fixed with %d steps", denied, steps);
        QVERIFY2(denied >= 20, qPrintable(QString::number(denied)));
        QVERIFY(steps > denied); // some needed more than one change (both sides, boundary, SCP levels)
    }
};

QTEST_APPLESS_MAIN(tst_SmallestFix)
#include "tst_SmallestFix.moc"
