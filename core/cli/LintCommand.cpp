#include "core/cli/LintCommand.h"

#include <algorithm>
#include <ostream>

#include <nlohmann/json.hpp>

#include "core/catalog/Catalog.h"
#include "core/cli/CliOutput.h"
#include "core/diagnostics/DiagnosticJson.h"
#include "core/lint/Linter.h"
#include "core/policy/PolicyParser.h"

namespace iam {

int runLint(const std::vector<std::string>& files, PolicyKind kind, bool asJson, CliStreams streams,
            const Catalog* catalog)
{
    // The CLI always has the built-in catalog; the parameter lets tests lint against another one.
    if (!catalog)
        catalog = &Catalog::builtIn();
    int exitCode = kExitOk;
    nlohmann::ordered_json report;
    report["kind"] = std::string(policyKindName(kind));
    report["files"] = nlohmann::ordered_json::array();
    for (const auto& file : files) {
        const auto input = readInputOrReport(file, streams, report["files"], exitCode);
        if (!input)
            continue;
        const PolicyParseResult parsed = parsePolicy(input->text);
        const std::vector<Diagnostic> diagnostics = lint(parsed, input->text, kind, catalog);
        // Text that is not JSON at all cannot be linted; a policy with errors still can, and is.
        const bool unusable = isUnusableInput(parsed);
        if (unusable)
            exitCode = kExitUnusable;
        else if (hasErrors(diagnostics))
            exitCode = std::max(exitCode, kExitFindings);
        if (asJson) {
            report["files"].push_back({{"file", input->name},
                                       {"usable", !unusable},
                                       {"errors",
                                        std::count_if(diagnostics.begin(), diagnostics.end(),
                                                      [](const Diagnostic& d) { return d.isError(); })},
                                       {"diagnostics", diagnosticsToJson(diagnostics)}});
        }
        printFileDiagnostics(input->name, diagnostics, unusable, asJson, streams);
    }
    if (asJson)
        streams.out << dumpJson(report) << '\n';
    return exitCode;
}

}  // namespace iam
