#include "core/catalog/TabFields.h"

namespace iam {

std::size_t splitFields(std::string_view line, std::string_view* fields, std::size_t max)
{
    std::size_t count = 0;
    while (count + 1 < max) {
        const std::size_t at = line.find('\t');
        if (at == std::string_view::npos)
            break;
        fields[count++] = line.substr(0, at);
        line.remove_prefix(at + 1);
    }
    fields[count++] = line;
    return count;
}

}  // namespace iam
