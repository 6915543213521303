#include <QTest>

#include "core/catalog/ArnTemplate.h"

using namespace iam;

class tst_ArnTemplate : public QObject {
    Q_OBJECT

private slots:
    void fits_data()
    {
        QTest::addColumn<QString>("templateText");
        QTest::addColumn<QString>("arn");
        QTest::addColumn<bool>("fits");

        const QString bucket = QStringLiteral("arn:${Partition}:s3:::${BucketName}");
        const QString object = QStringLiteral("arn:${Partition}:s3:::${BucketName}/${ObjectName}");
        const QString role = QStringLiteral("arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}");
        const QString function
            = QStringLiteral("arn:${Partition}:lambda:${Region}:${Account}:function:${FunctionName}");
        const QString queue = QStringLiteral("arn:${Partition}:sqs:${Region}:${Account}:${QueueName}");
        const QString apiPath = QStringLiteral("arn:${Partition}:apigateway:${Region}::${ApiGatewayResourcePath}");

        QTest::newRow("bucket: a bucket") << bucket << "arn:aws:s3:::finance-reports" << true;
        QTest::newRow("bucket: objects in it") << bucket << "arn:aws:s3:::finance-reports/*" << false;
        QTest::newRow("bucket: one object") << bucket << "arn:aws:s3:::finance-reports/q1.csv" << false;
        QTest::newRow("bucket: any bucket") << bucket << "arn:aws:s3:::*" << true;
        QTest::newRow("bucket: everything") << bucket << "*" << true;
        QTest::newRow("bucket: other partition") << bucket << "arn:aws-cn:s3:::reports" << true;
        QTest::newRow("bucket: another service") << bucket << "arn:aws:sqs:::reports" << false;
        QTest::newRow("bucket: with a region") << bucket << "arn:aws:s3:us-east-1::reports" << false;
        QTest::newRow("bucket: empty name") << bucket << "arn:aws:s3:::" << false;

        QTest::newRow("object: all objects") << object << "arn:aws:s3:::finance-reports/*" << true;
        QTest::newRow("object: nested key") << object << "arn:aws:s3:::finance-reports/2026/q1.csv" << true;
        QTest::newRow("object: the bucket itself") << object << "arn:aws:s3:::finance-reports" << false;
        QTest::newRow("object: any bucket, any object") << object << "arn:aws:s3:::*" << true;
        QTest::newRow("object: bucket prefix wildcard") << object << "arn:aws:s3:::finance-*" << true;
        QTest::newRow("object: user's folder") << object << "arn:aws:s3:::home/${aws:username}/*" << true;
        QTest::newRow("object: one character wildcard") << object << "arn:aws:s3:::finance-reports?q1.csv" << true;

        QTest::newRow("role: simple") << role << "arn:aws:iam::111122223333:role/reader" << true;
        QTest::newRow("role: with path") << role << "arn:aws:iam::111122223333:role/service-role/etl" << true;
        QTest::newRow("role: a user") << role << "arn:aws:iam::111122223333:user/alice" << false;
        QTest::newRow("role: any account") << role << "arn:aws:iam::*:role/reader" << true;
        QTest::newRow("role: colon in account") << role << "arn:aws:iam::1:2:role/reader" << false;

        QTest::newRow("function: plain") << function << "arn:aws:lambda:us-east-1:111122223333:function:resize" << true;
        QTest::newRow("function: qualified") << function << "arn:aws:lambda:us-east-1:111122223333:function:resize:prod"
                                             << true;
        QTest::newRow("function: a layer") << function << "arn:aws:lambda:us-east-1:111122223333:layer:deps" << false;

        QTest::newRow("queue: a queue") << queue << "arn:aws:sqs:eu-west-1:111122223333:orders" << true;
        QTest::newRow("queue: a path is not a queue")
            << queue << "arn:aws:sqs:eu-west-1:111122223333:orders/x" << false;
        QTest::newRow("api path: slashes allowed") << apiPath << "arn:aws:apigateway:eu-west-1::/restapis/a1/stages"
                                                   << true;
    }

    void fits()
    {
        QFETCH(QString, templateText);
        QFETCH(QString, arn);
        QFETCH(bool, fits);
        const ArnTemplate compiled = ArnTemplate::compile(templateText.toStdString());
        QCOMPARE(compiled.fits(arn.toStdString()), fits);
        QCOMPARE(compiled.text(), templateText.toStdString());
    }

    void longInputStaysFast()
    {
        // The walk is memoised: a long ARN full of wildcards must not take exponential time.
        const ArnTemplate compiled = ArnTemplate::compile("arn:${Partition}:s3:::${BucketName}/${ObjectName}");
        std::string arn = "arn:aws:s3:::";
        for (int i = 0; i < 300; ++i)
            arn += "*a";
        QVERIFY(compiled.fits(arn + "/b"));
        QVERIFY(!compiled.fits(std::string(2000, 'x')));
    }
};

QTEST_APPLESS_MAIN(tst_ArnTemplate)
#include "tst_ArnTemplate.moc"
