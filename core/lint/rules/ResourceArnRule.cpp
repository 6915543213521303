#include "core/lint/rules/ResourceArnRule.h"

#include "core/json/JsonPointer.h"
#include "core/policy/Arn.h"

namespace iam {

std::string_view ResourceArnRule::id() const
{
    return "resource-arn";
}

std::vector<std::string_view> ResourceArnRule::codes() const
{
    return {"INVALID_ARN_PREFIX", "INVALID_ARN_TOO_FEW_PARTS", "INVALID_ARN_PARTITION", "INVALID_ARN_SERVICE",
            "INVALID_ARN_REGION", "INVALID_ARN_ACCOUNT",       "INVALID_ARN_RESOURCE"};
}

void ResourceArnRule::check(const LintContext& context, std::vector<Diagnostic>& out) const
{
    context.forEachResourceEntry(
        [&](std::size_t, std::string_view element, const std::string& value, const std::string& pointer) {
            if (value == "*")
                return;
            ArnParseResult parsed = parseArn(value);
            for (auto& diagnostic : parsed.diagnostics) {
                // parseArn places its findings inside the ARN; move them into the document.
                diagnostic.span = context.spanInsideString(pointer, diagnostic.span.offset, diagnostic.span.length);
                diagnostic.pointer = pointer;
                // AWS stores an ARN with an empty resource (its own managed policies have
                // `arn:aws:organizations::*:`); it just matches nothing, so it is not an error here.
                if (diagnostic.code == "INVALID_ARN_RESOURCE") {
                    diagnostic.severity = Severity::Warning;
                    diagnostic.help = "it matches no resource; " + diagnostic.help;
                }
                if (diagnostic.code == "INVALID_ARN_PREFIX" && value.find(':') == std::string::npos)
                    diagnostic.help = "`" + std::string(element) + "` takes ARNs or `*`; " + diagnostic.help;
                out.push_back(std::move(diagnostic));
            }
        });
}

}  // namespace iam
