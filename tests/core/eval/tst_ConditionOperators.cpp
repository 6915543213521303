#include <QTest>
// moc misreads a raw string holding `/` followed by `*`: such JSON here writes the `*` as \u002a.

#include "EvalTestSupport.h"

// Every row follows "IAM JSON policy elements: Condition operators":
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
// and, for ForAllValues / ForAnyValue, "Set operators for multivalued context keys":
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html
class tst_ConditionOperators : public QObject {
    Q_OBJECT

private slots:
    void operators_data()
    {
        QTest::addColumn<QString>("condition");
        QTest::addColumn<QString>("context");
        QTest::addColumn<bool>("allowed");

        // String operators: exact and case-sensitive, IgnoreCase variants, Like with * and ?.
        QTest::newRow("StringEquals match") << R"({"StringEquals": {"aws:PrincipalTag/team": "blue"}})"
                                            << R"({"aws:PrincipalTag/team": "blue"})" << true;
        QTest::newRow("StringEquals is case-sensitive") << R"({"StringEquals": {"aws:PrincipalTag/team": "blue"}})"
                                                        << R"({"aws:PrincipalTag/team": "Blue"})" << false;
        QTest::newRow("StringEquals several values are OR") << R"({"StringEquals": {"s3:prefix": ["a", "b"]}})"
                                                            << R"({"s3:prefix": "b"})" << true;
        QTest::newRow("StringEquals has no wildcards") << R"({"StringEquals": {"s3:prefix": "a*"}})"
                                                       << R"({"s3:prefix": "abc"})" << false;
        QTest::newRow("StringEquals missing key is false") << R"({"StringEquals": {"s3:prefix": "a"}})"
                                                           << "{}" << false;
        QTest::newRow("StringNotEquals differs") << R"({"StringNotEquals": {"s3:prefix": ["a", "b"]}})"
                                                 << R"({"s3:prefix": "c"})" << true;
        QTest::newRow("StringNotEquals equal to one") << R"({"StringNotEquals": {"s3:prefix": ["a", "b"]}})"
                                                      << R"({"s3:prefix": "b"})" << false;
        QTest::newRow("StringNotEquals missing key is true") << R"({"StringNotEquals": {"s3:prefix": "a"}})"
                                                             << "{}" << true;
        QTest::newRow("StringEqualsIgnoreCase") << R"({"StringEqualsIgnoreCase": {"aws:PrincipalTag/team": "BLUE"}})"
                                                << R"({"aws:PrincipalTag/team": "blue"})" << true;
        QTest::newRow("StringNotEqualsIgnoreCase")
            << R"({"StringNotEqualsIgnoreCase": {"aws:PrincipalTag/team": "BLUE"}})"
            << R"({"aws:PrincipalTag/team": "blue"})" << false;
        QTest::newRow("StringLike star") << R"({"StringLike": {"s3:prefix": "home/\u002a"}})"
                                         << R"({"s3:prefix": "home/alice/docs"})" << true;
        QTest::newRow("StringLike question mark") << R"({"StringLike": {"s3:prefix": "v?"}})"
                                                  << R"({"s3:prefix": "v2"})" << true;
        QTest::newRow("StringLike question mark is one character") << R"({"StringLike": {"s3:prefix": "v?"}})"
                                                                   << R"({"s3:prefix": "v22"})" << false;
        QTest::newRow("StringLike is case-sensitive") << R"({"StringLike": {"s3:prefix": "Home/\u002a"}})"
                                                      << R"({"s3:prefix": "home/x"})" << false;
        QTest::newRow("StringNotLike") << R"({"StringNotLike": {"s3:prefix": "home/\u002a"}})"
                                       << R"({"s3:prefix": "tmp/x"})" << true;
        QTest::newRow("StringNotLike missing key is true") << R"({"StringNotLike": {"s3:prefix": "home/\u002a"}})"
                                                           << "{}" << true;
        QTest::newRow("condition key names are case-insensitive")
            << R"({"StringEquals": {"AWS:PRINCIPALTAG/TEAM": "blue"}})"
            << R"({"aws:principaltag/team": "blue"})" << true;

        // Numeric.
        QTest::newRow("NumericEquals") << R"({"NumericEquals": {"s3:max-keys": "10"}})"
                                       << R"({"s3:max-keys": "10"})" << true;
        QTest::newRow("NumericEquals reads numbers not text") << R"({"NumericEquals": {"s3:max-keys": "10"}})"
                                                              << R"({"s3:max-keys": "10.0"})" << true;
        QTest::newRow("NumericNotEquals") << R"({"NumericNotEquals": {"s3:max-keys": "10"}})"
                                          << R"({"s3:max-keys": "11"})" << true;
        QTest::newRow("NumericLessThan") << R"({"NumericLessThan": {"s3:max-keys": "10"}})"
                                         << R"({"s3:max-keys": "9"})" << true;
        QTest::newRow("NumericLessThan equal is false") << R"({"NumericLessThan": {"s3:max-keys": "10"}})"
                                                        << R"({"s3:max-keys": "10"})" << false;
        QTest::newRow("NumericLessThanEquals") << R"({"NumericLessThanEquals": {"s3:max-keys": "10"}})"
                                               << R"({"s3:max-keys": "10"})" << true;
        QTest::newRow("NumericGreaterThan") << R"({"NumericGreaterThan": {"s3:max-keys": 10}})"
                                            << R"({"s3:max-keys": 11})" << true;
        QTest::newRow("NumericGreaterThanEquals") << R"({"NumericGreaterThanEquals": {"s3:max-keys": "10"}})"
                                                  << R"({"s3:max-keys": "9"})" << false;
        QTest::newRow("Numeric request value that is not a number") << R"({"NumericLessThan": {"s3:max-keys": "10"}})"
                                                                    << R"({"s3:max-keys": "ten"})" << false;

        // Date: ISO 8601 and epoch seconds compare as instants.
        QTest::newRow("DateLessThan ISO") << R"({"DateLessThan": {"aws:CurrentTime": "2026-01-01T00:00:00Z"}})"
                                          << R"({"aws:CurrentTime": "2025-12-31T23:59:59Z"})" << true;
        QTest::newRow("DateLessThan epoch against ISO")
            << R"({"DateLessThan": {"aws:CurrentTime": "2026-01-01T00:00:00Z"}})"
            << R"({"aws:CurrentTime": "1767225600"})" << false;
        QTest::newRow("DateGreaterThan date only") << R"({"DateGreaterThan": {"aws:CurrentTime": "2026-01-01"}})"
                                                   << R"({"aws:CurrentTime": "2026-01-01T00:00:01Z"})" << true;
        QTest::newRow("DateEquals with offset") << R"({"DateEquals": {"aws:CurrentTime": "2026-01-01T02:00:00+02:00"}})"
                                                << R"({"aws:CurrentTime": "2026-01-01T00:00:00Z"})" << true;
        QTest::newRow("DateNotEquals") << R"({"DateNotEquals": {"aws:CurrentTime": "2026-01-01"}})"
                                       << R"({"aws:CurrentTime": "2026-01-02"})" << true;
        QTest::newRow("DateLessThanEquals") << R"({"DateLessThanEquals": {"aws:EpochTime": "1767225600"}})"
                                            << R"({"aws:EpochTime": "1767225600"})" << true;
        QTest::newRow("DateGreaterThanEquals")
            << R"({"DateGreaterThanEquals": {"aws:CurrentTime": "2026-06-01T00:00:00Z"}})"
            << R"({"aws:CurrentTime": "2026-05-31T00:00:00Z"})" << false;
        QTest::newRow("Date missing key is false") << R"({"DateLessThan": {"aws:CurrentTime": "2026-01-01"}})"
                                                   << "{}" << false;

        // Bool: true/false, JSON booleans read as text.
        QTest::newRow("Bool true") << R"({"Bool": {"aws:SecureTransport": "true"}})"
                                   << R"({"aws:SecureTransport": "true"})" << true;
        QTest::newRow("Bool JSON boolean") << R"({"Bool": {"aws:SecureTransport": true}})"
                                           << R"({"aws:SecureTransport": true})" << true;
        QTest::newRow("Bool false does not match true") << R"({"Bool": {"aws:SecureTransport": "false"}})"
                                                        << R"({"aws:SecureTransport": "true"})" << false;
        QTest::newRow("Bool missing key is false") << R"({"Bool": {"aws:SecureTransport": "true"}})"
                                                   << "{}" << false;

        // Binary: the base64 text compared exactly.
        QTest::newRow("BinaryEquals") << R"({"BinaryEquals": {"key": "QmluYXJ5VmFsdWU="}})"
                                      << R"({"key": "QmluYXJ5VmFsdWU="})" << true;
        QTest::newRow("BinaryEquals differs") << R"({"BinaryEquals": {"key": "QmluYXJ5VmFsdWU="}})"
                                              << R"({"key": "QmluYXJ5"})" << false;

        // IP addresses: IPv4, IPv6, CIDR, single addresses.
        QTest::newRow("IpAddress IPv4 CIDR") << R"({"IpAddress": {"aws:SourceIp": "203.0.113.0/24"}})"
                                             << R"({"aws:SourceIp": "203.0.113.77"})" << true;
        QTest::newRow("IpAddress IPv4 outside") << R"({"IpAddress": {"aws:SourceIp": "203.0.113.0/24"}})"
                                                << R"({"aws:SourceIp": "203.0.114.1"})" << false;
        QTest::newRow("IpAddress single address") << R"({"IpAddress": {"aws:SourceIp": "203.0.113.5"}})"
                                                  << R"({"aws:SourceIp": "203.0.113.5"})" << true;
        QTest::newRow("IpAddress IPv6 CIDR") << R"({"IpAddress": {"aws:SourceIp": "2001:DB8:1234:5678::/64"}})"
                                             << R"({"aws:SourceIp": "2001:db8:1234:5678::abcd"})" << true;
        QTest::newRow("IpAddress IPv6 outside") << R"({"IpAddress": {"aws:SourceIp": "2001:db8:1234:5678::/64"}})"
                                                << R"({"aws:SourceIp": "2001:db8:1234:5679::1"})" << false;
        QTest::newRow("IpAddress IPv4 request against IPv6 range") << R"({"IpAddress": {"aws:SourceIp": "::/0"}})"
                                                                   << R"({"aws:SourceIp": "203.0.113.5"})" << false;
        QTest::newRow("NotIpAddress") << R"({"NotIpAddress": {"aws:SourceIp": ["10.0.0.0/8", "192.168.0.0/16"]}})"
                                      << R"({"aws:SourceIp": "203.0.113.5"})" << true;
        QTest::newRow("NotIpAddress inside") << R"({"NotIpAddress": {"aws:SourceIp": ["10.0.0.0/8"]}})"
                                             << R"({"aws:SourceIp": "10.1.2.3"})" << false;
        QTest::newRow("NotIpAddress missing key is true") << R"({"NotIpAddress": {"aws:SourceIp": "10.0.0.0/8"}})"
                                                          << "{}" << true;

        // ARN operators: six parts matched one by one, wildcards in each.
        QTest::newRow("ArnEquals") << R"({"ArnEquals": {"aws:SourceArn": "arn:aws:sns:us-east-1:111122223333:topic"}})"
                                   << R"({"aws:SourceArn": "arn:aws:sns:us-east-1:111122223333:topic"})" << true;
        QTest::newRow("ArnLike wildcard region")
            << R"({"ArnLike": {"aws:SourceArn": "arn:aws:sns:*:111122223333:*"}})"
            << R"({"aws:SourceArn": "arn:aws:sns:eu-west-1:111122223333:alerts"})" << true;
        QTest::newRow("ArnLike wildcard cannot cross parts")
            << R"({"ArnLike": {"aws:SourceArn": "arn:aws:sns:*:topic"}})"
            << R"({"aws:SourceArn": "arn:aws:sns:eu-west-1:111122223333:topic"})" << false;
        QTest::newRow("ArnLike case-sensitive")
            << R"({"ArnLike": {"aws:SourceArn": "arn:aws:sns:*:111122223333:Topic"}})"
            << R"({"aws:SourceArn": "arn:aws:sns:us-east-1:111122223333:topic"})" << false;
        QTest::newRow("ArnNotEquals")
            << R"({"ArnNotEquals": {"aws:PrincipalArn": "arn:aws:iam::111122223333:user/bob"}})"
            << "{}" << true;
        QTest::newRow("ArnNotLike matching")
            << R"({"ArnNotLike": {"aws:PrincipalArn": "arn:aws:iam::111122223333:user/\u002a"}})"
            << "{}" << false;
        QTest::newRow("Arn request value that is not an ARN")
            << R"({"ArnLike": {"aws:SourceArn": "arn:aws:sns:*:*:*"}})"
            << R"({"aws:SourceArn": "topic"})" << false;

        // ...IfExists: a missing key passes, a present key is compared.
        QTest::newRow("StringEqualsIfExists missing") << R"({"StringEqualsIfExists": {"ec2:InstanceType": "t3.micro"}})"
                                                      << "{}" << true;
        QTest::newRow("StringEqualsIfExists present and different")
            << R"({"StringEqualsIfExists": {"ec2:InstanceType": "t3.micro"}})"
            << R"({"ec2:InstanceType": "m5.large"})" << false;
        QTest::newRow("BoolIfExists missing") << R"({"BoolIfExists": {"aws:MultiFactorAuthPresent": "true"}})"
                                              << "{}" << true;
        QTest::newRow("BoolIfExists false") << R"({"BoolIfExists": {"aws:MultiFactorAuthPresent": "true"}})"
                                            << R"({"aws:MultiFactorAuthPresent": "false"})" << false;
        QTest::newRow("NumericLessThanIfExists missing") << R"({"NumericLessThanIfExists": {"s3:max-keys": "5"}})"
                                                         << "{}" << true;
        QTest::newRow("DateGreaterThanIfExists present")
            << R"({"DateGreaterThanIfExists": {"aws:CurrentTime": "2026-01-01"}})"
            << R"({"aws:CurrentTime": "2025-01-01"})" << false;
        QTest::newRow("IpAddressIfExists missing") << R"({"IpAddressIfExists": {"aws:SourceIp": "10.0.0.0/8"}})"
                                                   << "{}" << true;
        QTest::newRow("ArnLikeIfExists missing") << R"({"ArnLikeIfExists": {"aws:SourceArn": "arn:aws:sns:*:*:*"}})"
                                                 << "{}" << true;
        QTest::newRow("StringNotLikeIfExists present and like") << R"({"StringNotLikeIfExists": {"s3:prefix": "a*"}})"
                                                                << R"({"s3:prefix": "abc"})" << false;

        // Null: presence test.
        QTest::newRow("Null true with key absent") << R"({"Null": {"aws:TokenIssueTime": "true"}})"
                                                   << "{}" << true;
        QTest::newRow("Null true with key present") << R"({"Null": {"aws:TokenIssueTime": "true"}})"
                                                    << R"({"aws:TokenIssueTime": "2026-01-01T00:00:00Z"})" << false;
        QTest::newRow("Null false with key present") << R"({"Null": {"aws:TokenIssueTime": false}})"
                                                     << R"({"aws:TokenIssueTime": "2026-01-01T00:00:00Z"})" << true;
        QTest::newRow("Null false with key absent") << R"({"Null": {"aws:TokenIssueTime": "false"}})"
                                                    << "{}" << false;

        // Set operators on multivalued keys.
        QTest::newRow("ForAllValues every value listed")
            << R"({"ForAllValues:StringEquals": {"aws:TagKeys": ["a", "b", "c"]}})"
            << R"({"aws:TagKeys": ["a", "b"]})" << true;
        QTest::newRow("ForAllValues one value not listed")
            << R"({"ForAllValues:StringEquals": {"aws:TagKeys": ["a", "b"]}})"
            << R"({"aws:TagKeys": ["a", "z"]})" << false;
        QTest::newRow("ForAllValues missing key is true") << R"({"ForAllValues:StringEquals": {"aws:TagKeys": ["a"]}})"
                                                          << "{}" << true;
        QTest::newRow("ForAllValues empty list is true") << R"({"ForAllValues:StringEquals": {"aws:TagKeys": ["a"]}})"
                                                         << R"({"aws:TagKeys": []})" << true;
        QTest::newRow("ForAnyValue one value listed") << R"({"ForAnyValue:StringEquals": {"aws:TagKeys": ["a"]}})"
                                                      << R"({"aws:TagKeys": ["z", "a"]})" << true;
        QTest::newRow("ForAnyValue none listed") << R"({"ForAnyValue:StringEquals": {"aws:TagKeys": ["a"]}})"
                                                 << R"({"aws:TagKeys": ["y", "z"]})" << false;
        QTest::newRow("ForAnyValue missing key is false") << R"({"ForAnyValue:StringEquals": {"aws:TagKeys": ["a"]}})"
                                                          << "{}" << false;
        QTest::newRow("ForAnyValue empty list is false") << R"({"ForAnyValue:StringEquals": {"aws:TagKeys": ["a"]}})"
                                                         << R"({"aws:TagKeys": []})" << false;
        QTest::newRow("ForAllValues StringNotEquals none forbidden")
            << R"({"ForAllValues:StringNotEquals": {"aws:TagKeys": ["secret"]}})"
            << R"({"aws:TagKeys": ["a", "b"]})" << true;
        QTest::newRow("ForAllValues StringNotEquals one forbidden")
            << R"({"ForAllValues:StringNotEquals": {"aws:TagKeys": ["secret"]}})"
            << R"({"aws:TagKeys": ["a", "secret"]})" << false;
        QTest::newRow("ForAnyValue StringNotEquals one other")
            << R"({"ForAnyValue:StringNotEquals": {"aws:TagKeys": ["a"]}})"
            << R"({"aws:TagKeys": ["a", "b"]})" << true;
        QTest::newRow("ForAnyValue StringLike") << R"({"ForAnyValue:StringLike": {"aws:TagKeys": ["env*"]}})"
                                                << R"({"aws:TagKeys": ["owner", "environment"]})" << true;
        QTest::newRow("ForAnyValue StringEqualsIfExists missing")
            << R"({"ForAnyValue:StringEqualsIfExists": {"aws:TagKeys": ["a"]}})"
            << "{}" << true;

        // Several keys are AND, several operators are AND.
        QTest::newRow("two keys both hold") << R"({"StringEquals": {"k1": "a", "k2": "b"}})"
                                            << R"({"k1": "a", "k2": "b"})" << true;
        QTest::newRow("two keys one fails") << R"({"StringEquals": {"k1": "a", "k2": "b"}})"
                                            << R"({"k1": "a", "k2": "x"})" << false;
        QTest::newRow("two operators one fails") << R"({"StringEquals": {"k1": "a"}, "Bool": {"k2": "true"}})"
                                                 << R"({"k1": "a", "k2": "false"})" << false;
    }

    void operators()
    {
        QFETCH(QString, condition);
        QFETCH(QString, context);
        QFETCH(bool, allowed);
        QCOMPARE(QString::fromStdString(evaltest::conditionDecision(condition.toStdString(), context.toStdString())),
            allowed ? QStringLiteral("allowed") : QStringLiteral("implicitDeny"));
    }

    // An operator AWS does not know can never make a statement apply, and the result says why.
    void unknownOperatorNeverMatchesAndIsReported()
    {
        const auto result = evaltest::run(R"({"policies": {"identity": [{"Version": "2012-10-17", "Statement": [
            {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*",
             "Condition": {"StringEqualz": {"s3:prefix": "a"}}}]}]},
            "request": {"action": "s3:GetObject", "resource": "arn:aws:s3:::b/k", "context": {"s3:prefix": "a"}}})");
        QCOMPARE(result.decision, iam::Decision::ImplicitDeny);
        QCOMPARE(result.diagnostics.size(), std::size_t { 1 });
        QCOMPARE(result.diagnostics[0].code, std::string("UNKNOWN_CONDITION_OPERATOR"));
        QVERIFY(result.diagnostics[0].help.find("StringEquals") != std::string::npos);
        QCOMPARE(result.trace.at(0).mismatch.element, iam::Mismatch::Element::InvalidStatement);
    }

    // A misspelt IfExists on Null is not an operator either: Null already tests presence.
    void nullIfExistsIsUnknown()
    {
        QCOMPARE(evaltest::conditionDecision(R"({"NullIfExists": {"k": "true"}})", "{}"), std::string("implicitDeny"));
    }

    // Policy variables in condition values:
    // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html
    void variablesInConditionValues()
    {
        QCOMPARE(evaltest::conditionDecision(
                     R"({"StringEquals": {"s3:prefix": "home/${aws:username}"}})", R"({"s3:prefix": "home/alice"})"),
            std::string("allowed"));
        QCOMPARE(evaltest::conditionDecision(R"({"StringEquals": {"s3:prefix": "home/${aws:username}"}})",
                     R"({"s3:prefix": "home/${aws:username}"})", "2008-10-17"),
            std::string("allowed"));
        QCOMPARE(evaltest::conditionDecision(R"({"StringEquals": {"s3:prefix": "home/${aws:PrincipalTag/team}"}})",
                     R"({"s3:prefix": "home/"})"),
            std::string("implicitDeny"));
        QCOMPARE(
            evaltest::conditionDecision(R"({"StringEquals": {"s3:prefix": "home/${aws:PrincipalTag/team, 'none'}"}})",
                R"({"s3:prefix": "home/none"})"),
            std::string("allowed"));
        // A variable with no value makes the condition invalid: it cannot hold, even negated.
        QCOMPARE(evaltest::conditionDecision(
                     R"({"StringNotEquals": {"s3:prefix": "${aws:PrincipalTag/team}"}})", R"({"s3:prefix": "x"})"),
            std::string("implicitDeny"));
        // ...but only when the values are compared: with the key absent, IfExists and negation decide first.
        QCOMPARE(
            evaltest::conditionDecision(R"({"StringEqualsIfExists": {"s3:prefix": "${aws:PrincipalTag/team}"}})", "{}"),
            std::string("allowed"));
        QCOMPARE(evaltest::conditionDecision(R"({"StringNotEquals": {"s3:prefix": "${aws:PrincipalTag/team}"}})", "{}"),
            std::string("allowed"));
        QCOMPARE(evaltest::conditionDecision(
                     R"({"StringNotEquals": {"s3:prefix": "${aws:PrincipalTag/team, 'x'}"}})", R"({"s3:prefix": "y"})"),
            std::string("allowed"));
        QCOMPARE(evaltest::conditionDecision(R"({"StringLike": {"s3:prefix": "a${*}b"}})", R"({"s3:prefix": "a*b"})"),
            std::string("allowed"));
        QCOMPARE(evaltest::conditionDecision(R"({"StringLike": {"s3:prefix": "a${*}b"}})", R"({"s3:prefix": "axyzb"})"),
            std::string("implicitDeny"));
    }

    // The trace says which key failed, what the request carried and what the policy wanted.
    void traceExplainsTheFailingCondition()
    {
        const auto result = evaltest::run(R"({"policies": {"identity": [{"Version": "2012-10-17", "Statement": [
            {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*",
             "Condition": {"IpAddress": {"aws:SourceIp": "10.0.0.0/8"}}}]}]},
            "request": {"action": "s3:GetObject", "resource": "arn:aws:s3:::b/k", "context": {"aws:SourceIp": "203.0.113.5"}}})");
        QCOMPARE(result.trace.size(), std::size_t { 1 });
        const auto& mismatch = result.trace[0].mismatch;
        QCOMPARE(mismatch.element, iam::Mismatch::Element::Condition);
        QCOMPARE(mismatch.key, std::string("aws:SourceIp"));
        QCOMPARE(mismatch.operatorName, std::string("IpAddress"));
        QCOMPARE(mismatch.requestValues, std::vector<std::string> { "203.0.113.5" });
        QCOMPARE(mismatch.policyValues, std::vector<std::string> { "10.0.0.0/8" });
    }

    void missingContextKeysAreListed()
    {
        const auto result = evaltest::run(R"({"policies": {"identity": [{"Version": "2012-10-17", "Statement": [
            {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*",
             "Condition": {"IpAddress": {"aws:SourceIp": "10.0.0.0/8"}, "BoolIfExists": {"aws:MultiFactorAuthPresent": "true"}}},
            {"Effect": "Allow", "Action": "ec2:*", "Resource": "*", "Condition": {"StringEquals": {"ec2:Region": "x"}}}]}]},
            "request": {"action": "s3:GetObject", "resource": "arn:aws:s3:::b/k"}})");
        // ec2:Region belongs to a statement whose action does not apply, so it is not asked for.
        QCOMPARE(
            result.missingContextKeys, (std::vector<std::string> { "aws:SourceIp", "aws:MultiFactorAuthPresent" }));
    }
};

QTEST_APPLESS_MAIN(tst_ConditionOperators)
#include "tst_ConditionOperators.moc"
