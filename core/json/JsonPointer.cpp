#include "core/json/JsonPointer.h"

namespace iam {

std::string escapePointerToken(std::string_view token)
{
    std::string escaped;
    escaped.reserve(token.size());
    for (char c : token) {
        if (c == '~')
            escaped += "~0";
        else if (c == '/')
            escaped += "~1";
        else
            escaped += c;
    }
    return escaped;
}

std::string appendPointer(std::string_view pointer, std::string_view token)
{
    std::string result(pointer);
    result += '/';
    result += escapePointerToken(token);
    return result;
}

std::string appendPointer(std::string_view pointer, std::size_t index)
{
    std::string result(pointer);
    result += '/';
    result += std::to_string(index);
    return result;
}

}  // namespace iam
