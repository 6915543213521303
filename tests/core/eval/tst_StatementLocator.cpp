#include <string>

#include <QTest>

#include "core/eval/StatementLocator.h"

using namespace iam;

class tst_StatementLocator final : public QObject {
    Q_OBJECT

private slots:
    void findsEachStatementOfAList()
    {
        const std::string text = "{\n"
                                 "  \"Version\": \"2012-10-17\",\n"
                                 "  \"Statement\": [\n"
                                 "    {\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"*\"},\n"
                                 "    {\n"
                                 "      \"Sid\": \"NoDeletes\",\n"
                                 "      \"Effect\": \"Deny\", \"Action\": \"s3:DeleteObject\", \"Resource\": \"*\"\n"
                                 "    }\n"
                                 "  ]\n"
                                 "}\n";
        const auto first = locateStatement(text, 0);
        QVERIFY(first);
        QCOMPARE(first->line, 4);
        QCOMPARE(text.substr(first->offset, first->length),
            std::string("{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"*\"}"));

        const auto second = locateStatement(text, 1);
        QVERIFY(second);
        QCOMPARE(second->line, 5);
        const std::string body = text.substr(second->offset, second->length);
        QVERIFY(body.front() == '{' && body.back() == '}');
        QVERIFY(body.find("NoDeletes") != std::string::npos);
        QVERIFY(body.find("GetObject") == std::string::npos);

        QVERIFY(!locateStatement(text, 2));
    }

    void findsALoneStatementObject()
    {
        const std::string text
            = "{\"Version\": \"2012-10-17\",\n \"Statement\": {\"Effect\": \"Allow\", \"Action\": \"*\"}}";
        const auto only = locateStatement(text, 0);
        QVERIFY(only);
        QCOMPARE(only->line, 2);
        QCOMPARE(text.substr(only->offset, only->length), std::string("{\"Effect\": \"Allow\", \"Action\": \"*\"}"));
        QVERIFY(!locateStatement(text, 1));
    }

    void countsLinesAfterNonAsciiText()
    {
        // A Sid with an accent and an emoji before the statement: lines still count right.
        const std::string text
            = "{\"Statement\": [\n{\"Sid\": \"Café🔑\", \"Effect\": \"Allow\"},\n{\"Effect\": \"Deny\"}]}";
        const auto second = locateStatement(text, 1);
        QVERIFY(second);
        QCOMPARE(second->line, 3);
        QCOMPARE(second->column, 1);
    }

    void refusesTextThatIsNotJson()
    {
        QVERIFY(!locateStatement("{\"Statement\": [{\"Effect\": \"Allow\"", 0));
        QVERIFY(!locateStatement("", 0));
        QVERIFY(!locateStatement("{\"Version\": \"2012-10-17\"}", 0));
        QVERIFY(!locateStatement("{\"Statement\": \"oops\"}", 0));
    }
};

QTEST_APPLESS_MAIN(tst_StatementLocator)
#include "tst_StatementLocator.moc"
