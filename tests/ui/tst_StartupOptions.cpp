#include <QTest>

#include "ui/shell/StartupOptions.h"

using iam::ui::PageId;
using iam::ui::StartupOptions;
using iam::ui::Theme;

namespace {

StartupOptions parsed(QStringList arguments, bool expectOk = true)
{
    arguments.prepend(QStringLiteral("iam-studio"));
    StartupOptions options;
    const bool ok = options.parse(arguments);
    if (ok != expectOk)
        qWarning() << "parse" << arguments << "gave" << ok << options.errorText();
    return options;
}

}  // namespace

class tst_StartupOptions final : public QObject {
    Q_OBJECT

private slots:
    void nothingGivenMeansDefaults()
    {
        const StartupOptions options = parsed({});
        QVERIFY(options.file().isEmpty());
        QVERIFY(!options.page());
        QVERIFY(!options.theme());
        QVERIFY(options.screenshotPath().isEmpty());
    }

    void readsEveryOption()
    {
        const StartupOptions options = parsed({QStringLiteral("policy.json"), QStringLiteral("--page"),
                                               QStringLiteral("simulate"), QStringLiteral("--theme=dark"),
                                               QStringLiteral("--screenshot"), QStringLiteral("out.png")});
        QCOMPARE(options.file(), QStringLiteral("policy.json"));
        QCOMPARE(options.page(), std::optional(PageId::Simulate));
        QCOMPARE(options.theme(), std::optional(Theme::Dark));
        QCOMPARE(options.screenshotPath(), QStringLiteral("out.png"));
    }

    void acceptsEveryPage_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<PageId>("page");
        QTest::newRow("learn") << QStringLiteral("learn") << PageId::Learn;
        QTest::newRow("build") << QStringLiteral("build") << PageId::Build;
        QTest::newRow("simulate") << QStringLiteral("simulate") << PageId::Simulate;
        QTest::newRow("scenarios") << QStringLiteral("scenarios") << PageId::Scenarios;
        QTest::newRow("quiz") << QStringLiteral("quiz") << PageId::Quiz;
        QTest::newRow("any case") << QStringLiteral("Quiz") << PageId::Quiz;
    }

    void acceptsEveryPage()
    {
        QFETCH(QString, key);
        QFETCH(PageId, page);
        QCOMPARE(parsed({QStringLiteral("--page"), key}).page(), std::optional(page));
    }

    void acceptsBothThemes()
    {
        QCOMPARE(parsed({QStringLiteral("--theme"), QStringLiteral("light")}).theme(), std::optional(Theme::Light));
        QCOMPARE(parsed({QStringLiteral("--theme"), QStringLiteral("dark")}).theme(), std::optional(Theme::Dark));
    }

    void rejectsAnUnknownPageAndNamesTheChoices()
    {
        StartupOptions options;
        QVERIFY(!options.parse({QStringLiteral("iam-studio"), QStringLiteral("--page"), QStringLiteral("settings")}));
        QCOMPARE(options.errorText(),
                 QStringLiteral("unknown page `settings`: choose one of learn|build|simulate|scenarios|quiz"));
    }

    void rejectsBadValues_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("error");
        QTest::newRow("theme") << QStringList{QStringLiteral("--theme"), QStringLiteral("blue")}
                               << QStringLiteral("unknown theme `blue`");
        QTest::newRow("system is the default, not an option")
            << QStringList{QStringLiteral("--theme"), QStringLiteral("system")} << QStringLiteral("unknown theme");
        QTest::newRow("page without value") << QStringList{QStringLiteral("--page")} << QStringLiteral("page");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--colour")} << QStringLiteral("colour");
        QTest::newRow("two files") << QStringList{QStringLiteral("a.json"), QStringLiteral("b.json")}
                                   << QStringLiteral("one file at a time");
    }

    void rejectsBadValues()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, error);
        arguments.prepend(QStringLiteral("iam-studio"));
        StartupOptions options;
        QVERIFY(!options.parse(arguments));
        QVERIFY2(options.errorText().contains(error), qPrintable(options.errorText()));
    }

    void helpMentionsEveryOption()
    {
        const StartupOptions options = parsed({QStringLiteral("--help")});
        QVERIFY(options.helpRequested());
        for (const char* word : {"--page", "--theme", "--screenshot", "FILE"})
            QVERIFY2(options.helpText().contains(QLatin1String(word)), word);
    }
};

QTEST_GUILESS_MAIN(tst_StartupOptions)
#include "tst_StartupOptions.moc"
