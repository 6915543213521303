#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include "../UiTestSupport.h"
#include "ui/learn/ArnDissector.h"
#include "ui/learn/ArnPartsStrip.h"
#include "ui/learn/LessonText.h"
#include "ui/shell/ThemeManager.h"

using namespace iam::ui;

class tst_ArnDissector final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        useTestSettings(QStringLiteral("tst_ArnDissector"));
    }

    void init()
    {
        m_dissector = std::make_unique<ArnDissector>();
        m_dissector->resize(820, 700);
        m_dissector->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dissector.get()));
    }

    void cleanup()
    {
        m_dissector.reset();
    }

    // What the reader sees after typing an ARN key by key: the parts listed by name, and the words that
    // explain the one thing a beginner must learn from it (or what is wrong, with where).
    void typingShowsEachPart_data()
    {
        QTest::addColumn<QString>("arn");
        QTest::addColumn<QStringList>("labels"); // the part names shown, in order
        QTest::addColumn<QString>("verdict"); // the first line
        QTest::addColumn<QString>("says");

        const QString ok = QStringLiteral("✔ A well-formed ARN.");
        const QString invalid = QStringLiteral("✖ Not a valid ARN yet");
        const QString doubtful = QStringLiteral("⚠ Well-formed, but probably not the resource you mean");
        const QStringList head{QStringLiteral("prefix"), QStringLiteral("partition"), QStringLiteral("service"),
                               QStringLiteral("region"), QStringLiteral("account")};
        auto row = [&](const char* name, const char* arn, const QStringList& rest, const QString& verdict,
                       const char* says) {
            QStringList labels = rest.isEmpty() || rest.first() != QLatin1String("-") ? head + rest : QStringList();
            if (!rest.isEmpty() && rest.first() == QLatin1String("-"))
                labels = rest.mid(1);
            QTest::newRow(name) << QString::fromUtf8(arn) << labels << verdict << QString::fromUtf8(says);
        };
        const QStringList typeAnd = {QStringLiteral("resource type")};
        row("s3 bucket", "arn:aws:s3:::reports", {QStringLiteral("bucket name")}, ok,
            "bucket names are unique across all of AWS");
        row("s3 object", "arn:aws:s3:::reports/2026/q1.csv", {QStringLiteral("bucket name"), QStringLiteral("object name")},
            ok, "s3:ListBucket needs the bucket itself");
        row("s3 objects", "arn:aws:s3:::reports/*", {QStringLiteral("bucket name"), QStringLiteral("object name")}, ok,
            "* stands for any object name");
        row("s3 all", "arn:aws:s3:::*", {QStringLiteral("resource")}, ok, "every resource of this service");
        row("s3 variable", "arn:aws:s3:::home/${aws:username}/*",
            {QStringLiteral("bucket name"), QStringLiteral("object name")}, ok, "policy variable");
        row("iam role", "arn:aws:iam::123456789012:role/deploy", typeAnd + QStringList{QStringLiteral("role name")}, ok,
            "IAM is global");
        row("iam user path", "arn:aws:iam::123456789012:user/team/alice", typeAnd + QStringList{QStringLiteral("user name")},
            ok, "is a path");
        row("iam group", "arn:aws:iam::123456789012:group/Developers", typeAnd + QStringList{QStringLiteral("group name")},
            ok, "users who share the same permissions");
        row("managed policy", "arn:aws:iam::aws:policy/AdministratorAccess",
            typeAnd + QStringList{QStringLiteral("policy name")}, ok, "AWS itself owns this");
        row("account root", "arn:aws:iam::123456789012:root", typeAnd, ok, "the account itself");
        row("session", "arn:aws:sts::123456789012:assumed-role/deploy/ci-run",
            typeAnd + QStringList{QStringLiteral("role name"), QStringLiteral("role session name")}, ok,
            "one session of a role");
        row("lambda", "arn:aws:lambda:eu-central-1:123456789012:function:resize",
            typeAnd + QStringList{QStringLiteral("function name")}, ok, "Europe (Frankfurt)");
        row("dynamodb", "arn:aws:dynamodb:us-east-2:123456789012:table/Orders",
            typeAnd + QStringList{QStringLiteral("table name")}, ok, "US East (Ohio)");
        row("bedrock", "arn:aws:bedrock:us-west-2::foundation-model/anthropic.claude-*",
            typeAnd + QStringList{QStringLiteral("resource ID")}, ok, "starts with anthropic.claude-");
        row("ec2", "arn:aws:ec2:ap-southeast-2:123456789012:instance/i-0abc",
            typeAnd + QStringList{QStringLiteral("instance ID")}, ok, "Asia Pacific (Sydney)");
        row("sns", "arn:aws:sns:us-east-1:123456789012:alerts", {QStringLiteral("topic name")}, ok, "The topic name");
        row("logs", "arn:aws:logs:*:*:*", {QStringLiteral("resource")}, ok, "* stands for any region");
        row("govcloud", "arn:aws-us-gov:s3:::gov-bucket", {QStringLiteral("bucket name")}, ok, "AWS GovCloud (US)");
        row("secret", "arn:aws:secretsmanager:us-east-1:123456789012:secret:db-password-AbCdEf",
            typeAnd + QStringList{QStringLiteral("secret ID")}, ok, "a secret kept by Secrets Manager");
        row("kms key", "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
            typeAnd + QStringList{QStringLiteral("key ID")}, ok, "an encryption key in KMS");

        // Malformed or doubtful: said in plain words, with the character where it goes wrong.
        row("s3 with region", "arn:aws:s3:eu-west-1::reports", {QStringLiteral("bucket name")}, doubtful,
            "At character 12: s3 bucket ARNs name no region, but this one names eu-west-1.");
        row("s3 with account", "arn:aws:s3::123456789012:reports", {QStringLiteral("bucket name")}, doubtful,
            "Leave the account empty: arn:aws:s3:::reports.");
        row("iam with region", "arn:aws:iam:us-east-1:123456789012:role/deploy",
            typeAnd + QStringList{QStringLiteral("role name")}, doubtful, "IAM is global; leave the region empty");
        row("iam no account", "arn:aws:iam:::user/alice", typeAnd + QStringList{QStringLiteral("user name")}, doubtful,
            "need the account ID");
        row("lambda no region", "arn:aws:lambda::123456789012:function:resize",
            typeAnd + QStringList{QStringLiteral("function name")}, doubtful, "need a region");
        row("roles plural", "arn:aws:iam::123456789012:roles/deploy",
            typeAnd + QStringList{QStringLiteral("resource ID or path")}, doubtful, "Did you mean a role?");
        row("unknown service", "arn:aws:s4:::reports", {QStringLiteral("resource")}, doubtful, "Did you mean s3?");
        row("short account", "arn:aws:iam::1234:user/bob", typeAnd + QStringList{QStringLiteral("user name")}, invalid,
            "At character 14: 1234 is not a 12-digit account ID.");
        row("bad partition", "arn:amazon:s3:::x", {QStringLiteral("bucket name")}, invalid,
            "At character 5: amazon is not an AWS partition.");
        row("bad region", "arn:aws:dynamodb:east:123456789012:table/Orders",
            typeAnd + QStringList{QStringLiteral("table name")}, invalid, "east is not a region");
        row("capital prefix", "ARN:aws:s3:::x", {QStringLiteral("-")}, invalid, "Write arn: in lowercase.");
        row("an s3 url", "s3://reports/q1.csv", {QStringLiteral("-")}, invalid, "does not start with arn:");
        row("half typed", "arn:aws:iam:::", {QStringLiteral("-"), QStringLiteral("prefix"), QStringLiteral("partition"),
                                            QStringLiteral("service"), QStringLiteral("region"), QStringLiteral("account"),
                                            QStringLiteral("resource")},
            invalid, "The ARN names no resource.");
        row("too few parts", "arn:aws:s3:my-bucket", {QStringLiteral("-"), QStringLiteral("prefix"),
                                                     QStringLiteral("partition"), QStringLiteral("service"),
                                                     QStringLiteral("region")},
            invalid, "has 4 of the 6 parts an ARN needs");
    }

    void typingShowsEachPart()
    {
        QFETCH(QString, arn);
        QFETCH(QStringList, labels);
        QFETCH(QString, verdict);
        QFETCH(QString, says);

        QLineEdit* input = child<QLineEdit>(*m_dissector, "arnInput");
        input->clear();
        input->setFocus();
        QTest::keyClicks(input, arn);
        QCOMPARE(m_dissector->arn(), arn);

        QStringList shown;
        for (const QString& row : m_dissector->partRows())
            shown << row.section(QStringLiteral(": "), 0, 0);
        QCOMPARE(shown, labels);
        const QString text = m_dissector->visibleText();
        QVERIFY2(text.startsWith(verdict), qPrintable(text));
        QVERIFY2(text.contains(says), qPrintable(text));
        // The drawing has one box per part, and every box has a place on screen.
        ArnPartsStrip* strip = m_dissector->strip();
        QCOMPARE(strip->segmentCount(), labels.size());
        for (int i = 0; i < strip->segmentCount(); ++i)
            QVERIFY(strip->rect().contains(strip->segmentRect(i)));
    }

    void clickingABoxFlashesItsRow()
    {
        m_dissector->setArn(QStringLiteral("arn:aws:iam::123456789012:role/deploy"));
        ArnPartsStrip* strip = m_dissector->strip();
        QTest::mouseClick(strip, Qt::LeftButton, {}, strip->segmentRect(3).center()); // the region
        QCOMPARE(m_dissector->highlightedRow(), 3);
        QVERIFY2(m_dissector->partRows().at(3).startsWith(QStringLiteral("region: (empty) — Empty, as it should be: IAM is global")),
                 qPrintable(m_dissector->partRows().at(3)));
    }

    void examplesFillTheInput()
    {
        m_dissector->setExamples({{QStringLiteral("arn:aws:lambda:us-east-1:123456789012:function:resize"),
                                   QStringLiteral("A Lambda function")}});
        auto* button = m_dissector->findChild<QPushButton*>(QStringLiteral("arnExample"));
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(m_dissector->arn(), QStringLiteral("arn:aws:lambda:us-east-1:123456789012:function:resize"));
        QVERIFY(m_dissector->partRows().last().startsWith(QStringLiteral("function name: resize")));
    }

    void emptyInputInvitesTyping()
    {
        child<QLineEdit>(*m_dissector, "arnInput")->clear();
        QVERIFY(m_dissector->visibleText().startsWith(QStringLiteral("Type an ARN above")));
        QVERIFY(m_dissector->partRows().isEmpty());
    }

    void screenshots()
    {
        ThemeManager themes;
        m_dissector->setExamples({{QStringLiteral("arn:aws:s3:::reports/2026/q1.csv"), QStringLiteral("an S3 object")},
                                  {QStringLiteral("arn:aws:iam::123456789012:role/deploy"), QStringLiteral("an IAM role")},
                                  {QStringLiteral("arn:aws:s3:us-east-1::reports"), QStringLiteral("a mistake")}});
        for (Theme theme : {Theme::Light, Theme::Dark}) {
            themes.setTheme(theme);
            const QString key = ThemeManager::themeKey(theme);
            m_dissector->resize(860, 900);
            m_dissector->setArn(QStringLiteral("arn:aws:s3:::reports/2026/q1.csv"));
            QApplication::processEvents();
            QVERIFY(m_dissector->grab().save(screenshotPath(QStringLiteral("learn-%1-arn-dissector").arg(key))));
            m_dissector->setArn(QStringLiteral("arn:aws:s3:us-east-1::reports"));
            QApplication::processEvents();
            QVERIFY(m_dissector->grab().save(screenshotPath(QStringLiteral("learn-%1-arn-dissector-mistake").arg(key))));
        }
        themes.setTheme(Theme::Light);
    }

private:
    std::unique_ptr<ArnDissector> m_dissector;
};

QTEST_MAIN(tst_ArnDissector)
#include "tst_ArnDissector.moc"
