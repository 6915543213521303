#include <cstdint>
#include <string>

#include <QTest>

#include "core/catalog/Catalog.h"
#include "core/catalog/EmbeddedCatalog.h"

using namespace iam;

namespace {

// A two-service catalog written by hand, so the format is tested apart from AWS's data.
const std::string kSmallCatalog
    = "# comment\n"
      "iam-studio-catalog\t1\n"
      "source\ttest-data\t1.2.3\n"
      "generated\t2026-01-02\n"
      "counts\t2\t3\t2\t2\n"
      "K\taws:SourceIp\tIPAddress\tg\tWhere the request comes from.\n"
      "K\tdemo:Colour\tString\t\tThe colour.\n"
      "S\tdemo\tDemo Service\n"
      "R\twidget\tarn:${Partition}:demo:${Region}:${Account}:widget/${WidgetId}\t1\n"
      "A\tGetWidget\tR\t0!:1\t1\tdemo:ListWidgets\tReads a widget.\n"
      "A\tListWidgets\tL\t\t\t\tLists widgets.\n"
      "S\tother\tOther Service\n"
      "R\tthing\tarn:${Partition}:other:::${ThingName}|arn:${Partition}:other:::legacy/${ThingName}\t\n"
      "A\tTouch\tW\t0\t\t\t\n";

std::string firstMessage(const CatalogLoadResult& result)
{
    return result.diagnostics.empty() ? std::string() : result.diagnostics.front().message;
}

}  // namespace

class tst_CatalogReader : public QObject {
    Q_OBJECT

private slots:
    void readsEveryRecordKind()
    {
        const CatalogLoadResult result = Catalog::load(kSmallCatalog);
        QVERIFY2(result.catalog, firstMessage(result).c_str());
        const Catalog& catalog = *result.catalog;
        QCOMPARE(catalog.metadata().sourcePackage, std::string("test-data"));
        QCOMPARE(catalog.metadata().sourceVersion, std::string("1.2.3"));
        QCOMPARE(catalog.metadata().generatedOn, std::string("2026-01-02"));
        QCOMPARE(catalog.services().size(), std::size_t(2));
        QCOMPARE(catalog.actionCount(), std::size_t(3));

        const CatalogAction* get = catalog.findAction("demo:getwidget");
        QVERIFY(get);
        QCOMPARE(get->description, std::string_view("Reads a widget."));
        const auto resources = catalog.resourcesOf(*get);
        QCOMPARE(resources.size(), std::size_t(1));
        QVERIFY(resources[0].required);
        QCOMPARE(catalog.conditionKeysOf(resources[0]).front()->name, std::string_view("demo:Colour"));
        QCOMPARE(catalog.dependentActionsOf(*get).size(), std::size_t(1));
        QCOMPARE(catalog.dependentActionsOf(*get).front(), std::string_view("demo:ListWidgets"));

        const CatalogAction* touch = catalog.findAction("other:Touch");
        QVERIFY(touch);
        QVERIFY(touch->accessLevel == AccessLevel::Write);
        const CatalogResourceType& thing = catalog.resourceTypeOf(catalog.resourcesOf(*touch)[0]);
        QCOMPARE(catalog.arnTemplatesOf(thing).size(), std::size_t(2));
        QVERIFY(catalog.arnFits("arn:aws:other:::legacy/x", thing));
        QCOMPARE(catalog.globalConditionKeys().size(), std::size_t(1));
    }

    void malformedInputIsReportedNotCrashed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray small = QByteArray::fromStdString(kSmallCatalog);
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("only comments") << QByteArray("# nothing here\n");
        QTest::newRow("not a catalog") << QByteArray("{\"services\": []}\n");
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe\x01\x02\n\t\t\t", 9);
        QTest::newRow("newer format") << QByteArray("iam-studio-catalog\t2\nsource\tx\t1\nS\ta\tA\n");
        QTest::newRow("no source line") << QByteArray("iam-studio-catalog\t1\nS\ta\tA\n");
        QTest::newRow("no services") << QByteArray("iam-studio-catalog\t1\nsource\tx\t1\n");
        QTest::newRow("unknown record") << QByteArray(small + "Z\twhat\n");
        QTest::newRow("action before service")
            << QByteArray("iam-studio-catalog\t1\nsource\tx\t1\nA\tGo\tR\t\t\t\t\nS\ta\tA\n");
        QTest::newRow("key index out of range") << QByteArray(small + "A\tZap\tW\t\t99\t\t\n");
        QTest::newRow("resource index out of range") << QByteArray(small + "A\tZap\tW\t7!\t\t\t\n");
        QTest::newRow("negative index") << QByteArray(small + "A\tZap\tW\t-1\t\t\t\n");
        QTest::newRow("bad access level") << QByteArray(small + "A\tZap\tX\t\t\t\t\n");
        QTest::newRow("too few fields") << QByteArray(small + "A\tZap\tW\n");
        QTest::newRow("actions out of order") << QByteArray(small + "A\tAaa\tW\t\t\t\t\n");
        QTest::newRow("services out of order") << QByteArray(small + "S\tabc\tABC\n");
        QTest::newRow("key after services") << QByteArray(small + "K\tzz:Late\tString\t\t\n");
        QTest::newRow("key without prefix")
            << QByteArray("iam-studio-catalog\t1\nsource\tx\t1\nK\tplain\tString\t\t\n");
        QTest::newRow("huge counts") << QByteArray("iam-studio-catalog\t1\nsource\tx\t1\ncounts\t4294967295\t4294967295"
                                                   "\t4294967295\t4294967295\nS\ta\tA\nX\n");
        QTest::newRow("truncated built-in")
            << QByteArray(embeddedCatalogBytes().data(), static_cast<int>(embeddedCatalogBytes().size() / 2))
                   + "\nA\tbroken";
    }

    void malformedInputIsReportedNotCrashed()
    {
        QFETCH(QByteArray, bytes);
        const CatalogLoadResult result = Catalog::load(std::string_view(bytes.constData(), bytes.size()));
        QVERIFY(!result.catalog);
        QVERIFY(!result.diagnostics.empty());
        for (const auto& diagnostic : result.diagnostics) {
            QCOMPARE(diagnostic.code, std::string("CATALOG_MALFORMED"));
            QVERIFY(diagnostic.isError());
            QVERIFY(!diagnostic.message.empty());
            QVERIFY(!diagnostic.help.empty());
        }
    }

    void problemsNameTheirLine()
    {
        const CatalogLoadResult result = Catalog::load(kSmallCatalog + "Z\twhat\n");
        QCOMPARE(result.diagnostics.size(), std::size_t(1));
        QCOMPARE(result.diagnostics.front().span.line, 15);
        QVERIFY(result.diagnostics.front().message.find("line 15") != std::string::npos);
    }

    void manyProblemsAreSummarised()
    {
        std::string bytes = kSmallCatalog;
        for (int i = 0; i < 50; ++i)
            bytes += "Z\tjunk\n";
        const CatalogLoadResult result = Catalog::load(bytes);
        QCOMPARE(result.diagnostics.size(), std::size_t(11));
        QCOMPARE(result.diagnostics.back().message, std::string("and 40 more problems"));
    }

    void loadedCatalogOwnsItsBytes()
    {
        std::optional<Catalog> catalog;
        {
            std::string bytes = kSmallCatalog;
            catalog = Catalog::load(bytes).catalog;
            bytes.assign(bytes.size(), 'x');
        }
        QVERIFY(catalog);
        QVERIFY(catalog->findAction("demo:GetWidget"));
        QCOMPARE(catalog->findService("demo")->name, std::string_view("Demo Service"));
    }

    void damagedCatalogsNeverCrash()
    {
        // Deterministic damage (a fixed-seed generator): flip, drop and duplicate bytes of a valid
        // catalog. Every outcome is fine except a crash or a catalog with no explanation.
        std::uint32_t seed = 12345;
        auto next = [&seed] {
            seed = seed * 1664525u + 1013904223u;
            return seed >> 8;
        };
        const char alphabet[] = "\t\n!:;,|0123456789-AKRSWLPTx";
        for (int round = 0; round < 3000; ++round) {
            std::string bytes = kSmallCatalog;
            const int edits = 1 + static_cast<int>(next() % 4);
            for (int edit = 0; edit < edits && !bytes.empty(); ++edit) {
                const std::size_t at = next() % bytes.size();
                switch (next() % 3) {
                case 0:
                    bytes[at] = alphabet[next() % (sizeof(alphabet) - 1)];
                    break;
                case 1:
                    bytes.erase(at, 1 + next() % 8);
                    break;
                default:
                    bytes.insert(at, bytes.substr(at, 1 + next() % 8));
                    break;
                }
            }
            const CatalogLoadResult result = Catalog::load(bytes);
            QVERIFY(result.catalog.has_value() != !result.diagnostics.empty());
            if (result.catalog) {
                // Whatever loaded must answer questions without faulting.
                for (const auto& service : result.catalog->services()) {
                    for (const auto& action : result.catalog->actionsOf(service)) {
                        (void)result.catalog->conditionKeysOf(action);
                        for (const auto& resource : result.catalog->resourcesOf(action))
                            (void)result.catalog->arnFits("arn:aws:demo:::x", result.catalog->resourceTypeOf(resource));
                    }
                }
            }
        }
    }

    void windowsLineEndingsAreAccepted()
    {
        std::string crlf;
        for (const char c : kSmallCatalog) {
            if (c == '\n')
                crlf += '\r';
            crlf += c;
        }
        const CatalogLoadResult result = Catalog::load(crlf);
        QVERIFY2(result.catalog, firstMessage(result).c_str());
        QCOMPARE(result.catalog->findAction("other:Touch")->description, std::string_view(""));
    }
};

QTEST_APPLESS_MAIN(tst_CatalogReader)
#include "tst_CatalogReader.moc"
