#include "core/lint/LintContext.h"

#include <algorithm>

#include "core/catalog/Catalog.h"
#include "core/json/JsonPointer.h"

namespace iam {

Diagnostic LintContext::at(std::string code, Severity severity, const std::string& pointer, std::string message,
                           std::string help, Anchor anchor) const
{
    const SourceSpan span = anchor == Anchor::Key ? m_sourceMap.keySpan(pointer) : m_sourceMap.valueSpan(pointer);
    Diagnostic diagnostic;
    diagnostic.code = std::move(code);
    diagnostic.severity = severity;
    diagnostic.message = std::move(message);
    diagnostic.help = std::move(help);
    diagnostic.pointer = pointer;
    diagnostic.span = span;
    return diagnostic;
}

const CatalogAction* LintContext::findAction(std::string_view fullName) const
{
    if (const auto known = m_actions.find(fullName); known != m_actions.end())
        return known->second;
    // As Catalog::findAction, with the service's look-up remembered too: policies name few services.
    const CatalogAction* action = nullptr;
    if (const std::size_t colon = fullName.find(':'); colon != std::string_view::npos) {
        const std::string_view prefix = fullName.substr(0, colon);
        auto service = m_services.find(prefix);
        if (service == m_services.end())
            service = m_services.emplace(std::string(prefix), m_catalog->findService(prefix)).first;
        if (service->second)
            action = m_catalog->findAction(*service->second, fullName.substr(colon + 1));
    }
    m_actions.emplace(std::string(fullName), action);
    return action;
}

const CatalogConditionKey* LintContext::findConditionKey(std::string_view name) const
{
    if (const auto known = m_conditionKeys.find(name); known != m_conditionKeys.end())
        return known->second;
    const CatalogConditionKey* key = m_catalog->findConditionKey(name);
    m_conditionKeys.emplace(std::string(name), key);
    return key;
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

const std::vector<std::string>& LintContext::pointersOf(const void* node, const std::function<void(std::vector<std::string>&)>& build) const
{
    auto [known, added] = m_pointers.try_emplace(node);
    if (added)
        build(known->second);
    return known->second;
}

void LintContext::forEachConditionClause(const ClauseVisitor& visit) const
{
    const Policy& policy = *m_policy;
    for (std::size_t i = 0; i < policy.statements.size(); ++i) {
        const auto& condition = policy.statements[i].condition;
        if (!condition)
            continue;
        const auto& pointers = pointersOf(&*condition, [&](std::vector<std::string>& out) {
            const std::string conditionPointer = appendPointer(statementPointer(policy, i), "Condition");
            for (const auto& clause : *condition)
                out.push_back(appendPointer(conditionPointer, clause.op));
        });
        for (std::size_t c = 0; c < condition->size(); ++c)
            visit(i, (*condition)[c], pointers[c]);
    }
}

void LintContext::forEachConditionKey(const KeyVisitor& visit) const
{
    forEachConditionClause([&](std::size_t statementIndex, const ConditionClause& clause, const std::string& pointer) {
        const auto& pointers = pointersOf(&clause, [&](std::vector<std::string>& out) {
            for (const auto& keyValues : clause.keys)
                out.push_back(appendPointer(pointer, keyValues.key));
        });
        for (std::size_t k = 0; k < clause.keys.size(); ++k)
            visit(statementIndex, clause, clause.keys[k], pointers[k]);
    });
}

void LintContext::forEachConditionValue(const ValueVisitor& visit) const
{
    forEachConditionKey([&](std::size_t statementIndex, const ConditionClause& clause,
                            const ConditionKeyValues& keyValues, const std::string& pointer) {
        const auto& pointers = pointersOf(&keyValues, [&](std::vector<std::string>& out) {
            for (std::size_t k = 0; k < keyValues.values.size(); ++k)
                out.push_back(entryPointer(pointer, keyValues.isList, k));
        });
        for (std::size_t k = 0; k < keyValues.values.size(); ++k)
            visit(statementIndex, clause, keyValues, k, pointers[k]);
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
            const auto& pointers = pointersOf(&*list, [&](std::vector<std::string>& out) {
                const std::string elementPointer = appendPointer(statementPointer(policy, i), elementName);
                for (std::size_t k = 0; k < list->values.size(); ++k)
                    out.push_back(entryPointer(elementPointer, list->isList, k));
            });
            for (std::size_t k = 0; k < list->values.size(); ++k)
                visit(i, elementName, list->values[k], pointers[k]);
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
