#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Runs the installed shape of the app: `iam-studio --screenshot` is what the README and reviews use.
class tst_GuiApp final : public QObject {
    Q_OBJECT

private:
    static QProcess* run(const QStringList& arguments, const QTemporaryDir& home)
    {
        auto* process = new QProcess;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        // The app keeps settings; give it a home of its own so the user's stay untouched.
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
        environment.insert(QStringLiteral("HOME"), home.path());
        process->setProcessEnvironment(environment);
        process->start(QStringLiteral(IAM_GUI_EXECUTABLE), arguments);
        process->waitForFinished(60000);
        return process;
    }

private slots:
    void screenshotWritesA1280By800Png()
    {
        QTemporaryDir home;
        const QString policy = home.filePath(QStringLiteral("policy.json"));
        QFile file(policy);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": {\"Effect\": \"Allow\", "
                   "\"Action\": \"s3:GetObject\", \"Resource\": \"*\"}\n}\n");
        file.close();
        const QString out = QStringLiteral(IAM_SCREENSHOT_DIR "/app-build-dark.png");
        QFile::remove(out);
        std::unique_ptr<QProcess> process(run({policy, QStringLiteral("--page"), QStringLiteral("build"),
                                               QStringLiteral("--theme"), QStringLiteral("dark"),
                                               QStringLiteral("--screenshot"), out},
                                              home));
        QCOMPARE(process->exitStatus(), QProcess::NormalExit);
        QCOMPARE(process->exitCode(), 0);
        const QImage image(out, "PNG");
        QCOMPARE(image.size(), QSize(1280, 800));
        // Dark theme: the page background is dark.
        QVERIFY(QColor(image.pixel(1200, 700)).lightnessF() < 0.3);
    }

    void unwritableScreenshotExitsWithTwo()
    {
        QTemporaryDir home;
        std::unique_ptr<QProcess> process(
            run({QStringLiteral("--screenshot"), QStringLiteral("/nonexistent-dir/shot.png")}, home));
        QCOMPARE(process->exitCode(), 2);
        QVERIFY(process->readAllStandardError().contains("could not write the screenshot"));
    }

    void badPageExitsWithTwoAndSaysWhy()
    {
        QTemporaryDir home;
        std::unique_ptr<QProcess> process(run({QStringLiteral("--page"), QStringLiteral("settings")}, home));
        QCOMPARE(process->exitCode(), 2);
        QVERIFY(process->readAllStandardError().contains("unknown page `settings`"));
    }
};

QTEST_GUILESS_MAIN(tst_GuiApp)
#include "tst_GuiApp.moc"
