#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace iam::test {

// What one run of a command-line program gave back. An exit code of -1 means it did not start,
// crashed or hung, so any test that expects a real exit code fails on it.
struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QStringList outLines() const;
    QStringList errLines() const;
    // Standard output read as one JSON object (a `--json` report); empty when it is not one.
    QJsonObject outJson() const;
};

// Runs `program` as a user or a CI script would: arguments, `input` on standard input, then waits.
CliRun runCli(const QString& program, const QStringList& arguments, const QByteArray& input = {});

}  // namespace iam::test
