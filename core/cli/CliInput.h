#pragma once

#include <istream>
#include <optional>
#include <string>

namespace iam {

// One input of a CLI command: a file, or standard input when the name is `-`.
struct CliInput {
    std::string name;  // as the user wrote it; `<stdin>` for `-`
    std::string text;
};

// Reads the whole input, or returns nothing and sets `error` to a one-line reason. Inputs larger
// than `maxBytes` are refused rather than read, so a wrong file cannot exhaust memory.
std::optional<CliInput> readCliInput(const std::string& name, std::istream& standardInput, std::string& error,
                                     std::size_t maxBytes = 64u * 1024u * 1024u);

}  // namespace iam
