#include <random>
#include <set>
#include <string>

#include <QTest>

#include "core/policy/PolicyParser.h"
#include "core/policy/PolicySerializer.h"
#include "tests/support/TestFiles.h"

using namespace iam;

namespace {

// Random policies that respect the model's invariants: a single-object Statement holds one
// statement, a non-list value holds one entry, and principal types, condition operators and the
// keys of one operator block are unique (JSON objects cannot repeat a name).
class PolicyGenerator final {
public:
    explicit PolicyGenerator(std::uint32_t seed) : m_random(seed) {}

    Policy policy()
    {
        Policy policy;
        if (chance(80))
            policy.version = chance(85) ? kPolicyVersion2012 : kPolicyVersion2008;
        if (chance(25))
            policy.id = text();
        const int count = chance(5) ? 0 : 1 + pick(4);
        for (int i = 0; i < count; ++i)
            policy.statements.push_back(statement());
        policy.statementIsList = count != 1 || chance(60);
        return policy;
    }

private:
    bool chance(int percent) { return static_cast<int>(m_random() % 100) < percent; }
    int pick(int bound) { return static_cast<int>(m_random() % static_cast<std::uint32_t>(bound)); }

    template <typename T>
    const T& oneOf(const std::vector<T>& items)
    {
        return items[m_random() % items.size()];
    }

    // Names and values, including the characters that need escaping in JSON or in JSON pointers.
    std::string text()
    {
        static const std::vector<std::string> pieces = {
            "s3:GetObject", "arn:aws:s3:::bucket/*", "${aws:username}", "*", "?", "Read", "team", "a/b", "c~d",
            "quote\"d", "back\\slash", "line\nbreak", "tab\t", "\xC3\xA9t\xC3\xA9", "\xE6\x9D\xB1\xE4\xBA\xAC",
            "\xF0\x9F\x98\x80", "", " ", "123", "true", "null", "{\"json\": 1}", "\x01control",
        };
        std::string result = oneOf(pieces);
        while (chance(30))
            result += oneOf(pieces);
        return result;
    }

    StringOrList stringOrList()
    {
        StringOrList list;
        list.isList = chance(50);
        const int count = list.isList ? pick(4) + (chance(90) ? 1 : 0) : 1;
        for (int i = 0; i < count; ++i)
            list.values.push_back(text());
        return list;
    }

    Principal principal()
    {
        Principal principal;
        if (chance(20)) {
            principal.isWildcard = true;
            return principal;
        }
        static const std::vector<std::string> types = {"AWS", "Service", "Federated", "CanonicalUser"};
        std::vector<std::string> chosen;
        for (const auto& type : types) {
            if (chance(40))
                chosen.push_back(type);
        }
        if (chosen.empty())
            chosen.push_back(oneOf(types));
        std::shuffle(chosen.begin(), chosen.end(), m_random);
        for (const auto& type : chosen)
            principal.entries.push_back({type, stringOrList()});
        return principal;
    }

    // Numbers as nlohmann writes them back, since the model keeps a number's text.
    ConditionValue conditionValue()
    {
        static const std::vector<std::string> numbers = {"0",   "1",        "42",      "-7",    "3600",
                                                         "2.5", "-0.125",   "1e+20",   "100000.0",
                                                         "18446744073709551615", "-9223372036854775808"};
        switch (pick(4)) {
        case 0: return {oneOf(numbers), ConditionValue::Kind::Number};
        case 1: return {chance(50) ? "true" : "false", ConditionValue::Kind::Boolean};
        default: return {text(), ConditionValue::Kind::String};
        }
    }

    std::vector<ConditionClause> condition()
    {
        static const std::vector<std::string> operators = {
            "StringEquals", "StringLike", "StringNotEquals", "NumericLessThan", "DateGreaterThan", "Bool",
            "IpAddress", "ArnLike", "Null", "ForAnyValue:StringLike", "ForAllValues:StringEquals",
            "StringEqualsIfExists", "NotAnOperatorButStillValidJson"};
        std::vector<ConditionClause> clauses;
        std::set<std::string> usedOperators;
        const int count = pick(4);
        for (int i = 0; i < count; ++i) {
            const std::string& op = oneOf(operators);
            if (!usedOperators.insert(op).second)
                continue;
            ConditionClause clause{op, {}};
            std::set<std::string> usedKeys;
            const int keys = pick(4);
            for (int k = 0; k < keys; ++k) {
                const std::string key = chance(50) ? "aws:PrincipalTag/" + text() : text();
                if (!usedKeys.insert(key).second)
                    continue;
                ConditionKeyValues entry{key, {}, chance(50)};
                const int values = entry.isList ? pick(4) : 1;
                for (int v = 0; v < values; ++v)
                    entry.values.push_back(conditionValue());
                clause.keys.push_back(std::move(entry));
            }
            clauses.push_back(std::move(clause));
        }
        return clauses;
    }

    Statement statement()
    {
        Statement statement;
        if (chance(50))
            statement.sid = text();
        statement.effect = chance(50) ? Effect::Allow : Effect::Deny;
        if (chance(25))
            statement.principal = principal();
        else if (chance(10))
            statement.notPrincipal = principal();
        if (chance(80))
            statement.action = stringOrList();
        else
            statement.notAction = stringOrList();
        if (chance(75))
            statement.resource = stringOrList();
        else if (chance(40))
            statement.notResource = stringOrList();
        if (chance(45))
            statement.condition = condition();
        return statement;
    }

    std::mt19937 m_random;
};

}  // namespace

class tst_PolicyRoundTrip : public QObject {
    Q_OBJECT

private slots:
    // The law the formatter stands on: writing a policy out and reading it back changes nothing.
    void parseOfSerializeIsIdentity()
    {
        constexpr std::uint32_t kSeed = 0x1A3C0DE;
        constexpr int kPolicies = 3000;
        PolicyGenerator generator(kSeed);
        for (int i = 0; i < kPolicies; ++i) {
            const Policy policy = generator.policy();
            const std::string text = serializePolicy(policy);
            const PolicyParseResult result = parsePolicy(text);
            const std::string context
                = "policy #" + std::to_string(i) + " of seed " + std::to_string(kSeed) + ":\n" + text;
            const std::string firstProblem = result.diagnostics.empty() ? "" : result.diagnostics[0].message;
            QVERIFY2(result.ok(), (context + "\n" + firstProblem).c_str());
            QVERIFY2(*result.policy == policy, context.c_str());
            QVERIFY2(serializePolicy(*result.policy) == text, context.c_str());
        }
    }

    void keysFollowAwsOrderWithTwoSpaceIndent()
    {
        const PolicyParseResult result = parsePolicy(R"({"Statement": [
            {"Condition": {"Bool": {"aws:SecureTransport": true}}, "NotResource": "arn:aws:s3:::vault/archive",
            "NotAction": ["s3:Delete*"], "NotPrincipal": {"AWS": "111122223333"},
            "Effect": "Deny", "Sid": "Guard"}], "Id": "guard-policy", "Version": "2012-10-17"})");
        QVERIFY(result.ok());
        const std::string expected = R"({
  "Version": "2012-10-17",
  "Id": "guard-policy",
  "Statement": [
    {
      "Sid": "Guard",
      "Effect": "Deny",
      "NotPrincipal": {
        "AWS": "111122223333"
      },
      "NotAction": [
        "s3:Delete*"
      ],
      "NotResource": "arn:aws:s3:::vault/archive",
      "Condition": {
        "Bool": {
          "aws:SecureTransport": true
        }
      }
    }
  ]
}
)";
        QCOMPARE(serializePolicy(*result.policy), expected);
    }

    void principalActionResourceOrder()
    {
        const PolicyParseResult result = parsePolicy(
            R"({"Statement": {"Resource": ["r"], "Action": "a", "Principal": "*", "Effect": "Allow"}})");
        QVERIFY(result.ok());
        QCOMPARE(serializePolicy(*result.policy), std::string("{\n  \"Statement\": {\n    \"Effect\": \"Allow\",\n"
                                                              "    \"Principal\": \"*\",\n    \"Action\": \"a\",\n"
                                                              "    \"Resource\": [\n      \"r\"\n    ]\n  }\n}\n"));
    }

    void canonicalFilesExist() { QVERIFY(test::filesIn(test::dataPath("policies/canonical"), "*.json").size() >= 3); }

    // A file already in canonical form comes out of `format` byte for byte the same.
    void canonicalFilesAreFixedPoints_data() { test::addPathRows(test::dataPath("policies/canonical"), "*.json"); }

    void canonicalFilesAreFixedPoints()
    {
        QFETCH(QString, path);
        const std::string text = test::readFileBytes(path);
        const PolicyParseResult result = parsePolicy(text);
        QVERIFY(result.ok());
        QCOMPARE(serializePolicy(*result.policy), text);
    }
};

QTEST_APPLESS_MAIN(tst_PolicyRoundTrip)
#include "tst_PolicyRoundTrip.moc"
