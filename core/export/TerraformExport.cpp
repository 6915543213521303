#include "core/export/TerraformExport.h"

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "core/export/ExportNames.h"

namespace iam {
namespace {

// One item of a block body: an attribute (`name = value`, aligned with its neighbours as
// `terraform fmt` does), a nested block, or a multi-line list. Lines carry no indentation yet.
struct BodyItem {
    std::string name;  // set for an attribute written on one line
    std::vector<std::string> lines;
};

std::string stringList(const std::vector<std::string>& values)
{
    std::string text = "[";
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i > 0)
            text += ", ";
        text += terraformString(values[i]);
    }
    return text + "]";
}

BodyItem attribute(std::string name, std::string value)
{
    return {std::move(name), {std::move(value)}};
}

// Actions and resources, one per line when there are several, as the provider's own examples write them.
BodyItem listAttribute(const std::string& name, const std::vector<std::string>& values)
{
    if (values.size() <= 1)
        return attribute(name, stringList(values));
    BodyItem item;
    item.lines.push_back(name + " = [");
    for (const auto& value : values)
        item.lines.push_back("  " + terraformString(value) + ",");
    item.lines.push_back("]");
    return item;
}

// Consecutive one-line attributes form a group whose `=` line up; anything else stands apart
// between blank lines. Both are what `terraform fmt` keeps unchanged.
void writeBody(std::string& out, const std::vector<BodyItem>& items, const std::string& indent)
{
    bool first = true;
    std::size_t i = 0;
    while (i < items.size()) {
        if (!items[i].name.empty()) {
            std::size_t end = i;
            std::size_t width = 0;
            while (end < items.size() && !items[end].name.empty()) {
                width = std::max(width, items[end].name.size());
                ++end;
            }
            if (!first)
                out += '\n';
            for (; i < end; ++i) {
                out += indent + items[i].name + std::string(width - items[i].name.size(), ' ') + " = "
                    + items[i].lines.front() + '\n';
            }
        } else {
            if (!first)
                out += '\n';
            for (const auto& line : items[i].lines)
                out += line.empty() ? std::string("\n") : indent + line + '\n';
            ++i;
        }
        first = false;
    }
}

std::vector<std::string> indented(const std::string& header, const std::vector<BodyItem>& body)
{
    std::string text;
    writeBody(text, body, "  ");
    std::vector<std::string> lines{header + " {"};
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = text.find('\n', start);
        lines.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    lines.push_back("}");
    return lines;
}

void addPrincipalBlocks(std::vector<BodyItem>& body, const std::string& blockName, const Principal& principal)
{
    // `type = "*"` is the provider's way to write the bare `"Principal": "*"`, which is not the
    // same as `{"AWS": "*"}` in every policy.
    if (principal.isWildcard) {
        body.push_back({"", indented(blockName, {attribute("type", terraformString("*")),
                                                 attribute("identifiers", stringList({"*"}))})});
        return;
    }
    for (const auto& entry : principal.entries) {
        body.push_back({"", indented(blockName, {attribute("type", terraformString(entry.type)),
                                                 attribute("identifiers", stringList(entry.ids.values))})});
    }
}

std::vector<std::string> statementBlock(const Statement& statement)
{
    std::vector<BodyItem> body;
    if (statement.sid)
        body.push_back(attribute("sid", terraformString(*statement.sid)));
    body.push_back(attribute("effect", terraformString(statement.effect == Effect::Allow ? "Allow" : "Deny")));
    if (statement.action)
        body.push_back(listAttribute("actions", statement.action->values));
    if (statement.notAction)
        body.push_back(listAttribute("not_actions", statement.notAction->values));
    if (statement.resource)
        body.push_back(listAttribute("resources", statement.resource->values));
    if (statement.notResource)
        body.push_back(listAttribute("not_resources", statement.notResource->values));
    if (statement.principal)
        addPrincipalBlocks(body, "principals", *statement.principal);
    if (statement.notPrincipal)
        addPrincipalBlocks(body, "not_principals", *statement.notPrincipal);
    if (statement.condition) {
        // The provider takes one block per operator and key; values are strings, as AWS reads them.
        for (const auto& clause : *statement.condition) {
            for (const auto& key : clause.keys) {
                std::vector<std::string> values;
                for (const auto& value : key.values)
                    values.push_back(value.text);
                body.push_back({"", indented("condition", {attribute("test", terraformString(clause.op)),
                                                           attribute("variable", terraformString(key.key)),
                                                           attribute("values", stringList(values))})});
            }
        }
    }
    return indented("statement", body);
}

std::string usageComment(std::string_view label, PolicyKind kind)
{
    const std::string reference = "data.aws_iam_policy_document." + std::string(label) + ".json";
    switch (kind) {
    case PolicyKind::Trust:
        return "# The trust policy of a role: assume_role_policy = " + reference + " in an aws_iam_role.\n";
    case PolicyKind::Resource:
        return "# The policy of the resource it protects, e.g. policy = " + reference + " in an aws_s3_bucket_policy.\n";
    case PolicyKind::Scp:
        return "# An SCP: content = " + reference + " in an aws_organizations_policy (type SERVICE_CONTROL_POLICY).\n";
    case PolicyKind::Rcp:
        return "# An RCP: content = " + reference + " in an aws_organizations_policy (type RESOURCE_CONTROL_POLICY).\n";
    case PolicyKind::Boundary:
        return "# A permissions boundary: policy = " + reference
            + " in an aws_iam_policy, then set its ARN as a role's or user's permissions_boundary.\n";
    case PolicyKind::Session:
        return "# A session policy: policy = " + reference + " in the assume_role block of a provider \"aws\".\n";
    case PolicyKind::Identity:
        break;
    }
    return "# Use it as policy = " + reference + " in an aws_iam_policy (or an aws_iam_role_policy).\n";
}

}  // namespace

std::string terraformString(std::string_view text)
{
    std::string out = "\"";
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const bool opensBrace = i + 1 < text.size() && text[i + 1] == '{';
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '$':
            out += opensBrace ? '&' : '$';
            break;
        case '%':
            out += opensBrace ? "%%" : "%";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04X", static_cast<unsigned>(static_cast<unsigned char>(c)));
                out += escaped;
            } else {
                out += c;
            }
        }
    }
    return out + "\"";
}

std::string exportTerraform(const Policy& policy, std::string_view policyName, PolicyKind kind)
{
    const std::string label = terraformLabel(policyName);
    std::vector<BodyItem> body;
    if (policy.version)
        body.push_back(attribute("version", terraformString(*policy.version)));
    if (policy.id)
        body.push_back(attribute("policy_id", terraformString(*policy.id)));
    for (const auto& statement : policy.statements)
        body.push_back({"", statementBlock(statement)});
    std::string out = usageComment(label, kind);
    for (const auto& line : indented("data \"aws_iam_policy_document\" " + terraformString(label), body))
        out += line.empty() ? "\n" : line + '\n';
    return out;
}

}  // namespace iam
