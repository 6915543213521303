#include <QTest>

#include "core/catalog/Catalog.h"
#include "core/eval/ActionResourceFit.h"

using iam::ResourceFit;

class tst_ActionResourceFit final : public QObject {
    Q_OBJECT

private slots:
    void fitsByResourceType_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("resource");
        QTest::addColumn<int>("fit");
        const auto fits = static_cast<int>(ResourceFit::Fits);
        const auto wrong = static_cast<int>(ResourceFit::WrongType);
        const auto unknown = static_cast<int>(ResourceFit::Unknown);
        QTest::newRow("object action, object") << "s3:GetObject"
                                               << "arn:aws:s3:::reports/q3.pdf" << fits;
        QTest::newRow("object action, bucket") << "s3:GetObject"
                                               << "arn:aws:s3:::reports" << wrong;
        QTest::newRow("bucket action, bucket") << "s3:ListBucket"
                                               << "arn:aws:s3:::reports" << fits;
        QTest::newRow("bucket action, object") << "s3:ListBucket"
                                               << "arn:aws:s3:::reports/q3.pdf" << wrong;
        QTest::newRow("bucket configuration, object") << "s3:GetEncryptionConfiguration"
                                                      << "arn:aws:s3:::reports/q3.pdf" << wrong;
        QTest::newRow("any letter case") << "S3:getobject"
                                         << "arn:aws:s3:::reports/q3.pdf" << fits;
        QTest::newRow("policy wildcard") << "s3:GetObject"
                                         << "arn:aws:s3:::reports/*" << fits;
        QTest::newRow("star fits all") << "s3:GetObject"
                                       << "*" << fits;
        QTest::newRow("no resource types, star") << "s3:ListAllMyBuckets"
                                                 << "*" << fits;
        QTest::newRow("no resource types, ARN") << "s3:ListAllMyBuckets"
                                                << "arn:aws:s3:::reports" << wrong;
        QTest::newRow("other service's ARN") << "iam:GetUser"
                                             << "arn:aws:s3:::reports" << wrong;
        QTest::newRow("iam user") << "iam:GetUser"
                                  << "arn:aws:iam::111122223333:user/alice" << fits;
        QTest::newRow("unknown action") << "s3:GetObjectt"
                                        << "arn:aws:s3:::reports/q3.pdf" << unknown;
    }

    void fitsByResourceType()
    {
        QFETCH(QString, action);
        QFETCH(QString, resource);
        QFETCH(int, fit);
        QCOMPARE(static_cast<int>(
                     iam::actionResourceFit(iam::Catalog::builtIn(), action.toStdString(), resource.toStdString())),
            fit);
    }

    void namesTheTypes()
    {
        const auto& catalog = iam::Catalog::builtIn();
        // S3 also lets object actions go through access points, in the catalog's order.
        QCOMPARE(iam::actionResourceTypeNames(catalog, "s3:GetObject"),
            (std::vector<std::string> { "accesspointobject", "object" }));
        QCOMPARE(iam::actionResourceTypeNames(catalog, "s3:ListAllMyBuckets"), std::vector<std::string> {});
        QCOMPARE(iam::actionResourceTypeNames(catalog, "s3:NoSuchAction"), std::vector<std::string> {});
    }
};

QTEST_APPLESS_MAIN(tst_ActionResourceFit)
#include "tst_ActionResourceFit.moc"
