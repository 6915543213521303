#pragma once

#include <string>

#include <QTest>

#include "core/eval/EvaluationResult.h"
#include "core/eval/Evaluator.h"
#include "core/eval/SimulationLoader.h"

// Small builders shared by the evaluation tests, so each test shows only the policy and request
// it is about.
namespace evaltest {

// Loads a simulation that must be valid and evaluates it.
inline iam::EvaluationResult run(const std::string& simulationJson)
{
    const iam::SimulationLoadResult loaded = iam::loadSimulation(simulationJson);
    if (!loaded.ok()) {
        for (const auto& diagnostic : loaded.diagnostics)
            qWarning("%s: %s", diagnostic.pointer.c_str(), diagnostic.message.c_str());
        return {};
    }
    return iam::evaluate(*loaded.simulation);
}

inline std::string decide(const std::string& simulationJson)
{
    const iam::SimulationLoadResult loaded = iam::loadSimulation(simulationJson);
    if (!loaded.ok())
        return "unusable";
    return std::string(iam::decisionName(iam::evaluate(*loaded.simulation).decision));
}

// Replaces each `@NAME` placeholder. Test JSON is written whole, placeholders and all, because moc
// misreads raw strings holding an odd number of quotes or a `/` followed by `*`.
inline std::string fill(std::string text, std::initializer_list<std::pair<std::string, std::string>> values)
{
    for (const auto& [name, value] : values) {
        for (auto at = text.find(name); at != std::string::npos; at = text.find(name, at + value.size()))
            text.replace(at, name.size(), value);
    }
    return text;
}

// An identity policy allowing s3:GetObject on everything under the given condition, against a
// request with the given context: "allowed" when the condition holds, "implicitDeny" when not.
inline std::string conditionDecision(const std::string& condition, const std::string& context,
    const std::string& version = "2012-10-17", const std::string& principal = "arn:aws:iam::111122223333:user/alice")
{
    return decide(fill(R"({"policies": {"identity": [{"Version": "@VERSION", "Statement": [{"Effect": "Allow",
                  "Action": "s3:GetObject", "Resource": "*", "Condition": @CONDITION}]}]},
                  "request": {"principal": "@PRINCIPAL", "action": "s3:GetObject", "resource": "arn:aws:s3:::bucket/key",
                  "context": @CONTEXT}})",
        { { "@VERSION", version }, { "@CONDITION", condition }, { "@PRINCIPAL", principal },
            { "@CONTEXT", context } }));
}

} // namespace evaltest
