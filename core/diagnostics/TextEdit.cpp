#include "core/diagnostics/TextEdit.h"

#include <algorithm>

namespace iam {

std::string applyTextEdits(std::string_view text, std::vector<TextEdit> edits)
{
    // Applying from the end keeps the offsets of the edits still to come valid.
    std::sort(edits.begin(), edits.end(), [](const TextEdit& a, const TextEdit& b) { return a.offset > b.offset; });
    std::string result(text);
    for (const auto& edit : edits) {
        const std::size_t offset = std::min(edit.offset, result.size());
        const std::size_t length = std::min(edit.length, result.size() - offset);
        result.replace(offset, length, edit.replacement);
    }
    return result;
}

}  // namespace iam
