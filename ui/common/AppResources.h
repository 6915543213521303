#pragma once

#include <QByteArray>
#include <QString>

namespace iam::ui {

// The bytes of one of the app's compiled-in resources (`:/icons/...`, `:/templates/...`), or
// nothing when there is no such resource.
QByteArray readAppResource(const QString& path);

} // namespace iam::ui
