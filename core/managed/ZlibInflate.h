#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace iam {

// Inflates one complete zlib stream (RFC 1950) whose inflated size is known in advance. False, with
// `out` cleared, when the data is damaged: wrong size, bad checksum, trailing bytes or not zlib.
bool inflateZlib(std::string_view compressed, std::size_t inflatedSize, std::string& out);

} // namespace iam
