#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/lint/PolicyKind.h"
#include "core/policy/Policy.h"

namespace iam {
class PolicyTextEditor;
}

namespace iam::ui {

// The JSON values the form writes, built in this one place so the widgets never touch nlohmann. Each
// function is one structure-keeping edit through PolicyTextEditor: the rest of the author's text,
// its order and its string-or-array choices stay as they were. False when the edit does not apply.
class FormEdits final {
public:
    FormEdits() = delete;

    // Appends an empty Allow statement named `Statement<N>`, shaped for `kind` (a Principal for
    // resource and trust policies); a blank document first becomes a policy with a Version.
    static bool addStatement(PolicyTextEditor& editor, const std::optional<Policy>& policy, PolicyKind kind);
    // Inserts an exact copy of statement `index` right after it.
    static bool duplicateStatement(PolicyTextEditor& editor, const Policy& policy, std::size_t index);
    // Removing the only statement written as an object leaves `"Statement": []`, which still parses.
    static bool removeStatement(PolicyTextEditor& editor, const Policy& policy, std::size_t index);

    static bool setString(PolicyTextEditor& editor, const std::string& pointer, const std::string& value);
    // Appends to the list at `pointer` (`count` items so far); a missing member becomes a list.
    static bool appendStrings(PolicyTextEditor& editor, const std::string& pointer, std::size_t count,
        const std::vector<std::string>& values);
    static bool setEmptyList(PolicyTextEditor& editor, const std::string& pointer);

    // Principal: `"*"`, or one more id of a type (`AWS`, `Service`, `Federated`).
    static bool setPrincipalEveryone(PolicyTextEditor& editor, const std::string& statementPointer);
    static bool clearPrincipalEveryone(PolicyTextEditor& editor, const std::string& statementPointer);
    static bool addPrincipal(PolicyTextEditor& editor, const std::string& statementPointer, const Statement& statement,
        const std::string& type, const std::string& id);
    static bool removePrincipal(PolicyTextEditor& editor, const std::string& statementPointer,
        const Statement& statement, const std::string& type, const std::string& id);

    // Adds (or replaces) `key`'s values under `op`, creating the Condition and the operator block
    // when missing. One value is written as a string, several as an array.
    static bool setCondition(PolicyTextEditor& editor, const std::string& statementPointer, const Statement& statement,
        const std::string& op, const std::string& key, const std::vector<std::string>& values);
    // Removes `key` from `op`, and the block and the Condition when they become empty.
    static bool removeCondition(PolicyTextEditor& editor, const std::string& statementPointer,
        const Statement& statement, const std::string& op, const std::string& key);
};

} // namespace iam::ui
