#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace iam {

// Who makes a request, read from the text a simulation gives as `principal`.
struct PrincipalIdentity {
    enum class Kind {
        User, // arn:aws:iam::111122223333:user/alice
        Role, // arn:aws:iam::111122223333:role/admin (read as a session of that role)
        AssumedRole, // arn:aws:sts::111122223333:assumed-role/admin/session-name
        FederatedUser, // arn:aws:sts::111122223333:federated-user/bob
        Root, // arn:aws:iam::111122223333:root, or the bare account id
        Service, // lambda.amazonaws.com
        Anonymous, // `anonymous`: an unsigned request
    };

    Kind kind = Kind::Anonymous;
    std::string arn; // the text that resource policies name directly; the service name for services
    std::string partition;
    std::string account;
    std::string name; // user, role or federated user name; the service name
    std::string roleArn; // for sessions and roles: arn:PARTITION:iam::ACCOUNT:role/NAME (path unknown for sessions)
    bool serviceLinkedRole = false;

    bool isIamPrincipal() const { return kind != Kind::Service && kind != Kind::Anonymous; }
};

// Nothing when the text is none of the forms above.
std::optional<PrincipalIdentity> parsePrincipalIdentity(std::string_view text);

// `aws:PrincipalType` as AWS sets it: User, AssumedRole, FederatedUser, Account; empty otherwise.
std::string_view principalTypeValue(const PrincipalIdentity& principal);

bool isAccountId(std::string_view text);

} // namespace iam
