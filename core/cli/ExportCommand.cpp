#include "core/cli/ExportCommand.h"

#include <filesystem>
#include <ostream>

#include "core/cli/CliOutput.h"

namespace iam {

int runExport(const std::string& file, ExportFormat format, const std::string& name, PolicyKind kind,
              CliStreams streams)
{
    // stdout is the export itself, which a script may redirect into a file: problems go to stderr.
    int exitCode = kExitOk;
    const auto policy = readPolicyOrExplain(file, streams, exitCode);
    if (!policy)
        return exitCode;
    std::string policyName = name;
    if (policyName.empty() && file != "-")
        policyName = std::filesystem::path(file).stem().string();
    streams.out << exportPolicy(*policy, format, policyName, kind);
    return kExitOk;
}

}  // namespace iam
