#include "ui/builder/BuiltInTemplates.h"

#include <string_view>

#include "core/templates/PolicyTemplateIndex.h"
#include "ui/common/AppResources.h"

namespace iam::ui {

namespace {

const QString kTemplateFolder = QStringLiteral(":/templates/");

} // namespace

std::vector<BuiltInTemplate> builtInTemplates()
{
    std::vector<Diagnostic> diagnostics;
    const QByteArray index = readAppResource(kTemplateFolder + QStringLiteral("templates.json"));
    std::vector<BuiltInTemplate> templates;
    for (PolicyTemplate& entry : readPolicyTemplateIndex(
             std::string_view(index.constData(), static_cast<std::size_t>(index.size())), diagnostics)) {
        QString text = QString::fromUtf8(readAppResource(kTemplateFolder + QString::fromStdString(entry.file)));
        templates.push_back({ std::move(entry), std::move(text) });
    }
    return templates;
}

std::optional<BuiltInTemplate> builtInTemplate(const QString& id)
{
    for (BuiltInTemplate& candidate : builtInTemplates()) {
        if (QString::fromStdString(candidate.entry.id) == id)
            return std::move(candidate);
    }
    return std::nullopt;
}

} // namespace iam::ui
