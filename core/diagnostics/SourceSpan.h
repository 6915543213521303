#pragma once

#include <cstddef>

namespace iam {

// A place in a UTF-8 text. Lines and columns are 1-based and count code points, as editors do;
// the offset counts bytes so callers can slice the text. Zero line means "no position known".
struct SourceSpan {
    std::size_t offset = 0;
    std::size_t length = 0;
    int line = 0;
    int column = 0;

    bool isKnown() const { return line > 0; }
    bool operator==(const SourceSpan&) const = default;
};

}  // namespace iam
