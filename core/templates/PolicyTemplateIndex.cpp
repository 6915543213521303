#include "core/templates/PolicyTemplateIndex.h"

#include <iterator>
#include <optional>
#include <set>
#include <string>

#include <nlohmann/json.hpp>

#include "core/diagnostics/FuzzyMatch.h"
#include "core/json/JsonPointer.h"
#include "core/json/SourceMap.h"
#include "core/policy/PolicyReader.h"

namespace iam {
namespace {

using nlohmann::ordered_json;

constexpr const char* kFields[] = {"id", "title", "description", "kind", "file"};

class IndexReader {
public:
    IndexReader(const SourceMap& sourceMap, std::vector<Diagnostic>& diagnostics)
        : m_map(sourceMap)
        , m_diagnostics(diagnostics)
    {
    }

    std::vector<PolicyTemplate> read(const ordered_json& root)
    {
        std::vector<PolicyTemplate> templates;
        if (!root.is_object()) {
            m_diagnostics.push_back(wrongTypeDiagnostic(m_map, "", "the template index", "an object", root));
            return templates;
        }
        const auto list = root.find("templates");
        if (list == root.end()) {
            error("TEMPLATE_INDEX_MISSING_FIELD", "", "the template index has no `templates`",
                  "add `\"templates\": [...]` with one entry per template file");
            return templates;
        }
        if (!list->is_array()) {
            m_diagnostics.push_back(wrongTypeDiagnostic(m_map, "/templates", "`templates`", "an array", *list));
            return templates;
        }
        for (std::size_t i = 0; i < list->size(); ++i) {
            if (auto entry = readEntry((*list)[i], appendPointer("/templates", i)))
                templates.push_back(std::move(*entry));
        }
        return templates;
    }

private:
    void error(std::string code, const std::string& pointer, std::string message, std::string help)
    {
        m_diagnostics.push_back(fieldError(m_map, std::move(code), pointer, std::move(message), std::move(help)));
    }

    std::optional<std::string> readText(const ordered_json& entry, const std::string& pointer, const char* field)
    {
        const std::string fieldPointer = appendPointer(pointer, field);
        const auto member = entry.find(field);
        if (member == entry.end()) {
            error("TEMPLATE_INDEX_MISSING_FIELD", pointer, std::string("the template has no `") + field + "`",
                  std::string("add `\"") + field + "\"`: every template needs id, title, description, kind and file");
            return std::nullopt;
        }
        if (!member->is_string()) {
            m_diagnostics.push_back(
                wrongTypeDiagnostic(m_map, fieldPointer, std::string("`") + field + "`", "a string", *member));
            return std::nullopt;
        }
        auto text = member->get<std::string>();
        if (text.empty()) {
            error("TEMPLATE_INDEX_EMPTY_FIELD", fieldPointer, std::string("`") + field + "` is empty",
                  "write the template's " + std::string(field) + " here");
            return std::nullopt;
        }
        return text;
    }

    std::optional<PolicyTemplate> readEntry(const ordered_json& entry, const std::string& pointer)
    {
        if (!entry.is_object()) {
            m_diagnostics.push_back(wrongTypeDiagnostic(m_map, pointer, "a template", "an object", entry));
            return std::nullopt;
        }
        // Every field is read even after a bad one, so the author sees all of an entry's problems at once.
        std::optional<std::string> values[std::size(kFields)];
        bool complete = true;
        for (std::size_t i = 0; i < std::size(kFields); ++i) {
            values[i] = readText(entry, pointer, kFields[i]);
            complete = complete && values[i].has_value();
        }
        PolicyTemplate result;
        if (values[3]) {
            if (const auto kind = policyKindFromName(*values[3])) {
                result.kind = *kind;
            } else {
                reportUnknownKind(*values[3], appendPointer(pointer, "kind"));
                complete = false;
            }
        }
        if (values[4] && !isPlainJsonFileName(*values[4])) {
            error("TEMPLATE_INDEX_BAD_FILE", appendPointer(pointer, "file"),
                  "`" + *values[4] + "` is not the name of a .json file in the templates folder",
                  "give the file's name only, without a folder, ending in `.json`");
            complete = false;
        }
        if (values[0] && !m_ids.insert(*values[0]).second) {
            error("TEMPLATE_INDEX_DUPLICATE_ID", appendPointer(pointer, "id"),
                  "the id `" + *values[0] + "` is used by an earlier template", "give every template its own id");
            complete = false;
        }
        if (!complete)
            return std::nullopt;
        result.id = std::move(*values[0]);
        result.title = std::move(*values[1]);
        result.description = std::move(*values[2]);
        result.file = std::move(*values[4]);
        return result;
    }

    void reportUnknownKind(const std::string& name, const std::string& pointer)
    {
        std::vector<std::string> names;
        for (const PolicyKind kind : allPolicyKinds())
            names.emplace_back(policyKindName(kind));
        std::string help = "use one of identity, resource, trust, scp, rcp, boundary or session";
        if (const auto suggestion = closestMatch(name, names))
            help = "did you mean `" + *suggestion + "`? " + help;
        error("TEMPLATE_INDEX_UNKNOWN_KIND", pointer, "`" + name + "` is not a policy kind", std::move(help));
    }

    // The index may only point next to itself: a path could reach outside the bundled folder.
    static bool isPlainJsonFileName(const std::string& name)
    {
        constexpr std::string_view suffix = ".json";
        return name.size() > suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0
            && name.find_first_of("/\\") == std::string::npos && name.front() != '.';
    }

    const SourceMap& m_map;
    std::vector<Diagnostic>& m_diagnostics;
    std::set<std::string> m_ids;
};

}  // namespace

std::vector<PolicyTemplate> readPolicyTemplateIndex(std::string_view text, std::vector<Diagnostic>& diagnostics)
{
    ordered_json root;
    SourceMap sourceMap;
    std::vector<Diagnostic> found;
    if (!parseJsonText(text, root, sourceMap, found)) {
        diagnostics.insert(diagnostics.end(), found.begin(), found.end());
        return {};
    }
    std::vector<PolicyTemplate> templates = IndexReader(sourceMap, found).read(root);
    sortByPosition(found);
    diagnostics.insert(diagnostics.end(), found.begin(), found.end());
    return templates;
}

}  // namespace iam
