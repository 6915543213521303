#include <QTest>

#include <nlohmann/json.hpp>

#include "core/eval/ContextWhatIf.h"
#include "core/eval/Evaluator.h"
#include "core/eval/SimulationLoader.h"
#include "tests/support/TestDiagnostics.h"

using namespace iam;

namespace {

using nlohmann::ordered_json;

// An identity policy allowing s3:GetObject only under `operatorName: {key: values}`, and a request
// for it whose context is `context`.
Simulation conditional(const QString& operatorName, const QString& key, const QStringList& values,
    const ordered_json& context = ordered_json::object())
{
    ordered_json valueList = ordered_json::array();
    for (const auto& value : values)
        valueList.push_back(value.toStdString());
    ordered_json statement
        = { { "Sid", "Conditional" }, { "Effect", "Allow" }, { "Action", "s3:GetObject" }, { "Resource", "*" } };
    statement["Condition"][operatorName.toStdString()][key.toStdString()] = valueList;
    ordered_json file;
    file["policies"]["identity"]
        = ordered_json::array({ { { "Version", "2012-10-17" }, { "Statement", { statement } } } });
    file["request"] = { { "action", "s3:GetObject" }, { "resource", "arn:aws:s3:::reports/q3.pdf" } };
    if (!context.empty())
        file["request"]["context"] = context;
    return test::loadTestSimulation(file);
}

Decision decideWith(
    const QString& operatorName, const QString& key, const QStringList& values, const std::string& value)
{
    ordered_json context;
    context[key.toStdString()] = value;
    return evaluate(conditional(operatorName, key, values, context)).decision;
}

} // namespace

class tst_ContextWhatIf : public QObject {
    Q_OBJECT

private slots:
    void satisfyingValueFlipsTheDecision_data()
    {
        QTest::addColumn<QString>("op");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<QString>("expected");
        QTest::newRow("Bool true") << "Bool"
                                   << "aws:SecureTransport" << QStringList { "true" } << "true";
        QTest::newRow("Bool false") << "Bool"
                                    << "aws:MultiFactorAuthPresent" << QStringList { "false" } << "false";
        QTest::newRow("IpAddress v4") << "IpAddress"
                                      << "aws:SourceIp" << QStringList { "203.0.113.0/24" } << "203.0.113.1";
        QTest::newRow("IpAddress single") << "IpAddress"
                                          << "aws:SourceIp" << QStringList { "198.51.100.7" } << "198.51.100.7";
        QTest::newRow("IpAddress v6") << "IpAddress"
                                      << "aws:SourceIp" << QStringList { "2001:db8::/32" } << "2001:db8:0:0:0:0:0:1";
        QTest::newRow("StringEquals first value") << "StringEquals"
                                                  << "aws:PrincipalTag/team" << QStringList { "data", "ops" } << "data";
        QTest::newRow("StringEqualsIgnoreCase") << "StringEqualsIgnoreCase"
                                                << "aws:PrincipalTag/team" << QStringList { "Data" } << "Data";
        QTest::newRow("StringLike star") << "StringLike"
                                         << "s3:prefix" << QStringList { "home/*" } << "home/example";
        QTest::newRow("StringLike question") << "StringLike"
                                             << "s3:prefix" << QStringList { "file-?.txt" } << "file-x.txt";
        QTest::newRow("StringLike variable")
            << "StringLike"
            << "s3:prefix" << QStringList { "home/${aws:username}/*" } << "home/default/example";
        QTest::newRow("ArnLike") << "ArnLike"
                                 << "aws:SourceArn" << QStringList { "arn:aws:sns:*:111122223333:topic-*" }
                                 << "arn:aws:sns:example:111122223333:topic-example";
        QTest::newRow("ArnEquals") << "ArnEquals"
                                   << "aws:SourceArn" << QStringList { "arn:aws:iam::111122223333:role/admin" }
                                   << "arn:aws:iam::111122223333:role/admin";
        QTest::newRow("NumericLessThan") << "NumericLessThan"
                                         << "s3:max-keys" << QStringList { "10" } << "9";
        QTest::newRow("NumericLessThanEquals") << "NumericLessThanEquals"
                                               << "s3:max-keys" << QStringList { "10" } << "10";
        QTest::newRow("NumericGreaterThan") << "NumericGreaterThan"
                                            << "s3:max-keys" << QStringList { "2.5" } << "3.5";
        QTest::newRow("NumericEquals") << "NumericEquals"
                                       << "s3:max-keys" << QStringList { "100" } << "100";
        QTest::newRow("DateGreaterThan") << "DateGreaterThan"
                                         << "aws:CurrentTime" << QStringList { "2026-01-01T00:00:00Z" }
                                         << "2026-01-02T00:00:00Z";
        QTest::newRow("DateLessThan") << "DateLessThan"
                                      << "aws:CurrentTime" << QStringList { "2026-03-01" } << "2026-02-28T00:00:00Z";
        QTest::newRow("DateEquals epoch") << "DateEquals"
                                          << "aws:EpochTime" << QStringList { "1769860800" } << "1769860800";
        QTest::newRow("BinaryEquals") << "BinaryEquals"
                                      << "aws:SourceIdentity" << QStringList { "QmluYXJ5" } << "QmluYXJ5";
        QTest::newRow("Null false") << "Null"
                                    << "aws:TokenIssueTime" << QStringList { "false" } << "example";
        QTest::newRow("ForAnyValue") << "ForAnyValue:StringEquals"
                                     << "aws:TagKeys" << QStringList { "env" } << "env";
    }

    void satisfyingValueFlipsTheDecision()
    {
        QFETCH(QString, op);
        QFETCH(QString, key);
        QFETCH(QStringList, values);
        QFETCH(QString, expected);
        const std::vector<ContextWhatIf> whatIfs = whatIfMissingContext(conditional(op, key, values));
        QCOMPARE(whatIfs.size(), std::size_t(1));
        const ContextWhatIf& whatIf = whatIfs[0];
        QCOMPARE(whatIf.key, key.toStdString());
        QCOMPARE(whatIf.operatorName, op.toStdString());
        QCOMPARE(whatIf.statementPointer, std::string("/policies/identity/0/Statement/0"));
        QCOMPARE(whatIf.withoutKey, Decision::ImplicitDeny);
        QVERIFY(whatIf.satisfyingValue);
        QCOMPARE(QString::fromStdString(*whatIf.satisfyingValue), expected);
        QCOMPARE(whatIf.withValue, std::optional<Decision>(Decision::Allowed));
        // And the same value given by hand in a request of its own.
        QCOMPARE(decideWith(op, key, values, expected.toStdString()), Decision::Allowed);
    }

    void negatedOperatorsGetAValueOutsideTheirList_data()
    {
        QTest::addColumn<QString>("op");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<QString>("expected");
        QTest::newRow("StringNotEquals") << "StringNotEquals"
                                         << "aws:PrincipalTag/team" << QStringList { "interns" } << "other-value";
        QTest::newRow("NotIpAddress") << "NotIpAddress"
                                      << "aws:SourceIp" << QStringList { "192.0.2.0/24" } << "198.51.100.10";
        QTest::newRow("NumericNotEquals") << "NumericNotEquals"
                                          << "s3:max-keys" << QStringList { "5", "6" } << "7";
        QTest::newRow("DateNotEquals") << "DateNotEquals"
                                       << "aws:CurrentTime" << QStringList { "2026-01-01" } << "2026-01-02T00:00:00Z";
        QTest::newRow("ArnNotLike") << "ArnNotLike"
                                    << "aws:SourceArn" << QStringList { "arn:aws:iam::*:role/admin" }
                                    << "arn:aws:iam::999999999999:role/other-role";
    }

    void negatedOperatorsGetAValueOutsideTheirList()
    {
        QFETCH(QString, op);
        QFETCH(QString, key);
        QFETCH(QStringList, values);
        QFETCH(QString, expected);
        std::vector<std::string> policyValues;
        for (const auto& value : values)
            policyValues.push_back(value.toStdString());
        const Request request = conditional(op, key, values).request;
        const auto value = satisfyingContextValue(op.toStdString(), policyValues, key.toStdString(), request);
        QVERIFY(value);
        QCOMPARE(QString::fromStdString(*value), expected);
        QCOMPARE(decideWith(op, key, values, *value), Decision::Allowed);
        // A value the policy lists fails the same condition, so the check above could fail.
        const std::string listed = op == QLatin1String("NotIpAddress") ? "192.0.2.1"
            : op == QLatin1String("ArnNotLike")                        ? "arn:aws:iam::111122223333:role/admin"
                                                                       : policyValues.front();
        QCOMPARE(decideWith(op, key, values, listed), Decision::ImplicitDeny);
    }

    void noValueSatisfiesSomeConditions()
    {
        const Request request = conditional("Null", "aws:TokenIssueTime", { "true" }).request;
        // `Null: true` asks for the key to be absent: only leaving it out satisfies it.
        QVERIFY(!satisfyingContextValue("Null", { "true" }, "aws:TokenIssueTime", request));
        QVERIFY(!satisfyingContextValue("StringNotLike", { "*" }, "s3:prefix", request));
        QVERIFY(!satisfyingContextValue("NoSuchOperator", { "x" }, "s3:prefix", request));
        QVERIFY(!satisfyingContextValue("NumericLessThan", { "ten" }, "s3:max-keys", request));
    }

    void keysAlreadyGivenAreNotAsked()
    {
        ordered_json context;
        context["aws:SourceIp"] = "203.0.113.9";
        QVERIFY(whatIfMissingContext(conditional("IpAddress", "aws:SourceIp", { "203.0.113.0/24" }, context)).empty());
    }

    void aDenyConditionShowsWhatTheValueWouldCost()
    {
        // The Allow applies without the key; the Deny's condition, once satisfied, denies.
        const SimulationLoadResult loaded = loadSimulation(R"({
            "policies": {"identity": [{"Version": "2012-10-17", "Statement": [
                {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"},
                {"Sid": "NoOldTls", "Effect": "Deny", "Action": "s3:GetObject", "Resource": "*",
                 "Condition": {"NumericLessThan": {"s3:TlsVersion": "1.2"}}}]}]},
            "request": {"action": "s3:GetObject", "resource": "arn:aws:s3:::b/k"}})");
        QVERIFY(loaded.ok());
        const auto whatIfs = whatIfMissingContext(*loaded.simulation);
        QCOMPARE(whatIfs.size(), std::size_t(1));
        QCOMPARE(whatIfs[0].key, std::string("s3:TlsVersion"));
        QCOMPARE(whatIfs[0].withoutKey, Decision::Allowed);
        QCOMPARE(whatIfs[0].satisfyingValue, std::optional<std::string>("0.2"));
        QCOMPARE(whatIfs[0].withValue, std::optional<Decision>(Decision::ExplicitDeny));
        QCOMPARE(whatIfs[0].statementPointer, std::string("/policies/identity/0/Statement/1"));
    }
};

QTEST_APPLESS_MAIN(tst_ContextWhatIf)
#include "tst_ContextWhatIf.moc"
