#pragma once

#include <string>
#include <vector>

#include "core/diagnostics/Severity.h"
#include "core/diagnostics/SourceSpan.h"
#include "core/diagnostics/TextEdit.h"

namespace iam {

// One problem found in user input. The code is permanent (tests, docs and users' scripts key on
// it); the message starts lowercase and quotes user values in backticks; help says what to do.
struct Diagnostic {
    std::string code;
    Severity severity = Severity::Error;
    std::string message;
    std::string help;
    std::string pointer;  // RFC 6901 JSON pointer, e.g. /Statement/1/Effect
    SourceSpan span;
    // A mechanical fix the editor can apply with one click ("Add Version", "Use s3:GetObject"):
    // empty when the remedy needs the author's judgement.
    std::string fixTitle;
    std::vector<TextEdit> fixEdits;

    bool hasFix() const { return !fixEdits.empty(); }
    bool isError() const { return severity == Severity::Error; }
};

// Orders by position, then severity, so lists read top to bottom like the document.
void sortByPosition(std::vector<Diagnostic>& diagnostics);
bool hasErrors(const std::vector<Diagnostic>& diagnostics);

// `file:line:col: severity: message [CODE]`, the shape compilers use, so editors can jump to it.
std::string formatDiagnosticLine(const std::string& fileName, const Diagnostic& diagnostic);

}  // namespace iam
