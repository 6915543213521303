#include "core/cli/ManagedCommand.h"

#include <algorithm>
#include <ostream>

#include <nlohmann/json.hpp>

#include "core/cli/CliOutput.h"
#include "core/diagnostics/DiagnosticJson.h"
#include "core/managed/ManagedPolicyLibrary.h"
#include "core/managed/ManagedPolicyPath.h"
#include "core/policy/PolicyParser.h"
#include "core/policy/PolicySerializer.h"

namespace iam {
namespace {

using Json = nlohmann::ordered_json;

// When no single name is close to an unknown one, help lists this many of the names containing it.
constexpr std::size_t kMostNamesInHelp = 5;

Json sourceJson(const ManagedPolicyLibrary& library)
{
    const ManagedPolicyMetadata& metadata = library.metadata();
    return Json { { "package", metadata.sourcePackage }, { "version", metadata.sourceVersion },
        { "generated", metadata.generatedOn } };
}

Json policyJson(const ManagedPolicy& policy)
{
    Json json { { "name", policy.name }, { "arn", policy.arn }, { "path", policy.path },
        { "versionId", policy.versionId } };
    if (!policy.updatedOn.empty())
        json["updated"] = policy.updatedOn;
    if (!policy.description.empty())
        json["description"] = policy.description;
    return json;
}

// A broken embedded bundle is a bug in the build, but the user still deserves a reason.
bool reportUnusableBundle(const ManagedPolicyLibrary& library, std::ostream& err)
{
    if (!library.policies().empty())
        return false;
    for (const auto& diagnostic : ManagedPolicyLibrary::builtInDiagnostics())
        printProblem(err, diagnostic);
    return true;
}

Diagnostic unknownPolicy(const ManagedPolicyLibrary& library, const std::string& name)
{
    Diagnostic diagnostic;
    diagnostic.code = "UNKNOWN_MANAGED_POLICY";
    diagnostic.severity = Severity::Error;
    diagnostic.message = "there is no AWS managed policy named `" + name + "`";
    if (const auto suggestion = library.suggestName(name)) {
        diagnostic.help = "did you mean `" + *suggestion + "`?";
        return diagnostic;
    }
    const auto similar = library.search(name);
    if (similar.empty()) {
        diagnostic.help = "list the names with `iam-studio-cli managed`, or find one with `--search WORD`";
        return diagnostic;
    }
    diagnostic.help = "names that contain it:";
    for (std::size_t i = 0; i < similar.size() && i < kMostNamesInHelp; ++i)
        diagnostic.help += (i == 0 ? " `" : ", `") + std::string(similar[i]->name) + "`";
    if (similar.size() > kMostNamesInHelp) {
        diagnostic.help += " and " + std::to_string(similar.size() - kMostNamesInHelp)
            + " more (`iam-studio-cli managed --search " + name + "`)";
    }
    return diagnostic;
}

} // namespace

int runManagedList(bool asJson, CliStreams streams)
{
    const ManagedPolicyLibrary& library = ManagedPolicyLibrary::builtIn();
    if (reportUnusableBundle(library, streams.err))
        return kExitUnusable;
    if (asJson) {
        Json policies = Json::array();
        for (const auto& policy : library.policies())
            policies.push_back(policyJson(policy));
        streams.out << dumpJson(Json { { "count", library.policies().size() }, { "policies", std::move(policies) },
            { "source", sourceJson(library) } })
                    << '\n';
        return kExitOk;
    }
    for (const auto& policy : library.policies())
        streams.out << policy.name << '\n';
    return kExitOk;
}

int runManagedShow(const std::string& name, bool asJson, CliStreams streams)
{
    const ManagedPolicyLibrary& library = ManagedPolicyLibrary::builtIn();
    if (reportUnusableBundle(library, streams.err))
        return kExitUnusable;
    const ManagedPolicy* policy = library.find(name);
    if (!policy) {
        const Diagnostic diagnostic = unknownPolicy(library, name);
        printProblem(streams.err, diagnostic);
        if (asJson)
            streams.out << dumpJson(
                Json { { "name", name }, { "found", false }, { "diagnostics", diagnosticsToJson({ diagnostic }) } })
                        << '\n';
        return kExitFindings;
    }
    const ManagedPolicyDocument document = library.document(*policy);
    if (!document.ok()) {
        for (const auto& diagnostic : document.diagnostics)
            printProblem(streams.err, diagnostic);
        return kExitUnusable;
    }
    // AWS's text as published, unless our parser can read it: then the canonical form, the same
    // key order and indentation as `iam-studio-cli format` and the app.
    const PolicyParseResult parsed = parsePolicy(document.text);
    if (asJson) {
        Json json = policyJson(*policy);
        json = Json { { "found", true }, { "policy", std::move(json) } };
        if (parsed.ok())
            json["document"] = policyToJson(*parsed.policy);
        else
            json["documentText"] = document.text;
        json["source"] = sourceJson(library);
        streams.out << dumpJson(json) << '\n';
        return kExitOk;
    }
    if (parsed.ok())
        streams.out << serializePolicy(*parsed.policy);
    else
        streams.out << document.text << '\n';
    return kExitOk;
}

int runManagedSearch(const std::string& text, bool asJson, CliStreams streams)
{
    const ManagedPolicyLibrary& library = ManagedPolicyLibrary::builtIn();
    if (reportUnusableBundle(library, streams.err))
        return kExitUnusable;
    const std::vector<const ManagedPolicy*> found = library.search(text);
    std::vector<Diagnostic> diagnostics;
    if (found.empty()) {
        Diagnostic diagnostic;
        diagnostic.code = "NO_MANAGED_POLICY_MATCHES";
        diagnostic.severity = Severity::Error;
        diagnostic.message = "no AWS managed policy name contains `" + text + "`";
        diagnostic.help = "try a shorter word, such as a service name (`s3`, `lambda`) or `ReadOnly`";
        printProblem(streams.err, diagnostic);
        diagnostics.push_back(std::move(diagnostic));
    }
    const int exitCode = found.empty() ? kExitFindings : kExitOk;
    if (asJson) {
        Json policies = Json::array();
        for (const ManagedPolicy* policy : found) {
            Json json = policyJson(*policy);
            const std::string_view meaning = managedPolicyPathMeaning(policy->path);
            if (!meaning.empty())
                json["pathMeaning"] = meaning;
            policies.push_back(std::move(json));
        }
        streams.out << dumpJson(
            Json { { "search", text }, { "count", found.size() }, { "policies", std::move(policies) },
                { "diagnostics", diagnosticsToJson(diagnostics) }, { "source", sourceJson(library) } })
                    << '\n';
        return exitCode;
    }
    std::size_t width = 0;
    for (const ManagedPolicy* policy : found)
        width = std::max(width, policy->name.size());
    for (const ManagedPolicy* policy : found) {
        // The source has no descriptions today; the path still says what kind of policy it is.
        const std::string_view about
            = policy->description.empty() ? managedPolicyPathMeaning(policy->path) : policy->description;
        streams.out << policy->name;
        if (!about.empty())
            streams.out << std::string(width - policy->name.size() + 2, ' ') << about;
        streams.out << '\n';
    }
    return exitCode;
}

} // namespace iam
