#include "ui/common/UserTextFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace iam::ui {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("UserTextFile", text);
}

} // namespace

std::optional<QString> readUserTextFile(
    const QString& path, qint64 maxBytes, const QString& whatItShouldBe, QString& error)
{
    const QString name = QFileInfo(path).fileName();
    if (QFileInfo(path).isDir()) {
        error = tr("%1 is a folder. Choose a file inside it.").arg(name);
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = tr("Could not open %1: %2.").arg(name, file.errorString());
        return std::nullopt;
    }
    if (file.size() > maxBytes) {
        error = tr("%1 is larger than %2 MB, too large to be opened here. %3")
                    .arg(name)
                    .arg(maxBytes / (1024 * 1024))
                    .arg(whatItShouldBe);
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    if (bytes.contains('\0')) {
        error = tr("%1 looks like a binary file, not a text file. %2").arg(name, whatItShouldBe);
        return std::nullopt;
    }
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom);
    QString text = decoder(bytes);
    if (decoder.hasError()) {
        error = tr("%1 is not valid UTF-8 text. Save it as UTF-8 in your text editor and open it again.").arg(name);
        return std::nullopt;
    }
    return text;
}

} // namespace iam::ui
