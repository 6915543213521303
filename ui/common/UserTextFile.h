#pragma once

#include <optional>

#include <QString>

namespace iam::ui {

// Reads a text file a user picked, refusing what cannot be a document of ours before it reaches an
// editor: folders, files over `maxBytes`, binary files, text that is not UTF-8. `whatItShouldBe`
// finishes the advice, e.g. "An IAM policy is JSON text." On failure `error` says why in plain words.
// A leading byte order mark is kept as a character, so saving writes back exactly the bytes read.
std::optional<QString> readUserTextFile(
    const QString& path, qint64 maxBytes, const QString& whatItShouldBe, QString& error);

} // namespace iam::ui
