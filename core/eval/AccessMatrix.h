#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/catalog/AccessLevel.h"
#include "core/diagnostics/Diagnostic.h"
#include "core/eval/EvaluationResult.h"
#include "core/eval/Simulation.h"

namespace iam {

class Catalog;

// One action of a matrix and its decision for each resource.
struct AccessMatrixRow {
    std::string action; // spelled as AWS does when the catalog knows it, otherwise as given
    std::optional<AccessLevel> accessLevel; // nothing when the catalog does not know the action
    std::vector<Decision> decisions; // one per resource, in the matrix's order
};

// "What can this principal really do here": every action against every resource, each cell the
// decision the simulation's policies give.
struct AccessMatrix {
    std::vector<std::string> resources;
    std::vector<AccessMatrixRow> rows; // by access level (List first, unknown actions last), then as given
    std::vector<Diagnostic> diagnostics; // patterns that matched no action, empty resources
};

// Expands each action (a name, or a wildcard such as `s3:Get*`, through the catalog; an action the
// catalog does not know is kept as written, with a warning) and evaluates it against each resource
// ARN. Everything else of the request (principal, context, resource account) comes from
// `simulation.request`. The policies are compiled once for the whole grid.
AccessMatrix evaluateAccessMatrix(const Simulation& simulation, const std::vector<std::string>& actions,
    const std::vector<std::string>& resources, const Catalog& catalog);

// The grid as CSV (RFC 4180: CRLF line ends; a field holding a comma, a double quote or a line break
// is quoted, its quotes doubled). Header `action,accessLevel,<resource>...`; a cell is
// `allowed`, `explicitDeny` or `implicitDeny`; an unknown access level is an empty field.
std::string accessMatrixToCsv(const AccessMatrix& matrix);

} // namespace iam
