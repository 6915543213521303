#include "core/policy/Arn.h"

#include <algorithm>
#include <cctype>

#include "core/diagnostics/FuzzyMatch.h"
#include "core/json/SourceMap.h"

namespace iam {
namespace {

bool hasPattern(std::string_view part)
{
    return part.find_first_of("*?") != std::string_view::npos || part.find("${") != std::string_view::npos;
}

bool isDigits(std::string_view part)
{
    return !part.empty() && std::all_of(part.begin(), part.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Regions look like `us-east-1`, `eu-central-2`, `us-gov-west-1`: lowercase words and a number.
bool looksLikeRegion(std::string_view part)
{
    if (part.empty() || !std::isdigit(static_cast<unsigned char>(part.back())))
        return false;
    if (part.find('-') == std::string_view::npos)
        return false;
    return std::all_of(part.begin(), part.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    });
}

bool looksLikeService(std::string_view part)
{
    return std::all_of(part.begin(), part.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.';
    });
}

// The next colon that ends a field. Colons inside a policy variable (`${aws:PrincipalAccount}`)
// belong to the variable, not to the ARN's structure.
std::size_t findFieldColon(std::string_view text, std::size_t from)
{
    for (std::size_t i = from; i < text.size(); ++i) {
        if (text[i] == ':')
            return i;
        if (text.substr(i, 2) == "${") {
            const std::size_t close = text.find('}', i);
            if (close == std::string_view::npos)
                return text.find(':', i);
            i = close;
        }
    }
    return std::string_view::npos;
}

Diagnostic arnError(std::string code, std::string message, std::string help, std::size_t offset, std::size_t length)
{
    return {std::move(code), Severity::Error, std::move(message), std::move(help), "",
            SourceSpan{offset, length, 1, static_cast<int>(offset) + 1}};
}

}  // namespace

const std::vector<std::string>& knownPartitions()
{
    static const std::vector<std::string> partitions = {"aws",       "aws-cn",    "aws-us-gov", "aws-iso",
                                                        "aws-iso-b", "aws-iso-e", "aws-iso-f",  "aws-eusc"};
    return partitions;
}

std::string Arn::toString() const
{
    return "arn:" + partition + ":" + service + ":" + region + ":" + account + ":" + resource;
}

namespace {

ArnParseResult parseArnFields(std::string_view text)
{
    ArnParseResult result;
    auto& diagnostics = result.diagnostics;
    if (text.substr(0, 4) != "arn:") {
        const bool caseOnly = text.size() >= 4 && editDistance(text.substr(0, 4), "arn:") == 0;
        diagnostics.push_back(arnError("INVALID_ARN_PREFIX", "`" + std::string(text) + "` does not start with `arn:`",
                                       caseOnly ? "write `arn:` in lowercase"
                                                : "an ARN reads `arn:partition:service:region:account-id:resource`, "
                                                  "e.g. `arn:aws:s3:::my-bucket`",
                                       0, std::min<std::size_t>(text.size(), 4)));
        return result;
    }

    // Split into five fields plus the resource, which may itself contain colons.
    std::vector<std::string_view> parts;
    std::vector<std::size_t> offsets;
    std::size_t start = 0;
    while (parts.size() < 5) {
        const std::size_t colon = findFieldColon(text, start);
        if (colon == std::string_view::npos)
            break;
        parts.push_back(text.substr(start, colon - start));
        offsets.push_back(start);
        start = colon + 1;
    }
    if (parts.size() < 5) {
        diagnostics.push_back(arnError("INVALID_ARN_TOO_FEW_PARTS",
                                       "`" + std::string(text) + "` has " + std::to_string(parts.size() + 1)
                                           + " of the 6 parts an ARN needs",
                                       "keep every colon, even around empty parts: S3 buckets are `arn:aws:s3:::bucket`, "
                                       "with empty region and account",
                                       0, text.size()));
        return result;
    }
    parts.push_back(text.substr(start));
    offsets.push_back(start);

    Arn arn;
    arn.partition = parts[1];
    arn.service = parts[2];
    arn.region = parts[3];
    arn.account = parts[4];
    arn.resource = parts[5];

    const auto& partitions = knownPartitions();
    if (!hasPattern(arn.partition)
        && std::find(partitions.begin(), partitions.end(), arn.partition) == partitions.end()) {
        std::string help = "the usual partition is `aws` (`aws-cn` in China, `aws-us-gov` in GovCloud)";
        if (auto suggestion = closestMatch(arn.partition, partitions); suggestion && !arn.partition.empty())
            help = "did you mean `" + *suggestion + "`?";
        diagnostics.push_back(arnError("INVALID_ARN_PARTITION",
                                       arn.partition.empty() ? "the ARN's partition is empty"
                                                             : "`" + arn.partition + "` is not an AWS partition",
                                       help, offsets[1], arn.partition.size()));
    }
    if (arn.service.empty()) {
        diagnostics.push_back(arnError("INVALID_ARN_SERVICE", "the ARN's service is empty",
                                       "name the service after the partition, e.g. `arn:aws:s3:::my-bucket`", offsets[2], 0));
    } else if (!hasPattern(arn.service) && !looksLikeService(arn.service)) {
        diagnostics.push_back(arnError("INVALID_ARN_SERVICE", "`" + arn.service + "` is not a service name",
                                       "service names are lowercase, e.g. `s3`, `iam`, `dynamodb`", offsets[2],
                                       arn.service.size()));
    }
    if (!arn.region.empty() && !hasPattern(arn.region) && !looksLikeRegion(arn.region)) {
        diagnostics.push_back(arnError("INVALID_ARN_REGION", "`" + arn.region + "` is not a region",
                                       "regions look like `us-east-1`; leave the part empty for global services such as IAM and S3",
                                       offsets[3], arn.region.size()));
    }
    if (!arn.account.empty() && !hasPattern(arn.account) && !(isDigits(arn.account) && arn.account.size() == 12)
        && arn.account != "aws") {
        diagnostics.push_back(arnError("INVALID_ARN_ACCOUNT", "`" + arn.account + "` is not a 12-digit account ID",
                                       "account IDs have exactly 12 digits, e.g. `111122223333`; keep leading zeros",
                                       offsets[4], arn.account.size()));
    }
    if (arn.resource.empty()) {
        diagnostics.push_back(arnError("INVALID_ARN_RESOURCE", "the ARN names no resource",
                                       "end it with the resource, e.g. `user/alice` or `my-bucket/*`", offsets[5], 0));
    }
    const std::size_t split = arn.resource.find_first_of("/:");
    if (split != std::string::npos) {
        arn.resourceType = arn.resource.substr(0, split);
        arn.resourceId = arn.resource.substr(split + 1);
    }
    if (!hasErrors(diagnostics))
        result.arn = std::move(arn);
    return result;
}

}  // namespace

ArnParseResult parseArn(std::string_view text)
{
    ArnParseResult result = parseArnFields(text);
    // Fields are found by byte offset; editors count columns in characters.
    for (auto& diagnostic : result.diagnostics)
        diagnostic.span = spanAtOffset(text, diagnostic.span.offset, diagnostic.span.length);
    return result;
}

}  // namespace iam
