#include "core/form/FieldCheck.h"

#include <algorithm>
#include <cstdlib>

#include "core/eval/IamDate.h"
#include "core/eval/IpNetwork.h"
#include "core/policy/Arn.h"

namespace iam {

namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isLower(char c) { return c >= 'a' && c <= 'z'; }
bool isAlnum(char c) { return isDigit(c) || isLower(c) || (c >= 'A' && c <= 'Z'); }

bool allOf(std::string_view text, bool (*predicate)(char))
{
    return std::all_of(text.begin(), text.end(), predicate);
}

bool hasVariable(std::string_view value) { return value.find("${") != std::string_view::npos; }

bool hasWildcardOrVariable(std::string_view value)
{
    return value.find_first_of("*?") != std::string_view::npos || hasVariable(value);
}

bool endsWith(std::string_view text, std::string_view suffix)
{
    return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

bool isAccountId(std::string_view value) { return value.size() == 12 && allOf(value, isDigit); }

// us-east-1, eu-west-2, us-gov-west-1, cn-north-1, ap-southeast-4, il-central-1.
bool looksLikeRegion(std::string_view value)
{
    const std::size_t lastDash = value.rfind('-');
    if (lastDash == std::string_view::npos || lastDash + 1 >= value.size())
        return false;
    if (!allOf(value.substr(lastDash + 1), isDigit))
        return false;
    const std::string_view words = value.substr(0, lastDash);
    const std::size_t firstDash = words.find('-');
    if (firstDash != 2 || !allOf(words.substr(0, 2), isLower))
        return false;
    std::string_view rest = words.substr(firstDash + 1);
    while (!rest.empty()) {
        const std::size_t dash = rest.find('-');
        const std::string_view word = rest.substr(0, dash);
        if (word.empty() || !allOf(word, isLower))
            return false;
        rest = dash == std::string_view::npos ? std::string_view() : rest.substr(dash + 1);
    }
    return true;
}

// S3's naming rules, with the wildcards a policy may use standing for any allowed character.
bool looksLikeBucketName(std::string_view value)
{
    if (value.size() < 3 || value.size() > 63)
        return false;
    const auto allowed = [](char c) { return isLower(c) || isDigit(c) || c == '.' || c == '-' || c == '*' || c == '?'; };
    const auto edge = [](char c) { return isLower(c) || isDigit(c) || c == '*' || c == '?'; };
    return std::all_of(value.begin(), value.end(), allowed) && edge(value.front()) && edge(value.back());
}

bool isNumber(std::string_view text)
{
    std::size_t i = 0;
    if (i < text.size() && (text[i] == '-' || text[i] == '+'))
        ++i;
    std::size_t digits = 0;
    for (; i < text.size() && isDigit(text[i]); ++i)
        ++digits;
    if (i < text.size() && text[i] == '.')
        for (++i; i < text.size() && isDigit(text[i]); ++i)
            ++digits;
    return digits > 0 && i == text.size();
}

std::string_view baseType(std::string_view keyType)
{
    constexpr std::string_view kArrayOf = "ArrayOf";
    return keyType.substr(0, kArrayOf.size()) == kArrayOf ? keyType.substr(kArrayOf.size()) : keyType;
}

bool isAccountPlaceholder(std::string_view placeholder) { return placeholder == "Account" || placeholder == "AccountId"; }

bool isPathPlaceholder(std::string_view placeholder)
{
    return placeholder == "ObjectName" || endsWith(placeholder, "Path") || endsWith(placeholder, "Key");
}

}  // namespace

std::string FieldCheck::sidProblem(std::string_view sid)
{
    if (allOf(sid, isAlnum))
        return {};
    std::string cleaned;
    std::copy_if(sid.begin(), sid.end(), std::back_inserter(cleaned), isAlnum);
    return "A Sid may hold only letters (A-Z, a-z) and digits, no spaces or punctuation. Try \"" + cleaned + "\".";
}

std::string FieldCheck::arnFieldProblem(std::string_view placeholder, std::string_view value)
{
    if (value.empty())
        return "Fill this in, or type * for any.";
    if (value.find(' ') != std::string_view::npos)
        return "No spaces here.";
    if (value == "*" || hasVariable(value))
        return {};
    if (placeholder == "Partition") {
        const auto& partitions = knownPartitions();
        if (std::find(partitions.begin(), partitions.end(), value) != partitions.end())
            return {};
        return "Use aws (aws-cn in China, aws-us-gov in GovCloud).";
    }
    if (placeholder == "Region") {
        if (looksLikeRegion(value) || hasWildcardOrVariable(value))
            return {};
        return "A Region looks like us-east-1 or eu-west-2.";
    }
    if (isAccountPlaceholder(placeholder)) {
        if (isAccountId(value) || hasWildcardOrVariable(value))
            return {};
        return "An account ID is exactly 12 digits, like 123456789012.";
    }
    if (placeholder == "BucketName") {
        if (value.find('/') != std::string_view::npos)
            return "A bucket name has no /: put the path in the object field.";
        if (looksLikeBucketName(value))
            return {};
        return "Bucket names use 3 to 63 lowercase letters, digits, dots and hyphens.";
    }
    return {};
}

std::string FieldCheck::arnFieldHint(std::string_view placeholder)
{
    if (placeholder == "Partition")
        return "aws";
    if (placeholder == "Region")
        return "us-east-1, or * for every Region";
    if (isAccountPlaceholder(placeholder))
        return "123456789012 (12 digits)";
    if (placeholder == "BucketName")
        return "my-bucket";
    if (isPathPlaceholder(placeholder))
        return "reports/*  (* = everything under it)";
    return "a name, or * for any";
}

std::string FieldCheck::arnFieldDefault(std::string_view placeholder)
{
    return placeholder == "Partition" ? "aws" : "";
}

std::string FieldCheck::principalProblem(std::string_view type, std::string_view value)
{
    if (value.empty())
        return "Type who this is.";
    if (value == "*")
        return {};
    if (type == "AWS") {
        if (isAccountId(value))
            return {};
        const ArnParseResult arn = parseArn(value);
        if (arn.arn && (arn.arn->service == "iam" || arn.arn->service == "sts") && isAccountId(arn.arn->account))
            return {};
        return "Use a 12-digit account ID (123456789012) or an ARN such as arn:aws:iam::123456789012:role/Name.";
    }
    if (type == "Service") {
        const auto allowed = [](char c) { return isLower(c) || isDigit(c) || c == '.' || c == '-'; };
        const bool shaped = endsWith(value, ".amazonaws.com") || endsWith(value, ".amazonaws.com.cn");
        if (shaped && std::all_of(value.begin(), value.end(), allowed))
            return {};
        return "A service principal ends in .amazonaws.com, for example lambda.amazonaws.com.";
    }
    if (type == "Federated") {
        if (parseArn(value).arn || (value.find('.') != std::string_view::npos && value.find(' ') == std::string_view::npos))
            return {};
        return "Use the identity provider's ARN or its name, for example cognito-identity.amazonaws.com.";
    }
    return {};
}

std::string FieldCheck::principalHint(std::string_view type)
{
    if (type == "Service")
        return "lambda.amazonaws.com";
    if (type == "Federated")
        return "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com";
    return "123456789012, or arn:aws:iam::123456789012:role/Name";
}

std::string FieldCheck::conditionValueProblem(std::string_view keyType, std::string_view value)
{
    const std::string_view type = baseType(keyType);
    const std::string shown(value);
    if (value.empty())
        return "A value is empty.";
    if (hasVariable(value))
        return {};  // a policy variable stands for the request's value
    if (type == "IPAddress") {
        if (parseIpNetwork(value))
            return {};
        return shown + " is not an IP address or range: write it like 203.0.113.0/24 or 2001:db8::/32.";
    }
    if (type == "Numeric")
        return isNumber(value) ? std::string() : shown + " is not a number.";
    if (type == "Bool") {
        if (value == "true" || value == "false")
            return {};
        return "Use true or false (lowercase).";
    }
    if (type == "Date") {
        if (parseIamDate(value))
            return {};
        return shown + " is not a date: write it like 2026-12-31T23:59:59Z.";
    }
    if (type == "ARN") {
        if (value == "*" || parseArn(value).arn)
            return {};
        return shown + " is not an ARN: it looks like arn:aws:service:region:account:resource.";
    }
    return {};
}

std::string FieldCheck::conditionValueHint(std::string_view keyType)
{
    const std::string_view type = baseType(keyType);
    if (type == "IPAddress")
        return "203.0.113.0/24, 198.51.100.7";
    if (type == "Numeric")
        return "a number, for example 3600";
    if (type == "Bool")
        return "true or false";
    if (type == "Date")
        return "2026-12-31T23:59:59Z";
    if (type == "ARN")
        return "arn:aws:iam::123456789012:role/Name";
    return "one or more values, separated by commas";
}

}  // namespace iam
