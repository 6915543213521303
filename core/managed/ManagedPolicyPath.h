#pragma once

#include <string_view>

namespace iam {

// What a managed policy's path tells a beginner, in plain words: `/service-role/` policies are
// meant for roles an AWS service takes on, and so on. Empty for `/` and for paths we do not know.
// The source data has no descriptions, so lists show this instead.
std::string_view managedPolicyPathMeaning(std::string_view path);

} // namespace iam
