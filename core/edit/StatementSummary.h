#pragma once

#include <string>

#include "core/policy/Policy.h"

namespace iam {

class Catalog;

// One line a beginner can read in the Build page's statement list, e.g. "Allow 3 S3 read actions on
// my-bucket/*" or "Deny all actions on everything when 2 conditions hold". With a catalog, wildcards
// are counted and named by service and access level; without one, the written values are counted.
std::string summarizeStatement(const Statement& statement, const Catalog* catalog);

} // namespace iam
