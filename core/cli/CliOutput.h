#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/cli/CliCommands.h"
#include "core/cli/CliInput.h"
#include "core/diagnostics/Diagnostic.h"
#include "core/policy/Policy.h"

namespace iam {

struct PolicyParseResult;

// What the subcommands print, written once so they all look and exit alike.

// A problem with what the user asked for rather than with a file (an unknown action, a broken
// built-in bundle), on stderr: `iam-studio-cli: error: message [CODE]`, then its help.
void printProblem(std::ostream& err, const Diagnostic& diagnostic);

// Indented JSON for stdout. Names and patterns come from the command line and may hold bytes that
// are not UTF-8: they are replaced, so the dump cannot throw.
std::string dumpJson(const nlohmann::ordered_json& json);

// Reads one input of a file command (`validate`, `lint`). One that cannot be read is explained on
// stderr, added to `fileReports` as unusable and sets `exitCode` to 2; the caller moves on.
std::optional<CliInput> readInputOrReport(const std::string& file, CliStreams streams,
                                          nlohmann::ordered_json& fileReports, int& exitCode);

// Reads the one input of a command that prints a result (`format`, `export`, `simulate`). One that
// cannot be read is explained on stderr; the caller exits with 2.
std::optional<CliInput> readInputOrExplain(const std::string& file, CliStreams streams);

// Reads and parses the one policy of a command whose stdout is the result, which a script may
// redirect into a file: problems go to stderr. Returns nothing, with `exitCode` set, when there is
// no policy to work on.
std::optional<Policy> readPolicyOrExplain(const std::string& file, CliStreams streams, int& exitCode);

// The compiler-style line plus the pointer and the help, so a script author can find the value either way.
std::string formatDiagnosticWithHelp(const std::string& name, const Diagnostic& diagnostic);

// Text that is not JSON at all: nothing in it can be checked.
bool isUnusableInput(const PolicyParseResult& parsed);

// One input's findings as `file:line:col: severity: message [CODE]` lines, on stdout in text mode.
// Unusable input is explained on stderr in both modes, so a script that reads stdout as JSON still
// has a reason to show beside exit code 2.
void printFileDiagnostics(const std::string& name, const std::vector<Diagnostic>& diagnostics, bool unusable,
                          bool asJson, CliStreams streams);

// "1 test", "3 scenarios".
std::string plural(std::size_t count, const char* word);

// The end of a command that checks a batch of files (`test`, `scenario check`): the summary line, or
// `report` with a `summary` member in JSON mode, and the exit code: 2 when a file could not be used,
// 1 when a check failed, else 0. `noun` names what was counted ("test", "scenario").
int finishPassFailReport(nlohmann::ordered_json& report, const char* noun, std::size_t passed, std::size_t failed,
                         std::size_t unusable, bool asJson, CliStreams streams);

}  // namespace iam
