#include <QTest>

#include <nlohmann/json.hpp>

#include "EvalTestSupport.h"
#include "core/eval/EvaluationReport.h"

using namespace iam;

class tst_EvaluationReport : public QObject {
    Q_OBJECT

private slots:
    // The batch writer and the JSON-tree writer must never drift apart: scripts read both.
    void compactWriterMatchesTheJsonTree()
    {
        const std::string simulations[] = {
            R"({"policies": {"identity": [{"name": "N \u0022quoted\u0022", "document": {"Version": "2012-10-17", "Statement": [
                {"Sid": "A", "Effect": "Allow", "Action": "s3:Get*", "Resource": "*", "Condition": {"IpAddress": {"aws:SourceIp": "10.0.0.0/8"}}},
                {"Effect": "Deny", "Action": "s3:Delete*", "Resource": "*"}]}}],
                "scp": [[{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}], []],
                "resource": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "111122223333"},
                "Action": "s3:GetObject", "Resource": "*", "Condition": {"Foo": {"k": "v"}}}]}},
              "request": {"action": "s3:GetObject", "resource": "arn:aws:s3:::b/k\ttab", "context": {"aws:SourceIp": "203.0.113.5"}}})",
            R"({"policies": {"identity": [{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}]},
              "request": {"action": "s3:GetObject", "resource": "arn:aws:s3:::b/k"}})",
        };
        for (const auto& simulation : simulations) {
            const EvaluationResult result = evaltest::run(simulation);
            std::string compact;
            appendEvaluationJson(compact, result);
            QCOMPARE(nlohmann::ordered_json::parse(compact), evaluationToJson(result));
            QCOMPARE(compact, evaluationToJson(result).dump());
        }
    }

    void textReportNamesTheDecisionAndTheBlockingGate()
    {
        const EvaluationResult result
            = evaltest::run(R"({"policies": {"identity": [{"Version": "2012-10-17", "Statement": [
            {"Sid": "Get", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}], "permissionBoundary": []},
            "request": {"action": "s3:GetObject", "resource": "arn:aws:s3:::b/k"}})");
        const std::string text = formatEvaluationText(result);
        QVERIFY(text.starts_with("Decision: implicitDeny"));
        QVERIFY(text.find("permissions boundary does not allow") != std::string::npos);
        QVERIFY(text.find("statement 0 `Get`") != std::string::npos);
    }
};

QTEST_APPLESS_MAIN(tst_EvaluationReport)
#include "tst_EvaluationReport.moc"
