#pragma once

#include <string>

#include "core/cli/CliCommands.h"
#include "core/export/PolicyExport.h"
#include "core/lint/PolicyKind.h"

namespace iam {

// `export --format terraform|cloudformation|aws-cli [--name NAME] [--kind KIND] FILE|-`: the policy
// as Terraform, CloudFormation or AWS CLI, on stdout. Without a name, the file's name is used
// (`bucket-reader.json` → `bucket-reader`). Exit 2 when the input cannot be read or is not JSON,
// 1 when it is not a valid policy (its errors on stderr as `file:line:col: error: message [CODE]`).
int runExport(const std::string& file, ExportFormat format, const std::string& name, PolicyKind kind,
              CliStreams streams);

}  // namespace iam
