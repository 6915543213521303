#include "core/export/CloudFormationExport.h"

#include <array>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "core/export/ExportNames.h"
#include "core/policy/PolicySerializer.h"

namespace iam {
namespace {

using nlohmann::ordered_json;

bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// YAML 1.1 (which CloudFormation follows) reads these as booleans or null when left plain.
bool isReservedWord(std::string_view text)
{
    static constexpr std::array<std::string_view, 9> words
        = {"y", "n", "yes", "no", "on", "off", "true", "false", "null"};
    if (text.size() > 5)
        return false;
    std::string lower;
    for (const char c : text)
        lower += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    for (const auto word : words) {
        if (lower == word)
            return true;
    }
    return false;
}

// Only words of letters, digits, `_` and `-` that start with a letter stay plain: every YAML
// indicator (`*` alias, `:` mapping, `#` comment, `&`, `!`, quotes...) and every number or date
// look-alike then needs quotes, so no value can change type or meaning on the way.
bool canBePlain(std::string_view text)
{
    if (text.empty() || !isAsciiLetter(text.front()) || isReservedWord(text))
        return false;
    for (const char c : text) {
        const bool ok = isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '_' || c == '-';
        if (!ok)
            return false;
    }
    return true;
}

std::string doubleQuoted(std::string_view text)
{
    std::string out = "\"";
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '"') {
            out += "\\\"";
        } else if (c == '\\') {
            out += "\\\\";
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c < 0x20 || c == 0x7f) {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\x%02X", static_cast<unsigned>(c));
            out += escaped;
        } else if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x85) {
            // NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR are line breaks to a YAML reader.
            out += "\\N";
            ++i;
        } else if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80
                   && (static_cast<unsigned char>(text[i + 2]) == 0xA8
                       || static_cast<unsigned char>(text[i + 2]) == 0xA9)) {
            out += static_cast<unsigned char>(text[i + 2]) == 0xA8 ? "\\L" : "\\P";
            i += 2;
        } else {
            out += static_cast<char>(c);
        }
    }
    return out + "\"";
}

bool isEmptyContainer(const ordered_json& value)
{
    return (value.is_object() || value.is_array()) && value.empty();
}

std::string scalarText(const ordered_json& value)
{
    if (value.is_string())
        return yamlScalar(value.get_ref<const std::string&>());
    if (value.is_array())
        return "[]";
    if (value.is_object())
        return "{}";
    // Numbers, booleans and null mean the same in YAML as in JSON.
    return value.dump();
}

void writeValue(std::string& out, const ordered_json& value, std::size_t indent);

void writeMapping(std::string& out, const ordered_json& object, std::size_t indent)
{
    const std::string pad(indent, ' ');
    for (const auto& [key, value] : object.items()) {
        out += pad + yamlScalar(key) + ':';
        if ((value.is_object() || value.is_array()) && !value.empty()) {
            out += '\n';
            writeValue(out, value, indent + 2);
        } else {
            out += ' ' + scalarText(value) + '\n';
        }
    }
}

void writeSequence(std::string& out, const ordered_json& array, std::size_t indent)
{
    const std::string pad(indent, ' ');
    for (const auto& item : array) {
        if (item.is_object() && !item.empty()) {
            // The item's first key shares the line of its dash: `- Sid: ...`.
            std::string nested;
            writeMapping(nested, item, indent + 2);
            out += pad + "- " + nested.substr(indent + 2);
        } else if (item.is_array() && !item.empty()) {
            out += pad + "-\n";
            writeSequence(out, item, indent + 2);
        } else {
            out += pad + "- " + scalarText(item) + '\n';
        }
    }
}

void writeValue(std::string& out, const ordered_json& value, std::size_t indent)
{
    if (value.is_object())
        writeMapping(out, value, indent);
    else if (value.is_array())
        writeSequence(out, value, indent);
    else
        out += std::string(indent, ' ') + scalarText(value) + '\n';
}

std::string resourceBlock(const std::string& logicalId, const char* type, const std::string& properties)
{
    return "Resources:\n  " + logicalId + ":\n    Type: " + type + "\n    Properties:\n" + properties;
}

std::string documentProperty(const char* property, const ordered_json& document)
{
    std::string out = "      " + std::string(property) + ":\n";
    writeMapping(out, document, 8);
    return out;
}

}  // namespace

std::string yamlScalar(std::string_view text)
{
    return canBePlain(text) ? std::string(text) : doubleQuoted(text);
}

std::string exportCloudFormation(const Policy& policy, std::string_view policyName, PolicyKind kind)
{
    const ordered_json document = policyToJson(policy);
    const std::string name = yamlScalar(iamResourceName(policyName));
    const std::string logicalId = cloudFormationLogicalId(policyName);
    std::string out = "AWSTemplateFormatVersion: \"2010-09-09\"\n";
    switch (kind) {
    case PolicyKind::Trust:
        return "# A trust policy belongs to a role, so this template creates the role. Give it permissions with\n"
               "# ManagedPolicyArns or Policies, and deploy with --capabilities CAPABILITY_NAMED_IAM.\n"
            + out
            + resourceBlock(logicalId, "AWS::IAM::Role",
                            "      RoleName: " + name + '\n' + documentProperty("AssumeRolePolicyDocument", document));
    case PolicyKind::Scp:
    case PolicyKind::Rcp:
        return "# Deploy in the organization's management account; list the accounts or OUs in TargetIds.\n" + out
            + resourceBlock(logicalId, "AWS::Organizations::Policy",
                            "      Name: " + name + "\n      Type: "
                                + (kind == PolicyKind::Scp ? "SERVICE_CONTROL_POLICY" : "RESOURCE_CONTROL_POLICY")
                                + '\n' + documentProperty("Content", document));
    case PolicyKind::Resource:
        if (const auto bucket = onlyS3Bucket(policy)) {
            return "# A bucket has one policy: this one replaces the policy the bucket has now.\n"
                + out
                + resourceBlock(logicalId, "AWS::S3::BucketPolicy",
                                "      Bucket: " + yamlScalar(*bucket) + '\n'
                                    + documentProperty("PolicyDocument", document));
        } else {
            std::string fragment
                = "# A resource policy is part of the resource it protects: put this PolicyDocument in that\n"
                  "# resource's policy, e.g. AWS::SQS::QueuePolicy, AWS::SNS::TopicPolicy or AWS::KMS::Key's KeyPolicy.\n"
                  "PolicyDocument:\n";
            writeMapping(fragment, document, 2);
            return fragment;
        }
    case PolicyKind::Identity:
    case PolicyKind::Boundary:
    case PolicyKind::Session:
        break;
    }
    // Boundaries and session policies are managed policies too, used by ARN rather than attached.
    const char* use = kind == PolicyKind::Boundary ? "# Use its ARN as the PermissionsBoundary of a role or user"
        : kind == PolicyKind::Session             ? "# Pass its ARN in PolicyArns when assuming a role"
                                                  : "# Attach it with Roles, Groups or Users";
    return use + std::string(", and deploy with --capabilities CAPABILITY_NAMED_IAM.\n") + out
        + resourceBlock(logicalId, "AWS::IAM::ManagedPolicy",
                        "      ManagedPolicyName: " + name + '\n' + documentProperty("PolicyDocument", document));
}

}  // namespace iam
