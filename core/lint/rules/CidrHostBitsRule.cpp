#include "core/lint/rules/CidrHostBitsRule.h"

#include "core/eval/ConditionOperator.h"
#include "core/eval/IpNetwork.h"
#include "core/lint/LintFixes.h"

namespace iam {
namespace {

bool hasHostBits(const IpNetwork& network)
{
    const int total = network.isV6 ? 128 : 32;
    for (int bit = network.prefixLength; bit < total; ++bit) {
        if (network.bytes[static_cast<std::size_t>(bit / 8)] & (0x80 >> (bit % 8)))
            return true;
    }
    return false;
}

// `10.0.0.0/24` for `10.0.0.1/24`; IPv6 is left to the author, its short forms have several spellings.
std::optional<std::string> networkAddress(IpNetwork network)
{
    if (network.isV6)
        return std::nullopt;
    for (int bit = network.prefixLength; bit < 32; ++bit)
        network.bytes[static_cast<std::size_t>(bit / 8)] &= static_cast<std::uint8_t>(~(0x80 >> (bit % 8)));
    std::string text;
    for (std::size_t i = 0; i < 4; ++i)
        text += (i ? "." : "") + std::to_string(network.bytes[i]);
    return text + "/" + std::to_string(network.prefixLength);
}

}  // namespace

std::string_view CidrHostBitsRule::id() const
{
    return "cidr-host-bits";
}

std::vector<std::string_view> CidrHostBitsRule::codes() const
{
    return {"CIDR_HOST_BITS_SET"};
}

void CidrHostBitsRule::check(const LintContext& context, std::vector<Diagnostic>& out) const
{
    context.forEachConditionValue([&](std::size_t, const ConditionClause& clause, const ConditionKeyValues& keyValues,
                                      std::size_t valueIndex, const std::string& pointer) {
        const auto parsed = parseConditionOperator(clause.op);
        if (!parsed || parsed->family != ConditionOperator::Family::IpAddress)
            return;
        const std::string& value = keyValues.values[valueIndex].text;
        const auto network = parseIpNetwork(value);
        if (!network || value.find('/') == std::string::npos || !hasHostBits(*network))
            return;
        const auto address = networkAddress(*network);
        Diagnostic diagnostic = context.at(
            "CIDR_HOST_BITS_SET", Severity::Suggestion, pointer,
            "`" + value + "` has bits set after its /" + std::to_string(network->prefixLength)
                + " prefix, which AWS ignores",
            address ? "write the range as `" + *address + "`; for the single address use `/32`"
                    : std::string("clear the bits after the prefix, or use `/128` for a single address"));
        // AWS already reads the value as this range, so writing it out changes nothing it matches.
        if (address)
            attachFix(diagnostic, "Use " + *address, replaceValueEdit(context, pointer, jsonQuoted(*address)));
        out.push_back(std::move(diagnostic));
    });
}

}  // namespace iam
