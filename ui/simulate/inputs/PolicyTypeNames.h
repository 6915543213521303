#pragma once

#include <optional>

#include <QString>

#include "core/eval/PolicyType.h"
#include "core/lint/PolicyKind.h"

namespace iam::ui {

// The Simulate page's names for the policy types, in AWS's words: "Identity-based policies",
// "Service control policies (SCPs)", ...
QString policyGroupTitle(PolicyType type);
// One line for a beginner on what policies of this type do in a decision.
QString policyGroupHint(PolicyType type);
// The type in a sentence: "an identity-based policy", "an SCP".
QString policyTypeWithArticle(PolicyType type);
// SCPs and RCPs are attached at levels of the organization (root, OUs, the account).
bool policyTypeHasLevels(PolicyType type);

// Names of organization levels. `accountLevel` is the document's last level (at least 2); the levels
// between the root and the account are OUs, numbered when there are several.
QString organizationLevelName(int level, int accountLevel);
QString organizationLevelHint(int level, int accountLevel);

} // namespace iam::ui
