#include "core/cli/CliInput.h"

#include <cstring>
#include <fstream>
#include <iterator>
#include <system_error>
#include <filesystem>

namespace iam {

std::optional<CliInput> readCliInput(const std::string& name, std::istream& standardInput, std::string& error,
                                     std::size_t maxBytes)
{
    CliInput input;
    if (name == "-") {
        input.name = "<stdin>";
        input.text.assign(std::istreambuf_iterator<char>(standardInput), std::istreambuf_iterator<char>());
        if (input.text.size() > maxBytes) {
            error = "<stdin>: input is larger than " + std::to_string(maxBytes / (1024 * 1024)) + " MB";
            return std::nullopt;
        }
        return input;
    }
    input.name = name;
    std::error_code code;
    if (std::filesystem::is_directory(name, code)) {
        error = name + ": is a folder, not a file";
        return std::nullopt;
    }
    const auto size = std::filesystem::file_size(name, code);
    if (!code && size > maxBytes) {
        error = name + ": file is larger than " + std::to_string(maxBytes / (1024 * 1024)) + " MB";
        return std::nullopt;
    }
    std::ifstream file(name, std::ios::binary);
    if (!file) {
        error = name + ": cannot open file (" + std::strerror(errno) + ")";
        return std::nullopt;
    }
    input.text.assign(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
    if (file.bad()) {
        error = name + ": cannot read file";
        return std::nullopt;
    }
    return input;
}

}  // namespace iam
