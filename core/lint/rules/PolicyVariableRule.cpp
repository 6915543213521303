#include "core/lint/rules/PolicyVariableRule.h"

#include <functional>

#include "core/json/JsonPointer.h"

namespace iam {
namespace {

// The first `${...}` in a value: its offset and length (to the closing brace, or the end).
std::optional<std::pair<std::size_t, std::size_t>> findVariable(std::string_view value)
{
    const auto start = value.find("${");
    if (start == std::string_view::npos)
        return std::nullopt;
    const auto close = value.find('}', start);
    const std::size_t end = close == std::string_view::npos ? value.size() : close + 1;
    return std::make_pair(start, end - start);
}

class Checker {
public:
    Checker(const LintContext& context, std::vector<Diagnostic>& out)
        : m_context(context)
        , m_out(out)
        , m_versionAllowsVariables(context.policy()->version && *context.policy()->version == kPolicyVersion2012)
    {
    }

    // Resource and condition values: fine under 2012-10-17, literal text otherwise.
    void allowedPlace(const std::string& pointer, std::string_view value)
    {
        const auto variable = findVariable(value);
        if (!variable || m_versionAllowsVariables)
            return;
        const std::string name(value.substr(variable->first, variable->second));
        const auto& version = m_context.policy()->version;
        Diagnostic diagnostic = m_context.at(
            "VARIABLE_UNSUPPORTED_IN_VERSION", Severity::Error, pointer,
            version ? "the policy variable `" + name + "` is plain text under Version `" + *version + "`"
                    : "the policy variable `" + name + "` is plain text in a policy without `Version`",
            version ? std::string("set `\"Version\": \"2012-10-17\"`: only that version replaces variables")
                    : std::string("add `\"Version\": \"2012-10-17\"` at the top: without it AWS reads the policy as "
                                  "2008-10-17, which does not replace variables"));
        diagnostic.span = m_context.spanInsideString(pointer, variable->first, variable->second);
        m_out.push_back(std::move(diagnostic));
    }

    void forbiddenPlace(const std::string& pointer, std::string_view value, std::string_view element)
    {
        const auto variable = findVariable(value);
        if (!variable)
            return;
        const std::string name(value.substr(variable->first, variable->second));
        Diagnostic diagnostic
            = m_context.at("VARIABLE_UNSUPPORTED_IN_ELEMENT", Severity::Error, pointer,
                           "the policy variable `" + name + "` cannot be used in `" + std::string(element) + "`",
                           "variables work only in `Resource` and in condition values; to vary by user, keep `"
                               + std::string(element) + "` fixed and test the variable in a `Condition`");
        diagnostic.span = m_context.spanInsideString(pointer, variable->first, variable->second);
        m_out.push_back(std::move(diagnostic));
    }

private:
    const LintContext& m_context;
    std::vector<Diagnostic>& m_out;
    bool m_versionAllowsVariables;
};

void forEachEntry(const std::optional<StringOrList>& list, const std::string& pointer,
                  const std::function<void(const std::string&, const std::string&)>& visit)
{
    if (!list)
        return;
    for (std::size_t k = 0; k < list->values.size(); ++k) {
        // Most values have no variable; building their pointers would be most of the rule's cost.
        if (list->values[k].find("${") != std::string::npos)
            visit(LintContext::entryPointer(pointer, list->isList, k), list->values[k]);
    }
}

}  // namespace

std::string_view PolicyVariableRule::id() const
{
    return "policy-variable";
}

std::vector<std::string_view> PolicyVariableRule::codes() const
{
    return {"VARIABLE_UNSUPPORTED_IN_ELEMENT", "VARIABLE_UNSUPPORTED_IN_VERSION"};
}

void PolicyVariableRule::check(const LintContext& context, std::vector<Diagnostic>& out) const
{
    const Policy& policy = *context.policy();
    Checker checker(context, out);
    for (std::size_t i = 0; i < policy.statements.size(); ++i) {
        const Statement& statement = policy.statements[i];
        const std::string pointer = statementPointer(policy, i);
        for (const auto& [element, list] :
             {std::pair {"Resource", &statement.resource}, std::pair {"NotResource", &statement.notResource}}) {
            forEachEntry(*list, appendPointer(pointer, element),
                         [&](const std::string& p, const std::string& value) { checker.allowedPlace(p, value); });
        }
        for (const auto& [element, list] :
             {std::pair {"Action", &statement.action}, std::pair {"NotAction", &statement.notAction}}) {
            forEachEntry(*list, appendPointer(pointer, element), [&](const std::string& p, const std::string& value) {
                checker.forbiddenPlace(p, value, element);
            });
        }
        for (const auto& [element, principal] :
             {std::pair {"Principal", &statement.principal}, std::pair {"NotPrincipal", &statement.notPrincipal}}) {
            if (!*principal)
                continue;
            for (const auto& entry : (*principal)->entries) {
                forEachEntry(
                    entry.ids, appendPointer(appendPointer(pointer, element), entry.type),
                    [&](const std::string& p, const std::string& value) { checker.forbiddenPlace(p, value, element); });
            }
        }
    }
    context.forEachConditionValue([&](std::size_t, const ConditionClause&, const ConditionKeyValues& keyValues,
                                      std::size_t valueIndex, const std::string& pointer) {
        checker.allowedPlace(pointer, keyValues.values[valueIndex].text);
    });
}

}  // namespace iam
