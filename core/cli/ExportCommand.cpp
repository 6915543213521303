#include "core/cli/ExportCommand.h"

#include <filesystem>
#include <ostream>

#include "core/cli/CliInput.h"
#include "core/cli/CliOutput.h"
#include "core/policy/PolicyParser.h"

namespace iam {

int runExport(const std::string& file, ExportFormat format, const std::string& name, PolicyKind kind,
              CliStreams streams)
{
    std::string error;
    const auto input = readCliInput(file, streams.in, error);
    if (!input) {
        streams.err << error << '\n';
        return kExitUnusable;
    }
    const PolicyParseResult result = parsePolicy(input->text);
    if (!result.ok()) {
        // stdout is the export itself, which a script may redirect into a file: problems go to stderr.
        for (const auto& diagnostic : result.diagnostics)
            streams.err << formatDiagnosticLine(input->name, diagnostic) << '\n';
        return isUnusableInput(result) ? kExitUnusable : kExitFindings;
    }
    std::string policyName = name;
    if (policyName.empty() && file != "-")
        policyName = std::filesystem::path(file).stem().string();
    streams.out << exportPolicy(*result.policy, format, policyName, kind);
    return kExitOk;
}

}  // namespace iam
