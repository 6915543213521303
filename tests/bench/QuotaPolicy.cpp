#include "QuotaPolicy.h"

#include "core/catalog/ActionExpansion.h"
#include "core/catalog/Catalog.h"

namespace iam::bench {

std::size_t nonSpaceLength(const std::string& text)
{
    std::size_t length = 0;
    for (char c : text)
        length += (c != ' ' && c != '\n') ? 1 : 0;
    return length;
}

std::string identityPolicyAtQuota()
{
    const Catalog& catalog = Catalog::builtIn();
    const ActionExpansion reads = expandActions(catalog, "s3:Get*");
    const ActionExpansion describes = expandActions(catalog, "ec2:Describe*");
    std::string text = "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n";
    std::size_t statement = 0;
    std::size_t next = 0;
    while (nonSpaceLength(text) < 5600) {
        const bool s3 = statement % 2 == 0;
        const auto& pool = s3 ? reads.actions : describes.actions;
        text += std::string(statement ? ",\n" : "") + "    {\n      \"Sid\": \"Part" + std::to_string(statement)
            + "\",\n      \"Effect\": \"Allow\",\n      \"Action\": [";
        for (int i = 0; i < 8; ++i)
            text += std::string(i ? ", " : "") + "\"" + catalog.fullName(*pool[next++ % pool.size()]) + "\"";
        text += "],\n      \"Resource\": \"" + std::string(s3 ? "arn:aws:s3:::team-reports/*" : "*")
            + "\",\n      \"Condition\": {\"IpAddress\": {\"aws:SourceIp\": \"203.0.113.0/24\"}}\n    }";
        ++statement;
    }
    return text + "\n  ]\n}\n";
}

}  // namespace iam::bench
