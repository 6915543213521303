#include "tests/support/TestFiles.h"

#include <stdexcept>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

namespace iam::test {

QString dataPath(const QString& relative)
{
    return QStringLiteral(IAM_TEST_DATA_DIR "/") + relative;
}

std::string readFileBytes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read test file " + path.toStdString());
    const QByteArray bytes = file.readAll();
    return std::string(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

QStringList filesIn(const QString& folder, const QString& pattern)
{
    const QDir dir(folder);
    QStringList paths;
    for (const QString& name : dir.entryList({pattern}, QDir::Files, QDir::Name))
        paths.append(dir.filePath(name));
    return paths;
}

void addPathRows(const QString& folder, const QString& pattern)
{
    QTest::addColumn<QString>("path");
    for (const QString& path : filesIn(folder, pattern))
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
}

}  // namespace iam::test
