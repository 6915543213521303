#include "core/lint/rules/WildcardWithoutLikeRule.h"

#include "core/eval/ConditionOperator.h"

namespace iam {
namespace {

// The offset of the first `*` that is a would-be wildcard, skipping `${*}`, the variable that
// stands for a literal star.
std::size_t findStar(std::string_view value)
{
    for (std::size_t i = 0; i < value.size(); ++i) {
        if (value.substr(i, 4) == "${*}") {
            i += 3;
            continue;
        }
        if (value[i] == '*')
            return i;
    }
    return std::string_view::npos;
}

std::string likeOperatorFor(const ConditionOperator& parsed)
{
    std::string result;
    if (parsed.qualifier == ConditionOperator::SetQualifier::ForAllValues)
        result = "ForAllValues:";
    else if (parsed.qualifier == ConditionOperator::SetQualifier::ForAnyValue)
        result = "ForAnyValue:";
    result += parsed.negated ? "StringNotLike" : "StringLike";
    if (parsed.ifExists)
        result += "IfExists";
    return result;
}

}  // namespace

std::string_view WildcardWithoutLikeRule::id() const
{
    return "wildcard-without-like";
}

std::vector<std::string_view> WildcardWithoutLikeRule::codes() const
{
    return {"WILDCARD_WITHOUT_LIKE_OPERATOR"};
}

void WildcardWithoutLikeRule::check(const LintContext& context, std::vector<Diagnostic>& out) const
{
    context.forEachConditionValue([&](std::size_t, const ConditionClause& clause, const ConditionKeyValues& keyValues,
                                      std::size_t valueIndex, const std::string& pointer) {
        const auto parsed = parseConditionOperator(clause.op);
        if (!parsed || parsed->family != ConditionOperator::Family::String
            || parsed->comparison != ConditionOperator::Comparison::Equals)
            return;
        const std::string& value = keyValues.values[valueIndex].text;
        const std::size_t star = findStar(value);
        if (star == std::string_view::npos)
            return;
        Diagnostic diagnostic = context.at(
            "WILDCARD_WITHOUT_LIKE_OPERATOR", Severity::Warning, pointer,
            "`" + clause.op + "` compares `" + value + "` literally: the `*` is not a wildcard here",
            "use `" + likeOperatorFor(*parsed) + "` if `*` should match any text; keep `" + clause.op
                + "` only if the value really contains a star");
        diagnostic.span = context.spanInsideString(pointer, star, 1);
        out.push_back(std::move(diagnostic));
    });
}

}  // namespace iam
