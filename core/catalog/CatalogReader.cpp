#include "core/catalog/CatalogReader.h"

#include <string>

#include "core/catalog/AsciiCase.h"
#include "core/catalog/Catalog.h"
#include "core/catalog/TabFields.h"

namespace iam {
namespace {

constexpr int kFormatVersion = 1;
constexpr std::size_t kMaxReportedProblems = 10;

std::optional<AccessLevel> levelFromCode(std::string_view code)
{
    if (code.size() != 1)
        return std::nullopt;
    switch (code[0]) {
    case 'L':
        return AccessLevel::List;
    case 'R':
        return AccessLevel::Read;
    case 'W':
        return AccessLevel::Write;
    case 'P':
        return AccessLevel::PermissionsManagement;
    case 'T':
        return AccessLevel::Tagging;
    default:
        return std::nullopt;
    }
}

class Parser {
public:
    Parser(CatalogMetadata& metadata, std::vector<Diagnostic>& diagnostics, std::vector<CatalogService>& services,
           std::vector<CatalogAction>& actions, std::vector<CatalogActionResource>& actionResources,
           std::vector<CatalogResourceType>& resourceTypes, std::vector<CatalogConditionKey>& keys,
           std::vector<std::uint32_t>& keyRefs, std::vector<std::string_view>& arnTemplates,
           std::vector<std::string_view>& dependents)
        : m_diagnostics(diagnostics)
        , m_services(services)
        , m_actions(actions)
        , m_actionResources(actionResources)
        , m_resourceTypes(resourceTypes)
        , m_keys(keys)
        , m_keyRefs(keyRefs)
        , m_arnTemplates(arnTemplates)
        , m_dependents(dependents)
        , m_metadata(metadata)
    {
    }

    void problem(std::string message, std::string help = {})
    {
        ++m_problems;
        if (m_problems > kMaxReportedProblems)
            return;
        Diagnostic diagnostic;
        diagnostic.code = "CATALOG_MALFORMED";
        diagnostic.severity = Severity::Error;
        diagnostic.message = std::move(message);
        diagnostic.help = help.empty() ? "regenerate the catalog with `scripts/update-catalog`" : std::move(help);
        diagnostic.span.line = m_lineNumber;
        diagnostic.span.column = 1;
        diagnostic.span.offset = m_lineOffset;
        m_diagnostics.push_back(std::move(diagnostic));
    }

    bool run(std::string_view bytes)
    {
        std::size_t offset = 0;
        bool sawHeader = false;
        while (offset < bytes.size()) {
            std::size_t end = bytes.find('\n', offset);
            if (end == std::string_view::npos)
                end = bytes.size();
            std::string_view line = bytes.substr(offset, end - offset);
            m_lineOffset = offset;
            ++m_lineNumber;
            offset = end + 1;
            if (!line.empty() && line.back() == '\r')
                line.remove_suffix(1);
            if (line.empty() || line.front() == '#')
                continue;
            if (!sawHeader) {
                if (!readHeader(line))
                    return false;
                sawHeader = true;
                continue;
            }
            readLine(line);
        }
        if (!sawHeader) {
            ++m_lineNumber;
            problem("the catalog is empty");
            return false;
        }
        finish();
        reportOverflow();
        return m_problems == 0;
    }

private:
    bool readHeader(std::string_view line)
    {
        std::string_view fields[3];
        const std::size_t count = splitFields(line, fields, 3);
        std::uint32_t version = 0;
        if (count != 2 || fields[0] != "iam-studio-catalog" || !parseNumber(fields[1], version)) {
            problem("this is not an IAM Studio catalog file (its first line is not `iam-studio-catalog`)");
            return false;
        }
        if (version != kFormatVersion) {
            problem("the catalog has format version `" + std::to_string(version) + "`, this program reads version `"
                        + std::to_string(kFormatVersion) + "`",
                    "regenerate the catalog with this program's `scripts/update-catalog`");
            return false;
        }
        m_metadata.formatVersion = static_cast<int>(version);
        return true;
    }

    void readLine(std::string_view line)
    {
        std::string_view fields[8];
        const std::size_t count = splitFields(line, fields, 8);
        const std::string_view kind = fields[0];
        if (kind == "K" && count == 5)
            readKey(fields);
        else if (kind == "S" && count == 3)
            readService(fields);
        else if (kind == "R" && count == 4)
            readResourceType(fields);
        else if (kind == "A" && count == 7)
            readAction(fields);
        else if (kind == "source" && count == 3) {
            m_metadata.sourcePackage = std::string(fields[1]);
            m_metadata.sourceVersion = std::string(fields[2]);
        } else if (kind == "generated" && count == 2)
            m_metadata.generatedOn = std::string(fields[1]);
        else if (kind == "counts" && count == 5)
            readCounts(fields);
        else
            problem("line " + std::to_string(m_lineNumber) + " is not a catalog record");
    }

    void readCounts(const std::string_view* fields)
    {
        std::uint32_t values[4] = {};
        for (int i = 0; i < 4; ++i) {
            if (!parseNumber(fields[i + 1], values[i]))
                return problem("the counts line has a value that is not a number");
        }
        // Only a hint for reserving memory: a wrong count costs a reallocation, not correctness.
        constexpr std::uint32_t sane = 100'000;
        m_services.reserve(std::min(values[0], sane));
        m_actions.reserve(std::min(values[1], sane));
        m_actionResources.reserve(std::min(values[1], sane) * 2);
        m_resourceTypes.reserve(std::min(values[2], sane));
        m_keys.reserve(std::min(values[3], sane));
        m_keyRefs.reserve(std::min(values[1], sane) * 6);
    }

    void readKey(const std::string_view* fields)
    {
        if (!m_services.empty())
            return problem("condition key `" + std::string(fields[1]) + "` comes after the services");
        if (fields[1].find(':') == std::string_view::npos)
            return problem("condition key `" + std::string(fields[1]) + "` has no `service:` prefix");
        if (!m_keys.empty() && compareIgnoreCase(m_keys.back().name, fields[1]) >= 0)
            return problem("condition key `" + std::string(fields[1]) + "` is out of order");
        CatalogConditionKey key;
        key.name = fields[1];
        key.type = fields[2];
        key.global = fields[3] == "g";
        key.description = fields[4];
        key.templated = fields[1].find("${") != std::string_view::npos
            || fields[1].find('<') != std::string_view::npos;
        m_keys.push_back(key);
    }

    void readService(const std::string_view* fields)
    {
        if (fields[1].empty())
            return problem("a service has no prefix");
        if (!m_services.empty() && compareIgnoreCase(m_services.back().prefix, fields[1]) >= 0)
            return problem("service `" + std::string(fields[1]) + "` is out of order");
        CatalogService service;
        service.prefix = fields[1];
        service.name = fields[2];
        service.firstAction = static_cast<std::uint32_t>(m_actions.size());
        service.firstResourceType = static_cast<std::uint32_t>(m_resourceTypes.size());
        m_services.push_back(service);
    }

    void readResourceType(const std::string_view* fields)
    {
        if (m_services.empty())
            return problem("resource type `" + std::string(fields[1]) + "` comes before any service");
        CatalogResourceType type;
        type.name = fields[1];
        type.service = static_cast<std::uint32_t>(m_services.size() - 1);
        type.firstArn = static_cast<std::uint32_t>(m_arnTemplates.size());
        std::string_view arns = fields[2];
        while (!arns.empty()) {
            const std::size_t bar = arns.find('|');
            m_arnTemplates.push_back(arns.substr(0, bar));
            arns = bar == std::string_view::npos ? std::string_view() : arns.substr(bar + 1);
        }
        type.arnCount = static_cast<std::uint32_t>(m_arnTemplates.size()) - type.firstArn;
        if (!readKeyRefs(fields[3], type.firstKey, type.keyCount))
            return;
        m_resourceTypes.push_back(type);
        ++m_services.back().resourceTypeCount;
    }

    bool readKeyRefs(std::string_view list, std::uint32_t& first, std::uint32_t& count)
    {
        first = static_cast<std::uint32_t>(m_keyRefs.size());
        while (!list.empty()) {
            const std::size_t comma = list.find(',');
            std::uint32_t index = 0;
            if (!parseNumber(list.substr(0, comma), index) || index >= m_keys.size()) {
                m_keyRefs.resize(first);
                problem("line " + std::to_string(m_lineNumber) + " refers to a condition key that does not exist");
                return false;
            }
            m_keyRefs.push_back(index);
            list = comma == std::string_view::npos ? std::string_view() : list.substr(comma + 1);
        }
        count = static_cast<std::uint32_t>(m_keyRefs.size()) - first;
        return true;
    }

    // `4!:12,30` = the service's resource type 4, required, with keys 12 and 30 when acting on it.
    bool readResourceRow(std::string_view entry, const CatalogService& service)
    {
        CatalogActionResource row;
        const std::size_t colon = entry.find(':');
        std::string_view index = entry.substr(0, colon);
        if (!index.empty() && index.back() == '!') {
            row.required = true;
            index.remove_suffix(1);
        }
        std::uint32_t local = 0;
        if (!parseNumber(index, local) || local >= service.resourceTypeCount) {
            problem("line " + std::to_string(m_lineNumber) + " refers to a resource type that does not exist");
            return false;
        }
        row.resourceType = service.firstResourceType + local;
        if (colon != std::string_view::npos && !readKeyRefs(entry.substr(colon + 1), row.firstKey, row.keyCount))
            return false;
        m_actionResources.push_back(row);
        return true;
    }

    void readAction(const std::string_view* fields)
    {
        if (m_services.empty())
            return problem("action `" + std::string(fields[1]) + "` comes before any service");
        CatalogService& service = m_services.back();
        const auto level = levelFromCode(fields[2]);
        if (fields[1].empty() || !level)
            return problem("line " + std::to_string(m_lineNumber) + " is an action without a name or access level");
        if (service.actionCount > 0 && compareIgnoreCase(m_actions.back().name, fields[1]) >= 0)
            return problem(
                "action `" + std::string(service.prefix) + ":" + std::string(fields[1]) + "` is out of order");
        CatalogAction action;
        action.name = fields[1];
        action.accessLevel = *level;
        action.service = static_cast<std::uint32_t>(m_services.size() - 1);
        action.description = fields[6];
        action.firstResource = static_cast<std::uint32_t>(m_actionResources.size());
        std::string_view rows = fields[3];
        while (!rows.empty()) {
            const std::size_t semicolon = rows.find(';');
            if (!readResourceRow(rows.substr(0, semicolon), service))
                return;
            rows = semicolon == std::string_view::npos ? std::string_view() : rows.substr(semicolon + 1);
        }
        action.resourceCount = static_cast<std::uint32_t>(m_actionResources.size()) - action.firstResource;
        if (!readKeyRefs(fields[4], action.firstKey, action.keyCount))
            return;
        action.firstDependent = static_cast<std::uint32_t>(m_dependents.size());
        std::string_view dependents = fields[5];
        while (!dependents.empty()) {
            const std::size_t comma = dependents.find(',');
            m_dependents.push_back(dependents.substr(0, comma));
            dependents = comma == std::string_view::npos ? std::string_view() : dependents.substr(comma + 1);
        }
        action.dependentCount = static_cast<std::uint32_t>(m_dependents.size()) - action.firstDependent;
        m_actions.push_back(action);
        ++service.actionCount;
    }

    void finish()
    {
        if (m_metadata.sourceVersion.empty())
            problem("the catalog does not say which data it was generated from (no `source` line)");
        if (m_services.empty())
            problem("the catalog lists no services");
    }

    void reportOverflow()
    {
        if (m_problems <= kMaxReportedProblems)
            return;
        Diagnostic diagnostic;
        diagnostic.code = "CATALOG_MALFORMED";
        diagnostic.message = "and " + std::to_string(m_problems - kMaxReportedProblems) + " more problems";
        diagnostic.help = "regenerate the catalog with `scripts/update-catalog`";
        m_diagnostics.push_back(std::move(diagnostic));
    }

    std::vector<Diagnostic>& m_diagnostics;
    std::vector<CatalogService>& m_services;
    std::vector<CatalogAction>& m_actions;
    std::vector<CatalogActionResource>& m_actionResources;
    std::vector<CatalogResourceType>& m_resourceTypes;
    std::vector<CatalogConditionKey>& m_keys;
    std::vector<std::uint32_t>& m_keyRefs;
    std::vector<std::string_view>& m_arnTemplates;
    std::vector<std::string_view>& m_dependents;
    CatalogMetadata& m_metadata;
    int m_lineNumber = 0;
    std::size_t m_lineOffset = 0;
    std::size_t m_problems = 0;
};

}  // namespace

bool CatalogReader::read(std::string_view bytes, Catalog& catalog, std::vector<Diagnostic>& diagnostics)
{
    Parser parser(catalog.m_metadata, diagnostics, catalog.m_services, catalog.m_actions, catalog.m_actionResources,
                  catalog.m_resourceTypes, catalog.m_conditionKeys, catalog.m_keyRefs, catalog.m_arnTemplates,
                  catalog.m_dependentActions);
    if (!parser.run(bytes))
        return false;
    catalog.m_metadata.byteSize = bytes.size();
    for (std::uint32_t i = 0; i < catalog.m_conditionKeys.size(); ++i) {
        if (catalog.m_conditionKeys[i].templated)
            catalog.m_templatedKeys.push_back(i);
    }
    return true;
}

}  // namespace iam
