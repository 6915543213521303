#include <algorithm>
#include <string>

#include <QTest>

#include "core/catalog/ActionExpansion.h"
#include "core/catalog/ActionExplanation.h"
#include "core/catalog/Catalog.h"

using namespace iam;

namespace {

bool contains(const Catalog& catalog, const ActionExpansion& expansion, const std::string& name)
{
    return std::any_of(expansion.actions.begin(), expansion.actions.end(),
                       [&](const CatalogAction* action) { return catalog.fullName(*action) == name; });
}

}  // namespace

class tst_ActionExpansion : public QObject {
    Q_OBJECT

private slots:
    void getStarIsReadNotWrite()
    {
        const Catalog& catalog = Catalog::builtIn();
        const ActionExpansion expansion = expandActions(catalog, "s3:Get*");
        QVERIFY(expansion.diagnostics.empty());
        QVERIFY(contains(catalog, expansion, "s3:GetObject"));
        QVERIFY(contains(catalog, expansion, "s3:GetBucketPolicy"));
        QVERIFY(!contains(catalog, expansion, "s3:PutObject"));
        QVERIFY(!contains(catalog, expansion, "s3:ListBucket"));
        for (const CatalogAction* action : expansion.actions)
            QVERIFY(action->name.substr(0, 3) == "Get");
    }

    void serviceStarGrantsEverythingIncludingDeletes()
    {
        const Catalog& catalog = Catalog::builtIn();
        const ActionExpansion expansion = expandActions(catalog, "s3:*");
        QVERIFY(expansion.actions.size() >= 100);
        QVERIFY(contains(catalog, expansion, "s3:DeleteBucket"));
        QVERIFY(expansion.count(AccessLevel::Write) > 0);
        QVERIFY(expansion.count(AccessLevel::PermissionsManagement) > 0);
        std::size_t total = 0;
        for (const AccessLevel level : kAccessLevels)
            total += expansion.count(level);
        QCOMPARE(total, expansion.actions.size());
    }

    void groupedByAccessLevel()
    {
        const ActionExpansion expansion = expandActions(Catalog::builtIn(), "s3:*");
        QVERIFY(std::is_sorted(expansion.actions.begin(), expansion.actions.end(),
            [](const CatalogAction* a, const CatalogAction* b) { return a->accessLevel < b->accessLevel; }));
    }

    void wildcardsInServiceAndName()
    {
        const Catalog& catalog = Catalog::builtIn();
        const ActionExpansion anyGet = expandActions(catalog, "*:Get*");
        QVERIFY(contains(catalog, anyGet, "s3:GetObject"));
        QVERIFY(contains(catalog, anyGet, "iam:GetRole"));
        QVERIFY(!contains(catalog, anyGet, "iam:PassRole"));

        const ActionExpansion oneLetter = expandActions(catalog, "s3:?etObject");
        QVERIFY(contains(catalog, oneLetter, "s3:GetObject"));
        QVERIFY(!contains(catalog, oneLetter, "s3:PutObject"));

        QCOMPARE(expandActions(catalog, "*").actions.size(), catalog.actionCount());
        QCOMPARE(expandActions(catalog, "S3:GETOBJECT").actions.size(), std::size_t(1));
        QCOMPARE(expandActions(catalog, "  s3:GetObject ").actions.size(), std::size_t(1));
    }

    void unknownNamesExplainThemselves_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("help");
        QTest::newRow("typo in action") << "s3:GetObjects" << "UNKNOWN_ACTION" << "did you mean `s3:GetObject`?";
        QTest::newRow("typo in service") << "s4:GetObject" << "UNKNOWN_SERVICE" << "did you mean `s3:GetObject`?";
        QTest::newRow("typo in wildcard service") << "lamda:*" << "UNKNOWN_SERVICE" << "did you mean `lambda`?";
        QTest::newRow("wildcard matching nothing") << "ec2:Zzz*" << "ACTION_PATTERN_MATCHES_NOTHING" << "";
        QTest::newRow("no colon") << "GetObject" << "INVALID_ACTION_PATTERN" << "";
        QTest::newRow("empty") << "" << "INVALID_ACTION_PATTERN" << "";
    }

    void unknownNamesExplainThemselves()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, code);
        QFETCH(QString, help);
        const ActionExpansion expansion = expandActions(Catalog::builtIn(), pattern.toStdString());
        QVERIFY(expansion.actions.empty());
        QCOMPARE(expansion.diagnostics.size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(expansion.diagnostics.front().code), code);
        QVERIFY(expansion.diagnostics.front().isError());
        if (!help.isEmpty())
            QCOMPARE(QString::fromStdString(expansion.diagnostics.front().help), help);
    }

    void explainGetObject()
    {
        const ActionExplanation explanation = explainAction(Catalog::builtIn(), "s3:getobject");
        QVERIFY(explanation.found);
        QCOMPARE(explanation.action, std::string("s3:GetObject"));
        QCOMPARE(explanation.serviceName, std::string("Amazon S3"));
        QVERIFY(explanation.accessLevel == AccessLevel::Read);
        QVERIFY(!explanation.description.empty());
        const auto object = std::find_if(explanation.resourceTypes.begin(), explanation.resourceTypes.end(),
                                         [](const auto& type) { return type.name == "object"; });
        QVERIFY(object != explanation.resourceTypes.end());
        QCOMPARE(object->arnTemplates, std::vector<std::string>{"arn:${Partition}:s3:::${BucketName}/${ObjectName}"});
        const auto tlsVersion = std::find_if(explanation.conditionKeys.begin(), explanation.conditionKeys.end(),
                                             [](const auto& key) { return key.name == "s3:TlsVersion"; });
        QVERIFY(tlsVersion != explanation.conditionKeys.end());
        QCOMPARE(tlsVersion->type, std::string("Numeric"));
        QVERIFY(explanation.diagnostics.empty());
    }

    void explainRequiredResource()
    {
        const ActionExplanation explanation = explainAction(Catalog::builtIn(), "iam:PassRole");
        QCOMPARE(explanation.resourceTypes.size(), std::size_t(1));
        QVERIFY(explanation.resourceTypes.front().required);
        QCOMPARE(explanation.resourceTypes.front().name, std::string("role"));
    }

    void explainUnknownSuggests()
    {
        const ActionExplanation explanation = explainAction(Catalog::builtIn(), "s3:GetObjects");
        QVERIFY(!explanation.found);
        QCOMPARE(explanation.diagnostics.size(), std::size_t(1));
        QCOMPARE(explanation.diagnostics.front().code, std::string("UNKNOWN_ACTION"));
        QCOMPARE(explanation.diagnostics.front().help, std::string("did you mean `s3:GetObject`?"));
    }

    void explainRefusesWildcards()
    {
        const ActionExplanation explanation = explainAction(Catalog::builtIn(), "s3:Get*");
        QVERIFY(!explanation.found);
        QCOMPARE(explanation.diagnostics.front().code, std::string("EXPLAIN_NEEDS_ONE_ACTION"));
    }
};

QTEST_APPLESS_MAIN(tst_ActionExpansion)
#include "tst_ActionExpansion.moc"
