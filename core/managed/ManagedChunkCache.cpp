#include "core/managed/ManagedChunkCache.h"

#include "core/managed/ZlibInflate.h"

namespace iam {

ManagedChunkCache::ManagedChunkCache(std::vector<Block> blocks)
    : m_blocks(std::move(blocks))
    , m_slots(std::make_unique<Slot[]>(m_blocks.size()))
{
}

std::optional<std::string_view> ManagedChunkCache::text(std::size_t chunk) const
{
    if (chunk >= m_blocks.size())
        return std::nullopt;
    Slot& slot = m_slots[chunk];
    std::call_once(
        slot.once, [&] { slot.ok = inflateZlib(m_blocks[chunk].compressed, m_blocks[chunk].inflatedSize, slot.text); });
    if (!slot.ok)
        return std::nullopt;
    return std::string_view(slot.text);
}

} // namespace iam
