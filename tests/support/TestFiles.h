#pragma once

#include <string>

#include <QString>
#include <QStringList>

namespace iam::test {

// The data folder of the tests (tests/data in the source tree), with `relative` appended.
QString dataPath(const QString& relative);

// The bytes of a file, exactly as stored: tests feed them to the parser, BOMs and bad bytes included.
// An unreadable file throws, which Qt Test reports as a failure of the calling test.
std::string readFileBytes(const QString& path);

// The absolute paths of the files in `folder` whose names match `pattern` (e.g. `*.json`), sorted
// by name so data-driven rows keep a stable order.
QStringList filesIn(const QString& folder, const QString& pattern);

// For a data-driven test's `_data()` slot: a QString column `path` and one row per matching file,
// named by the file name so a failure says which file.
void addPathRows(const QString& folder, const QString& pattern);

}  // namespace iam::test
