#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace iam {

// One replacement in a document's text, in UTF-8 bytes: the unit every mechanical fix and every
// form edit is made of, so the rest of the author's text stays byte for byte as it was.
struct TextEdit {
    std::size_t offset = 0;
    std::size_t length = 0;  // bytes replaced; 0 inserts
    std::string replacement;

    bool operator==(const TextEdit&) const = default;
};

// Applies non-overlapping edits given in any order. Edits reaching past the end are clamped to it.
std::string applyTextEdits(std::string_view text, std::vector<TextEdit> edits);

}  // namespace iam
