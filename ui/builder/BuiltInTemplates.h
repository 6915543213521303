#pragma once

#include <optional>
#include <vector>

#include <QString>

#include "core/templates/PolicyTemplate.h"

namespace iam::ui {

// One template of the gallery with its policy text, both compiled in.
struct BuiltInTemplate {
    PolicyTemplate entry;
    QString text;
};

// The gallery's templates in the index's order. The index is checked by tst_PolicyTemplateIndex; an
// entry with a problem is left out rather than emptying the gallery.
std::vector<BuiltInTemplate> builtInTemplates();

// The template with this id (as lessons link to it: `iam:page/build?template=<id>`), if there is one.
std::optional<BuiltInTemplate> builtInTemplate(const QString& id);

} // namespace iam::ui
