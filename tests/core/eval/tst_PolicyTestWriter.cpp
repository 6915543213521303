#include <QTest>

#include <nlohmann/json.hpp>

#include "core/eval/PolicyTestLoader.h"
#include "core/eval/PolicyTestWriter.h"
#include "tests/support/TestFiles.h"

using namespace iam;

namespace {

using nlohmann::ordered_json;

// Writes the tests into a file of their own and reads that file back.
std::vector<PolicyTest> roundTrip(const std::vector<PolicyTest>& tests)
{
    ordered_json file;
    file["policies"]["identity"] = ordered_json::array();
    file["tests"] = policyTestsToJson(tests);
    const auto loaded = loadPolicyTests(file.dump(2));
    if (!loaded.ok())
        return {};
    return loaded.file->tests;
}

void compareTests(const std::vector<PolicyTest>& actual, const std::vector<PolicyTest>& expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (std::size_t i = 0; i < actual.size(); ++i) {
        QCOMPARE(actual[i].name, expected[i].name);
        QCOMPARE(actual[i].expect, expected[i].expect);
        QVERIFY2(actual[i].request == expected[i].request, actual[i].name.c_str());
    }
}

} // namespace

class tst_PolicyTestWriter : public QObject {
    Q_OBJECT

private slots:
    void testsOfAFileRoundTrip()
    {
        const auto loaded = loadPolicyTests(iam::test::readFileBytes(iam::test::dataPath("simtests/passing.json")));
        QVERIFY(loaded.ok());
        compareTests(roundTrip(loaded.file->tests), loaded.file->tests);
    }

    void everyPartOfARequestRoundTrips()
    {
        PolicyTest test;
        test.name = "cross-account read with tags";
        test.expect = Decision::ExplicitDeny;
        test.request.principal = "arn:aws:sts::444455556666:assumed-role/Reader/alice";
        test.request.action = "s3:GetObject";
        test.request.resource = "arn:aws:s3:::shared/report.csv";
        test.request.resourceAccount = "111122223333";
        test.request.context
            = { { "aws:SourceIp", { "203.0.113.7" }, false }, { "aws:TagKeys", { "team", "env" }, true },
                  { "aws:MultiFactorAuthPresent", { "true" }, false }, { "aws:RequestTag/empty", {}, true } };
        compareTests(roundTrip({ test }), { test });
    }

    void defaultsAreLeftOutOfTheFile()
    {
        PolicyTest test;
        test.name = "plain";
        test.request.action = "s3:GetObject";
        test.request.resource = "*";
        QCOMPARE(policyTestsToJson({ test }).dump(),
            std::string(R"([{"name":"plain","request":{"action":"s3:GetObject","resource":"*"},)"
                        R"("expect":"implicitDeny"}])"));
    }
};

QTEST_APPLESS_MAIN(tst_PolicyTestWriter)
#include "tst_PolicyTestWriter.moc"
