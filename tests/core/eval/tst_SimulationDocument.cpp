#include <QTest>

#include "core/eval/Evaluator.h"
#include "core/eval/SimulationDocument.h"

using namespace iam;

namespace {

const char* const kAllowRead = R"({"Version": "2012-10-17", "Statement": [{"Sid": "Read", "Effect": "Allow",
    "Action": "s3:GetObject", "Resource": "*"}]})";
const char* const kAllowAll
    = R"({"Version": "2012-10-17", "Statement": [{"Sid": "All", "Effect": "Allow", "Action": "*", "Resource": "*"}]})";
const char* const kDenyAll
    = R"({"Version": "2012-10-17", "Statement": [{"Sid": "No", "Effect": "Deny", "Action": "*", "Resource": "*"}]})";

SimulationDocumentPolicy policy(PolicyType type, std::string name, std::string text, int level = 0, bool enabled = true)
{
    return { type, level, std::move(name), std::move(text), enabled };
}

SimulationDocument readRequest(std::vector<SimulationDocumentPolicy> policies)
{
    SimulationDocument document;
    document.policies = std::move(policies);
    document.request.principal = "arn:aws:iam::111122223333:user/alice";
    document.request.action = "s3:GetObject";
    document.request.resource = "arn:aws:s3:::reports/q3.pdf";
    return document;
}

} // namespace

class tst_SimulationDocument : public QObject {
    Q_OBJECT

private slots:
    void policiesAreGroupedByType()
    {
        // Written in no particular order, as a page adds them.
        const SimulationDocument document = readRequest(
            { policy(PolicyType::Session, "Session", kAllowRead), policy(PolicyType::Identity, "First", kAllowRead),
                policy(PolicyType::PermissionBoundary, "Boundary", kAllowAll),
                policy(PolicyType::Identity, "Second", kAllowAll), policy(PolicyType::Resource, "Bucket", kAllowAll) });
        const SimulationBuild build = buildSimulation(document);
        QVERIFY(build.simulation);
        const Simulation& simulation = *build.simulation;
        QCOMPARE(simulation.identity.size(), std::size_t(2));
        QCOMPARE(simulation.identity[0].name, std::string("First"));
        QCOMPARE(simulation.identity[1].name, std::string("Second"));
        QCOMPARE(simulation.identity[1].pointer, std::string("/policies/3"));
        QVERIFY(simulation.resource);
        QCOMPARE(simulation.permissionBoundary->size(), std::size_t(1));
        QCOMPARE(simulation.session->size(), std::size_t(1));
        QVERIFY(!simulation.scp);
        QVERIFY(!simulation.rcp);
        QVERIFY(simulation.request == document.request);
    }

    // The author numbers levels (0 = root, the last = the account); the engine counts the levels in play.
    void organizationLevelsAreMadeDense()
    {
        const SimulationDocument document = readRequest(
            { policy(PolicyType::Identity, "Reader", kAllowRead), policy(PolicyType::Scp, "Account", kAllowAll, 2),
                policy(PolicyType::Scp, "Root", kAllowAll, 0), policy(PolicyType::Scp, "OU off", kDenyAll, 1, false),
                policy(PolicyType::Rcp, "Account RCP", kAllowAll, 3) });
        const SimulationBuild build = buildSimulation(document);
        QVERIFY(build.simulation);
        QCOMPARE(build.simulation->scp->size(), std::size_t(2));
        QCOMPARE((*build.simulation->scp)[0][0].name, std::string("Root"));
        QCOMPARE((*build.simulation->scp)[1][0].name, std::string("Account"));
        QCOMPARE(build.simulation->rcp->size(), std::size_t(1));
        QCOMPARE(evaluate(*build.simulation).decision, Decision::Allowed);
    }

    void switchedOffPoliciesAreNotWeighed()
    {
        SimulationDocument document = readRequest({ policy(PolicyType::Identity, "Reader", kAllowRead),
            policy(PolicyType::Identity, "Deny all", kDenyAll, 0, false) });
        SimulationBuild build = buildSimulation(document);
        QCOMPARE(build.simulation->identity.size(), std::size_t(1));
        QCOMPARE(evaluate(*build.simulation).decision, Decision::Allowed);
        document.policies[1].enabled = true;
        build = buildSimulation(document);
        QCOMPARE(evaluate(*build.simulation).decision, Decision::ExplicitDeny);
    }

    // A boundary whose every policy is off is not attached: it cannot close its gate.
    void aTypeWithEveryPolicyOffIsNotInPlay()
    {
        const SimulationDocument document = readRequest({ policy(PolicyType::Identity, "Reader", kAllowRead),
            policy(PolicyType::PermissionBoundary, "Deny all", kDenyAll, 0, false),
            policy(
                PolicyType::PermissionBoundary, "Nothing", R"({"Version": "2012-10-17", "Statement": []})", 0, false),
            policy(PolicyType::Scp, "Root", kDenyAll, 0, false), policy(PolicyType::Session, "Off", kDenyAll, 0, false),
            policy(PolicyType::Resource, "Off", kDenyAll, 0, false) });
        const SimulationBuild build = buildSimulation(document);
        QVERIFY(build.simulation);
        QVERIFY(!build.simulation->permissionBoundary);
        QVERIFY(!build.simulation->scp);
        QVERIFY(!build.simulation->session);
        QVERIFY(!build.simulation->resource);
        const EvaluationResult result = evaluate(*build.simulation);
        QCOMPARE(result.decision, Decision::Allowed);
        QCOMPARE(result.gate(PolicyType::PermissionBoundary), Gate::NotInPlay);
        QCOMPARE(result.gate(PolicyType::Scp), Gate::NotInPlay);
    }

    void anUnreadablePolicyThatIsOnStopsTheSimulation()
    {
        SimulationDocument document = readRequest({ policy(PolicyType::Identity, "Reader", kAllowRead),
            policy(PolicyType::Session, "Typo", R"({"Version": "2012-10-17", "Statement": [{"Effect": "Alow",
                "Action": "s3:GetObject", "Resource": "*"}]})"),
            policy(PolicyType::Identity, "Half", "{\"Version\": ", 0, false) });
        SimulationBuild build = buildSimulation(document);
        QVERIFY(!build.simulation);
        QVERIFY(!build.problems.empty());
        for (const auto& problem : build.problems)
            QCOMPARE(problem.policyIndex, std::size_t(1)); // the switched-off one is not read at all
        // Pointers are the policy's own, so its editor can show them.
        QCOMPARE(build.problems.front().diagnostic.pointer, std::string("/Statement/0/Effect"));

        document.policies[1].enabled = false;
        build = buildSimulation(document);
        QVERIFY(build.simulation);
        QVERIFY(build.problems.empty());
    }

    void documentIndexMapsTraceReferencesBack()
    {
        const SimulationDocument document = readRequest({ policy(PolicyType::Scp, "Account", kAllowAll, 2),
            policy(PolicyType::Identity, "Off", kAllowAll, 0, false),
            policy(PolicyType::Identity, "Reader", kAllowRead), policy(PolicyType::Scp, "Root", kAllowAll, 0),
            policy(PolicyType::Scp, "Root deny", kDenyAll, 0, false),
            policy(PolicyType::Rcp, "RCP", R"({"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                "Principal": "*", "Action": "*", "Resource": "*"}]})",
                1),
            policy(PolicyType::Resource, "Bucket", R"({"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                "Principal": {"AWS": "arn:aws:iam::111122223333:user/alice"}, "Action": "s3:GetObject", "Resource": "*"}]})") });
        const SimulationBuild build = buildSimulation(document);
        QVERIFY(build.simulation);
        const EvaluationResult result = evaluate(*build.simulation);
        QCOMPARE(result.decision, Decision::Allowed);
        QCOMPARE(result.trace.size(), std::size_t(5));
        std::vector<std::size_t> found;
        for (const StatementTrace& trace : result.trace) {
            const auto index = build.documentIndex(trace.ref);
            QVERIFY(index);
            QCOMPARE(document.policies[*index].type, trace.ref.type);
            found.push_back(*index);
        }
        std::sort(found.begin(), found.end());
        QCOMPARE(found, (std::vector<std::size_t> { 0, 2, 3, 5, 6 }));
        // An SCP reference carries the engine's dense level: level 1 is the document's level 2.
        StatementRef account;
        account.type = PolicyType::Scp;
        account.level = 1;
        account.policyIndex = 0;
        QCOMPARE(build.documentIndex(account), std::optional<std::size_t>(0));
        account.level = 0;
        QCOMPARE(build.documentIndex(account), std::optional<std::size_t>(3));
        account.level = 2;
        QVERIFY(!build.documentIndex(account));
        StatementRef unknown;
        unknown.policyIndex = 1; // one identity policy is weighed, not two
        QVERIFY(!build.documentIndex(unknown));
    }
};

QTEST_APPLESS_MAIN(tst_SimulationDocument)
#include "tst_SimulationDocument.moc"
