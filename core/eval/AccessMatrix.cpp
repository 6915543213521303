#include "core/eval/AccessMatrix.h"

#include <algorithm>

#include "core/catalog/ActionExpansion.h"
#include "core/catalog/AsciiCase.h"
#include "core/catalog/Catalog.h"
#include "core/eval/CompiledPolicy.h"
#include "core/eval/Evaluator.h"

namespace iam {
namespace {

std::size_t levelOrder(const std::optional<AccessLevel>& level)
{
    return level ? static_cast<std::size_t>(*level) : kAccessLevels.size();
}

void appendCsvField(std::string& out, std::string_view field)
{
    if (field.find_first_of(",\"\r\n") == std::string_view::npos) {
        out += field;
        return;
    }
    out += '"';
    for (char c : field) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

} // namespace

AccessMatrix evaluateAccessMatrix(const Simulation& simulation, const std::vector<std::string>& actions,
    const std::vector<std::string>& resources, const Catalog& catalog)
{
    AccessMatrix matrix;
    std::vector<std::string> seen; // lowercase names: a pattern may repeat what another already gave
    auto addRow = [&](std::string name, std::optional<AccessLevel> level) {
        std::string lower = toLowerAscii(name);
        if (std::find(seen.begin(), seen.end(), lower) != seen.end())
            return;
        seen.push_back(std::move(lower));
        matrix.rows.push_back({ std::move(name), level, {} });
    };
    for (const auto& pattern : actions) {
        const bool wildcard = pattern.find_first_of("*?") != std::string::npos;
        ActionExpansion expansion = expandActions(catalog, pattern);
        if (!expansion.actions.empty()) {
            for (const CatalogAction* action : expansion.actions)
                addRow(catalog.fullName(*action), action->accessLevel);
            continue;
        }
        for (auto& diagnostic : expansion.diagnostics) {
            // A literal name still makes a row: the catalog may lag behind AWS, the policies may not.
            if (!wildcard)
                diagnostic.severity = Severity::Warning;
            matrix.diagnostics.push_back(std::move(diagnostic));
        }
        if (!wildcard && !expansion.pattern.empty())
            addRow(expansion.pattern, std::nullopt);
    }
    std::stable_sort(matrix.rows.begin(), matrix.rows.end(), [](const AccessMatrixRow& a, const AccessMatrixRow& b) {
        return levelOrder(a.accessLevel) < levelOrder(b.accessLevel);
    });
    for (const auto& resource : resources) {
        if (resource.empty()) {
            matrix.diagnostics.push_back(
                { "EMPTY_MATRIX_RESOURCE", Severity::Error, "a resource of the matrix is empty",
                    "give the ARN of a resource, e.g. `arn:aws:s3:::my-bucket`, or `*`", "", {}, {}, {} });
            continue;
        }
        matrix.resources.push_back(resource);
    }
    const CompiledPolicySet policies = compilePolicies(simulation);
    Request request = simulation.request;
    EvaluationOptions options;
    options.trace = false; // only the decision goes into a cell
    for (auto& row : matrix.rows) {
        request.action = row.action;
        row.decisions.reserve(matrix.resources.size());
        for (const auto& resource : matrix.resources) {
            request.resource = resource;
            row.decisions.push_back(evaluate(policies, request, options).decision);
        }
    }
    return matrix;
}

std::string accessMatrixToCsv(const AccessMatrix& matrix)
{
    std::string out = "action,accessLevel";
    for (const auto& resource : matrix.resources) {
        out += ',';
        appendCsvField(out, resource);
    }
    out += "\r\n";
    for (const auto& row : matrix.rows) {
        appendCsvField(out, row.action);
        out += ',';
        if (row.accessLevel)
            appendCsvField(out, accessLevelName(*row.accessLevel));
        for (Decision decision : row.decisions) {
            out += ',';
            out += decisionName(decision);
        }
        out += "\r\n";
    }
    return out;
}

} // namespace iam
