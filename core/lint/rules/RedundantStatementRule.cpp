#include "core/lint/rules/RedundantStatementRule.h"

namespace iam {
namespace {

// What a statement means, with the written form (Sid, string or one-element array) set aside.
Statement meaning(Statement statement)
{
    statement.sid.reset();
    for (auto* list : {&statement.action, &statement.notAction, &statement.resource, &statement.notResource}) {
        if (*list)
            (*list)->isList = false;
    }
    for (auto* principal : {&statement.principal, &statement.notPrincipal}) {
        if (!*principal)
            continue;
        for (auto& entry : (*principal)->entries)
            entry.ids.isList = false;
    }
    if (statement.condition) {
        for (auto& clause : *statement.condition) {
            for (auto& entry : clause.keys)
                entry.isList = false;
        }
    }
    return statement;
}

}  // namespace

std::string_view RedundantStatementRule::id() const
{
    return "redundant-statement";
}

std::vector<std::string_view> RedundantStatementRule::codes() const
{
    return {"REDUNDANT_STATEMENT"};
}

void RedundantStatementRule::check(const LintContext& context, std::vector<Diagnostic>& out) const
{
    const Policy& policy = *context.policy();
    std::vector<Statement> meanings;
    for (const auto& statement : policy.statements)
        meanings.push_back(meaning(statement));
    for (std::size_t i = 1; i < meanings.size(); ++i) {
        for (std::size_t earlier = 0; earlier < i; ++earlier) {
            if (!(meanings[i] == meanings[earlier]))
                continue;
            const int line = context.sourceMap().valueSpan(statementPointer(policy, earlier)).line;
            Diagnostic diagnostic = context.at("REDUNDANT_STATEMENT", Severity::Suggestion, statementPointer(policy, i),
                                               "the statement repeats the one at line " + std::to_string(line),
                                               "remove one of the two: together they grant no more than one alone");
            diagnostic.span.length = 1;
            out.push_back(std::move(diagnostic));
            break;
        }
    }
}

}  // namespace iam
