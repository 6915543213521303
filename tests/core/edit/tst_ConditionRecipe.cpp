#include <set>
#include <string>

#include <QTest>

#include <nlohmann/json.hpp>

#include "core/catalog/Catalog.h"
#include "core/edit/ConditionRecipe.h"
#include "core/edit/OperatorChoice.h"
#include "core/eval/Evaluator.h"
#include "core/eval/SimulationLoader.h"
#include "core/lint/Linter.h"

using namespace iam;
using Json = nlohmann::ordered_json;

namespace {

Json recipeStatement(const ConditionRecipe& recipe)
{
    Json values = Json::array();
    for (const auto& value : recipe.values)
        values.push_back(value);
    const bool deny = recipe.effect == Effect::Deny;
    return Json { { "Sid", "Recipe" }, { "Effect", deny ? "Deny" : "Allow" }, { "Action", "s3:GetObject" },
        { "Resource", "arn:aws:s3:::example-bucket/*" },
        { "Condition", { { recipe.operatorName, { { recipe.key, values } } } } } };
}

// An identity policy holding the recipe's statement; a Deny recipe comes with the Allow it guards.
Json recipePolicy(const ConditionRecipe& recipe)
{
    Json statements = Json::array();
    if (recipe.effect == Effect::Deny) {
        statements.push_back(Json { { "Sid", "ReadObjects" }, { "Effect", "Allow" }, { "Action", "s3:GetObject" },
            { "Resource", "arn:aws:s3:::example-bucket/*" } });
    }
    statements.push_back(recipeStatement(recipe));
    return Json { { "Version", "2012-10-17" }, { "Statement", statements } };
}

std::string decide(const ConditionRecipe& recipe, const Json& context)
{
    const Json simulation = { { "policies", { { "identity", Json::array({ recipePolicy(recipe) }) } } },
        { "request",
            { { "principal", "arn:aws:iam::111122223333:user/alice" }, { "action", "s3:GetObject" },
                { "resource", "arn:aws:s3:::example-bucket/report.csv" }, { "context", context } } } };
    const SimulationLoadResult loaded = loadSimulation(simulation.dump());
    if (!loaded.ok())
        return "unusable";
    return std::string(decisionName(evaluate(*loaded.simulation).decision));
}

const ConditionRecipe& recipe(std::string_view id)
{
    const ConditionRecipe* found = findConditionRecipe(id);
    if (!found)
        qFatal("no recipe %s", std::string(id).c_str());
    return *found;
}

} // namespace

class tst_ConditionRecipe : public QObject {
    Q_OBJECT

private slots:
    void theSixRecipesAreOffered()
    {
        std::set<std::string> ids;
        for (const auto& recipe : conditionRecipes()) {
            QVERIFY(ids.insert(recipe.id).second);
            QVERIFY(!recipe.title.empty());
            QVERIFY(recipe.explanation.ends_with('.'));
            QVERIFY(!recipe.values.empty());
        }
        QCOMPARE(ids,
            (std::set<std::string> {
                "require-mfa", "source-ip", "my-organization", "require-tag", "deny-other-regions", "enforce-tls" }));
        QCOMPARE(recipe("deny-other-regions").effect, std::optional<Effect>(Effect::Deny));
        QCOMPARE(recipe("enforce-tls").effect, std::optional<Effect>(Effect::Deny));
        QVERIFY(!findConditionRecipe("nope"));
    }

    void everyRecipeFitsItsKeysType()
    {
        for (const auto& recipe : conditionRecipes()) {
            const auto* key = Catalog::builtIn().findConditionKey(recipe.key);
            QVERIFY2(key, recipe.key.c_str());
            QVERIFY2(key->global, recipe.key.c_str());
            const auto operators = operatorsForKeyType(key->type);
            QVERIFY2(std::find(operators.begin(), operators.end(), recipe.operatorName) != operators.end(),
                recipe.id.c_str());
            QVERIFY(!isMultivaluedKeyType(key->type));
        }
    }

    void everyRecipeLintsClean()
    {
        for (const auto& recipe : conditionRecipes()) {
            const std::string text = recipePolicy(recipe).dump(2);
            for (const auto& diagnostic : lint(text, PolicyKind::Identity, &Catalog::builtIn())) {
                if (diagnostic.severity == Severity::Error || diagnostic.severity == Severity::SecurityWarning) {
                    qWarning("%s: %s %s", recipe.id.c_str(), diagnostic.code.c_str(), diagnostic.message.c_str());
                    QFAIL("a recipe's policy has an error or a security warning");
                }
            }
        }
    }

    void requireMfa()
    {
        const auto& mfa = recipe("require-mfa");
        QCOMPARE(decide(mfa, { { "aws:MultiFactorAuthPresent", true } }), std::string("allowed"));
        QCOMPARE(decide(mfa, { { "aws:MultiFactorAuthPresent", false } }), std::string("implicitDeny"));
        // Long-term access keys send no MFA key at all: still not allowed.
        QCOMPARE(decide(mfa, Json::object()), std::string("implicitDeny"));
    }

    void sourceIp()
    {
        const auto& ip = recipe("source-ip");
        QCOMPARE(decide(ip, { { "aws:SourceIp", "203.0.113.42" } }), std::string("allowed"));
        QCOMPARE(decide(ip, { { "aws:SourceIp", "198.51.100.7" } }), std::string("implicitDeny"));
        QCOMPARE(decide(ip, Json::object()), std::string("implicitDeny"));
    }

    void myOrganization()
    {
        const auto& org = recipe("my-organization");
        QCOMPARE(decide(org, { { "aws:PrincipalOrgID", "o-exampleorgid" } }), std::string("allowed"));
        QCOMPARE(decide(org, { { "aws:PrincipalOrgID", "o-someoneelse" } }), std::string("implicitDeny"));
    }

    void requireTag()
    {
        const auto& tag = recipe("require-tag");
        QCOMPARE(decide(tag, { { "aws:PrincipalTag/team", "my-team" } }), std::string("allowed"));
        QCOMPARE(decide(tag, { { "aws:PrincipalTag/team", "other-team" } }), std::string("implicitDeny"));
        QCOMPARE(decide(tag, Json::object()), std::string("implicitDeny"));
    }

    void denyOtherRegions()
    {
        const auto& regions = recipe("deny-other-regions");
        QCOMPARE(decide(regions, { { "aws:RequestedRegion", "eu-west-1" } }), std::string("allowed"));
        QCOMPARE(decide(regions, { { "aws:RequestedRegion", "eu-central-1" } }), std::string("allowed"));
        QCOMPARE(decide(regions, { { "aws:RequestedRegion", "us-east-1" } }), std::string("explicitDeny"));
    }

    void enforceTls()
    {
        const auto& tls = recipe("enforce-tls");
        QCOMPARE(decide(tls, { { "aws:SecureTransport", true } }), std::string("allowed"));
        QCOMPARE(decide(tls, { { "aws:SecureTransport", false } }), std::string("explicitDeny"));
    }
};

QTEST_APPLESS_MAIN(tst_ConditionRecipe)
#include "tst_ConditionRecipe.moc"
