#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/diagnostics/TextEdit.h"

namespace iam {

// Edits a policy's JSON text the way its author would by hand: only the touched value changes;
// statement order, key order, spacing, Sids and the string-vs-array choice of every other value stay
// byte for byte. The AWS console's visual editor rewrites the whole document; the Build page must
// not, so every form edit goes through here.
//
// Pointers are RFC 6901 (`/Statement/0/Action`). Inserted values are written in the document's own
// style: its indent unit (detected from the text; two spaces when it has none) on multi-line
// containers, on one line inside containers written on one line.
//
// Every editing method returns false and leaves the text unchanged when the edit does not apply
// (the text is not JSON, the parent does not exist or has the wrong type, an index is out of range).
class PolicyTextEditor final {
public:
    explicit PolicyTextEditor(std::string text);
    ~PolicyTextEditor();
    PolicyTextEditor(PolicyTextEditor&&) noexcept;
    PolicyTextEditor& operator=(PolicyTextEditor&&) noexcept;

    const std::string& text() const { return m_text; }
    bool isJson() const;
    // The parsed document; null when the text is not JSON.
    const nlohmann::ordered_json& document() const;
    // The edits made so far, relative to the original text, merged into one (for undo commands and
    // for moving the cursor in the JSON view to where the change happened).
    std::optional<TextEdit> lastEdit() const { return m_lastEdit; }

    // Replaces the value at the pointer, or adds it as the object's last member when missing. An
    // empty text (a new document) becomes `{}` first, so `setValue("/Version", ...)` starts a policy.
    bool setValue(std::string_view pointer, const nlohmann::ordered_json& value);
    // Removes an object member or an array element, with its comma and its line when it had one.
    bool remove(std::string_view pointer);
    // Inserts into an array at `index` (== size appends). When the value at the pointer is not an
    // array (`"Action": "s3:GetObject"`, or `"Statement": {...}`), it first becomes a one-element
    // array so the list can grow.
    // When the pointer names a missing member of an object, it is added as a one-element array.
    bool insertElement(std::string_view arrayPointer, std::size_t index, const nlohmann::ordered_json& value);
    // Moves an element, carrying its exact text (comments-free JSON, so nothing else travels with it).
    bool moveElement(std::string_view arrayPointer, std::size_t from, std::size_t to);
    // Renames an object member in place, keeping its value's text (`Action` ↔ `NotAction`).
    // False when the new name is already a member.
    bool renameMember(std::string_view pointer, std::string_view newName);
    // Sets a list the author may write as a string or an array (Action, Resource, condition values):
    // one item stays a string when it was one; otherwise an array, keeping the text of items that stay.
    bool setStringList(std::string_view pointer, const std::vector<std::string>& items);

private:
    struct State;

    bool replaceText(std::string text, TextEdit edit);

    std::string m_text;
    std::optional<TextEdit> m_lastEdit;
    std::unique_ptr<State> m_state;
};

} // namespace iam
