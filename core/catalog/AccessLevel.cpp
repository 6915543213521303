#include "core/catalog/AccessLevel.h"

#include "core/catalog/AsciiCase.h"

namespace iam {

std::string_view accessLevelName(AccessLevel level)
{
    switch (level) {
    case AccessLevel::List:
        return "List";
    case AccessLevel::Read:
        return "Read";
    case AccessLevel::Write:
        return "Write";
    case AccessLevel::PermissionsManagement:
        return "Permissions management";
    case AccessLevel::Tagging:
        return "Tagging";
    }
    return "Write";
}

std::optional<AccessLevel> accessLevelFromName(std::string_view name)
{
    for (const AccessLevel level : kAccessLevels) {
        if (equalsIgnoreCase(name, accessLevelName(level)))
            return level;
    }
    return std::nullopt;
}

}  // namespace iam
