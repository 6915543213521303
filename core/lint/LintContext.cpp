#include "core/lint/LintContext.h"

#include <algorithm>

#include "core/json/JsonPointer.h"

namespace iam {

Diagnostic LintContext::at(std::string code, Severity severity, const std::string& pointer, std::string message,
                           std::string help, Anchor anchor) const
{
    const SourceSpan span = anchor == Anchor::Key ? m_sourceMap.keySpan(pointer) : m_sourceMap.valueSpan(pointer);
    return {std::move(code), severity, std::move(message), std::move(help), pointer, span};
}

SourceSpan LintContext::spanInsideString(const std::string& pointer, std::size_t offset, std::size_t length) const
{
    const SourceSpan whole = m_sourceMap.valueSpan(pointer);
    const SourceMap::Entry* entry = m_sourceMap.find(pointer);
    if (!entry || whole.length < 2 || whole.offset + whole.length > m_text.size() || m_text[whole.offset] != '"')
        return whole;
    const std::string_view raw = m_text.substr(whole.offset + 1, whole.length - 2);
    if (raw.find('\\') != std::string_view::npos || offset > raw.size())
        return whole;
    length = std::min(length, raw.size() - offset);
    return spanAtOffset(m_text, whole.offset + 1 + offset, length);
}

std::string LintContext::entryPointer(const std::string& elementPointer, bool isList, std::size_t index)
{
    return isList ? appendPointer(elementPointer, index) : elementPointer;
}

void LintContext::forEachConditionClause(const ClauseVisitor& visit) const
{
    const Policy& policy = *m_policy;
    for (std::size_t i = 0; i < policy.statements.size(); ++i) {
        const auto& condition = policy.statements[i].condition;
        if (!condition)
            continue;
        const std::string conditionPointer = appendPointer(statementPointer(policy, i), "Condition");
        for (const auto& clause : *condition)
            visit(i, clause, appendPointer(conditionPointer, clause.op));
    }
}

void LintContext::forEachConditionKey(const KeyVisitor& visit) const
{
    forEachConditionClause([&](std::size_t statementIndex, const ConditionClause& clause, const std::string& pointer) {
        for (const auto& keyValues : clause.keys)
            visit(statementIndex, clause, keyValues, appendPointer(pointer, keyValues.key));
    });
}

void LintContext::forEachConditionValue(const ValueVisitor& visit) const
{
    forEachConditionKey([&](std::size_t statementIndex, const ConditionClause& clause,
                            const ConditionKeyValues& keyValues, const std::string& pointer) {
        for (std::size_t k = 0; k < keyValues.values.size(); ++k)
            visit(statementIndex, clause, keyValues, k, entryPointer(pointer, keyValues.isList, k));
    });
}

void LintContext::forEachEntry(std::optional<StringOrList> Statement::*element,
                               std::optional<StringOrList> Statement::*notElement, std::string_view name,
                               std::string_view notName, const EntryVisitor& visit) const
{
    const Policy& policy = *m_policy;
    for (std::size_t i = 0; i < policy.statements.size(); ++i) {
        const Statement& statement = policy.statements[i];
        for (const auto& [member, elementName] : {std::pair {element, name}, std::pair {notElement, notName}}) {
            const auto& list = statement.*member;
            if (!list)
                continue;
            const std::string elementPointer = appendPointer(statementPointer(policy, i), elementName);
            for (std::size_t k = 0; k < list->values.size(); ++k)
                visit(i, elementName, list->values[k], entryPointer(elementPointer, list->isList, k));
        }
    }
}

void LintContext::forEachActionEntry(const EntryVisitor& visit) const
{
    forEachEntry(&Statement::action, &Statement::notAction, "Action", "NotAction", visit);
}

void LintContext::forEachResourceEntry(const EntryVisitor& visit) const
{
    forEachEntry(&Statement::resource, &Statement::notResource, "Resource", "NotResource", visit);
}

}  // namespace iam
