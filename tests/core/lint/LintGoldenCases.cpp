#include "tests/core/lint/LintGoldenCases.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

#include "tests/support/TestFiles.h"

namespace iam::test {

QStringList lintGoldenCases()
{
    QStringList paths;
    for (const QString& folder : QDir(dataPath("lint")).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        paths += filesIn(dataPath("lint/" + folder), "*.json");
    return paths;
}

void addLintGoldenRows()
{
    QTest::addColumn<QString>("path");
    for (const QString& path : lintGoldenCases())
        QTest::newRow(qPrintable(QFileInfo(path).dir().dirName() + "/" + QFileInfo(path).fileName())) << path;
}

PolicyKind lintGoldenKind(const QString& path)
{
    const QStringList parts = QFileInfo(path).fileName().split('.');
    if (parts.size() >= 3) {
        if (auto kind = policyKindFromName(parts.at(parts.size() - 2).toStdString()))
            return *kind;
    }
    return PolicyKind::Identity;
}

} // namespace iam::test
