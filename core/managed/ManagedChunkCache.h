#pragma once

#include <cstddef>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace iam {

// The compressed chunks of policy documents in a bundle, each inflated the first time a document in
// it is asked for and kept from then on. Listing and searching never come here, and opening one
// policy inflates about 64 KiB, not the whole 3 MB. Safe to use from several threads at once.
class ManagedChunkCache final {
public:
    struct Block {
        std::string_view compressed; // points into the bundle's bytes
        std::size_t inflatedSize = 0;
    };

    explicit ManagedChunkCache(std::vector<Block> blocks);

    std::size_t size() const { return m_blocks.size(); }
    std::size_t inflatedSize(std::size_t chunk) const { return m_blocks[chunk].inflatedSize; }
    // nullopt when the chunk's data is damaged (checked on inflation, once).
    std::optional<std::string_view> text(std::size_t chunk) const;

private:
    struct Slot {
        std::once_flag once;
        std::string text;
        bool ok = false;
    };

    std::vector<Block> m_blocks;
    // once_flag cannot move, so the slots live in one array that never reallocates.
    std::unique_ptr<Slot[]> m_slots;
};

} // namespace iam
