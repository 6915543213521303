#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/lint/PolicyKind.h"
#include "core/policy/Policy.h"

namespace iam::ui {

// What a part of the statement editor needs to show one statement and to edit it. A copy, not a
// pointer into the session: a form edit re-parses the text and replaces the session's policy.
struct StatementContext {
    std::optional<Statement> statement; // none: no statement is selected
    int index = -1;
    std::string pointer; // `/Statement/2`, or `/Statement` when the policy has a single statement object
    std::vector<std::string> otherSids; // of the policy's other statements: a Sid must differ from them
    PolicyKind kind = PolicyKind::Identity;
    bool editable = false;
    bool switchedStatement = false; // another statement than before: fields being typed in start over

    bool isValid() const { return statement.has_value(); }
};

} // namespace iam::ui
