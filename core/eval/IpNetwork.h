#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace iam {

// An IPv4 or IPv6 address with a prefix length: `203.0.113.0/24`, `2001:db8::/32`, or a single
// address (full-length prefix). IPv4 addresses are kept in the first four bytes.
struct IpNetwork {
    std::array<std::uint8_t, 16> bytes {};
    bool isV6 = false;
    int prefixLength = 32;

    // Same family, and the first prefixLength bits agree.
    bool contains(const IpNetwork& address) const;
};

std::optional<IpNetwork> parseIpNetwork(std::string_view text);

} // namespace iam
