#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace iam {

// Exit codes shared by every subcommand.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFindings = 1;  // the input was read and has error-severity findings
inline constexpr int kExitUnusable = 2;  // the input could not be used at all

struct CliStreams {
    std::istream& in;
    std::ostream& out;
    std::ostream& err;
};

// `validate FILE...|-`: diagnostics as `file:line:col: severity: message [CODE]`, or JSON.
int runValidate(const std::vector<std::string>& files, bool asJson, CliStreams streams);

// `format FILE|-`: the canonical form of a valid policy.
int runFormat(const std::string& file, CliStreams streams);

}  // namespace iam
