#include "core/eval/PrincipalIdentity.h"

#include <array>

namespace iam {
namespace {

// The six parts of an ARN; nothing when it has fewer than six.
std::optional<std::array<std::string_view, 6>> splitArn(std::string_view text)
{
    std::array<std::string_view, 6> parts;
    for (std::size_t i = 0; i < 5; ++i) {
        const auto colon = text.find(':');
        if (colon == std::string_view::npos)
            return std::nullopt;
        parts[i] = text.substr(0, colon);
        text.remove_prefix(colon + 1);
    }
    parts[5] = text;
    if (parts[0] != "arn")
        return std::nullopt;
    return parts;
}

std::string_view lastSegment(std::string_view path)
{
    const auto slash = path.rfind('/');
    return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

} // namespace

bool isAccountId(std::string_view text)
{
    if (text.size() != 12)
        return false;
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

std::optional<PrincipalIdentity> parsePrincipalIdentity(std::string_view text)
{
    PrincipalIdentity principal;
    principal.arn = std::string(text);
    if (text == "anonymous" || text == "*") {
        principal.kind = PrincipalIdentity::Kind::Anonymous;
        return principal;
    }
    if (isAccountId(text)) {
        principal.kind = PrincipalIdentity::Kind::Root;
        principal.partition = "aws";
        principal.account = std::string(text);
        principal.arn = "arn:aws:iam::" + principal.account + ":root";
        return principal;
    }
    if (!text.starts_with("arn:")) {
        if (text.ends_with(".amazonaws.com") || text.ends_with(".amazonaws.com.cn")) {
            principal.kind = PrincipalIdentity::Kind::Service;
            principal.name = std::string(text);
            return principal;
        }
        return std::nullopt;
    }
    const auto parts = splitArn(text);
    if (!parts || !(*parts)[3].empty() || !isAccountId((*parts)[4]) || (*parts)[1].empty())
        return std::nullopt;
    const std::string_view service = (*parts)[2];
    const std::string_view resource = (*parts)[5];
    principal.partition = std::string((*parts)[1]);
    principal.account = std::string((*parts)[4]);
    const std::string iamPrefix = "arn:" + principal.partition + ":iam::" + principal.account + ":";
    if (service == "iam") {
        if (resource == "root") {
            principal.kind = PrincipalIdentity::Kind::Root;
            return principal;
        }
        if (resource.starts_with("user/") && resource.size() > 5 && !resource.ends_with("/")) {
            principal.kind = PrincipalIdentity::Kind::User;
            principal.name = std::string(lastSegment(resource));
            return principal;
        }
        if (resource.starts_with("role/") && resource.size() > 5 && !resource.ends_with("/")) {
            principal.kind = PrincipalIdentity::Kind::Role;
            principal.name = std::string(lastSegment(resource));
            principal.roleArn = principal.arn;
            principal.serviceLinkedRole = resource.starts_with("role/aws-service-role/");
            return principal;
        }
        return std::nullopt;
    }
    if (service == "sts") {
        if (resource.starts_with("assumed-role/")) {
            const std::string_view rest = resource.substr(13);
            const auto slash = rest.find('/');
            if (slash == std::string_view::npos || slash == 0 || slash + 1 == rest.size())
                return std::nullopt;
            principal.kind = PrincipalIdentity::Kind::AssumedRole;
            principal.name = std::string(rest.substr(0, slash));
            principal.roleArn = iamPrefix + "role/" + principal.name;
            // A session ARN drops the role's path, so the AWSServiceRoleFor prefix is what shows it.
            principal.serviceLinkedRole = principal.name.starts_with("AWSServiceRoleFor");
            return principal;
        }
        if (resource.starts_with("federated-user/") && resource.size() > 15) {
            principal.kind = PrincipalIdentity::Kind::FederatedUser;
            principal.name = std::string(resource.substr(15));
            return principal;
        }
    }
    return std::nullopt;
}

std::string_view principalTypeValue(const PrincipalIdentity& principal)
{
    switch (principal.kind) {
    case PrincipalIdentity::Kind::User:
        return "User";
    case PrincipalIdentity::Kind::Role:
    case PrincipalIdentity::Kind::AssumedRole:
        return "AssumedRole";
    case PrincipalIdentity::Kind::FederatedUser:
        return "FederatedUser";
    case PrincipalIdentity::Kind::Root:
        return "Account";
    case PrincipalIdentity::Kind::Service:
    case PrincipalIdentity::Kind::Anonymous:
        return "";
    }
    return "";
}

} // namespace iam
