#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/eval/PrincipalIdentity.h"
#include "core/eval/Request.h"
#include "core/eval/VariableResolver.h"

namespace iam {

// A request made ready for evaluation: the principal read, the keys AWS always adds derived from
// it, and every key lowercased for case-insensitive lookup. Built once per request.
class RequestContext final : public VariableResolver {
public:
    explicit RequestContext(const Request& request);

    const Request& request() const { return m_request; }
    // Unknown principals are read as anonymous; the loader refuses them before evaluation.
    const PrincipalIdentity& principal() const { return m_principal; }
    bool principalRecognized() const { return m_principalRecognized; }
    const std::string& resourceAccount() const { return m_resourceAccount; }
    bool isCrossAccount() const;

    // The values of a key (lowercased), or nothing when the request lacks it.
    const std::vector<std::string>* find(std::string_view lowercaseKey) const;
    std::optional<std::string_view> resolveVariable(std::string_view lowercaseKey) const override;

    struct Entry {
        std::string lowercaseKey;
        std::string key;
        std::vector<std::string> values;
        bool derived = false; // added from the principal, not given
    };
    const std::vector<Entry>& entries() const { return m_entries; }

private:
    void addDerived(std::string key, std::string value);

    Request m_request;
    PrincipalIdentity m_principal;
    bool m_principalRecognized = false;
    std::string m_resourceAccount;
    std::vector<Entry> m_entries;
};

std::string lowercaseAscii(std::string_view text);

} // namespace iam
