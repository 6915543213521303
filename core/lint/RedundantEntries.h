#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics/Diagnostic.h"
#include "core/lint/LintContext.h"
#include "core/policy/Policy.h"

namespace iam {

// For each entry of an Action or Resource list: the index of another entry that already covers it
// (a wildcard that matches it, or an earlier copy of it), or nothing. Only entries with a wildcard
// can cover others, so long lists of plain names cost a hash lookup each, not a comparison with
// every other entry.
std::vector<std::optional<std::size_t>> findCoveringEntries(const std::vector<std::string>& values, bool ignoreCase);

// What the redundant-action and redundant-resource rules differ in; the finding and its fix are the same.
struct RedundantEntryCheck {
    std::string_view code;
    const char* element;     // `Action`, `Resource`
    const char* notElement;  // `NotAction`, `NotResource`
    std::optional<StringOrList> Statement::*list;
    std::optional<StringOrList> Statement::*notList;
    bool ignoreCase;
    std::string_view helpNote;  // appended to "remove `entry`"
};

// One suggestion for each entry another entry of the same list covers, with a fix that removes it.
// Removing an entry the list already grants changes nothing the policy allows.
void reportRedundantEntries(const LintContext& context, const RedundantEntryCheck& check, std::vector<Diagnostic>& out);

}  // namespace iam
