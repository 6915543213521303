#include <functional>
#include <random>
#include <string>
#include <vector>

#include <QTest>

#include <nlohmann/json.hpp>

#include "core/edit/PolicyTextEditor.h"
#include "core/json/SourceMap.h"
#include "core/policy/PolicyParser.h"

using namespace iam;
using Json = nlohmann::ordered_json;

// Failing comparisons print both texts.
namespace QTest {
template <> inline char* toString(const std::string& text)
{
    return qstrdup(text.c_str());
}
} // namespace QTest

namespace {

// Runs one edit and returns the resulting text; fails the test when the edit reports failure.
std::string edited(const std::string& text, const std::function<bool(PolicyTextEditor&)>& edit)
{
    PolicyTextEditor editor(text);
    if (!edit(editor)) {
        qWarning("edit failed on: %s", text.c_str());
        return "<edit failed>";
    }
    return editor.text();
}

// Replaces `'` with `"` so expected texts read like the JSON they stand for.
std::string q(std::string text)
{
    for (char& c : text) {
        if (c == '\'')
            c = '"';
    }
    return text;
}

// `text` with its one `from` replaced by `to`, both quoted as q() does, so an expected text shows
// just what the edit changes. A `from` that is missing or not unique is a broken test.
std::string replacedIn(const std::string& text, const std::string& from, const std::string& to)
{
    const std::string quotedFrom = q(from);
    const std::size_t at = text.find(quotedFrom);
    if (at == std::string::npos || text.find(quotedFrom, at + 1) != std::string::npos)
        qFatal("`%s` is not in the text exactly once", quotedFrom.c_str());
    return std::string(text).replace(at, quotedFrom.size(), q(to));
}

std::string crlf(const std::string& text)
{
    std::string out;
    for (const char c : text) {
        if (c == '\n')
            out += '\r';
        out += c;
    }
    return out;
}

const std::string kTwoSpace = q(R"({
  'Version': '2012-10-17',
  'Statement': [
    {
      'Sid': 'Read',
      'Effect': 'Allow',
      'Action': 's3:GetObject',
      'Resource': [
        'arn:aws:s3:::a/*',
        'arn:aws:s3:::b/*'
      ]
    }
  ]
}
)");

const std::string kFourSpace = q(R"({
    'Version': '2012-10-17',
    'Statement': {
        'Effect': 'Allow',
        'Action': ['s3:GetObject', 's3:PutObject'],
        'Resource': '*'
    }
}
)");

const std::string kTabs = "{\n\t\"Version\": \"2012-10-17\",\n\t\"Statement\": [\n\t\t{\n\t\t\t\"Effect\": \"Allow\",\n"
                          "\t\t\t\"Action\": \"s3:GetObject\",\n\t\t\t\"Resource\": \"*\"\n\t\t}\n\t]\n}";

const std::string kOneLine = q(
    R"({'Version': '2012-10-17', 'Statement': [{'Effect': 'Allow', 'Action': ['s3:GetObject'], 'Resource': '*'}]})");

} // namespace

class tst_PolicyTextEditor : public QObject {
    Q_OBJECT

private slots:
    // --- setValue ---

    void setValueReplacesOnlyTheValue()
    {
        QCOMPARE(edited(kTwoSpace, [](auto& e) { return e.setValue("/Statement/0/Effect", "Deny"); }),
            replacedIn(kTwoSpace, "'Effect': 'Allow'", "'Effect': 'Deny'"));
        PolicyTextEditor editor(kTwoSpace);
        QVERIFY(editor.setValue("/Statement/0/Effect", "Deny"));
        QVERIFY(editor.lastEdit().has_value());
        QCOMPARE(editor.lastEdit()->offset, kTwoSpace.find("\"Allow\""));
        QCOMPARE(editor.lastEdit()->length, std::size_t(7));
        QCOMPARE(editor.lastEdit()->replacement, std::string("\"Deny\""));
    }

    void setValueAddsMissingMemberInTheDocumentsStyle()
    {
        QCOMPARE(edited(kTwoSpace,
                     [](auto& e) {
                         return e.setValue("/Statement/0/Condition",
                             Json::object({ { "Bool", { { "aws:SecureTransport", "false" } } } }));
                     }),
            replacedIn(kTwoSpace, "      ]\n    }",
                "      ],\n      'Condition': {\n        'Bool': {\n          'aws:SecureTransport': 'false'\n"
                "        }\n      }\n    }"));
        QCOMPARE(edited(kFourSpace, [](auto& e) { return e.setValue("/Statement/Sid", "Write"); }),
            replacedIn(kFourSpace, "'Resource': '*'\n", "'Resource': '*',\n        'Sid': 'Write'\n"));
        QCOMPARE(edited(kTabs,
                     [](auto& e) {
                         return e.setValue("/Statement/0/NotResource", Json::array({ "a", "b" }));
                     }),
            "{\n\t\"Version\": \"2012-10-17\",\n\t\"Statement\": [\n\t\t{\n\t\t\t\"Effect\": \"Allow\",\n"
            "\t\t\t\"Action\": \"s3:GetObject\",\n\t\t\t\"Resource\": \"*\",\n\t\t\t\"NotResource\": [\n"
            "\t\t\t\t\"a\",\n\t\t\t\t\"b\"\n\t\t\t]\n\t\t}\n\t]\n}");
        QCOMPARE(edited(kOneLine, [](auto& e) { return e.setValue("/Statement/0/Sid", "One"); }),
            replacedIn(kOneLine, "'Resource': '*'", "'Resource': '*', 'Sid': 'One'"));
        QCOMPARE(edited(kOneLine,
                     [](auto& e) {
                         return e.setValue("/Statement/0/Condition",
                             Json::object({ { "Bool", { { "aws:MultiFactorAuthPresent", "true" } } } }));
                     }),
            replacedIn(kOneLine, "'Resource': '*'",
                "'Resource': '*', 'Condition': {'Bool': {'aws:MultiFactorAuthPresent': 'true'}}"));
        QCOMPARE(edited(crlf(kTwoSpace), [](auto& e) { return e.setValue("/Id", "x"); }),
            crlf(replacedIn(kTwoSpace, "  ]\n}", "  ],\n  'Id': 'x'\n}")));
    }

    void setValueOnAnEmptyTextStartsAnObject()
    {
        QCOMPARE(edited("", [](auto& e) { return e.setValue("/Version", "2012-10-17"); }),
            q("{\n  'Version': '2012-10-17'\n}"));
        PolicyTextEditor editor(" \n ");
        QVERIFY(editor.setValue("/Version", "2012-10-17"));
        QVERIFY(editor.setValue("/Statement", Json::array()));
        QVERIFY(editor.insertElement("/Statement", 0, Json::object({ { "Effect", "Allow" } })));
        QCOMPARE(editor.text(),
            q("{\n  'Version': '2012-10-17',\n  'Statement': [\n    {\n      'Effect': 'Allow'\n    }\n  ]\n}"));
        QVERIFY(editor.lastEdit().has_value());
        QCOMPARE(applyTextEdits(" \n ", { *editor.lastEdit() }), editor.text());
    }

    void setValueOfAnObjectChangesOnlyWhatDiffers()
    {
        // The statement comes back with the keys in another order and one value changed: the
        // author's order and every untouched byte stay.
        Json statement = { { "Resource", Json::array({ "arn:aws:s3:::a/*", "arn:aws:s3:::b/*" }) },
            { "Effect", "Deny" }, { "Sid", "Read" }, { "Action", "s3:GetObject" } };
        QCOMPARE(edited(kTwoSpace, [&](auto& e) { return e.setValue("/Statement/0", statement); }),
            replacedIn(kTwoSpace, "'Effect': 'Allow'", "'Effect': 'Deny'"));
    }

    void setValueWithTheSameValueChangesNothing()
    {
        PolicyTextEditor editor(kFourSpace);
        QVERIFY(editor.setValue("/Statement/Resource", "*"));
        QCOMPARE(editor.text(), kFourSpace);
        QVERIFY(!editor.lastEdit().has_value());
    }

    // --- remove ---

    void removeTakesTheWholeLineAndTheComma()
    {
        QCOMPARE(edited(kTwoSpace, [](auto& e) { return e.remove("/Statement/0/Sid"); }),
            replacedIn(kTwoSpace, "      'Sid': 'Read',\n", ""));
        // The last member: the comma before it goes.
        QCOMPARE(edited(kTwoSpace, [](auto& e) { return e.remove("/Statement/0/Resource/1"); }),
            replacedIn(kTwoSpace, "'arn:aws:s3:::a/*',\n        'arn:aws:s3:::b/*'", "'arn:aws:s3:::a/*'"));
        QCOMPARE(edited(kTwoSpace, [](auto& e) { return e.remove("/Statement/0"); }),
            q("{\n  'Version': '2012-10-17',\n  'Statement': []\n}\n"));
        QCOMPARE(edited(kTabs, [](auto& e) { return e.remove("/Statement/0/Resource"); }),
            "{\n\t\"Version\": \"2012-10-17\",\n\t\"Statement\": [\n\t\t{\n\t\t\t\"Effect\": \"Allow\",\n"
            "\t\t\t\"Action\": \"s3:GetObject\"\n\t\t}\n\t]\n}");
        QCOMPARE(edited(crlf(kFourSpace), [](auto& e) { return e.remove("/Version"); }),
            crlf(replacedIn(kFourSpace, "    'Version': '2012-10-17',\n", "")));
    }

    void removeInsideOneLineContainers()
    {
        QCOMPARE(edited(kFourSpace, [](auto& e) { return e.remove("/Statement/Action/0"); }),
            replacedIn(kFourSpace, "['s3:GetObject', 's3:PutObject']", "['s3:PutObject']"));
        QCOMPARE(edited(kFourSpace, [](auto& e) { return e.remove("/Statement/Action/1"); }),
            replacedIn(kFourSpace, "['s3:GetObject', 's3:PutObject']", "['s3:GetObject']"));
        QCOMPARE(edited(kOneLine, [](auto& e) { return e.remove("/Statement/0/Effect"); }),
            replacedIn(kOneLine, "'Effect': 'Allow', ", ""));
        QCOMPARE(edited(kOneLine, [](auto& e) { return e.remove("/Statement/0/Resource"); }),
            replacedIn(kOneLine, ", 'Resource': '*'", ""));
        QCOMPARE(edited(kOneLine, [](auto& e) { return e.remove("/Statement/0/Action/0"); }),
            replacedIn(kOneLine, "['s3:GetObject']", "[]"));
        // Several elements on one line of a multi-line list.
        QCOMPARE(
            edited(q("[\n  'a', 'b',\n  'c'\n]"), [](auto& e) { return e.remove("/1"); }), q("[\n  'a',\n  'c'\n]"));
        QCOMPARE(
            edited(q("[\n  'a', 'b',\n  'c'\n]"), [](auto& e) { return e.remove("/0"); }), q("[\n  'b',\n  'c'\n]"));
        QCOMPARE(edited(q("[\n  'a', 'b',\n  'c'\n]"), [](auto& e) { return e.remove("/2"); }), q("[\n  'a', 'b'\n]"));
    }

    // --- insertElement ---

    void insertElementTurnsAStringIntoAList()
    {
        QCOMPARE(edited(kTwoSpace, [](auto& e) { return e.insertElement("/Statement/0/Action", 1, "s3:PutObject"); }),
            replacedIn(kTwoSpace, "'Action': 's3:GetObject',",
                "'Action': [\n        's3:GetObject',\n        's3:PutObject'\n      ],"));
        QCOMPARE(
            edited(kOneLine, [](auto& e) { return e.insertElement("/Statement/0/Resource", 0, "arn:aws:s3:::x"); }),
            replacedIn(kOneLine, "'Resource': '*'", "'Resource': ['arn:aws:s3:::x', '*']"));
    }

    void insertElementTurnsASingleStatementIntoAList()
    {
        QCOMPARE(edited(kFourSpace,
                     [](auto& e) {
                         return e.insertElement("/Statement", 1,
                             Json::object({ { "Effect", "Deny" }, { "Action", "*" }, { "Resource", "*" } }));
                     }),
            q(R"({
    'Version': '2012-10-17',
    'Statement': [
        {
            'Effect': 'Allow',
            'Action': ['s3:GetObject', 's3:PutObject'],
            'Resource': '*'
        },
        {
            'Effect': 'Deny',
            'Action': '*',
            'Resource': '*'
        }
    ]
}
)"));
    }

    void insertElementKeepsTheListsLayout()
    {
        QCOMPARE(
            edited(kTwoSpace, [](auto& e) { return e.insertElement("/Statement/0/Resource", 0, "arn:aws:s3:::z"); }),
            replacedIn(kTwoSpace, "'Resource': [\n", "'Resource': [\n        'arn:aws:s3:::z',\n"));
        QCOMPARE(edited(kFourSpace, [](auto& e) { return e.insertElement("/Statement/Action", 2, "s3:ListBucket"); }),
            replacedIn(kFourSpace, "'s3:PutObject']", "'s3:PutObject', 's3:ListBucket']"));
        QCOMPARE(edited(q("['a','b']"), [](auto& e) { return e.insertElement("", 1, "c"); }), q("['a','c','b']"));
        QCOMPARE(edited(kTabs,
                     [](auto& e) {
                         return e.insertElement("/Statement", 0, Json::object({ { "Effect", "Deny" } }));
                     }),
            "{\n\t\"Version\": \"2012-10-17\",\n\t\"Statement\": [\n\t\t{\n\t\t\t\"Effect\": \"Deny\"\n\t\t},\n"
            "\t\t{\n\t\t\t\"Effect\": \"Allow\",\n"
            "\t\t\t\"Action\": \"s3:GetObject\",\n\t\t\t\"Resource\": \"*\"\n\t\t}\n\t]\n}");
        // Statements written `[{ ... }, { ... }]`: a new one follows the same shape.
        QCOMPARE(edited(q("{\n  'Statement': [{\n    'Effect': 'Allow'\n  }]\n}"),
                     [](auto& e) {
                         return e.insertElement("/Statement", 1, Json::object({ { "Effect", "Deny" } }));
                     }),
            q("{\n  'Statement': [{\n    'Effect': 'Allow'\n  }, {\n    'Effect': 'Deny'\n  }]\n}"));
    }

    void insertElementExpandsEmptyLists()
    {
        QCOMPARE(edited(q("{\n  'Statement': []\n}"),
                     [](auto& e) {
                         return e.insertElement("/Statement", 0, Json::object({ { "Effect", "Allow" } }));
                     }),
            q("{\n  'Statement': [\n    {\n      'Effect': 'Allow'\n    }\n  ]\n}"));
        QCOMPARE(edited(q("{\n    'Condition': {}\n}"),
                     [](auto& e) {
                         return e.setValue("/Condition/Bool", Json::object({ { "aws:SecureTransport", "false" } }));
                     }),
            q("{\n    'Condition': {\n        'Bool': {\n            'aws:SecureTransport': 'false'\n        }\n    "
              "}\n}"));
        QCOMPARE(edited(q("{'Action': [ ]}"), [](auto& e) { return e.insertElement("/Action", 0, "s3:GetObject"); }),
            q("{'Action': ['s3:GetObject']}"));
        QCOMPARE(edited(q("{'Statement': [{}]}"),
                     [](auto& e) { return e.insertElement("/Statement/0/Action", 0, "s3:GetObject"); }),
            q("{'Statement': [{'Action': ['s3:GetObject']}]}"));
    }

    void insertElementWithCrlf()
    {
        QCOMPARE(edited(crlf(kTwoSpace),
                     [](auto& e) { return e.insertElement("/Statement/0/Resource", 2, "arn:aws:s3:::c/*"); }),
            crlf(replacedIn(kTwoSpace, "'arn:aws:s3:::b/*'\n", "'arn:aws:s3:::b/*',\n        'arn:aws:s3:::c/*'\n")));
    }

    // --- moveElement, renameMember ---

    void moveElementCarriesTheExactText()
    {
        const std::string text
            = q("{\n  'Statement': [\n    {'Sid': 'A'},\n    {\n      'Sid':'B'\n    },\n    {'Sid': 'C'}\n  ]\n}");
        QCOMPARE(edited(text, [](auto& e) { return e.moveElement("/Statement", 0, 2); }),
            q("{\n  'Statement': [\n    {\n      'Sid':'B'\n    },\n    {'Sid': 'C'},\n    {'Sid': 'A'}\n  ]\n}"));
        QCOMPARE(edited(text, [](auto& e) { return e.moveElement("/Statement", 2, 1); }),
            q("{\n  'Statement': [\n    {'Sid': 'A'},\n    {'Sid': 'C'},\n    {\n      'Sid':'B'\n    }\n  ]\n}"));
        QCOMPARE(edited(kFourSpace, [](auto& e) { return e.moveElement("/Statement/Action", 1, 0); }),
            replacedIn(kFourSpace, "['s3:GetObject', 's3:PutObject']", "['s3:PutObject', 's3:GetObject']"));
    }

    void renameMemberKeepsTheValueText()
    {
        QCOMPARE(edited(kFourSpace, [](auto& e) { return e.renameMember("/Statement/Action", "NotAction"); }),
            replacedIn(kFourSpace, "'Action':", "'NotAction':"));
        PolicyTextEditor editor(kFourSpace);
        QVERIFY(!editor.renameMember("/Statement/Action", "Resource"));
        QVERIFY(!editor.renameMember("/Statement/Action/0", "X"));
        QCOMPARE(editor.text(), kFourSpace);
    }

    // --- setStringList ---

    void setStringListKeepsTheAuthorsChoices()
    {
        // One item that was a string stays a string.
        QCOMPARE(edited(kTwoSpace, [](auto& e) { return e.setStringList("/Statement/0/Action", { "s3:ListBucket" }); }),
            edited(kTwoSpace, [](auto& e) { return e.setValue("/Statement/0/Action", "s3:ListBucket"); }));
        QVERIFY(edited(kTwoSpace, [](auto& e) { return e.setStringList("/Statement/0/Action", { "s3:ListBucket" }); })
                    .find(q("'Action': 's3:ListBucket',"))
            != std::string::npos);
        // One item that was in a list stays in a list.
        QCOMPARE(edited(kOneLine, [](auto& e) { return e.setStringList("/Statement/0/Action", { "s3:ListBucket" }); }),
            replacedIn(kOneLine, "'s3:GetObject'", "'s3:ListBucket'"));
        // Items that stay keep their text, even when written with escapes.
        QCOMPARE(edited(q("{'Action': ['s3:\\u0047etObject', 'b', 'c']}"),
                     [](auto& e) {
                         return e.setStringList("/Action", { "s3:GetObject", "c", "d" });
                     }),
            q("{'Action': ['s3:\\u0047etObject', 'c', 'd']}"));
        QCOMPARE(
            edited(kTwoSpace, [](auto& e) { return e.setStringList("/Statement/0/Resource", { "arn:aws:s3:::b/*" }); }),
            replacedIn(kTwoSpace, "'arn:aws:s3:::a/*',\n        ", ""));
        QCOMPARE(edited(kTwoSpace,
                     [](auto& e) {
                         return e.setStringList("/Statement/0/Action", { "s3:GetObject", "s3:PutObject" });
                     }),
            edited(kTwoSpace, [](auto& e) { return e.insertElement("/Statement/0/Action", 1, "s3:PutObject"); }));
        QCOMPARE(edited(q("{'A': 'x'}"), [](auto& e) { return e.setStringList("/B", { "y" }); }),
            q("{'A': 'x', 'B': ['y']}"));
        QCOMPARE(edited(q("{'A': ['x', 'y']}"), [](auto& e) { return e.setStringList("/A", {}); }), q("{'A': []}"));
    }

    // --- encodings and pointers ---

    void utf8AndEscapedKeys()
    {
        const std::string text = q("{'Sid': '\xC3\xA9t\xC3\xA9', 'a/b': {'c~d': 1}, 'Z': '\xE6\x9D\xB1'}");
        QCOMPARE(edited(text, [](auto& e) { return e.setValue("/a~1b/c~0d", 2); }),
            q("{'Sid': '\xC3\xA9t\xC3\xA9', 'a/b': {'c~d': 2}, 'Z': '\xE6\x9D\xB1'}"));
        QCOMPARE(edited(text, [](auto& e) { return e.setValue("/Z", "\xF0\x9F\x98\x80"); }),
            q("{'Sid': '\xC3\xA9t\xC3\xA9', 'a/b': {'c~d': 1}, 'Z': '\xF0\x9F\x98\x80'}"));
        QCOMPARE(edited(text, [](auto& e) { return e.remove("/a~1b"); }),
            q("{'Sid': '\xC3\xA9t\xC3\xA9', 'Z': '\xE6\x9D\xB1'}"));
        QCOMPARE(edited(text, [](auto& e) { return e.setValue("/a~1b/x~1y", "q\"uote"); }),
            q("{'Sid': '\xC3\xA9t\xC3\xA9', 'a/b': {'c~d': 1, 'x/y': 'q\\'uote'}, 'Z': '\xE6\x9D\xB1'}"));
        QCOMPARE(edited(text, [](auto& e) { return e.renameMember("/Z", "new/name"); }),
            q("{'Sid': '\xC3\xA9t\xC3\xA9', 'a/b': {'c~d': 1}, 'new/name': '\xE6\x9D\xB1'}"));
    }

    void lastEditMergesTheCallsOfOneEditor()
    {
        PolicyTextEditor editor(kTwoSpace);
        QVERIFY(editor.setValue("/Statement/0/Effect", "Deny"));
        QVERIFY(editor.setValue("/Version", "2008-10-17"));
        QVERIFY(editor.lastEdit().has_value());
        const TextEdit edit = *editor.lastEdit();
        QCOMPARE(applyTextEdits(kTwoSpace, { edit }), editor.text());
        QCOMPARE(edit.offset, kTwoSpace.find("\"2012"));
        QCOMPARE(edit.offset + edit.length, kTwoSpace.find("\"Allow\"") + 7);
    }

    void invalidEditsChangeNothing()
    {
        const std::vector<std::string> texts
            = { kTwoSpace, kOneLine, "", "{", "not json", "[1, 2]", "\"s\"", "{\"a\": [}" };
        for (const auto& text : texts) {
            PolicyTextEditor editor(text);
            QVERIFY(!editor.remove(""));
            QVERIFY(!editor.remove("/Nope"));
            QVERIFY(!editor.remove("Statement"));
            QVERIFY(!editor.setValue("/Nope/Deeper", 1));
            QVERIFY(!editor.setValue("no-slash", 1) || text.empty());
            QVERIFY(!editor.insertElement("/Statement/0/Resource", 7, "x"));
            QVERIFY(!editor.insertElement("/Version/0", 0, "x"));
            QVERIFY(!editor.moveElement("/Statement", 0, 9));
            QVERIFY(!editor.moveElement("/Version", 0, 0));
            QVERIFY(!editor.renameMember("/Nope", "X"));
            QVERIFY(!editor.renameMember("/Statement/0", "X"));
            QVERIFY(!editor.setStringList("/Nope/Deeper", { "a" }));
            if (!text.empty())
                QCOMPARE(editor.text(), text);
            QVERIFY(!editor.lastEdit() || text.empty());
        }
        PolicyTextEditor broken("{\"a\": [}");
        QVERIFY(!broken.isJson());
        QVERIFY(broken.document().is_null());
        QVERIFY(!broken.setValue("/a", 1));
        QVERIFY(!broken.insertElement("/a", 0, 1));
        QCOMPARE(broken.text(), std::string("{\"a\": [}"));
    }

    // --- random edit sequences ---

    void randomEditSequencesKeepAValidPolicy();
    void damagedTextsAndOddPointersNeverBreakTheText();
};

namespace {

// Random policies in random styles, and random edits applied both to the text (through the editor)
// and to a plain JSON value (the expectation).
class RandomEdits final {
public:
    explicit RandomEdits(std::uint32_t seed)
        : m_random(seed)
    {
    }

    Json policy()
    {
        Json policy = Json::object();
        policy["Version"] = "2012-10-17";
        const int count = 1 + pick(3);
        if (count == 1 && chance(40)) {
            policy["Statement"] = statement();
        } else {
            policy["Statement"] = Json::array();
            for (int i = 0; i < count; ++i)
                policy["Statement"].push_back(statement());
        }
        return policy;
    }

    std::string write(const Json& value)
    {
        switch (pick(5)) {
        case 0:
            return value.dump(2);
        case 1:
            return value.dump(4) + "\n";
        case 2:
            return value.dump(1, '\t');
        case 3:
            return value.dump();
        default: {
            std::string text = value.dump(2);
            std::string out;
            for (const char c : text) {
                if (c == '\n')
                    out += '\r';
                out += c;
            }
            return out + "\r\n";
        }
        }
    }

    // One edit on both; false when the edit drawn does not apply to this document (nothing changed).
    bool step(PolicyTextEditor& editor, Json& expected)
    {
        m_scope.clear();
        const bool single = expected["Statement"].is_object();
        const std::size_t count = single ? 1 : expected["Statement"].size();
        const std::size_t index = static_cast<std::size_t>(pick(static_cast<int>(count)));
        const std::string statementPointer = single ? "/Statement" : "/Statement/" + std::to_string(index);
        m_scope = statementPointer;
        Json& statement = single ? expected["Statement"] : expected["Statement"][index];
        const std::string actionKey = statement.contains("Action") ? "Action" : "NotAction";
        switch (pick(10)) {
        case 0: {
            const std::string effect = chance(50) ? "Allow" : "Deny";
            statement["Effect"] = effect;
            return editor.setValue(statementPointer + "/Effect", effect);
        }
        case 1: {
            const std::string sid = "Sid" + std::to_string(pick(100)) + (chance(20) ? "\xC3\xA9" : "");
            statement["Sid"] = sid;
            return editor.setValue(statementPointer + "/Sid", sid);
        }
        case 2: {
            std::vector<std::string> items;
            const int n = pick(4) + 1;
            for (int i = 0; i < n; ++i)
                items.push_back(action());
            Json& value = statement[actionKey];
            if (items.size() == 1 && value.is_string())
                value = items[0];
            else
                value = Json(items);
            return editor.setStringList(statementPointer + "/" + actionKey, items);
        }
        case 3: {
            Json& value = statement["Resource"];
            if (!value.is_array())
                value = Json::array({ value });
            const std::size_t at = static_cast<std::size_t>(pick(static_cast<int>(value.size()) + 1));
            const std::string resource = "arn:aws:s3:::bucket" + std::to_string(pick(9)) + "/*";
            value.insert(value.begin() + static_cast<std::ptrdiff_t>(at), resource);
            return editor.insertElement(statementPointer + "/Resource", at, resource);
        }
        case 4: {
            if (!statement.contains("Sid"))
                return false;
            statement.erase("Sid");
            return editor.remove(statementPointer + "/Sid");
        }
        case 5: {
            const std::string other = actionKey == "Action" ? "NotAction" : "Action";
            Json renamed = Json::object();
            for (auto it = statement.begin(); it != statement.end(); ++it)
                renamed[it.key() == actionKey ? other : it.key()] = it.value();
            statement = renamed;
            return editor.renameMember(statementPointer + "/" + actionKey, other);
        }
        case 6: {
            Json& statements = expected["Statement"];
            if (single)
                statements = Json::array({ statements });
            const Json added = this->statement();
            const std::size_t at = static_cast<std::size_t>(pick(static_cast<int>(statements.size()) + 1));
            statements.insert(statements.begin() + static_cast<std::ptrdiff_t>(at), added);
            m_scope = "/Statement";
            return editor.insertElement("/Statement", at, added);
        }
        case 7: {
            if (single || count < 2)
                return false;
            expected["Statement"].erase(index);
            m_scope = "/Statement";
            return editor.remove(statementPointer);
        }
        case 8: {
            if (single || count < 2)
                return false;
            const std::size_t to = static_cast<std::size_t>(pick(static_cast<int>(count)));
            Json moved = expected["Statement"][index];
            expected["Statement"].erase(index);
            expected["Statement"].insert(expected["Statement"].begin() + static_cast<std::ptrdiff_t>(to), moved);
            m_scope = "/Statement";
            return editor.moveElement("/Statement", index, to);
        }
        default: {
            const Json condition = this->condition();
            if (condition.empty() && statement.contains("Condition")) {
                statement.erase("Condition");
                return editor.remove(statementPointer + "/Condition");
            }
            if (condition.empty())
                return false;
            statement["Condition"]
                = statement.contains("Condition") ? keepingOrder(statement["Condition"], condition) : condition;
            return editor.setValue(statementPointer + "/Condition", condition);
        }
        }
    }

    // The value the last step edited inside: nothing outside it may change.
    const std::string& scope() const { return m_scope; }

private:
    // What setValue promises for objects: members already written keep their place, new ones follow.
    static Json keepingOrder(const Json& current, const Json& wanted)
    {
        if (!current.is_object() || !wanted.is_object())
            return wanted;
        Json result = Json::object();
        for (auto it = current.begin(); it != current.end(); ++it) {
            if (wanted.contains(it.key()))
                result[it.key()] = keepingOrder(it.value(), wanted[it.key()]);
        }
        for (auto it = wanted.begin(); it != wanted.end(); ++it) {
            if (!result.contains(it.key()))
                result[it.key()] = it.value();
        }
        return result;
    }

    bool chance(int percent) { return static_cast<int>(m_random() % 100) < percent; }
    int pick(int bound) { return bound <= 0 ? 0 : static_cast<int>(m_random() % static_cast<std::uint32_t>(bound)); }

    std::string action()
    {
        static const std::vector<std::string> actions = { "s3:GetObject", "s3:PutObject", "s3:ListBucket", "ec2:*",
            "iam:PassRole", "dynamodb:Query", "*", "s3:Get*" };
        return actions[static_cast<std::size_t>(pick(static_cast<int>(actions.size())))];
    }

    Json condition()
    {
        Json condition = Json::object();
        if (chance(30))
            condition["Bool"] = { { "aws:MultiFactorAuthPresent", chance(50) ? "true" : "false" } };
        if (chance(30))
            condition["IpAddress"] = { { "aws:SourceIp", Json::array({ "203.0.113.0/24", "198.51.100.7/32" }) } };
        if (chance(30))
            condition["StringEquals"] = { { "aws:PrincipalTag/team", "blue" }, { "aws:RequestedRegion", "eu-west-1" } };
        return condition;
    }

    Json statement()
    {
        Json statement = Json::object();
        if (chance(50))
            statement["Sid"] = "S" + std::to_string(pick(50));
        statement["Effect"] = chance(70) ? "Allow" : "Deny";
        const std::string key = chance(85) ? "Action" : "NotAction";
        if (chance(50)) {
            statement[key] = action();
        } else {
            Json list = Json::array();
            const int n = pick(3) + 1;
            for (int i = 0; i < n; ++i)
                list.push_back(action());
            statement[key] = list;
        }
        statement["Resource"] = chance(50) ? Json("*") : Json::array({ "arn:aws:s3:::bucket/*" });
        const Json condition = this->condition();
        if (!condition.empty())
            statement["Condition"] = condition;
        return statement;
    }

    std::mt19937 m_random;
    std::string m_scope;
};

} // namespace

void tst_PolicyTextEditor::randomEditSequencesKeepAValidPolicy()
{
    int sequences = 0;
    int edits = 0;
    for (std::uint32_t seed = 1; seed <= 600; ++seed) {
        RandomEdits random(seed);
        Json expected = random.policy();
        const std::string original = random.write(expected);
        PolicyTextEditor editor(original);
        const int steps = 1 + static_cast<int>(seed % 12);
        for (int i = 0; i < steps; ++i) {
            const std::string before = editor.text();
            const Json expectedBefore = expected;
            if (!random.step(editor, expected)) {
                expected = expectedBefore;
                QCOMPARE(editor.text(), before);
                continue;
            }
            ++edits;
            // Only bytes inside the edited statement (or the statement list) differ.
            const std::string& after = editor.text();
            std::size_t prefix = 0;
            while (prefix < before.size() && prefix < after.size() && before[prefix] == after[prefix])
                ++prefix;
            std::size_t suffix = 0;
            while (suffix < before.size() - prefix && suffix < after.size() - prefix
                && before[before.size() - 1 - suffix] == after[after.size() - 1 - suffix])
                ++suffix;
            const SourceSpan scope = SourceMap::build(before).valueSpan(random.scope());
            QVERIFY(scope.isKnown());
            const bool inside = prefix >= scope.offset && before.size() - suffix <= scope.offset + scope.length;
            if (after != before && !inside) {
                qWarning("seed %u step %d\nbefore:\n%s\nafter:\n%s", seed, i, before.c_str(), after.c_str());
                QFAIL(("a byte outside " + random.scope() + " changed").c_str());
            }
            const PolicyParseResult parsed = parsePolicy(editor.text());
            if (!parsed.ok() || nlohmann::json::parse(editor.text()) != nlohmann::json::parse(expected.dump())) {
                qWarning("seed %u step %d\nbefore:\n%s\nafter:\n%s\nexpected:\n%s", seed, i, before.c_str(),
                    editor.text().c_str(), expected.dump(2).c_str());
                QFAIL("the edited text does not hold the expected policy");
            }
            if (parsed.policy != parsePolicy(expected.dump()).policy) {
                qWarning("seed %u step %d\nbefore:\n%s\nafter:\n%s\nexpected:\n%s", seed, i, before.c_str(),
                    editor.text().c_str(), expected.dump(2).c_str());
                QFAIL("the edited policy differs from the expected one");
            }
        }
        // Everything outside the merged edit is the original, byte for byte.
        if (editor.lastEdit()) {
            const TextEdit edit = *editor.lastEdit();
            QCOMPARE(applyTextEdits(original, { edit }), editor.text());
        }
        // The style the document was written in survives: CRLF stays CRLF, one line stays one line.
        if (original.find("\r\n") != std::string::npos) {
            for (std::size_t at = editor.text().find('\n'); at != std::string::npos;
                 at = editor.text().find('\n', at + 1))
                QCOMPARE(editor.text()[at - 1], '\r');
        }
        if (original.find('\n') == std::string::npos)
            QCOMPARE(editor.text().find('\n'), std::string::npos);
        ++sequences;
    }
    QCOMPARE(sequences, 600);
    QVERIFY(edits > 2000);
}

void tst_PolicyTextEditor::damagedTextsAndOddPointersNeverBreakTheText()
{
    // Half-typed JSON, stray bytes and pointers that name nothing: an edit either applies and leaves
    // JSON, or reports false and leaves the text as it was.
    std::mt19937 random(7);
    const std::vector<std::string> pointers = { "", "/", "//", "/Statement", "/Statement/0", "/Statement/00",
        "/Statement/-1", "/Statement/0/Action", "/Statement/0/Action/5", "/Statement/0/Resource/1", "/~", "/~2",
        "/Statement/18446744073709551615", "/Version/x", "Statement", "/Statement/0/Condition/Bool" };
    const std::string bytes = "{}[],:\"\\ \n\r\tabc01\xC3\xA9\xFF";
    int applied = 0;
    for (int round = 0; round < 3000; ++round) {
        std::string text = round % 2 ? kTwoSpace : kOneLine;
        const int damage = static_cast<int>(random() % 3);
        for (int i = 0; i < damage; ++i)
            text[random() % text.size()] = bytes[random() % bytes.size()];
        PolicyTextEditor editor(text);
        const std::string& pointer = pointers[random() % pointers.size()];
        const std::size_t index = random() % 4;
        bool ok = false;
        switch (random() % 6) {
        case 0:
            ok = editor.setValue(pointer, Json::object({ { "k", Json::array({ 1, "\xFF" }) } }));
            break;
        case 1:
            ok = editor.remove(pointer);
            break;
        case 2:
            ok = editor.insertElement(pointer, index, "x");
            break;
        case 3:
            ok = editor.moveElement(pointer, index, random() % 4);
            break;
        case 4:
            ok = editor.renameMember(pointer, "Renamed");
            break;
        default:
            ok = editor.setStringList(pointer, { "a", "b" });
            break;
        }
        if (ok) {
            ++applied;
            QVERIFY(!nlohmann::json::parse(editor.text(), nullptr, false).is_discarded());
        } else {
            QCOMPARE(editor.text(), text);
        }
    }
    QVERIFY(applied > 300);
}

QTEST_APPLESS_MAIN(tst_PolicyTextEditor)
#include "tst_PolicyTextEditor.moc"
