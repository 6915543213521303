#include "core/eval/RequestSuggestion.h"

#include <string>
#include <string_view>

#include "core/catalog/Catalog.h"

namespace iam {

namespace {

constexpr std::string_view kExampleAccount = "111122223333";

bool hasWildcard(std::string_view text)
{
    return text.find_first_of("*?") != std::string_view::npos;
}

// `arn:${Partition}:s3:::${BucketName}/${ObjectName}` → `arn:aws:s3:::example/example`.
std::string fillTemplate(std::string_view text)
{
    std::string filled;
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t open = text.find("${", i);
        if (open == std::string_view::npos) {
            filled.append(text.substr(i));
            break;
        }
        const std::size_t close = text.find('}', open);
        if (close == std::string_view::npos) {
            filled.append(text.substr(i));
            break;
        }
        filled.append(text.substr(i, open - i));
        const std::string_view name = text.substr(open + 2, close - open - 2);
        if (name == "Partition")
            filled += "aws";
        else if (name == "Region")
            filled += "us-east-1";
        else if (name == "Account")
            filled += kExampleAccount;
        else
            filled += "example";
        i = close + 1;
    }
    return filled;
}

std::string concreteResource(std::string_view written)
{
    std::string concrete;
    for (char c : written) {
        if (c == '*')
            concrete += "example";
        else if (c == '?')
            concrete += 'x';
        else
            concrete += c;
    }
    return concrete;
}

std::string firstAction(const Statement& statement, const Catalog* catalog)
{
    if (!statement.action)
        return {};
    for (const std::string& action : statement.action->values) {
        if (!hasWildcard(action))
            return catalog && catalog->findAction(action) ? catalog->fullName(*catalog->findAction(action)) : action;
    }
    if (!catalog)
        return {};
    for (const std::string& action : statement.action->values) {
        if (action == "*")
            continue;
        const auto matches = catalog->matchActions(action);
        if (!matches.empty())
            return catalog->fullName(*matches.front());
    }
    return {};
}

std::string resourceFor(const Statement& statement, std::string_view action, const Catalog* catalog)
{
    if (statement.resource) {
        for (const std::string& resource : statement.resource->values) {
            if (resource != "*")
                return concreteResource(resource);
        }
    }
    if (catalog) {
        if (const CatalogAction* known = catalog->findAction(action)) {
            for (const CatalogActionResource& resource : catalog->resourcesOf(*known)) {
                const auto templates = catalog->arnTemplatesOf(catalog->resourceTypeOf(resource));
                if (!templates.empty())
                    return fillTemplate(templates.front());
            }
        }
    }
    return "*";
}

std::string firstPrincipal(const Statement& statement)
{
    if (!statement.principal)
        return {};
    for (const PrincipalEntry& entry : statement.principal->entries) {
        for (const std::string& id : entry.ids.values) {
            if (id == "*" || hasWildcard(id))
                continue;
            if (entry.type == "AWS" || entry.type == "Service")
                return id;
        }
    }
    return {};
}

} // namespace

Request suggestRequest(const Policy& policy, PolicyKind kind, const Catalog* catalog)
{
    Request request;
    for (const Statement& statement : policy.statements) {
        if (statement.effect != Effect::Allow)
            continue;
        const std::string action = firstAction(statement, catalog);
        if (action.empty())
            continue;
        request.action = action;
        if (kind == PolicyKind::Trust) {
            request.resource = "arn:aws:iam::" + std::string(kExampleAccount) + ":role/example";
        } else {
            request.resource = resourceFor(statement, action, catalog);
        }
        if (kind == PolicyKind::Resource || kind == PolicyKind::Trust) {
            const std::string principal = firstPrincipal(statement);
            if (!principal.empty())
                request.principal = principal;
        }
        break;
    }
    return request;
}

} // namespace iam
