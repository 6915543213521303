#pragma once

#include <string>

#include <nlohmann/json_fwd.hpp>

#include "core/eval/EvaluationResult.h"

namespace iam {

// The machine-readable result printed by `simulate`: decision, decidedBy, gates, trace,
// missingContextKeys first, then blockedBy, notes and diagnostics when there are any.
nlohmann::ordered_json evaluationToJson(const EvaluationResult& result);

// The same object written compactly straight into `out`, without building a JSON tree: what a
// batch of thousands of results needs. Parsing it gives exactly evaluationToJson(result).
void appendEvaluationJson(std::string& out, const EvaluationResult& result);

// The same for people, as `simulate --format text` prints it.
std::string formatEvaluationText(const EvaluationResult& result);

// One plain sentence saying why a statement did not apply, e.g. "`aws:SourceIp` is `203.0.113.5`, which
// does not satisfy `IpAddress` `10.0.0.0/8`". Written only when a report asks, so evaluation stays cheap.
std::string explainMismatch(const Mismatch& mismatch);

// "identity-based policy `ReadS3` (#0), statement 1 `AllowRead`" — how reports name a statement.
std::string describeStatement(const StatementRef& ref);

} // namespace iam
