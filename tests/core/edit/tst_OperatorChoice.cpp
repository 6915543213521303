#include <algorithm>
#include <string>

#include <QTest>

#include "core/catalog/Catalog.h"
#include "core/edit/OperatorChoice.h"

using namespace iam;

namespace {

bool offers(const std::vector<std::string>& operators, const std::string& name)
{
    return std::find(operators.begin(), operators.end(), name) != operators.end();
}

} // namespace

class tst_OperatorChoice : public QObject {
    Q_OBJECT

private slots:
    void operatorsFitTheKeyType()
    {
        const auto strings = operatorsForKeyType("String");
        QCOMPARE(strings.front(), std::string("StringEquals"));
        QVERIFY(offers(strings, "StringLike"));
        QVERIFY(!offers(strings, "NumericEquals"));
        QCOMPARE(operatorsForKeyType("ArrayOfString"), strings);

        const auto numbers = operatorsForKeyType("Numeric");
        QVERIFY(offers(numbers, "NumericLessThan"));
        QVERIFY(!offers(numbers, "StringEquals"));
        QVERIFY(offers(operatorsForKeyType("Date"), "DateGreaterThan"));
        QVERIFY(!offers(operatorsForKeyType("Date"), "NumericGreaterThan"));
        QCOMPARE(operatorsForKeyType("Bool"), (std::vector<std::string> { "Bool", "Null" }));
        QCOMPARE(operatorsForKeyType("ArrayOfBool"), (std::vector<std::string> { "Bool", "Null" }));
        QCOMPARE(operatorsForKeyType("IPAddress"), (std::vector<std::string> { "IpAddress", "NotIpAddress", "Null" }));
        QCOMPARE(operatorsForKeyType("Binary"), (std::vector<std::string> { "BinaryEquals", "Null" }));

        const auto arns = operatorsForKeyType("ARN");
        QCOMPARE(arns.front(), std::string("ArnEquals"));
        QVERIFY(offers(arns, "ArnLike"));
        QVERIFY(offers(arns, "StringEquals"));
        QCOMPARE(operatorsForKeyType("ArrayOfARN"), arns);
        QVERIFY(offers(operatorsForKeyType("SomethingNew"), "StringEquals"));
    }

    void nullIsAlwaysOfferedLast()
    {
        for (const auto& key : Catalog::builtIn().conditionKeys()) {
            const auto operators = operatorsForKeyType(key.type);
            QVERIFY2(operators.size() >= 2, std::string(key.type).c_str());
            QCOMPARE(operators.back(), std::string("Null"));
        }
    }

    void multivaluedKeysNeedASetOperator()
    {
        QVERIFY(isMultivaluedKeyType("ArrayOfString"));
        QVERIFY(isMultivaluedKeyType("ArrayOfARN"));
        QVERIFY(!isMultivaluedKeyType("String"));
        QVERIFY(!isMultivaluedKeyType("ARN"));
        const auto* tagKeys = Catalog::builtIn().findConditionKey("aws:TagKeys");
        QVERIFY(tagKeys);
        QVERIFY(isMultivaluedKeyType(tagKeys->type));
        const auto* sourceIp = Catalog::builtIn().findConditionKey("aws:SourceIp");
        QVERIFY(sourceIp);
        QVERIFY(!isMultivaluedKeyType(sourceIp->type));
        QVERIFY(offers(operatorsForKeyType(sourceIp->type), "IpAddress"));
    }

    void qualifiersAreExplained()
    {
        for (const char* qualifier : { "IfExists", "ForAnyValue", "ForAllValues" }) {
            const std::string_view text = operatorQualifierExplanation(qualifier);
            QVERIFY(text.size() > 40);
            QVERIFY(text.ends_with('.'));
            QVERIFY(text.find('\n') == std::string_view::npos);
        }
        QVERIFY(operatorQualifierExplanation("ForAllValues") != operatorQualifierExplanation("ForAnyValue"));
        QVERIFY(operatorQualifierExplanation("StringEquals").empty());
    }
};

QTEST_APPLESS_MAIN(tst_OperatorChoice)
#include "tst_OperatorChoice.moc"
