#include "core/managed/ManagedBundleReader.h"

#include <algorithm>
#include <string>

#include "core/catalog/AsciiCase.h"
#include "core/catalog/TabFields.h"
#include "core/managed/ManagedChunkCache.h"
#include "core/managed/ManagedPolicyLibrary.h"
#include "core/managed/ZlibInflate.h"

namespace iam {
namespace {

constexpr int kFormatVersion = 1;
constexpr std::string_view kMagic = "iam-studio-managed-policies";
constexpr std::size_t kMaxReportedProblems = 10;
// No block of a real bundle comes near this; a damaged header must not make us allocate gigabytes.
constexpr std::size_t kMaxInflatedBlock = 64u * 1024u * 1024u;
constexpr std::size_t kIndexFields = 9;

class Reader {
public:
    explicit Reader(std::vector<Diagnostic>& diagnostics)
        : m_diagnostics(diagnostics)
    {
    }

    bool run(std::string_view bytes, ManagedPolicyMetadata& metadata, std::vector<ManagedChunkCache::Block>& chunks,
        std::shared_ptr<const std::string>& index, std::vector<ManagedPolicy>& policies)
    {
        std::size_t offset = 0;
        if (!readHeader(bytes, offset, metadata))
            return false;
        std::size_t announced = 0;
        for (const std::size_t size : m_compressedSizes)
            announced += size;
        const std::size_t rest = bytes.size() - offset;
        if (announced > rest) {
            problem("the managed policy bundle is cut short: its header announces " + std::to_string(announced)
                + " bytes of data, the file has " + std::to_string(rest));
            return false;
        }
        if (announced < rest) {
            problem("the managed policy bundle has " + std::to_string(rest - announced)
                + " bytes more than its header announces");
            return false;
        }
        // The blocks follow the header in the order it lists them: the index, then the chunks.
        std::vector<ManagedChunkCache::Block> blocks;
        for (std::size_t i = 0; i < m_compressedSizes.size(); ++i) {
            blocks.push_back({ bytes.substr(offset, m_compressedSizes[i]), m_inflatedSizes[i] });
            offset += m_compressedSizes[i];
        }
        const ManagedChunkCache::Block indexBlock = blocks.front();
        m_chunks.assign(blocks.begin() + 1, blocks.end());
        auto indexText = std::make_shared<std::string>();
        if (!inflateZlib(indexBlock.compressed, indexBlock.inflatedSize, *indexText)) {
            problem("the index of the managed policy bundle is damaged (it does not inflate to the announced "
                    "size or its checksum is wrong)");
            return false;
        }
        index = indexText;
        m_lineNumber = 0;
        if (!readIndex(*index, policies))
            return false;
        chunks = std::move(m_chunks);
        return true;
    }

private:
    void problem(std::string message)
    {
        ++m_problems;
        if (m_problems > kMaxReportedProblems)
            return;
        Diagnostic diagnostic;
        diagnostic.code = "MANAGED_POLICIES_MALFORMED";
        diagnostic.severity = Severity::Error;
        diagnostic.message = std::move(message);
        diagnostic.help = "regenerate the bundle with `scripts/update-managed-policies`";
        diagnostic.span.line = m_lineNumber;
        diagnostic.span.column = m_lineNumber > 0 ? 1 : 0;
        m_diagnostics.push_back(std::move(diagnostic));
    }

    void reportOverflow()
    {
        if (m_problems > kMaxReportedProblems) {
            m_lineNumber = 0;
            const std::size_t more = m_problems - kMaxReportedProblems;
            m_problems = kMaxReportedProblems;
            problem("and " + std::to_string(more) + " more problems like these");
        }
    }

    std::optional<std::string_view> nextHeaderLine(std::string_view bytes, std::size_t& offset)
    {
        const std::size_t end = bytes.find('\n', offset);
        if (end == std::string_view::npos)
            return std::nullopt;
        const std::string_view line = bytes.substr(offset, end - offset);
        offset = end + 1;
        ++m_lineNumber;
        return line;
    }

    // `NAME compressed inflated`: the sizes of one block; its bytes are located once the header ends.
    bool readBlockSizes(const std::string_view* fields)
    {
        std::size_t compressed = 0;
        std::size_t inflated = 0;
        if (!parseNumber(fields[1], compressed) || !parseNumber(fields[2], inflated) || compressed == 0
            || compressed > kMaxInflatedBlock || inflated > kMaxInflatedBlock) {
            problem("a block size in the header of the managed policy bundle is not a number in range");
            return false;
        }
        m_compressedSizes.push_back(compressed);
        m_inflatedSizes.push_back(inflated);
        return true;
    }

    bool readHeader(std::string_view bytes, std::size_t& offset, ManagedPolicyMetadata& metadata)
    {
        const auto first = nextHeaderLine(bytes, offset);
        std::string_view fields[4];
        if (!first || splitFields(*first, fields, 4) != 2 || fields[0] != kMagic) {
            m_lineNumber = first ? m_lineNumber : 0;
            problem("this is not an IAM Studio managed policy bundle (it does not start with `" + std::string(kMagic)
                + "`)");
            return false;
        }
        int version = 0;
        if (!parseNumber(fields[1], version) || version != kFormatVersion) {
            problem("the managed policy bundle has format version `" + std::string(fields[1])
                + "`, this program reads version `" + std::to_string(kFormatVersion) + "`");
            return false;
        }
        metadata.formatVersion = version;
        std::size_t count = 0;
        bool sawSource = false;
        bool sawCount = false;
        bool sawIndex = false;
        while (true) {
            const auto line = nextHeaderLine(bytes, offset);
            if (!line) {
                problem("the header of the managed policy bundle never ends (no `end` line)");
                return false;
            }
            if (*line == "end")
                break;
            const std::size_t fieldCount = splitFields(*line, fields, 4);
            if (fields[0] == "source" && fieldCount == 3) {
                metadata.sourcePackage = std::string(fields[1]);
                metadata.sourceVersion = std::string(fields[2]);
                sawSource = true;
            } else if (fields[0] == "generated" && fieldCount == 2) {
                metadata.generatedOn = std::string(fields[1]);
            } else if (fields[0] == "count" && fieldCount == 2 && parseNumber(fields[1], count)) {
                sawCount = true;
            } else if (fields[0] == "index" && fieldCount == 3 && !sawIndex) {
                if (!readBlockSizes(fields))
                    return false;
                sawIndex = true;
            } else if (fields[0] == "chunk" && fieldCount == 3 && sawIndex) {
                if (!readBlockSizes(fields))
                    return false;
            } else {
                problem("unexpected line `" + std::string(line->substr(0, 40))
                    + "` in the header of the managed policy bundle");
                return false;
            }
        }
        if (!sawSource || !sawCount || !sawIndex) {
            problem("the header of the managed policy bundle lacks its `source`, `count` or `index` line");
            return false;
        }
        m_expectedCount = count;
        metadata.byteSize = bytes.size();
        return true;
    }

    bool readIndex(std::string_view text, std::vector<ManagedPolicy>& policies)
    {
        // The count comes from the file: trust it only as far as the index text could hold that many lines.
        policies.reserve(std::min(m_expectedCount, text.size() / kIndexFields));
        std::size_t offset = 0;
        while (offset < text.size()) {
            std::size_t end = text.find('\n', offset);
            if (end == std::string_view::npos)
                end = text.size();
            const std::string_view line = text.substr(offset, end - offset);
            offset = end + 1;
            ++m_lineNumber;
            readPolicy(line, policies);
        }
        if (m_problems == 0 && policies.size() != m_expectedCount) {
            m_lineNumber = 0;
            problem("the managed policy bundle announces " + std::to_string(m_expectedCount) + " policies but lists "
                + std::to_string(policies.size()));
        }
        reportOverflow();
        return m_problems == 0;
    }

    void readPolicy(std::string_view line, std::vector<ManagedPolicy>& policies)
    {
        std::string_view fields[kIndexFields];
        if (splitFields(line, fields, kIndexFields) != kIndexFields) {
            problem("index line " + std::to_string(m_lineNumber) + " of the managed policy bundle has too few fields");
            return;
        }
        ManagedPolicy policy;
        policy.name = fields[0];
        policy.arn = fields[1];
        policy.path = fields[2];
        policy.versionId = fields[3];
        policy.updatedOn = fields[4];
        policy.description = fields[8];
        if (policy.name.empty() || policy.arn.empty() || policy.path.empty()) {
            problem("index line " + std::to_string(m_lineNumber) + " of the managed policy bundle lacks a name, ARN "
                + "or path");
            return;
        }
        if (!parseNumber(fields[5], policy.chunk) || !parseNumber(fields[6], policy.offset)
            || !parseNumber(fields[7], policy.length) || policy.chunk >= m_chunks.size()
            || std::size_t(policy.offset) + policy.length > m_chunks[policy.chunk].inflatedSize) {
            problem("the document of `" + std::string(policy.name) + "` lies outside the managed policy bundle");
            return;
        }
        // find() is a binary search: the order is part of the format.
        if (!policies.empty() && compareIgnoreCase(policies.back().name, policy.name) >= 0) {
            problem("`" + std::string(policy.name) + "` is out of order or repeated in the managed policy bundle");
            return;
        }
        policies.push_back(policy);
    }

    std::vector<Diagnostic>& m_diagnostics;
    std::size_t m_problems = 0;
    std::size_t m_lineNumber = 0;
    std::size_t m_expectedCount = 0;
    std::vector<std::size_t> m_compressedSizes; // the index's, then each chunk's, in header order
    std::vector<std::size_t> m_inflatedSizes;
    std::vector<ManagedChunkCache::Block> m_chunks;
};

} // namespace

bool ManagedBundleReader::read(
    std::string_view bytes, ManagedPolicyLibrary& library, std::vector<Diagnostic>& diagnostics)
{
    std::vector<ManagedChunkCache::Block> chunks;
    std::shared_ptr<const std::string> index;
    std::vector<ManagedPolicy> policies;
    ManagedPolicyMetadata metadata;
    Reader reader(diagnostics);
    if (!reader.run(bytes, metadata, chunks, index, policies))
        return false;
    library.m_metadata = std::move(metadata);
    library.m_index = std::move(index);
    library.m_chunks = std::make_shared<const ManagedChunkCache>(std::move(chunks));
    library.m_policies = std::move(policies);
    library.m_foldedNames.clear();
    library.m_foldedNames.reserve(library.m_policies.size());
    for (const auto& policy : library.m_policies)
        library.m_foldedNames.push_back(toLowerAscii(policy.name));
    return true;
}

} // namespace iam
