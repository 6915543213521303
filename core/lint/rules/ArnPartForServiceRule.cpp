#include "core/lint/rules/ArnPartForServiceRule.h"

#include <tuple>
#include <unordered_set>
#include <utility>

#include "core/catalog/Catalog.h"
#include "core/json/JsonPointer.h"
#include "core/lint/LintFixes.h"
#include "core/policy/Arn.h"

namespace iam {
namespace {

bool isLiteral(std::string_view part)
{
    return part.find_first_of("*?") == std::string_view::npos && part.find("${") == std::string_view::npos;
}

bool fitsAnyType(const Catalog& catalog, const CatalogService& service, const std::string& arn)
{
    for (const CatalogResourceType& type : catalog.resourceTypesOf(service)) {
        if (catalog.arnFits(arn, type))
            return true;
    }
    return false;
}

std::string arnText(const Arn& arn, const std::string& region, const std::string& account)
{
    return "arn:" + arn.partition + ":" + arn.service + ":" + region + ":" + account + ":" + arn.resource;
}

}  // namespace

std::string_view ArnPartForServiceRule::id() const
{
    return "arn-part-for-service";
}

std::vector<std::string_view> ArnPartForServiceRule::codes() const
{
    return {"INVALID_ARN_REGION_FOR_SERVICE", "INVALID_ARN_ACCOUNT_FOR_SERVICE"};
}

void ArnPartForServiceRule::check(const LintContext& context, std::vector<Diagnostic>& out) const
{
    const Catalog& catalog = *context.catalog();
    // Policies name the same ARN in statement after statement; matching it against every template of
    // its service once per run is enough. The views point into the policy, which outlives the check.
    std::unordered_set<std::string_view> fine;
    context.forEachResourceEntry(
        [&](std::size_t, std::string_view, const std::string& value, const std::string& pointer) {
            if (fine.count(value))
                return;
            const ArnParseResult parsed = parseArn(value);
            // Malformed ARNs are resource-arn's to report; wildcards could stand for an empty part.
            if (!parsed.arn || !isLiteral(parsed.arn->service)) {
                fine.insert(value);
                return;
            }
            const Arn& arn = *parsed.arn;
            const CatalogService* service = catalog.findService(arn.service);
            if (!service || service->resourceTypeCount == 0 || fitsAnyType(catalog, *service, value)) {
                fine.insert(value);
                return;
            }
            // Only when dropping the part is what makes the ARN name a resource: the templates
            // decide, so S3 access points (which do take a region) stay fine.
            const bool regionSet = !arn.region.empty() && isLiteral(arn.region);
            const bool accountSet = !arn.account.empty() && isLiteral(arn.account);
            bool badRegion = false;
            bool badAccount = false;
            std::string fixed;
            // The fewest parts to drop: a region alone (IAM), an account alone, or both (S3).
            for (const auto& [dropRegion, dropAccount] :
                {std::pair {true, false}, std::pair {false, true}, std::pair {true, true}}) {
                if ((dropRegion && !regionSet) || (dropAccount && !accountSet))
                    continue;
                const std::string candidate
                    = arnText(arn, dropRegion ? "" : arn.region, dropAccount ? "" : arn.account);
                if (fitsAnyType(catalog, *service, candidate)) {
                    badRegion = dropRegion;
                    badAccount = dropAccount;
                    fixed = candidate;
                    break;
                }
            }
            if (!badRegion && !badAccount) {
                fine.insert(value);
                return;
            }
            const std::size_t regionOffset = 4 + arn.partition.size() + 1 + arn.service.size() + 1;
            const std::string serviceName = "`" + arn.service + "`";
            for (const auto& [bad, code, part, offset, text] :
                {std::tuple {badRegion, "INVALID_ARN_REGION_FOR_SERVICE", "region", regionOffset, &arn.region},
                    std::tuple {badAccount, "INVALID_ARN_ACCOUNT_FOR_SERVICE", "account",
                        regionOffset + arn.region.size() + 1, &arn.account}}) {
                if (!bad)
                    continue;
                Diagnostic diagnostic = context.at(code, Severity::Error, pointer,
                    serviceName + " ARNs of this kind have no " + part + ", so `" + value + "` names no resource",
                    "leave the " + std::string(part) + " empty: `" + fixed + "`");
                diagnostic.span = context.spanInsideString(pointer, offset, text->size());
                // The corrected ARN is the one the templates say names a resource, so it is safe to write.
                attachFix(diagnostic, "Use " + fixed, replaceValueEdit(context, pointer, jsonQuoted(fixed)));
                out.push_back(std::move(diagnostic));
            }
        });
}

}  // namespace iam
