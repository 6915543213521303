#include "ui/common/AppResources.h"

#include <QFile>

// Resources compiled into a static library are only registered when something asks for them.
// Q_INIT_RESOURCE declares a function of its own, so it must be called outside our namespace.
static void ensureAppResources()
{
    static const bool registered = [] {
        Q_INIT_RESOURCE(resources);
        return true;
    }();
    Q_UNUSED(registered);
}

namespace iam::ui {

QByteArray readAppResource(const QString& path)
{
    ensureAppResources();
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace iam::ui
