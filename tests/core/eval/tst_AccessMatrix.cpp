#include <QTest>

#include <nlohmann/json.hpp>

#include "core/catalog/Catalog.h"
#include "core/eval/AccessMatrix.h"
#include "core/eval/SimulationLoader.h"
#include "tests/support/TestDiagnostics.h"

using namespace iam;
using iam::test::findCode;

namespace {

using nlohmann::ordered_json;

ordered_json statement(const char* effect, const ordered_json& action, const char* resource)
{
    return { { "Effect", effect }, { "Action", action }, { "Resource", resource } };
}

// Lists the reports bucket, reads its objects (any s3:GetObject* action), never deletes.
Simulation reportsReader(const ordered_json& context = ordered_json::object())
{
    ordered_json file;
    file["policies"]["identity"] = ordered_json::array({ { { "Version", "2012-10-17" },
        { "Statement",
            { statement("Allow", "s3:ListBucket", "arn:aws:s3:::reports"),
                statement("Allow", "s3:GetObject*", "arn:aws:s3:::reports/*"),
                statement("Deny", "s3:DeleteObject", "*") } } } });
    file["request"] = { { "action", "s3:GetObject" }, { "resource", "*" } };
    if (!context.empty())
        file["request"]["context"] = context;
    return test::loadTestSimulation(file);
}

} // namespace

class tst_AccessMatrix : public QObject {
    Q_OBJECT

private slots:
    void gridGroupedByAccessLevelAsCsv()
    {
        const AccessMatrix matrix = evaluateAccessMatrix(reportsReader(),
            { "s3:PutObject", "s3:GetObjectT*", "s3:GetObjectt", "s3:DeleteObject", "s3:Nope*", "iam:PutUserPolicy",
                "s3:ListBucket", "s3:listbucket" },
            { "arn:aws:s3:::reports", "arn:aws:s3:::reports/a,\"b\".pdf" }, Catalog::builtIn());
        QCOMPARE(matrix.rows.size(), std::size_t(7));
        QCOMPARE(accessMatrixToCsv(matrix),
            std::string("action,accessLevel,arn:aws:s3:::reports,\"arn:aws:s3:::reports/a,\"\"b\"\".pdf\"\r\n"
                        "s3:ListBucket,List,allowed,implicitDeny\r\n"
                        "s3:GetObjectTagging,Read,implicitDeny,allowed\r\n"
                        "s3:GetObjectTorrent,Read,implicitDeny,allowed\r\n"
                        "s3:PutObject,Write,implicitDeny,implicitDeny\r\n"
                        "s3:DeleteObject,Write,explicitDeny,explicitDeny\r\n"
                        "iam:PutUserPolicy,Permissions management,implicitDeny,implicitDeny\r\n"
                        "s3:GetObjectt,,implicitDeny,allowed\r\n"));
    }

    void unknownNamesAreKeptAndEmptyPatternsReported()
    {
        const AccessMatrix matrix = evaluateAccessMatrix(
            reportsReader(), { "s3:GetObjectt", "s3:Nope*" }, { "arn:aws:s3:::reports/k", "" }, Catalog::builtIn());
        // The catalog may lag behind AWS: a literal name it does not know still gets its row.
        QCOMPARE(matrix.rows.size(), std::size_t(1));
        QVERIFY(!matrix.rows[0].accessLevel);
        const Diagnostic* unknown = findCode(matrix.diagnostics, "UNKNOWN_ACTION");
        QVERIFY(unknown);
        QCOMPARE(unknown->severity, Severity::Warning);
        QCOMPARE(unknown->help, std::string("did you mean `s3:GetObject`?"));
        const Diagnostic* nothing = findCode(matrix.diagnostics, "ACTION_PATTERN_MATCHES_NOTHING");
        QVERIFY(nothing);
        QCOMPARE(nothing->severity, Severity::Error);
        QVERIFY(findCode(matrix.diagnostics, "EMPTY_MATRIX_RESOURCE"));
        QCOMPARE(matrix.resources, std::vector<std::string> { "arn:aws:s3:::reports/k" });
    }

    void baseRequestContextAppliesToEveryCell()
    {
        ordered_json file;
        ordered_json allow = statement("Allow", "s3:GetObject", "*");
        allow["Condition"]["IpAddress"]["aws:SourceIp"] = "203.0.113.0/24";
        file["policies"]["identity"]
            = ordered_json::array({ { { "Version", "2012-10-17" }, { "Statement", { allow } } } });
        file["request"] = { { "action", "s3:GetObject" }, { "resource", "*" } };
        SimulationLoadResult loaded = loadSimulation(file.dump());
        QVERIFY(loaded.ok());
        const std::vector<std::string> actions { "s3:GetObject" };
        const std::vector<std::string> resources { "arn:aws:s3:::b/k" };
        QCOMPARE(evaluateAccessMatrix(*loaded.simulation, actions, resources, Catalog::builtIn()).rows[0].decisions,
            std::vector<Decision> { Decision::ImplicitDeny });
        loaded.simulation->request.context.push_back({ "aws:SourceIp", { "203.0.113.5" }, false });
        QCOMPARE(evaluateAccessMatrix(*loaded.simulation, actions, resources, Catalog::builtIn()).rows[0].decisions,
            std::vector<Decision> { Decision::Allowed });
    }

    void csvQuotesLineBreaksAndLeavesPlainFieldsAlone()
    {
        AccessMatrix matrix;
        matrix.resources = { "line\nbreak", "carriage\rreturn", "plain" };
        matrix.rows.push_back({ "s3:GetObject", AccessLevel::Read,
            { Decision::Allowed, Decision::ExplicitDeny, Decision::ImplicitDeny } });
        QCOMPARE(accessMatrixToCsv(matrix),
            std::string("action,accessLevel,\"line\nbreak\",\"carriage\rreturn\",plain\r\n"
                        "s3:GetObject,Read,allowed,explicitDeny,implicitDeny\r\n"));
        QCOMPARE(accessMatrixToCsv(AccessMatrix {}), std::string("action,accessLevel\r\n"));
    }
};

QTEST_APPLESS_MAIN(tst_AccessMatrix)
#include "tst_AccessMatrix.moc"
