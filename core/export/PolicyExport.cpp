#include "core/export/PolicyExport.h"

#include "core/export/AwsCliExport.h"
#include "core/export/CloudFormationExport.h"
#include "core/export/TerraformExport.h"

namespace iam {

std::string_view exportFormatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Terraform:
        return "terraform";
    case ExportFormat::CloudFormation:
        return "cloudformation";
    case ExportFormat::AwsCli:
        return "aws-cli";
    }
    return "terraform";
}

std::optional<ExportFormat> exportFormatFromName(std::string_view name)
{
    for (const auto format : {ExportFormat::Terraform, ExportFormat::CloudFormation, ExportFormat::AwsCli}) {
        if (exportFormatName(format) == name)
            return format;
    }
    return std::nullopt;
}

std::string_view exportFormatTitle(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Terraform:
        return "Terraform";
    case ExportFormat::CloudFormation:
        return "CloudFormation";
    case ExportFormat::AwsCli:
        return "AWS CLI";
    }
    return "Terraform";
}

std::string exportPolicy(const Policy& policy, ExportFormat format, std::string_view policyName, PolicyKind kind)
{
    switch (format) {
    case ExportFormat::Terraform:
        return exportTerraform(policy, policyName, kind);
    case ExportFormat::CloudFormation:
        return exportCloudFormation(policy, policyName, kind);
    case ExportFormat::AwsCli:
        return exportAwsCli(policy, policyName, kind);
    }
    return {};
}

}  // namespace iam
