#include <QTest>

#include "core/json/SourceMap.h"

using namespace iam;

class tst_SourceMap : public QObject {
    Q_OBJECT

private slots:
    void valuesAndKeysHaveLineAndColumn()
    {
        const std::string text = "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [ {\"Effect\": \"Allow\"} ]\n}";
        const SourceMap map = SourceMap::build(text);
        const auto* version = map.find("/Version");
        QVERIFY(version);
        QCOMPARE(version->key.line, 2);
        QCOMPARE(version->key.column, 3);
        QCOMPARE(version->value.column, 14);
        QCOMPARE(text.substr(version->value.offset, version->value.length), std::string("\"2012-10-17\""));
        const auto* effect = map.find("/Statement/0/Effect");
        QVERIFY(effect);
        QCOMPARE(effect->value.line, 3);
        QCOMPARE(text.substr(effect->value.offset, effect->value.length), std::string("\"Allow\""));
        const auto* statement = map.find("/Statement/0");
        QVERIFY(statement);
        QCOMPARE(text.substr(statement->value.offset, statement->value.length), std::string("{\"Effect\": \"Allow\"}"));
    }

    void columnsCountCharactersNotBytes()
    {
        const std::string text = "{\"Sid\": \"\xC3\xA9t\xC3\xA9\", \"Effect\": 1}";
        const SourceMap map = SourceMap::build(text);
        QCOMPARE(map.find("/Effect")->key.column, 16);
    }

    void keysWithSlashAndTildeAreEscapedInPointers()
    {
        const SourceMap map = SourceMap::build(R"({"a/b": {"c~d": 1}})");
        QVERIFY(map.find("/a~1b/c~0d"));
    }

    void escapedKeysAreDecoded()
    {
        const SourceMap map = SourceMap::build(R"({"\u0045ffect": "Allow"})");
        QVERIFY(map.find("/Effect"));
    }

    void duplicateKeysAreReportedWithBothPlaces()
    {
        const SourceMap map = SourceMap::build("{\"Effect\": \"Allow\",\n \"Effect\": \"Deny\"}");
        QCOMPARE(map.duplicateKeys().size(), std::size_t{1});
        QCOMPARE(map.duplicateKeys().front().pointer, std::string("/Effect"));
        QCOMPARE(map.duplicateKeys().front().key.line, 2);
        QCOMPARE(map.duplicateKeys().front().firstKey.line, 1);
    }

    void duplicateKeyKeepsItsDecodedName()
    {
        const SourceMap map = SourceMap::build(R"({"a/b~c": 1, "a\/b~c": 2})");
        QCOMPARE(map.duplicateKeys().size(), std::size_t{1});
        QCOMPARE(map.duplicateKeys().front().name, std::string("a/b~c"));
        QCOMPARE(map.duplicateKeys().front().pointer, std::string("/a~1b~0c"));
    }

    // Notepad saves a byte order mark; it must not swallow the document or shift columns.
    void byteOrderMarkIsSkipped()
    {
        const std::string text = "\xEF\xBB\xBF{\"Effect\": \"Allow\"}";
        const SourceMap map = SourceMap::build(text);
        const auto* effect = map.find("/Effect");
        QVERIFY(effect);
        QCOMPARE(effect->key.column, 2);
        QCOMPARE(text.substr(effect->value.offset, effect->value.length), std::string("\"Allow\""));
        QCOMPARE(spanAtOffset(text, effect->key.offset).column, 2);
    }

    void sameKeyInSiblingObjectsIsNotADuplicate()
    {
        const SourceMap map = SourceMap::build(R"([{"Effect": 1}, {"Effect": 2}])");
        QVERIFY(map.duplicateKeys().empty());
    }

    void missingPointerFallsBackToNearestAncestor()
    {
        const std::string text = R"({"Statement": {"Effect": "Allow"}})";
        const SourceMap map = SourceMap::build(text);
        QCOMPARE(map.valueSpan("/Statement/Action").offset, map.find("/Statement")->value.offset);
    }

    void deepNestingDoesNotRecurse()
    {
        const std::string text = std::string(100000, '[') + std::string(100000, ']');
        const SourceMap map = SourceMap::build(text);
        QVERIFY(map.find(""));
    }
};

QTEST_APPLESS_MAIN(tst_SourceMap)
#include "tst_SourceMap.moc"
