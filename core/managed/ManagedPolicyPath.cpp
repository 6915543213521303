#include "core/managed/ManagedPolicyPath.h"

namespace iam {

std::string_view managedPolicyPathMeaning(std::string_view path)
{
    if (path == "/service-role/")
        return "for a role that an AWS service uses on your behalf";
    if (path == "/aws-service-role/")
        return "for a service-linked role: AWS attaches it, you cannot";
    if (path == "/job-function/")
        return "for a job function, such as a database or network administrator";
    if (path == "/root-task/")
        return "for a short root-user session started with sts:AssumeRoot";
    return {};
}

} // namespace iam
