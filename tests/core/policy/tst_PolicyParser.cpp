#include <random>
#include <string>

#include <QTest>

#include "core/policy/PolicyParser.h"
#include "tests/support/TestFiles.h"

using namespace iam;

namespace {

std::vector<std::string> codesOf(const PolicyParseResult& result)
{
    std::vector<std::string> codes;
    for (const auto& diagnostic : result.diagnostics)
        codes.push_back(diagnostic.code);
    return codes;
}

const Diagnostic* findCode(const PolicyParseResult& result, const std::string& code)
{
    for (const auto& diagnostic : result.diagnostics) {
        if (diagnostic.code == code)
            return &diagnostic;
    }
    return nullptr;
}

// What must hold for any input at all: an answer, never an exception, and positions inside the text.
void checkWellFormedAnswer(const std::string& text)
{
    PolicyParseResult result;
    QVERIFY_THROWS_NO_EXCEPTION(result = parsePolicy(text));
    QCOMPARE(result.ok(), !hasErrors(result.diagnostics));
    for (const auto& diagnostic : result.diagnostics) {
        QVERIFY(!diagnostic.code.empty());
        QVERIFY(!diagnostic.message.empty());
        // Messages end up in JSON output and on screens: never the input's broken bytes.
        const QByteArray message = QByteArray::fromStdString(diagnostic.message);
        QVERIFY2(QString::fromUtf8(message).toUtf8() == message, diagnostic.message.c_str());
        QVERIFY(diagnostic.span.line >= 1 && diagnostic.span.column >= 1);
        QVERIFY2(diagnostic.span.offset + diagnostic.span.length <= text.size(),
                 (diagnostic.message + " in: " + text).c_str());
    }
}

std::string smallPolicy()
{
    return R"({
  "Version": "2012-10-17",
  "Statement": [
    {"Sid": "Read", "Effect": "Allow", "Action": ["s3:GetObject"], "Resource": "arn:aws:s3:::b/reports"},
    {"Effect": "Deny", "NotAction": "iam:*", "NotResource": "*",
     "Condition": {"Bool": {"aws:SecureTransport": false}, "NumericLessThan": {"s3:max-keys": [10, 2.5]}}}
  ]
})";
}

}  // namespace

class tst_PolicyParser : public QObject {
    Q_OBJECT

private slots:
    void readsTheModel()
    {
        const PolicyParseResult result = parsePolicy(smallPolicy());
        QVERIFY(result.ok());
        const Policy& policy = *result.policy;
        QCOMPARE(policy.version, std::optional<std::string>("2012-10-17"));
        QVERIFY(policy.statementIsList);
        QCOMPARE(policy.statements.size(), std::size_t{2});
        const Statement& read = policy.statements[0];
        QCOMPARE(read.sid, std::optional<std::string>("Read"));
        QVERIFY(read.action->isList);
        QVERIFY(!read.resource->isList);
        QCOMPARE(read.resource->values.front(), std::string("arn:aws:s3:::b/reports"));
        const Statement& deny = policy.statements[1];
        QVERIFY(deny.effect == Effect::Deny);
        QVERIFY(!deny.action && deny.notAction && deny.notResource);
        QCOMPARE(deny.condition->size(), std::size_t{2});
    }

    // AWS compares condition values as text, whatever JSON type the author used.
    void conditionNumbersAndBooleansKeepTheirText()
    {
        const PolicyParseResult result = parsePolicy(smallPolicy());
        const auto& clauses = *result.policy->statements[1].condition;
        const ConditionValue secure = clauses[0].keys[0].values[0];
        QCOMPARE(secure.text, std::string("false"));
        QVERIFY(secure.kind == ConditionValue::Kind::Boolean);
        QVERIFY(!clauses[0].keys[0].isList);
        const auto& limits = clauses[1].keys[0];
        QVERIFY(limits.isList);
        QCOMPARE(limits.values[0].text, std::string("10"));
        QCOMPARE(limits.values[1].text, std::string("2.5"));
        QVERIFY(limits.values[1].kind == ConditionValue::Kind::Number);
    }

    void singleStatementObjectIsRemembered()
    {
        const PolicyParseResult result = parsePolicy(R"({"Statement": {"Effect": "Allow", "Action": "s3:*"}})");
        QVERIFY(result.ok());
        QVERIFY(!result.policy->statementIsList);
        QCOMPARE(statementPointer(*result.policy, 0), std::string("/Statement"));
        QVERIFY(!result.policy->version);
    }

    void principalForms()
    {
        const PolicyParseResult result = parsePolicy(R"({"Statement": [
            {"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject"},
            {"Effect": "Allow", "Principal": {"AWS": ["111122223333", "arn:aws:iam::444455556666:role/r"],
                                              "Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"},
            {"Effect": "Deny", "NotPrincipal": {"CanonicalUser": "abc123"}, "Action": "s3:*"}]})");
        QVERIFY(result.ok());
        const auto& statements = result.policy->statements;
        QVERIFY(statements[0].principal->isWildcard);
        QVERIFY(statements[0].principal->entries.empty());
        const auto& entries = statements[1].principal->entries;
        QCOMPARE(entries.size(), std::size_t{2});
        QCOMPARE(entries[0].type, std::string("AWS"));
        QCOMPARE(entries[0].ids.values.size(), std::size_t{2});
        QCOMPARE(entries[1].type, std::string("Service"));
        QVERIFY(!entries[1].ids.isList);
        QVERIFY(!statements[2].principal);
        QCOMPARE(statements[2].notPrincipal->entries[0].type, std::string("CanonicalUser"));
    }

    void everyProblemIsReportedAtOnce()
    {
        const PolicyParseResult result = parsePolicy(R"({
  "Version": "2012-10-71",
  "Statement": [{"Effect": "Allow", "Action": "s3:GetObject"}, {"Effect": "Deny"}, {"Effect": "deny", "Action": "*"}]
})");
        QCOMPARE(codesOf(result), (std::vector<std::string>{"INVALID_VERSION", "MISSING_ACTION", "INVALID_EFFECT"}));
        QVERIFY(!result.ok());
    }

    void missingEffectAndActionBothReported()
    {
        const PolicyParseResult result = parsePolicy(R"({"Statement": [{"Resource": "*"}]})");
        QCOMPARE(result.diagnostics.size(), std::size_t{2});
        QVERIFY(findCode(result, "MISSING_EFFECT"));
        QVERIFY(findCode(result, "MISSING_ACTION"));
    }

    void diagnosticsAreSortedByPosition()
    {
        const std::string text = test::readFileBytes(test::dataPath("policies/invalid/many-problems-at-once.json"));
        const PolicyParseResult result = parsePolicy(text);
        QVERIFY(result.diagnostics.size() >= 4);
        for (std::size_t i = 1; i < result.diagnostics.size(); ++i) {
            const SourceSpan& before = result.diagnostics[i - 1].span;
            const SourceSpan& after = result.diagnostics[i].span;
            QVERIFY(before.offset <= after.offset);
            QVERIFY(before.line < after.line || (before.line == after.line && before.column <= after.column));
        }
    }

    void messagesQuoteUserValuesAndHelpSaysWhatToDo()
    {
        const PolicyParseResult result = parsePolicy(R"({"Version": "1.0", "Statement": {"Effect": "allow",
            "Action": "s3:GetObject", "Princpal": "*", "Principal": "me"}})");
        QCOMPARE(result.diagnostics.size(), std::size_t{4});
        QCOMPARE(findCode(result, "INVALID_VERSION")->message, std::string("`1.0` is not a policy language version"));
        QCOMPARE(findCode(result, "INVALID_EFFECT")->message, std::string("`allow` is not an effect"));
        QVERIFY(findCode(result, "INVALID_EFFECT")->help.find("`Allow`") != std::string::npos);
        QVERIFY(findCode(result, "UNSUPPORTED_ELEMENT")->help.find("did you mean `Principal`?") != std::string::npos);
        QVERIFY(findCode(result, "INVALID_PRINCIPAL")->message.find("`me`") != std::string::npos);
        for (const auto& diagnostic : result.diagnostics) {
            QVERIFY2(!diagnostic.help.empty(), diagnostic.message.c_str());
            QVERIFY2(diagnostic.message.find('`') != std::string::npos, diagnostic.message.c_str());
        }
    }

    // Swapped neighbours are the commonest typo; they count as one edit.
    void swappedLettersStillGetASuggestion()
    {
        const PolicyParseResult result = parsePolicy(R"({"Statement": {"Sdi": "One", "Effect": "Allow", "Action": "*"}})");
        const Diagnostic* unsupported = findCode(result, "UNSUPPORTED_ELEMENT");
        QVERIFY(unsupported);
        QVERIFY2(unsupported->help.starts_with("did you mean `Sid`?"), unsupported->help.c_str());
        const PolicyParseResult effect = parsePolicy(R"({"Statement": {"Effect": "Alolw", "Action": "*"}})");
        QVERIFY(findCode(effect, "INVALID_EFFECT")->help.find("`Allow`") != std::string::npos);
    }

    void syntaxErrorQuotesTheWholeBadWord()
    {
        const PolicyParseResult result = parsePolicy("{\"Statement\": {\"Effect\": Deny}}");
        QCOMPARE(result.diagnostics.size(), std::size_t{1});
        const Diagnostic& error = result.diagnostics.front();
        QCOMPARE(error.message, std::string("the text is not valid JSON: unexpected `Deny`"));
        QCOMPARE(error.span.column, 26);
        QCOMPARE(error.span.length, std::size_t{4});
        QVERIFY(result.sourceMap.empty());
    }

    void missingCommaPointsAtTheNextName()
    {
        const PolicyParseResult result = parsePolicy("{\"Version\": \"2012-10-17\"\n \"Statement\": []}");
        QCOMPARE(result.diagnostics.size(), std::size_t{1});
        QCOMPARE(result.diagnostics.front().span.line, 2);
        QCOMPARE(result.diagnostics.front().span.column, 2);
        QVERIFY(result.diagnostics.front().help.find("comma") != std::string::npos);
    }

    void numberTooLargeIsADiagnosticNotACrash()
    {
        PolicyParseResult result;
        QVERIFY_THROWS_NO_EXCEPTION(result = parsePolicy(R"({"Statement": [], "Id": -1e400})"));
        QCOMPARE(result.diagnostics.size(), std::size_t{1});
        QCOMPARE(result.diagnostics.front().message, std::string("the number `-1e400` is too large"));
        QCOMPARE(result.diagnostics.front().span.column, 25);
    }

    void invalidUtf8IsNeverCopiedIntoMessages()
    {
        const PolicyParseResult result = parsePolicy("{\"Sid\": \"a\xC3\"}");
        QCOMPARE(result.diagnostics.size(), std::size_t{1});
        QCOMPARE(result.diagnostics.front().span.column, 11);
        for (unsigned char c : result.diagnostics.front().message)
            QVERIFY(c < 0x80);
    }

    void strayBytesOutsideStringsAreExplained()
    {
        const PolicyParseResult broken = parsePolicy("{\"Effect\": \xFF}");
        QCOMPARE(broken.diagnostics.size(), std::size_t{1});
        QCOMPARE(broken.diagnostics.front().message, std::string("the text contains bytes that are not UTF-8"));
        QCOMPARE(broken.diagnostics.front().span.column, 12);

        // Word processors turn "Allow" into “Allow”.
        const PolicyParseResult curly = parsePolicy("{\"Effect\": \xE2\x80\x9C" "Allow\xE2\x80\x9D}");
        QCOMPARE(curly.diagnostics.size(), std::size_t{1});
        QCOMPARE(curly.diagnostics.front().message,
                 std::string("the text is not valid JSON: unexpected `\xE2\x80\x9C`"));
        QVERIFY(curly.diagnostics.front().help.find("straight") != std::string::npos);
    }

    void longUnexpectedTextIsShortenedInTheMessage()
    {
        const std::string name(300, 'x');
        const PolicyParseResult result = parsePolicy("{\"Version\": \"2012-10-17\" \"" + name + "\": 1}");
        QCOMPARE(result.diagnostics.size(), std::size_t{1});
        QVERIFY(result.diagnostics.front().message.size() < 120);
        QCOMPARE(result.diagnostics.front().span.length, name.size() + 2);
    }

    void duplicateKeyNamesTheKeyAsWritten()
    {
        const PolicyParseResult result = parsePolicy(R"({"Statement": {"Effect": "Allow", "Action": "s3:*",
            "Condition": {"StringEquals": {"aws:PrincipalTag/team": "a", "aws:PrincipalTag/team": "b"}}}})");
        const Diagnostic* duplicate = findCode(result, "DUPLICATE_KEY");
        QVERIFY(duplicate);
        QVERIFY2(duplicate->message.starts_with("`aws:PrincipalTag/team` appears twice"), duplicate->message.c_str());
        QCOMPARE(duplicate->pointer, std::string("/Statement/Condition/StringEquals/aws:PrincipalTag~1team"));
    }

    // nlohmann decodes `\u0045` before it merges keys; AWS would see two `Effect` members.
    void escapedDuplicateKeyIsStillADuplicate()
    {
        const PolicyParseResult result
            = parsePolicy(R"({"Statement": {"Effect": "Allow", "\u0045ffect": "Deny", "Action": "*"}})");
        QVERIFY(findCode(result, "DUPLICATE_KEY"));
        QVERIFY(!result.ok());
    }

    void byteOrderMarkDoesNotShiftPositions()
    {
        const PolicyParseResult result
            = parsePolicy("\xEF\xBB\xBF{\"Statement\": {\"Effect\": \"allow\", \"Action\": \"*\"}}");
        QCOMPARE(result.diagnostics.size(), std::size_t{1});
        QCOMPARE(result.diagnostics.front().span.line, 1);
        QCOMPARE(result.diagnostics.front().span.column, 26);
        const PolicyParseResult syntax = parsePolicy("\xEF\xBB\xBF{,}");
        QCOMPARE(syntax.diagnostics.front().span.column, 2);
    }

    void columnsCountCharactersInCrlfFiles()
    {
        const PolicyParseResult result
            = parsePolicy("{\r\n  \"Sid\": \"\xC3\xA9t\xC3\xA9\", \"Effect\": 5,\r\n  \"Statement\": []}");
        const Diagnostic* unsupported = findCode(result, "UNSUPPORTED_ELEMENT");
        QVERIFY(unsupported);
        QCOMPARE(unsupported->span.line, 2);
        QCOMPARE(unsupported->span.column, 3);
        QCOMPARE(result.diagnostics.back().span.line, 2);
        QCOMPARE(result.diagnostics.back().span.column, 17);
    }

    void hostileNestingIsRefusedQuickly()
    {
        const std::string text = "{\"Statement\": " + std::string(100000, '[') + std::string(100000, ']') + "}";
        PolicyParseResult result;
        QVERIFY_THROWS_NO_EXCEPTION(result = parsePolicy(text));
        QCOMPARE(codesOf(result), std::vector<std::string>{"JSON_TOO_DEEP"});
    }

    void everyTruncatedPolicyIsASyntaxError()
    {
        const QStringList files = test::filesIn(test::dataPath("policies/valid"), "*.json");
        QVERIFY(!files.isEmpty());
        for (const QString& path : files) {
            const std::string text = test::readFileBytes(path);
            const std::size_t lastBrace = text.rfind('}');
            for (std::size_t length = 0; length < lastBrace; ++length) {
                const std::string prefix = text.substr(0, length);
                checkWellFormedAnswer(prefix);
                const PolicyParseResult result = parsePolicy(prefix);
                QVERIFY2(!result.ok(), prefix.c_str());
                QCOMPARE(result.diagnostics.front().code, std::string("JSON_SYNTAX_ERROR"));
            }
        }
    }

    void parseNeverThrowsOnGarbage()
    {
        std::mt19937 random(20261123);
        const std::string alphabet = "{}[]\":,  \n\t\\/*-+.0123456789eEtruefalsnlAWS\xC3\xA9\xFF\x01";
        std::vector<std::string> seeds;
        for (const QString& path : test::filesIn(test::dataPath("policies/valid"), "*.json"))
            seeds.push_back(test::readFileBytes(path));
        QVERIFY(!seeds.empty());
        for (int round = 0; round < 4000; ++round) {
            std::string text;
            if (round % 4 == 0) {
                // Pure noise, from the JSON alphabet or any byte at all.
                const int length = static_cast<int>(random() % 80);
                for (int i = 0; i < length; ++i)
                    text += round % 8 == 0 ? static_cast<char>(random() % 256) : alphabet[random() % alphabet.size()];
            } else {
                // A real policy with a few bytes replaced, deleted or duplicated: near-misses reach
                // deeper into the reader than noise does.
                text = seeds[random() % seeds.size()];
                const int edits = 1 + static_cast<int>(random() % 4);
                for (int e = 0; e < edits && !text.empty(); ++e) {
                    const std::size_t at = random() % text.size();
                    switch (random() % 3) {
                    case 0: text[at] = alphabet[random() % alphabet.size()]; break;
                    case 1: text.erase(at, 1 + random() % 8); break;
                    default: text.insert(at, text.substr(at, 1 + random() % 12)); break;
                    }
                }
            }
            checkWellFormedAnswer(text);
        }
    }
};

QTEST_APPLESS_MAIN(tst_PolicyParser)
#include "tst_PolicyParser.moc"
