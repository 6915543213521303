#include "core/eval/IpNetwork.h"

#include <vector>

namespace iam {
namespace {

std::optional<int> parseDecimal(std::string_view text, int max)
{
    if (text.empty() || text.size() > 3)
        return std::nullopt;
    int value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value <= max ? std::optional<int>(value) : std::nullopt;
}

bool parseV4(std::string_view text, std::uint8_t* out)
{
    for (int part = 0; part < 4; ++part) {
        const auto dot = part < 3 ? text.find('.') : text.size();
        if (dot == std::string_view::npos)
            return false;
        const auto value = parseDecimal(text.substr(0, dot), 255);
        if (!value)
            return false;
        out[part] = static_cast<std::uint8_t>(*value);
        text = part < 3 ? text.substr(dot + 1) : std::string_view {};
    }
    return true;
}

std::optional<int> hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return std::nullopt;
}

// Groups of up to four hex digits; one `::` stands for the zero groups left out; the last 32 bits
// may be written as an IPv4 address (`::ffff:192.0.2.1`).
bool parseV6Groups(std::string_view text, std::vector<std::uint16_t>& groups, bool& endsWithV4, std::uint8_t* v4)
{
    endsWithV4 = false;
    if (text.empty())
        return true;
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto colon = text.find(':', start);
        const std::string_view group
            = text.substr(start, colon == std::string_view::npos ? std::string_view::npos : colon - start);
        if (colon == std::string_view::npos && group.find('.') != std::string_view::npos) {
            if (!parseV4(group, v4))
                return false;
            endsWithV4 = true;
            return true;
        }
        if (group.empty() || group.size() > 4)
            return false;
        std::uint16_t value = 0;
        for (char c : group) {
            const auto digit = hexValue(c);
            if (!digit)
                return false;
            value = static_cast<std::uint16_t>(value * 16 + *digit);
        }
        groups.push_back(value);
        if (colon == std::string_view::npos)
            return true;
        start = colon + 1;
    }
    return false;
}

bool parseV6(std::string_view text, std::uint8_t* out)
{
    std::vector<std::uint16_t> head;
    std::vector<std::uint16_t> tail;
    std::uint8_t v4[4] = {};
    bool headV4 = false;
    bool tailV4 = false;
    const auto gap = text.find("::");
    bool hasGap = gap != std::string_view::npos;
    if (hasGap) {
        if (text.find("::", gap + 1) != std::string_view::npos)
            return false;
        if (!parseV6Groups(text.substr(0, gap), head, headV4, v4) || headV4)
            return false;
        if (!parseV6Groups(text.substr(gap + 2), tail, tailV4, v4))
            return false;
    } else if (!parseV6Groups(text, head, headV4, v4)) {
        return false;
    }
    const std::size_t v4Groups = (headV4 || tailV4) ? 2 : 0;
    const std::size_t total = head.size() + tail.size() + v4Groups;
    if (hasGap ? total > 7 : total != 8)
        return false;
    std::size_t index = 0;
    auto put = [&](std::uint16_t value) {
        out[index++] = static_cast<std::uint8_t>(value >> 8);
        out[index++] = static_cast<std::uint8_t>(value & 0xFF);
    };
    for (auto value : head)
        put(value);
    for (std::size_t i = 0; hasGap && i < 8 - total; ++i)
        put(0);
    for (auto value : tail)
        put(value);
    if (headV4 || tailV4) {
        for (auto byte : v4)
            out[index++] = byte;
    }
    return index == 16;
}

} // namespace

bool IpNetwork::contains(const IpNetwork& address) const
{
    if (isV6 != address.isV6)
        return false;
    int bits = prefixLength;
    for (std::size_t i = 0; bits > 0; ++i, bits -= 8) {
        const std::uint8_t mask = bits >= 8 ? 0xFF : static_cast<std::uint8_t>(0xFF << (8 - bits));
        if ((bytes[i] & mask) != (address.bytes[i] & mask))
            return false;
    }
    return true;
}

std::optional<IpNetwork> parseIpNetwork(std::string_view text)
{
    IpNetwork network;
    std::string_view address = text;
    std::optional<int> prefix;
    if (const auto slash = text.find('/'); slash != std::string_view::npos) {
        address = text.substr(0, slash);
        prefix = parseDecimal(text.substr(slash + 1), 128);
        if (!prefix)
            return std::nullopt;
    }
    if (address.find(':') != std::string_view::npos) {
        network.isV6 = true;
        if (!parseV6(address, network.bytes.data()))
            return std::nullopt;
        network.prefixLength = prefix.value_or(128);
    } else {
        if (!parseV4(address, network.bytes.data()))
            return std::nullopt;
        network.prefixLength = prefix.value_or(32);
        if (network.prefixLength > 32)
            return std::nullopt;
    }
    return network;
}

} // namespace iam
