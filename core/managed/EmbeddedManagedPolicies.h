#pragma once

#include <string_view>

namespace iam {

// The bytes of resources/managed/aws-managed-policies.bin, compiled into iam_core so that neither
// the app nor the CLI reads a data file at run time. Static: valid for the whole program.
std::string_view embeddedManagedPolicyBytes();

} // namespace iam
