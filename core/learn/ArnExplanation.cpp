#include "core/learn/ArnExplanation.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdlib>
#include <numeric>
#include <optional>

#include "core/catalog/ArnTemplate.h"
#include "core/catalog/Catalog.h"
#include "core/diagnostics/FuzzyMatch.h"
#include "core/json/SourceMap.h"
#include "core/policy/Arn.h"

namespace iam {
namespace {

struct Field {
    std::string_view text;
    std::size_t offset = 0;
};

bool hasWildcard(std::string_view part)
{
    return part.find_first_of("*?") != std::string_view::npos;
}

bool hasVariable(std::string_view part)
{
    return part.find("${") != std::string_view::npos;
}

bool isSeparator(char c)
{
    return c == '/' || c == ':';
}

std::string quoted(std::string_view value)
{
    return "`" + std::string(value) + "`";
}

// The same field rules as parseArn (a colon inside `${...}` belongs to the variable), but tolerant of
// half-typed text: whatever fields are there come back, the sixth taking the rest.
std::vector<Field> splitFields(std::string_view text)
{
    std::vector<Field> fields;
    std::size_t start = 0;
    for (std::size_t i = 0; i < text.size() && fields.size() < 5; ++i) {
        if (text.substr(i, 2) == "${") {
            const std::size_t close = text.find('}', i);
            if (close != std::string_view::npos) {
                i = close;
                continue;
            }
        }
        if (text[i] == ':') {
            fields.push_back({text.substr(start, i - start), start});
            start = i + 1;
        }
    }
    fields.push_back({text.substr(start), start});
    return fields;
}

struct RegionName {
    std::string_view code;
    std::string_view name;
};

constexpr std::array kRegions{
    RegionName{"us-east-1", "US East (N. Virginia)"},
    RegionName{"us-east-2", "US East (Ohio)"},
    RegionName{"us-west-1", "US West (N. California)"},
    RegionName{"us-west-2", "US West (Oregon)"},
    RegionName{"af-south-1", "Africa (Cape Town)"},
    RegionName{"ap-east-1", "Asia Pacific (Hong Kong)"},
    RegionName{"ap-south-1", "Asia Pacific (Mumbai)"},
    RegionName{"ap-south-2", "Asia Pacific (Hyderabad)"},
    RegionName{"ap-northeast-1", "Asia Pacific (Tokyo)"},
    RegionName{"ap-northeast-2", "Asia Pacific (Seoul)"},
    RegionName{"ap-northeast-3", "Asia Pacific (Osaka)"},
    RegionName{"ap-southeast-1", "Asia Pacific (Singapore)"},
    RegionName{"ap-southeast-2", "Asia Pacific (Sydney)"},
    RegionName{"ap-southeast-3", "Asia Pacific (Jakarta)"},
    RegionName{"ap-southeast-4", "Asia Pacific (Melbourne)"},
    RegionName{"ca-central-1", "Canada (Central)"},
    RegionName{"ca-west-1", "Canada West (Calgary)"},
    RegionName{"eu-central-1", "Europe (Frankfurt)"},
    RegionName{"eu-central-2", "Europe (Zurich)"},
    RegionName{"eu-west-1", "Europe (Ireland)"},
    RegionName{"eu-west-2", "Europe (London)"},
    RegionName{"eu-west-3", "Europe (Paris)"},
    RegionName{"eu-south-1", "Europe (Milan)"},
    RegionName{"eu-south-2", "Europe (Spain)"},
    RegionName{"eu-north-1", "Europe (Stockholm)"},
    RegionName{"il-central-1", "Israel (Tel Aviv)"},
    RegionName{"me-south-1", "Middle East (Bahrain)"},
    RegionName{"me-central-1", "Middle East (UAE)"},
    RegionName{"sa-east-1", "South America (São Paulo)"},
    RegionName{"cn-north-1", "China (Beijing)"},
    RegionName{"cn-northwest-1", "China (Ningxia)"},
    RegionName{"us-gov-west-1", "AWS GovCloud (US-West)"},
    RegionName{"us-gov-east-1", "AWS GovCloud (US-East)"},
};

// `RoleNameWithPath` → "role name with path", `AWSServicePrincipal` → "AWS service principal".
std::string placeholderWords(std::string_view name)
{
    std::vector<std::string> words;
    std::string word;
    for (std::size_t i = 0; i < name.size(); ++i) {
        const char c = name[i];
        const bool upper = std::isupper(static_cast<unsigned char>(c)) != 0;
        const bool nextLower = i + 1 < name.size() && std::islower(static_cast<unsigned char>(name[i + 1])) != 0;
        const bool prevLower = i > 0 && std::islower(static_cast<unsigned char>(name[i - 1])) != 0;
        if (upper && !word.empty() && (prevLower || nextLower)) {
            words.push_back(word);
            word.clear();
        }
        word += c;
    }
    if (!word.empty())
        words.push_back(word);
    std::string result;
    for (std::string w : words) {
        std::string lower = w;
        std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
        if (lower == "id" || lower == "arn" || lower == "aws" || lower == "uuid" || lower == "mfa")
            w = lower == "uuid" ? "UUID" : lower == "mfa" ? "MFA" : lower == "id" ? "ID" : lower == "arn" ? "ARN" : "AWS";
        else if (!std::all_of(w.begin(), w.end(), [](unsigned char c) { return std::isupper(c) || std::isdigit(c); }))
            w = lower;
        if (!result.empty())
            result += ' ';
        result += w;
    }
    if (result.rfind("AWS user name", 0) == 0)
        return "user name";
    return result;
}

// The catalog's ARN template split into fields (templates never put a colon inside `${...}`).
struct TemplateFields {
    std::string region;
    std::string account;
    std::string resource;
};

std::optional<TemplateFields> templateFields(std::string_view templateText)
{
    const std::vector<Field> fields = splitFields(templateText);
    if (fields.size() < 6)
        return std::nullopt;
    return TemplateFields{std::string(fields[3].text), std::string(fields[4].text), std::string(fields[5].text)};
}

// One token of a template's resource part: literal text or a `${Name}` placeholder.
struct Token {
    std::string text; // the literal, or the placeholder's name
    bool placeholder = false;
};

std::vector<Token> tokenize(std::string_view resource)
{
    std::vector<Token> tokens;
    std::size_t i = 0;
    while (i < resource.size()) {
        if (resource.substr(i, 2) == "${") {
            const std::size_t close = resource.find('}', i);
            if (close == std::string_view::npos)
                break;
            tokens.push_back({std::string(resource.substr(i + 2, close - i - 2)), true});
            i = close + 1;
            continue;
        }
        const std::size_t next = resource.find("${", i);
        const std::size_t end = next == std::string_view::npos ? resource.size() : next;
        tokens.push_back({std::string(resource.substr(i, end - i)), false});
        i = end;
    }
    return tokens;
}

int separatorCount(std::string_view text)
{
    return static_cast<int>(std::count_if(text.begin(), text.end(), isSeparator));
}

// Which token each character of the resource belongs to, or nothing when the resource does not line
// up with the template (wildcards can make that ambiguous; the caller falls back to a plain split).
std::optional<std::vector<std::size_t>> alignResource(std::string_view resource, const std::vector<Token>& tokens)
{
    std::vector<std::size_t> owner(resource.size(), 0);
    std::size_t pos = 0;
    for (std::size_t t = 0; t < tokens.size(); ++t) {
        const Token& token = tokens[t];
        if (!token.placeholder) {
            if (resource.substr(pos, token.text.size()) != token.text)
                return std::nullopt;
            std::fill(owner.begin() + pos, owner.begin() + pos + token.text.size(), t);
            pos += token.text.size();
            continue;
        }
        std::size_t end = resource.size();
        if (t + 1 < tokens.size()) {
            end = resource.find(tokens[t + 1].text, pos + 1);
            if (end == std::string_view::npos)
                return std::nullopt;
        }
        if (end <= pos)
            return std::nullopt;
        std::fill(owner.begin() + pos, owner.begin() + end, t);
        pos = end;
    }
    if (pos != resource.size())
        return std::nullopt;
    return owner;
}

std::string patternExplanation(std::string_view value, const std::string& what)
{
    if (value == "*")
        return "`*` stands for any " + what + ".";
    if (hasVariable(value))
        return quoted(value) + " holds a policy variable: when AWS checks a request it fills in the value "
                               "from that request, so one policy can fit every caller.";
    const std::size_t star = value.find_first_of("*?");
    if (star == value.size() - 1 && value.back() == '*')
        return quoted(value) + " is a pattern: any " + what + " that starts with " + quoted(value.substr(0, star)) + ".";
    return quoted(value) + " is a pattern: `*` stands for any run of characters and `?` for exactly one, so it "
                           "matches every " + what + " of that shape.";
}

std::string partitionExplanation(std::string_view value)
{
    if (hasWildcard(value) || hasVariable(value))
        return "The partition, written as a pattern: " + patternExplanation(value, "partition");
    if (value == "aws")
        return "The partition: a separate group of AWS regions. `aws` is the standard one that almost every "
               "account uses.";
    if (value == "aws-cn")
        return "The partition: `aws-cn` is AWS in China, which runs apart from the rest of AWS.";
    if (value == "aws-us-gov")
        return "The partition: `aws-us-gov` is AWS GovCloud (US), regions for US government work.";
    if (value == "aws-eusc")
        return "The partition: `aws-eusc` is the AWS European Sovereign Cloud.";
    if (value.rfind("aws-iso", 0) == 0)
        return "The partition: " + quoted(value) + " is an isolated group of regions for government customers.";
    if (value.empty())
        return "The partition is missing. It is almost always `aws`.";
    return "The partition names a group of AWS regions; " + quoted(value)
           + " is not one of them. It is almost always `aws`.";
}

std::string regionExplanation(std::string_view value)
{
    if (hasWildcard(value) || hasVariable(value))
        return "The region, written as a pattern: " + patternExplanation(value, "region");
    const std::string name = regionDisplayName(value);
    if (!name.empty())
        return "The region where the resource lives: " + quoted(value) + " is " + name + ".";
    return "The region where the resource lives. IAM Studio does not know a region called " + quoted(value)
           + "; check the spelling.";
}

std::string accountExplanation(std::string_view value)
{
    if (hasWildcard(value) || hasVariable(value))
        return "The account, written as a pattern: " + patternExplanation(value, "account ID");
    if (value == "aws")
        return "`aws` instead of an account number: AWS itself owns this, as it owns the AWS managed policies.";
    return "The 12-digit ID of the AWS account that owns the resource. Two accounts can each have a role "
           "called `admin`; the account ID tells them apart.";
}

bool sameWord(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

std::string typeDescription(std::string_view service, std::string_view type)
{
    struct Known {
        std::string_view service;
        std::string_view type;
        std::string_view words;
    };
    static constexpr std::array known{
        Known{"iam", "user", "an IAM user: one person's permanent badge"},
        Known{"iam", "role", "an IAM role: a badge that is handed out for a while and given back"},
        Known{"iam", "group", "an IAM group: users who share the same permissions"},
        Known{"iam", "policy", "a managed policy: an access list you can attach to many users and roles"},
        Known{"iam", "assumed-role", "a role while someone holds it: one session of that role"},
        Known{"iam", "root", "the account itself. As a principal it means the account, which then decides "
                             "through its own policies who inside it may act"},
        Known{"sts", "assumed-role", "one session of a role: the role's name, then the name the session was given"},
        Known{"iam", "instance-profile", "an instance profile: the holder that hands a role to an EC2 instance"},
        Known{"lambda", "function", "a Lambda function"},
        Known{"dynamodb", "table", "a DynamoDB table"},
        Known{"ec2", "instance", "an EC2 instance: a virtual server"},
        Known{"sts", "assumed-role", "a role while someone holds it: one session of that role"},
        Known{"logs", "log-group", "a CloudWatch log group"},
        Known{"secretsmanager", "secret", "a secret kept by Secrets Manager"},
        Known{"kms", "key", "an encryption key in KMS"},
    };
    for (const Known& k : known) {
        if (k.service == service && sameWord(k.type, type))
            return std::string(k.words);
    }
    return {};
}

// What the catalog says about the service and the resource types an ARN fits.
struct Match {
    const CatalogService* service = nullptr;
    bool serviceIsGlobal = false; // no resource type of the service names a region
    struct Fit {
        std::string type;
        std::string templateText;
        TemplateFields fields;
    };
    std::vector<Fit> fits; // best first
};

std::string arnText(const std::vector<Field>& fields, std::string_view region, std::string_view account)
{
    return "arn:" + std::string(fields[1].text) + ":" + std::string(fields[2].text) + ":" + std::string(region) + ":"
           + std::string(account) + ":" + std::string(fields[5].text);
}

// ARNs a beginner meets in policies that AWS's reference does not list as resource types: the account
// itself as a principal, and a role's session as it shows in CloudTrail and in error messages.
struct ExtraTemplate {
    std::string_view service;
    std::string_view type;
    std::string_view templateText;
};

constexpr std::array kExtraTemplates{
    ExtraTemplate{"iam", "root", "arn:${Partition}:iam::${Account}:root"},
    ExtraTemplate{"sts", "assumed-role", "arn:${Partition}:sts::${Account}:assumed-role/${RoleName}/${RoleSessionName}"},
};

std::vector<std::pair<std::string_view, std::string_view>> templatesOf(const Catalog& catalog,
                                                                       const CatalogService& service)
{
    std::vector<std::pair<std::string_view, std::string_view>> templates; // type name, template
    for (const CatalogResourceType& type : catalog.resourceTypesOf(service)) {
        for (const std::string_view templateText : catalog.arnTemplatesOf(type))
            templates.emplace_back(type.name, templateText);
    }
    for (const ExtraTemplate& extra : kExtraTemplates) {
        if (extra.service == service.prefix)
            templates.emplace_back(extra.type, extra.templateText);
    }
    return templates;
}

std::vector<Match::Fit> fitsOf(const Catalog& catalog, const CatalogService& service, const std::string& arn,
                               std::string_view resource)
{
    std::vector<Match::Fit> fits;
    std::vector<std::pair<int, int>> ranks;
    for (const auto& [typeName, templateText] : templatesOf(catalog, service)) {
        if (!ArnTemplate::compile(templateText).fits(arn))
            continue;
        const auto fields = templateFields(templateText);
        if (!fields)
            continue;
        const bool duplicate = std::any_of(fits.begin(), fits.end(), [&](const Match::Fit& fit) {
            return fit.type == typeName;
        });
        if (duplicate)
            continue;
        // Most alike first: as many separators as the resource has, then the fewest placeholders.
        const std::vector<Token> tokens = tokenize(fields->resource);
        const int literalSeparators = std::accumulate(tokens.begin(), tokens.end(), 0, [](int sum, const Token& t) {
            return sum + (t.placeholder ? 0 : separatorCount(t.text));
        });
        const int placeholders = static_cast<int>(
            std::count_if(tokens.begin(), tokens.end(), [](const Token& t) { return t.placeholder; }));
        fits.push_back({std::string(typeName), std::string(templateText), *fields});
        ranks.emplace_back(std::abs(separatorCount(resource) - literalSeparators), placeholders);
    }
    std::vector<std::size_t> order(fits.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return ranks[a] < ranks[b]; });
    std::vector<Match::Fit> sorted;
    for (std::size_t i : order)
        sorted.push_back(fits[i]);
    return sorted;
}

bool serviceIsGlobal(const Catalog& catalog, const CatalogService& service)
{
    bool any = false;
    for (const CatalogResourceType& type : catalog.resourceTypesOf(service)) {
        for (const std::string_view templateText : catalog.arnTemplatesOf(type)) {
            const auto fields = templateFields(templateText);
            if (!fields)
                continue;
            if (!fields->region.empty())
                return false;
            any = true;
        }
    }
    return any;
}

// `arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}` → `arn:aws:iam::<account>:role/<role name with path>`.
std::string readableTemplate(std::string_view templateText, std::string_view partition)
{
    std::string out;
    std::size_t i = 0;
    while (i < templateText.size()) {
        if (templateText.substr(i, 2) == "${") {
            const std::size_t close = templateText.find('}', i);
            if (close == std::string_view::npos)
                break;
            const std::string_view name = templateText.substr(i + 2, close - i - 2);
            out += name == "Partition" ? std::string(partition) : "<" + placeholderWords(name) + ">";
            i = close + 1;
            continue;
        }
        out += templateText[i++];
    }
    return out;
}

Diagnostic shapeWarning(std::string code, std::string message, std::string help, std::string_view text,
                        std::size_t offset, std::size_t length)
{
    Diagnostic diagnostic;
    diagnostic.code = std::move(code);
    diagnostic.severity = Severity::Warning;
    diagnostic.message = std::move(message);
    diagnostic.help = std::move(help);
    diagnostic.span = spanAtOffset(text, offset, length);
    return diagnostic;
}

class Explainer final {
public:
    Explainer(std::string_view text, const Catalog* catalog)
        : m_text(text)
        , m_catalog(catalog)
    {
    }

    ArnExplanation run()
    {
        m_result.diagnostics = parseArn(m_text).diagnostics;
        if (m_text.substr(0, 4) != "arn:")
            return std::move(m_result);
        m_fields = splitFields(m_text);
        m_result.parts.push_back({ArnPart::Kind::Prefix, "prefix", "arn", 0,
                                  "Every ARN starts with `arn`: it says \"this is an Amazon Resource Name\", the "
                                  "address AWS gives each thing you create."});
        if (m_fields.size() > 1)
            addPart(ArnPart::Kind::Partition, "partition", m_fields[1], partitionExplanation(m_fields[1].text));
        if (m_fields.size() > 2)
            addService();
        if (m_fields.size() == 6)
            matchCatalog();
        if (m_fields.size() > 3)
            addRegion();
        if (m_fields.size() > 4)
            addAccount();
        if (m_fields.size() > 5)
            addResource();
        addFacts();
        sortByPosition(m_result.diagnostics);
        return std::move(m_result);
    }

private:
    void addPart(ArnPart::Kind kind, std::string label, const Field& field, std::string explanation)
    {
        m_result.parts.push_back({kind, std::move(label), std::string(field.text), field.offset, std::move(explanation)});
    }

    void addService()
    {
        const std::string_view value = m_fields[2].text;
        if (value.empty()) {
            addPart(ArnPart::Kind::Service, "service", m_fields[2],
                    "The service is missing: it goes between the partition and the region, like `s3` or `iam`.");
            return;
        }
        if (hasWildcard(value) || hasVariable(value)) {
            addPart(ArnPart::Kind::Service, "service", m_fields[2],
                    "The service, written as a pattern: " + patternExplanation(value, "service"));
            return;
        }
        if (m_catalog)
            m_match.service = m_catalog->findService(value);
        if (m_match.service) {
            m_result.serviceName = std::string(m_match.service->name);
            m_match.serviceIsGlobal = serviceIsGlobal(*m_catalog, *m_match.service);
            addPart(ArnPart::Kind::Service, "service", m_fields[2],
                    "The service that owns the resource: " + quoted(value) + " is " + m_result.serviceName
                        + ". Its actions in a policy start with the same word, like " + quoted(std::string(value) + ":…")
                        + ".");
            return;
        }
        addPart(ArnPart::Kind::Service, "service", m_fields[2],
                "The service that owns the resource. IAM Studio knows no service called " + quoted(value) + ".");
        if (!m_catalog || !m_result.ok())
            return;
        std::string help = "service names are short and lowercase, like `s3`, `iam`, `lambda` or `dynamodb`";
        if (auto suggestion = m_catalog->suggestService(value))
            help = "did you mean `" + *suggestion + "`?";
        m_result.diagnostics.push_back(shapeWarning("ARN_UNKNOWN_SERVICE", quoted(value) + " is not a service IAM Studio knows",
                                                    help, m_text, m_fields[2].offset, value.size()));
    }

    void matchCatalog()
    {
        if (!m_match.service || m_fields[5].text.empty())
            return;
        const std::string arn(m_text);
        m_match.fits = fitsOf(*m_catalog, *m_match.service, arn, m_fields[5].text);
        for (const auto& fit : m_match.fits)
            m_result.resourceTypes.push_back(fit.type);
        if (!m_match.fits.empty() || !m_result.ok())
            return;
        // No resource type fits as written: see whether emptying or filling in the region or the account
        // would make it fit, which is the beginner's usual mistake (a region in an S3 or IAM ARN). Emptying
        // comes first; filling uses real-looking values, since a `*` could stand for a colon and fit anything.
        const std::string_view region = m_fields[3].text;
        const std::string_view account = m_fields[4].text;
        const std::string otherRegion = region.empty() ? "us-east-1" : "";
        const std::string otherAccount = account.empty() ? "111122223333" : "";
        std::vector<std::pair<bool, bool>> changes{{true, false}, {false, true}, {true, true}};
        std::stable_sort(changes.begin(), changes.end(), [&](const auto& a, const auto& b) {
            const auto fills = [&](const std::pair<bool, bool>& c) {
                return int(c.first && region.empty()) + int(c.second && account.empty());
            };
            return fills(a) < fills(b);
        });
        for (const auto& [changeRegion, changeAccount] : changes) {
            const std::string candidate = arnText(m_fields, changeRegion ? std::string_view(otherRegion) : region,
                                                  changeAccount ? std::string_view(otherAccount) : account);
            auto fits = fitsOf(*m_catalog, *m_match.service, candidate, m_fields[5].text);
            if (fits.empty())
                continue;
            const Match::Fit& fit = fits.front();
            const std::string what = quoted(m_fields[2].text) + " " + quoted(fit.type) + " ARNs";
            if (changeRegion && region.empty()) {
                m_regionNeeded = true;
                m_result.diagnostics.push_back(shapeWarning(
                    "ARN_REGION_MISSING", what + " need a region",
                    "put the region where it lives between the service and the account, e.g. " + quoted(candidate),
                    m_text, m_fields[3].offset, 0));
            } else if (changeRegion) {
                m_regionUnused = true;
                const std::string why = m_match.serviceIsGlobal ? shortServiceName() + " is global; " : "";
                m_result.diagnostics.push_back(shapeWarning("ARN_REGION_NOT_USED",
                                                            what + " name no region, but this one names " + quoted(region),
                                                            why + "leave the region empty: " + quoted(candidate), m_text,
                                                            m_fields[3].offset, region.size()));
            }
            if (changeAccount && account.empty()) {
                m_accountNeeded = true;
                m_result.diagnostics.push_back(shapeWarning(
                    "ARN_ACCOUNT_MISSING", what + " need the account ID",
                    "put the 12-digit ID of the account that owns it before the resource, e.g. " + quoted(candidate),
                    m_text, m_fields[4].offset, 0));
            } else if (changeAccount) {
                m_accountUnused = true;
                m_result.diagnostics.push_back(shapeWarning("ARN_ACCOUNT_NOT_USED",
                                                            what + " name no account, but this one names " + quoted(account),
                                                            "leave the account empty: " + quoted(candidate), m_text,
                                                            m_fields[4].offset, account.size()));
            }
            m_match.fits = std::move(fits);
            m_result.resourceTypes.clear();
            for (const auto& f : m_match.fits)
                m_result.resourceTypes.push_back(f.type);
            return;
        }
        reportUnknownShape();
    }

    // "AWS Identity and Access Management (IAM)" → "IAM": the long names read badly inside a sentence.
    std::string shortServiceName() const
    {
        const std::string& name = m_result.serviceName;
        const std::size_t open = name.rfind(" (");
        if (open != std::string::npos && name.back() == ')')
            return name.substr(open + 2, name.size() - open - 3);
        return name;
    }

    void reportUnknownShape()
    {
        const std::string_view resource = m_fields[5].text;
        const std::string resourceType(resource.substr(0, resource.find_first_of("/:")));
        std::vector<std::string> typeNames;
        std::vector<std::string> examples;
        for (const CatalogResourceType& type : m_catalog->resourceTypesOf(*m_match.service)) {
            typeNames.emplace_back(type.name);
            const auto templates = m_catalog->arnTemplatesOf(type);
            if (!templates.empty())
                examples.push_back(readableTemplate(templates.front(), m_fields[1].text));
        }
        std::string help;
        if (const auto close = closestMatch(resourceType, typeNames); close && *close != resourceType) {
            const auto it = std::find(typeNames.begin(), typeNames.end(), *close);
            help = "did you mean a `" + *close + "`? It looks like " + quoted(examples[it - typeNames.begin()]);
        } else if (!examples.empty()) {
            help = m_result.serviceName + " ARNs look like " + quoted(examples.front());
            if (examples.size() > 1)
                help += " or " + quoted(examples[1]);
        }
        m_result.diagnostics.push_back(shapeWarning("ARN_UNKNOWN_RESOURCE",
                                                    quoted(m_fields[5].text) + " is not the shape of any "
                                                        + quoted(m_fields[2].text) + " resource",
                                                    help, m_text, m_fields[5].offset, m_fields[5].text.size()));
    }

    // Why a part the resource type leaves empty is empty, in the words a beginner needs.
    std::string emptyBecause(bool regionPart) const
    {
        const Match::Fit& fit = m_match.fits.front();
        const bool noRegion = fit.fields.region.empty();
        const bool noAccount = fit.fields.account.empty();
        if (m_fields[2].text == "s3" && noRegion && noAccount)
            return "Empty, as it should be: S3 bucket names are unique across all of AWS, so bucket and object ARNs "
                   "name neither a region nor an account.";
        if (regionPart && m_match.serviceIsGlobal)
            return "Empty, as it should be: " + shortServiceName()
                   + " is global, the same in every region, so its ARNs name no region.";
        return "Empty, as it should be: " + quoted(fit.type) + " ARNs of " + m_result.serviceName + " name no "
               + (regionPart ? "region." : "account.");
    }

    void addRegion()
    {
        const Field& field = m_fields[3];
        if (m_regionUnused) {
            std::string words = regionExplanation(field.text);
            words += " But " + quoted(m_match.fits.front().type) + " ARNs name no region: leave this part empty.";
            addPart(ArnPart::Kind::Region, "region", field, std::move(words));
            return;
        }
        if (!field.text.empty()) {
            addPart(ArnPart::Kind::Region, "region", field, regionExplanation(field.text));
            return;
        }
        std::string words;
        if (m_regionNeeded)
            words = "Empty, but this kind of resource lives in one region: name it here, like `us-east-1`.";
        else if (!m_match.fits.empty() && m_match.fits.front().fields.region.empty())
            words = emptyBecause(true);
        else
            words = "Empty: this ARN names no region. Global services such as IAM leave it empty; most other "
                    "services need one, like `us-east-1`.";
        addPart(ArnPart::Kind::Region, "region", field, std::move(words));
    }

    void addAccount()
    {
        const Field& field = m_fields[4];
        if (m_accountUnused) {
            addPart(ArnPart::Kind::Account, "account", field,
                    "The account " + quoted(field.text) + ", but " + quoted(m_match.fits.front().type)
                        + " ARNs name no account: leave this part empty.");
            return;
        }
        if (!field.text.empty()) {
            addPart(ArnPart::Kind::Account, "account", field, accountExplanation(field.text));
            return;
        }
        std::string words;
        if (m_accountNeeded)
            words = "Empty, but this kind of resource belongs to one account: put its 12-digit ID here.";
        else if (!m_match.fits.empty() && m_match.fits.front().fields.account.empty())
            words = emptyBecause(false);
        else
            words = "Empty: this ARN names no account. S3 buckets leave it empty; most other resources need the "
                    "12-digit ID of the account that owns them.";
        addPart(ArnPart::Kind::Account, "account", field, std::move(words));
    }

    void addResource()
    {
        const Field& field = m_fields[5];
        if (field.text.empty()) {
            addPart(ArnPart::Kind::Resource, "resource", field,
                    "Missing: the resource comes last, like `user/alice` or `my-bucket`.");
            return;
        }
        if (field.text == "*") {
            addPart(ArnPart::Kind::Resource, "resource", field,
                    "`*` stands for every resource of this service in the region and account before it. Handy, and "
                    "much more than most code needs.");
            return;
        }
        if (!m_match.fits.empty() && addAlignedResource(m_match.fits.front()))
            return;
        addPlainResource();
    }

    // Splits the resource after the catalog's template: `my-bucket/photos/cat.jpg` is a bucket name and an
    // object name, `role/admin` a resource type and a role name.
    bool addAlignedResource(const Match::Fit& fit)
    {
        const std::string_view resource = m_fields[5].text;
        const std::vector<Token> tokens = tokenize(fit.fields.resource);
        const auto owner = alignResource(resource, tokens);
        if (!owner)
            return false;
        const std::size_t base = m_fields[5].offset;
        bool firstLiteral = true;
        std::size_t i = 0;
        while (i < resource.size()) {
            // A separator of the template splits parts; one inside a placeholder's value does not.
            if (!tokens[(*owner)[i]].placeholder && isSeparator(resource[i])) {
                ++i;
                continue;
            }
            std::size_t end = i;
            std::optional<std::size_t> placeholder;
            while (end < resource.size() && (tokens[(*owner)[end]].placeholder || !isSeparator(resource[end]))) {
                if (tokens[(*owner)[end]].placeholder && !placeholder)
                    placeholder = (*owner)[end];
                ++end;
            }
            const Field piece{resource.substr(i, end - i), base + i};
            if (placeholder)
                addNamePart(piece, tokens[*placeholder].text, fit);
            else
                addTypePart(piece, fit, firstLiteral, tokens, (*owner)[i]);
            if (!placeholder)
                firstLiteral = false;
            i = end;
        }
        return true;
    }

    void addTypePart(const Field& piece, const Match::Fit& fit, bool first, const std::vector<Token>& tokens,
                     std::size_t token)
    {
        if (!first) {
            std::string next = "name";
            for (std::size_t t = token + 1; t < tokens.size(); ++t) {
                if (tokens[t].placeholder) {
                    next = placeholderWords(tokens[t].text);
                    break;
                }
            }
            addPart(ArnPart::Kind::ResourceType, "fixed word", piece,
                    "A fixed word of this ARN's format: what follows is the " + next + ".");
            return;
        }
        std::string words = "The kind of resource: " + quoted(piece.text);
        const std::string described = typeDescription(m_fields[2].text, fit.type);
        if (!described.empty())
            words += ", " + described + ".";
        else if (!sameWord(fit.type, piece.text))
            words += " (the catalog calls it " + quoted(fit.type) + ").";
        else
            words += " of " + m_result.serviceName + ".";
        addPart(ArnPart::Kind::ResourceType, "resource type", piece, std::move(words));
    }

    void addNamePart(const Field& piece, const std::string& placeholder, const Match::Fit& fit)
    {
        std::string label = placeholderWords(placeholder);
        if (const std::size_t withPath = label.rfind(" with path"); withPath != std::string::npos && withPath > 0)
            label.erase(withPath);
        std::string words;
        if (hasWildcard(piece.text) || hasVariable(piece.text))
            words = patternExplanation(piece.text, label) + " ";
        else
            words = "The " + label + ": " + quoted(piece.text) + ". ";
        if (placeholder.size() > 8 && placeholder.compare(placeholder.size() - 8, 8, "WithPath") == 0
            && piece.text.find('/') != std::string_view::npos && !hasWildcard(piece.text))
            words += "The part up to the last `/` is a path, a folder-like prefix that groups names.";
        else if (m_fields[2].text == "s3" && fit.type == "object" && placeholder == "ObjectName")
            words += "Object names (keys) may contain `/`, which the S3 console shows as folders.";
        while (!words.empty() && words.back() == ' ')
            words.pop_back();
        addPart(ArnPart::Kind::ResourceName, label, piece, std::move(words));
    }

    void addPlainResource()
    {
        const Field& field = m_fields[5];
        const std::size_t split = field.text.find_first_of("/:");
        if (split == std::string_view::npos || split == 0) {
            const std::string words = hasWildcard(field.text) || hasVariable(field.text)
                                          ? "The resource, written as a pattern: " + patternExplanation(field.text, "resource")
                                          : "The resource's name: " + quoted(field.text) + ".";
            addPart(ArnPart::Kind::Resource, "resource", field, words);
            return;
        }
        const Field type{field.text.substr(0, split), field.offset};
        const Field id{field.text.substr(split + 1), field.offset + split + 1};
        addPart(ArnPart::Kind::ResourceType, "resource type", type,
                "The kind of resource, as the service names it: " + quoted(type.text) + ".");
        const std::string words = id.text.empty() ? "Missing: the resource's name or ID comes after the "
                                                         + quoted(field.text.substr(split, 1)) + "."
                                  : hasWildcard(id.text) || hasVariable(id.text) ? patternExplanation(id.text, "name")
                                                                                 : "The resource's name, ID or path: "
                                                                                       + quoted(id.text) + ".";
        addPart(ArnPart::Kind::ResourceName, "resource ID or path", id, words);
    }

    void addFacts()
    {
        if (m_fields.size() < 3 || !m_match.service)
            return;
        const std::string_view service = m_fields[2].text;
        if (service == "s3")
            m_result.facts.push_back("S3 bucket and object ARNs carry no region and no account: a bucket name is "
                                     "unique across all of AWS, so the name alone finds it.");
        else if (service == "iam")
            m_result.facts.push_back("IAM is global: users, roles and policies are the same in every region, so IAM "
                                     "ARNs carry no region. They do carry the account.");
        else if (m_match.serviceIsGlobal)
            m_result.facts.push_back(m_result.serviceName
                                     + " is global: its resources are not tied to a region, so its ARNs carry none.");
        if (m_match.fits.empty())
            return;
        const Match::Fit& fit = m_match.fits.front();
        if (service == "s3" && fit.type == "bucket" && !hasWildcard(m_fields[5].text)) {
            const std::string bucket(m_fields[5].text);
            m_result.facts.push_back("This names the bucket itself. Actions on the bucket, like `s3:ListBucket`, need "
                                     "this ARN; actions on the files inside, like `s3:GetObject`, need "
                                     + quoted("arn:" + std::string(m_fields[1].text) + ":s3:::" + bucket + "/*") + ".");
        } else if (service == "s3" && fit.type == "object" && !hasWildcard(m_fields[5].text.substr(0, m_fields[5].text.find('/')))) {
            const std::string bucket(m_fields[5].text.substr(0, m_fields[5].text.find('/')));
            m_result.facts.push_back("This names files (objects) inside the bucket " + quoted(bucket)
                                     + ". Actions on files, like `s3:GetObject`, need this form; `s3:ListBucket` needs "
                                       "the bucket itself, "
                                     + quoted("arn:" + std::string(m_fields[1].text) + ":s3:::" + bucket) + ".");
        }
        if (m_match.fits.size() > 1) {
            std::string list;
            for (std::size_t i = 0; i < m_match.fits.size() && i < 4; ++i)
                list += (i ? ", " : "") + quoted(m_match.fits[i].type);
            if (m_match.fits.size() > 4)
                list += " and " + std::to_string(m_match.fits.size() - 4) + " more";
            m_result.facts.push_back("This ARN fits more than one kind of " + m_result.serviceName + " resource: " + list
                                     + ".");
        }
    }

    std::string_view m_text;
    const Catalog* m_catalog = nullptr;
    std::vector<Field> m_fields;
    Match m_match;
    bool m_regionNeeded = false; // the resource type needs a region the ARN leaves empty
    bool m_regionUnused = false; // the ARN names a region the resource type has no place for
    bool m_accountNeeded = false;
    bool m_accountUnused = false;
    ArnExplanation m_result;
};

} // namespace

std::string regionDisplayName(std::string_view region)
{
    for (const RegionName& entry : kRegions) {
        if (entry.code == region)
            return std::string(entry.name);
    }
    return {};
}

ArnExplanation explainArn(std::string_view text, const Catalog* catalog)
{
    return Explainer(text, catalog).run();
}

} // namespace iam
