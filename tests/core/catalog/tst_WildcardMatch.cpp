#include <QTest>

#include "core/catalog/WildcardMatch.h"

using namespace iam;

class tst_WildcardMatch : public QObject {
    Q_OBJECT

private slots:
    void matches_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("matches");
        QTest::newRow("exact") << "GetObject" << "GetObject" << true;
        QTest::newRow("letter case ignored") << "getobject" << "GetObject" << true;
        QTest::newRow("prefix star") << "Get*" << "GetObject" << true;
        QTest::newRow("prefix star, other verb") << "Get*" << "PutObject" << false;
        QTest::newRow("star matches nothing") << "GetObject*" << "GetObject" << true;
        QTest::newRow("inner star") << "Get*Acl" << "GetObjectAcl" << true;
        QTest::newRow("inner star needs the ending") << "Get*Acl" << "GetObject" << false;
        QTest::newRow("question is one letter") << "?etObject" << "GetObject" << true;
        QTest::newRow("question is not zero letters") << "?GetObject" << "GetObject" << false;
        QTest::newRow("two stars backtrack") << "*Object*Tag*" << "PutObjectVersionTagging" << true;
        QTest::newRow("lone star") << "*" << "" << true;
        QTest::newRow("empty pattern") << "" << "GetObject" << false;
        QTest::newRow("longer than text") << "GetObjects" << "GetObject" << false;
    }

    void matches()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, text);
        QFETCH(bool, matches);
        QCOMPARE(wildcardMatch(pattern.toStdString(), text.toStdString()), matches);
    }
};

QTEST_APPLESS_MAIN(tst_WildcardMatch)
#include "tst_WildcardMatch.moc"
