#include "core/cli/SimulateCommand.h"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <system_error>
#include <thread>

#include <nlohmann/json.hpp>

#include "core/catalog/Catalog.h"
#include "core/cli/CliInput.h"
#include "core/cli/CliOutput.h"
#include "core/diagnostics/DiagnosticJson.h"
#include "core/eval/EvaluationReport.h"
#include "core/eval/Evaluator.h"
#include "core/eval/SimulationDocumentFile.h"
#include "core/eval/SimulationLoader.h"
#include "core/eval/SmallestFix.h"
#include "core/policy/PolicyReader.h"

namespace iam {
namespace {

using nlohmann::ordered_json;

// Builds the document exactly as nlohmann's own parser does, and stops at a duplicate key or at
// nesting deeper than any simulation needs, as parseJsonText would refuse them. Cheaper than the
// parser's callback interface and than a source map, which only failing lines need.
class CheckingSax final {
public:
    explicit CheckingSax(ordered_json& root)
        : m_dom(root, false)
    {
        // One set of buffers per thread, reused: checking keys allocates nothing once warm.
        keys().clear();
        objectStarts().clear();
    }

    bool null() { return m_dom.null(); }
    bool boolean(bool value) { return m_dom.boolean(value); }
    bool number_integer(ordered_json::number_integer_t value) { return m_dom.number_integer(value); }
    bool number_unsigned(ordered_json::number_unsigned_t value) { return m_dom.number_unsigned(value); }
    bool number_float(ordered_json::number_float_t value, const std::string& text)
    {
        return m_dom.number_float(value, text);
    }
    bool string(std::string& value) { return m_dom.string(value); }
    bool binary(ordered_json::binary_t& value) { return m_dom.binary(value); }
    bool start_object(std::size_t size)
    {
        if (++m_depth > kMaxDepth)
            return false;
        objectStarts().push_back(keys().size());
        return m_dom.start_object(size);
    }
    bool key(std::string& key)
    {
        auto& seen = keys();
        if (std::find(seen.begin() + static_cast<std::ptrdiff_t>(objectStarts().back()), seen.end(), key) != seen.end())
            return false;
        seen.push_back(key);
        return m_dom.key(key);
    }
    bool end_object()
    {
        keys().resize(objectStarts().back());
        objectStarts().pop_back();
        --m_depth;
        return m_dom.end_object();
    }
    bool start_array(std::size_t size) { return ++m_depth <= kMaxDepth && m_dom.start_array(size); }
    bool end_array()
    {
        --m_depth;
        return m_dom.end_array();
    }
    template <class Exception> bool parse_error(std::size_t position, const std::string& token, const Exception& error)
    {
        return m_dom.parse_error(position, token, error);
    }

private:
    static constexpr int kMaxDepth = 256;
    static std::vector<std::string>& keys()
    {
        thread_local std::vector<std::string> buffer;
        return buffer;
    }
    static std::vector<std::size_t>& objectStarts()
    {
        thread_local std::vector<std::size_t> buffer;
        return buffer;
    }

    nlohmann::detail::json_sax_dom_parser<ordered_json> m_dom;
    int m_depth = 0;
};

// False (leaving the caller to read the line again with positions) on a syntax error, a duplicate
// key or absurd nesting.
bool quickParse(std::string_view text, ordered_json& value)
{
    CheckingSax sax(value);
    return ordered_json::sax_parse(text.begin(), text.end(), &sax) && !value.is_discarded();
}

std::string_view fixKindName(SmallestFix::Kind kind)
{
    switch (kind) {
    case SmallestFix::Kind::NotNeeded:
        return "notNeeded";
    case SmallestFix::Kind::AddAllow:
        return "addAllow";
    case SmallestFix::Kind::ChangeDeny:
        return "changeDeny";
    case SmallestFix::Kind::NotPossible:
        return "notPossible";
    }
    return "";
}

// The fix is worked out on the file read as the Simulate page reads it, which is what it edits.
// Where that reading weighs differently (an empty policy list), the fix would not be for this answer.
SmallestFix fixFor(std::string_view text, Decision decision, SimulationDocument& document)
{
    SmallestFix fix;
    fix.kind = SmallestFix::Kind::NotPossible;
    SimulationDocumentLoad loaded = loadSimulationDocument(text);
    if (!loaded.document) {
        fix.summary = "No fix could be worked out: the file's tests could not be read.";
        return fix;
    }
    document = std::move(*loaded.document);
    const SimulationBuild build = buildSimulation(document);
    if (build.simulation && evaluate(*build.simulation, { false }).decision != decision) {
        fix.summary = "No fix could be worked out for this file as written.";
        for (const auto& diagnostic : loaded.diagnostics)
            fix.details.push_back(diagnostic.message + ": " + diagnostic.help + ".");
        return fix;
    }
    return suggestSmallestFix(document, &Catalog::builtIn());
}

ordered_json smallestFixToJson(const SmallestFix& fix, const SimulationDocument& document)
{
    ordered_json json = ordered_json::object();
    json["kind"] = std::string(fixKindName(fix.kind));
    json["summary"] = fix.summary;
    json["details"] = fix.details;
    if (fix.kind == SmallestFix::Kind::AddAllow) {
        json["steps"] = ordered_json::array();
        for (const auto& step : fix.steps) {
            ordered_json entry = ordered_json::object();
            entry["policyType"] = std::string(policyTypeKey(step.type));
            if (step.type == PolicyType::Scp || step.type == PolicyType::Rcp)
                entry["level"] = step.level;
            if (step.policyIndex)
                entry["policy"] = document.policies[*step.policyIndex].name;
            else
                entry["newPolicy"] = step.newPolicyName;
            entry["target"] = describeFixTarget(document, step);
            entry["statement"] = ordered_json::parse(step.statementJson, nullptr, false);
            entry["reason"] = step.reason;
            json["steps"].push_back(std::move(entry));
        }
    }
    if (fix.kind == SmallestFix::Kind::ChangeDeny) {
        json["denyStatements"] = ordered_json::array();
        for (const auto& ref : fix.denyStatements)
            json["denyStatements"].push_back(describeStatement(ref));
    }
    if (fix.contextAlternative)
        json["contextAlternative"] = *fix.contextAlternative;
    return json;
}

std::string formatSmallestFixText(const SmallestFix& fix, const SimulationDocument& document)
{
    std::string text = "\nSmallest fix: " + fix.summary + "\n";
    for (const auto& detail : fix.details)
        text += "  " + detail + "\n";
    for (const auto& step : fix.steps) {
        text += "\n  add to " + describeFixTarget(document, step) + ":\n";
        std::string statement = step.statementJson;
        for (auto at = statement.find('\n'); at != std::string::npos; at = statement.find('\n', at + 5))
            statement.replace(at, 1, "\n    ");
        text += "    " + statement + "\n";
    }
    if (fix.contextAlternative)
        text += "\n  " + *fix.contextAlternative + "\n";
    return text;
}

} // namespace

int runSimulate(const std::string& file, SimulateFormat format, CliStreams streams, bool withFix)
{
    const auto input = readInputOrExplain(file, streams);
    if (!input)
        return kExitUnusable;
    const SimulationLoadResult loaded = loadSimulation(input->text);
    if (!loaded.ok()) {
        for (const auto& diagnostic : loaded.diagnostics) {
            if (diagnostic.isError())
                streams.err << formatDiagnosticWithHelp(input->name, diagnostic) << '\n';
        }
        return kExitUnusable;
    }
    EvaluationResult result = evaluate(*loaded.simulation);
    // Policy positions are known here, not in the evaluator: give its findings their line:column.
    for (auto& diagnostic : result.diagnostics)
        diagnostic.span = loaded.sourceMap.keySpan(diagnostic.pointer);
    std::optional<SmallestFix> fix;
    SimulationDocument document;
    if (withFix)
        fix = fixFor(input->text, result.decision, document);
    if (format == SimulateFormat::Text) {
        streams.out << formatEvaluationText(result);
        if (fix)
            streams.out << formatSmallestFixText(*fix, document);
    } else {
        ordered_json json = evaluationToJson(result);
        if (fix)
            json["smallestFix"] = smallestFixToJson(*fix, document);
        streams.out << json.dump(2) << '\n';
    }
    return kExitOk;
}

namespace {

struct BatchOutput {
    std::string out;
    std::string err;
    bool unusable = false;
};

// One line of a JSONL batch: its result (or its error) appended to `batch`.
void simulateLine(std::string_view line, std::size_t lineNumber, const std::string& inputName, BatchOutput& batch)
{
    ordered_json record;
    record["line"] = lineNumber;
    ordered_json value;
    SourceMap sourceMap;
    std::optional<SimulationLoadResult> loaded;
    // Fast path: no source map, since positions matter only when something is wrong. The parse
    // callback still refuses duplicate keys and absurd nesting, as parseJsonText would.
    if (quickParse(line, value)) {
        loaded = loadSimulation(value, sourceMap);
        if (!loaded->ok())
            loaded.reset();
    }
    std::vector<Diagnostic> diagnostics;
    if (!loaded) {
        // Slow path: read the line again with positions, for messages that say where.
        value = ordered_json();
        if (parseJsonText(line, value, sourceMap, diagnostics) && !hasErrors(diagnostics)) {
            loaded = loadSimulation(value, sourceMap);
            diagnostics.insert(diagnostics.end(), loaded->diagnostics.begin(), loaded->diagnostics.end());
        }
    }
    if (value.is_object()) {
        if (const auto id = value.find("id"); id != value.end())
            record["id"] = *id;
    }
    if (!loaded || !loaded->ok()) {
        batch.unusable = true;
        // Positions inside the line become positions in the file, in the messages too.
        for (auto& diagnostic : diagnostics) {
            if (diagnostic.span.isKnown())
                diagnostic.span.line += static_cast<int>(lineNumber) - 1;
            constexpr std::string_view kFirstAt = "(first at line ";
            if (const auto at = diagnostic.message.find(kFirstAt); at != std::string::npos) {
                const std::size_t digits = at + kFirstAt.size();
                const std::size_t end = diagnostic.message.find(')', digits);
                int line = 0;
                const auto [next, error]
                    = std::from_chars(diagnostic.message.data() + digits, diagnostic.message.data() + end, line);
                if (end != std::string::npos && error == std::errc() && next == diagnostic.message.data() + end)
                    diagnostic.message.replace(
                        digits, end - digits, std::to_string(line + static_cast<int>(lineNumber) - 1));
            }
        }
        sortByPosition(diagnostics);
        const Diagnostic* first = nullptr;
        for (const auto& diagnostic : diagnostics) {
            if (diagnostic.isError() && !first)
                first = &diagnostic;
        }
        if (first) {
            batch.err += formatDiagnosticWithHelp(inputName, *first) + '\n';
            record["error"] = diagnosticToJson(*first);
        }
        record["diagnostics"] = diagnosticsToJson(diagnostics);
        batch.out += record.dump();
    } else {
        EvaluationResult result = evaluate(*loaded->simulation);
        if (!result.diagnostics.empty()) {
            // Only now are positions wanted: build the map for this line.
            sourceMap = SourceMap::build(line);
            for (auto& diagnostic : result.diagnostics) {
                diagnostic.span = sourceMap.keySpan(diagnostic.pointer);
                if (diagnostic.span.isKnown())
                    diagnostic.span.line += static_cast<int>(lineNumber) - 1;
            }
        }
        // `{"line":N,"id":...,` then the result's own members, written without a JSON tree.
        std::string head = record.dump();
        head.pop_back();
        batch.out += head;
        const std::size_t resultStart = batch.out.size();
        appendEvaluationJson(batch.out, result);
        batch.out[resultStart] = ',';
    }
    batch.out += '\n';
}

// Whole-file reads in one call: a batch can be large, and reading it byte by byte was a tenth of the time.
std::optional<std::string> readBatchInput(const std::string& file, std::istream& standardInput, std::string& error)
{
    std::error_code code;
    if (file != "-" && std::filesystem::is_regular_file(file, code)) {
        std::ifstream stream(file, std::ios::binary);
        const auto size = std::filesystem::file_size(file, code);
        if (stream && !code) {
            std::string text(size, '\0');
            stream.read(text.data(), static_cast<std::streamsize>(size));
            if (stream.gcount() == static_cast<std::streamsize>(size))
                return text;
        }
    }
    // Standard input, and every kind of failure, the way every other command reads and reports them.
    auto input = readCliInput(file, standardInput, error, 1024u * 1024u * 1024u);
    if (!input)
        return std::nullopt;
    return std::move(input->text);
}

} // namespace

int runSimulateJsonl(const std::string& file, CliStreams streams)
{
    std::string error;
    const auto text = readBatchInput(file, streams.in, error);
    if (!text) {
        streams.err << error << '\n';
        return kExitUnusable;
    }
    const std::string inputName = file == "-" ? "<stdin>" : file;
    struct Line {
        std::string_view text;
        std::size_t number;
    };
    std::vector<Line> lines;
    std::string_view rest = *text;
    for (std::size_t number = 1; !rest.empty(); ++number) {
        const auto newline = rest.find('\n');
        std::string_view line = rest.substr(0, newline);
        rest = newline == std::string_view::npos ? std::string_view {} : rest.substr(newline + 1);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (line.find_first_not_of(" \t") != std::string_view::npos)
            lines.push_back({ line, number }); // blank lines separate nothing and mean nothing
    }
    // Lines are independent and evaluation is pure, so large batches use every core; each worker
    // takes one contiguous run of lines and the runs are printed in order.
    const std::size_t workers
        = lines.size() < 2000 ? 1 : std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 8);
    std::vector<BatchOutput> outputs(workers);
    const std::size_t chunk = (lines.size() + workers - 1) / workers;
    auto work = [&](std::size_t worker) {
        const std::size_t begin = std::min(lines.size(), worker * chunk);
        const std::size_t end = std::min(lines.size(), begin + chunk);
        outputs[worker].out.reserve((end - begin) * 1024);
        for (std::size_t i = begin; i < end; ++i)
            simulateLine(lines[i].text, lines[i].number, inputName, outputs[worker]);
    };
    std::vector<std::thread> threads;
    std::size_t started = 1;
    try {
        for (; started < workers; ++started)
            threads.emplace_back(work, started);
    } catch (const std::system_error&) {
        // No more threads to be had: this thread does the remaining runs itself.
    }
    work(0);
    for (std::size_t worker = started; worker < workers; ++worker)
        work(worker);
    for (auto& thread : threads)
        thread.join();
    int exitCode = kExitOk;
    for (const auto& output : outputs) {
        streams.out << output.out;
        streams.err << output.err;
        if (output.unusable)
            exitCode = kExitUnusable;
    }
    return exitCode;
}

} // namespace iam
