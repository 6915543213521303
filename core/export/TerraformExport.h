#pragma once

#include <string>
#include <string_view>

#include "core/lint/PolicyKind.h"
#include "core/policy/Policy.h"

namespace iam {

// A `data "aws_iam_policy_document"` block (HashiCorp AWS provider), formatted as `terraform fmt`
// leaves it, with a comment line saying where the document goes for this kind of policy.
std::string exportTerraform(const Policy& policy, std::string_view policyName, PolicyKind kind);

// `text` as a quoted HCL string. AWS policy variables `${...}` become `&{...}`, the provider's
// spelling for them (it writes `${` back into the JSON); `%{` is doubled so it is not a template directive.
std::string terraformString(std::string_view text);

}  // namespace iam
