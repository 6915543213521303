#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "core/diagnostics/Diagnostic.h"
#include "core/diagnostics/TextEdit.h"

namespace iam {

class LintContext;

// The text edits behind the linter's one-click fixes. Each works on the document exactly as the
// author wrote it (positions from the source map), so only the bytes the fix is about change:
// indentation, line endings and the author's other choices stay. Each returns nothing when the
// text is not laid out as expected; the finding then simply offers no fix.

// `text` as a JSON string literal, quotes and escapes included.
std::string jsonQuoted(std::string_view text);

// Replaces the whole value at `pointer` (quotes included) with `json`.
std::optional<TextEdit> replaceValueEdit(const LintContext& context, const std::string& pointer, std::string json);

// Renames the object member at `pointer` to `name`, keeping its value.
std::optional<TextEdit> renameKeyEdit(const LintContext& context, const std::string& pointer, std::string_view name);

// Removes entry `index` of the array at `arrayPointer` (of `count` entries, at least two) with the
// comma and spacing that separated it, so the list reads as if it had never been there.
std::optional<TextEdit> removeEntryEdit(
    const LintContext& context, const std::string& arrayPointer, std::size_t index, std::size_t count);

// Adds the string `value` right after entry `index` of the element at `elementPointer`, spaced like
// its neighbours. A single string (`"Resource": "a"`) becomes a two-entry array on the same line.
std::optional<TextEdit> addEntryAfterEdit(const LintContext& context, const std::string& elementPointer, bool isList,
    std::size_t index, std::size_t count, std::string_view value);

// Inserts `memberJson` (`"Version": "2012-10-17"`) as the first member of the object at
// `objectPointer`, on its own line with the indentation of the member it now precedes.
std::optional<TextEdit> insertFirstMemberEdit(
    const LintContext& context, const std::string& objectPointer, std::string_view memberJson);

// Gives the finding its fix when there is an edit to make.
void attachFix(Diagnostic& diagnostic, std::string title, std::optional<TextEdit> edit);

}  // namespace iam
