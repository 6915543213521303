#include "core/export/ExportNames.h"

#include "core/policy/Arn.h"

namespace iam {
namespace {

bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isAsciiAlnum(char c)
{
    return isAsciiLetter(c) || (c >= '0' && c <= '9');
}

char asciiUpper(char c)
{
    return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
}

char asciiLower(char c)
{
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

}  // namespace

std::string iamResourceName(std::string_view name)
{
    constexpr std::string_view allowed = "+=,.@_-";
    constexpr std::size_t maxLength = 128;
    std::string result;
    for (const char c : name) {
        if (result.size() == maxLength)
            break;
        const bool ok = isAsciiAlnum(c) || allowed.find(c) != std::string_view::npos;
        // A run of unsafe characters (a space, a multi-byte letter) becomes one dash.
        if (ok)
            result += c;
        else if (result.empty() || result.back() != '-')
            result += '-';
    }
    while (!result.empty() && result.back() == '-')
        result.pop_back();
    while (!result.empty() && result.front() == '-')
        result.erase(result.begin());
    return result.empty() ? std::string("my-policy") : result;
}

std::string terraformLabel(std::string_view name)
{
    std::string result;
    for (const char c : name) {
        if (isAsciiAlnum(c))
            result += asciiLower(c);
        else if (!result.empty() && result.back() != '_')
            result += '_';
    }
    while (!result.empty() && result.back() == '_')
        result.pop_back();
    if (result.empty())
        return "my_policy";
    if (!isAsciiLetter(result.front()))
        result.insert(0, "policy_");
    return result;
}

std::string cloudFormationLogicalId(std::string_view name)
{
    std::string result;
    bool startOfWord = true;
    for (const char c : name) {
        if (!isAsciiAlnum(c)) {
            startOfWord = true;
            continue;
        }
        result += startOfWord ? asciiUpper(c) : c;
        startOfWord = false;
    }
    if (result.empty())
        return "MyPolicy";
    if (!isAsciiLetter(result.front()))
        result.insert(0, "Policy");
    return result;
}

std::optional<std::string> onlyS3Bucket(const Policy& policy)
{
    std::optional<std::string> bucket;
    for (const auto& statement : policy.statements) {
        for (const auto* list : {&statement.resource, &statement.notResource}) {
            if (!*list)
                continue;
            for (const auto& text : (*list)->values) {
                const ArnParseResult parsed = parseArn(text);
                if (!parsed.arn || parsed.arn->service != "s3" || !parsed.arn->region.empty()
                    || !parsed.arn->account.empty())
                    return std::nullopt;
                const std::string& resource = parsed.arn->resource;
                std::string name = resource.substr(0, resource.find('/'));
                if (name.empty() || name.find_first_of("*?$") != std::string::npos || (bucket && *bucket != name))
                    return std::nullopt;
                bucket = std::move(name);
            }
        }
    }
    return bucket;
}

}  // namespace iam
