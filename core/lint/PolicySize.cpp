#include "core/lint/PolicySize.h"

namespace iam {

namespace {

bool isContinuationByte(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

} // namespace

std::size_t policySizeQuota(PolicyKind kind)
{
    switch (kind) {
    case PolicyKind::Identity:
    case PolicyKind::Boundary:
        return 6144; // customer managed policy
    case PolicyKind::Trust:
        return 2048; // role trust policy, default quota
    case PolicyKind::Scp:
    case PolicyKind::Rcp:
        return 5120;
    case PolicyKind::Session:
        return 2048;
    case PolicyKind::Resource:
        return 20480; // S3 bucket policies; other services differ
    }
    return 6144;
}

std::size_t policyQuotaCharacterCount(std::string_view text)
{
    return countPolicyQuotaCharacters(text, std::string_view::npos).characters;
}

PolicyQuotaCount countPolicyQuotaCharacters(std::string_view text, std::size_t quota)
{
    PolicyQuotaCount count;
    bool inString = false;
    bool escaped = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
        } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            continue;
        } else if (c == '"') {
            inString = true;
        }
        if (isContinuationByte(c))
            continue;
        if (++count.characters == quota + 1)
            count.firstOverQuota = i;
    }
    return count;
}

} // namespace iam
