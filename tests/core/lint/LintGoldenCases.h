#pragma once

#include <QString>
#include <QStringList>

#include "core/lint/PolicyKind.h"

namespace iam::test {

// The golden policies of every rule, tests/data/lint/<rule>/*.json, folder by folder.
QStringList lintGoldenCases();

// For a data-driven test's `_data()` slot: a QString column `path` and one row per golden policy,
// named `<rule>/<file>` so a failure says which one.
void addLintGoldenRows();

// `name.json` is an identity policy; `name.trust.json` a trust policy, and so on for every kind.
PolicyKind lintGoldenKind(const QString& path);

} // namespace iam::test
