#include "core/lint/rules/CredentialsRule.h"

#include <algorithm>
#include <array>
#include <cmath>

#include "core/json/SourceMap.h"

namespace iam {
namespace {

bool isUpperOrDigit(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool isSecretCharacter(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '/' || c == '+';
}

bool isWordCharacter(char c)
{
    return isSecretCharacter(c) || c == '=';
}

// Shannon entropy in bits per character. Secret keys are random (about 5 bits); words, ARNs and
// paths of the same length stay well below.
double entropy(std::string_view text)
{
    std::array<int, 256> counts {};
    for (const char c : text)
        ++counts[static_cast<unsigned char>(c)];
    double bits = 0;
    for (const int count : counts) {
        if (count == 0)
            continue;
        const double p = static_cast<double>(count) / static_cast<double>(text.size());
        bits -= p * std::log2(p);
    }
    return bits;
}

// Identifiers written in CamelCase (`AllowEc2InstancesWithEncryptedEbsVolumes`) have the same
// character classes as a key but long runs of lowercase letters; random text averages under two.
double meanLowercaseRun(std::string_view text)
{
    int runs = 0;
    int letters = 0;
    bool inRun = false;
    for (const char c : text) {
        const bool lower = c >= 'a' && c <= 'z';
        if (lower) {
            ++letters;
            if (!inRun)
                ++runs;
        }
        inRun = lower;
    }
    return runs == 0 ? 0.0 : static_cast<double>(letters) / runs;
}

bool looksLikeSecretKey(std::string_view run)
{
    bool upper = false;
    bool lower = false;
    bool digit = false;
    for (const char c : run) {
        upper = upper || (c >= 'A' && c <= 'Z');
        lower = lower || (c >= 'a' && c <= 'z');
        digit = digit || (c >= '0' && c <= '9');
    }
    return upper && lower && digit && entropy(run) > 4.2 && meanLowercaseRun(run) < 3.0;
}

}  // namespace

std::string_view CredentialsRule::id() const
{
    return "credentials";
}

std::vector<std::string_view> CredentialsRule::codes() const
{
    return {"ACCESS_KEY_IN_POLICY", "SECRET_KEY_IN_POLICY"};
}

void CredentialsRule::check(const LintContext& context, std::vector<Diagnostic>& out) const
{
    const std::string_view text = context.text();
    std::size_t i = 0;
    while (i < text.size()) {
        if (!isWordCharacter(text[i])) {
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < text.size() && isWordCharacter(text[end]))
            ++end;
        // Within one run of key-like characters, look for an access key ID first, then a secret.
        const std::string_view run = text.substr(i, end - i);
        const bool accessKey = run.size() == 20 && (run.starts_with("AKIA") || run.starts_with("ASIA"))
            && std::all_of(run.begin(), run.end(), isUpperOrDigit);
        if (accessKey) {
            out.push_back({"ACCESS_KEY_IN_POLICY", Severity::SecurityWarning,
                           "`" + std::string(run.substr(0, 8)) + "…` looks like an AWS access key ID",
                           "remove it and deactivate the key in IAM if it is real: policies are shown to everyone who "
                           "can read them, and a policy never needs a key to work",
                           "", spanAtOffset(text, i, run.size()), {}, {}});
        } else if (run.size() == 40 && std::all_of(run.begin(), run.end(), isSecretCharacter)
                   && looksLikeSecretKey(run)) {
            out.push_back({"SECRET_KEY_IN_POLICY", Severity::SecurityWarning,
                           "`" + std::string(run.substr(0, 4)) + "…` looks like an AWS secret access key",
                           "remove it and rotate the key if it is real: secrets do not belong in a policy, which many "
                           "people and tools can read",
                           "", spanAtOffset(text, i, run.size()), {}, {}});
        }
        i = end;
    }
}

}  // namespace iam
