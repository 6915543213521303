#pragma once

#include <QString>

#include "core/lint/PolicyKind.h"

namespace iam::ui {

// The kind as the selector lists it, saying where the policy goes: "Identity-based (user, group or role)".
QString policyKindLabel(PolicyKind kind);
// One sentence for a beginner on what a policy of this kind is for.
QString policyKindHint(PolicyKind kind);

} // namespace iam::ui
