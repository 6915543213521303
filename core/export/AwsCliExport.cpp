#include "core/export/AwsCliExport.h"

#include "core/export/ExportNames.h"
#include "core/policy/PolicySerializer.h"

namespace iam {
namespace {

// A word the shell passes on unchanged: kept bare when it is plain, single-quoted otherwise.
std::string shellWord(std::string_view text)
{
    constexpr std::string_view safe = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+=,.@_-/:";
    if (!text.empty() && text.find_first_not_of(safe) == std::string_view::npos)
        return std::string(text);
    std::string out = "'";
    for (const char c : text)
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

std::string createCommand(const Policy& policy, const std::string& name, const std::string& file, PolicyKind kind)
{
    switch (kind) {
    case PolicyKind::Trust:
        return "# Then create the role that trusts these principals:\n"
               "aws iam create-role --role-name "
            + name + " --assume-role-policy-document file://" + file + '\n';
    case PolicyKind::Scp:
    case PolicyKind::Rcp:
        return "# Then create it in the organization's management account (attach it with aws organizations "
               "attach-policy):\n"
               "aws organizations create-policy --name "
            + name + " --type " + (kind == PolicyKind::Scp ? "SERVICE_CONTROL_POLICY" : "RESOURCE_CONTROL_POLICY")
            + " --description 'Exported from IAM Studio' --content file://" + file + '\n';
    case PolicyKind::Resource:
        if (const auto bucket = onlyS3Bucket(policy)) {
            return "# Then set it as the bucket's policy (this replaces the policy the bucket has):\n"
                   "aws s3api put-bucket-policy --bucket "
                + shellWord(*bucket) + " --policy file://" + file + '\n';
        }
        return "# Then set it on the resource it protects, e.g. with aws sqs set-queue-attributes,\n"
               "# aws sns set-topic-attributes or aws kms put-key-policy.\n";
    case PolicyKind::Session:
        return "# Then pass it when assuming a role (put your role's ARN in place of the example):\n"
               "aws sts assume-role --role-arn arn:aws:iam::111122223333:role/example-role --role-session-name "
            + name + " --policy file://" + file + '\n';
    case PolicyKind::Boundary:
        return "# Then create it, and set its ARN as a boundary with aws iam put-role-permissions-boundary:\n"
               "aws iam create-policy --policy-name "
            + name + " --policy-document file://" + file + '\n';
    case PolicyKind::Identity:
        break;
    }
    return "# Then create it:\naws iam create-policy --policy-name " + name + " --policy-document file://" + file
        + '\n';
}

}  // namespace

std::string exportAwsCli(const Policy& policy, std::string_view policyName, PolicyKind kind)
{
    // iamResourceName leaves only characters the shell takes literally, so name and file need no quotes.
    const std::string name = iamResourceName(policyName);
    const std::string file = name + ".json";
    return "# Save the policy as " + file + ":\ncat > " + file + " <<'POLICY'\n" + serializePolicy(policy)
        + "POLICY\n\n" + createCommand(policy, name, file, kind);
}

}  // namespace iam
