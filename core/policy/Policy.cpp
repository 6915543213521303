#include "core/policy/Policy.h"

namespace iam {

std::string statementPointer(const Policy& policy, std::size_t index)
{
    if (!policy.statementIsList)
        return "/Statement";
    return "/Statement/" + std::to_string(index);
}

}  // namespace iam
