#include "core/eval/RequestContext.h"

#include <algorithm>

namespace iam {

std::string lowercaseAscii(std::string_view text)
{
    std::string result(text);
    std::transform(result.begin(), result.end(), result.begin(),
        [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; });
    return result;
}

RequestContext::RequestContext(const Request& request)
    : m_request(request)
{
    if (auto principal = parsePrincipalIdentity(request.principal)) {
        m_principal = std::move(*principal);
        m_principalRecognized = true;
    }
    if (request.resourceAccount) {
        m_resourceAccount = *request.resourceAccount;
    } else if (!m_principal.account.empty()) {
        m_resourceAccount = m_principal.account;
    } else {
        // A service or anonymous caller has no account: take the resource ARN's, when it names one.
        std::string_view arn = request.resource;
        for (int i = 0; i < 4 && !arn.empty(); ++i) {
            const auto colon = arn.find(':');
            arn = colon == std::string_view::npos ? std::string_view {} : arn.substr(colon + 1);
        }
        m_resourceAccount = std::string(arn.substr(0, arn.find(':')));
    }
    m_entries.reserve(request.context.size() + 4);
    for (const auto& entry : request.context) {
        std::string lowercaseKey = lowercaseAscii(entry.key);
        auto existing = std::find_if(
            m_entries.begin(), m_entries.end(), [&](const Entry& e) { return e.lowercaseKey == lowercaseKey; });
        if (existing != m_entries.end()) {
            // The same key written twice in different case: AWS would see one key, so merge them.
            existing->values.insert(existing->values.end(), entry.values.begin(), entry.values.end());
            continue;
        }
        m_entries.push_back({ std::move(lowercaseKey), entry.key, entry.values, false });
    }
    // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html: these are
    // present in every signed request, so a simulation need not spell them out.
    const PrincipalIdentity& who = m_principal;
    if (m_principalRecognized && who.isIamPrincipal()) {
        addDerived("aws:PrincipalArn", who.roleArn.empty() ? who.arn : who.roleArn);
        addDerived("aws:PrincipalAccount", who.account);
        addDerived("aws:PrincipalType", std::string(principalTypeValue(who)));
        if (who.kind == PrincipalIdentity::Kind::User)
            addDerived("aws:username", who.name);
    } else if (m_principalRecognized && who.kind == PrincipalIdentity::Kind::Service) {
        addDerived("aws:PrincipalServiceName", who.name);
    }
}

void RequestContext::addDerived(std::string key, std::string value)
{
    std::string lowercaseKey = lowercaseAscii(key);
    if (find(lowercaseKey))
        return;
    m_entries.push_back({ std::move(lowercaseKey), std::move(key), { std::move(value) }, true });
}

bool RequestContext::isCrossAccount() const
{
    return m_principal.account != m_resourceAccount;
}

const std::vector<std::string>* RequestContext::find(std::string_view lowercaseKey) const
{
    for (const auto& entry : m_entries) {
        if (entry.lowercaseKey == lowercaseKey)
            return &entry.values;
    }
    return nullptr;
}

std::optional<std::string_view> RequestContext::resolveVariable(std::string_view lowercaseKey) const
{
    const auto* values = find(lowercaseKey);
    if (!values || values->size() != 1)
        return std::nullopt;
    return std::string_view(values->front());
}

} // namespace iam
