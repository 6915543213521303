#include "tests/support/CliRun.h"

#include <QJsonDocument>
#include <QProcess>

namespace iam::test {

QStringList CliRun::outLines() const
{
    return QString::fromUtf8(out).split('\n', Qt::SkipEmptyParts);
}

QStringList CliRun::errLines() const
{
    return QString::fromUtf8(err).split('\n', Qt::SkipEmptyParts);
}

QJsonObject CliRun::outJson() const
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(out, &error);
    return error.error == QJsonParseError::NoError ? document.object() : QJsonObject();
}

CliRun runCli(const QString& program, const QStringList& arguments, const QByteArray& input)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted(30000))
        return {};
    process.write(input);
    process.closeWriteChannel();
    CliRun run;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

}  // namespace iam::test
