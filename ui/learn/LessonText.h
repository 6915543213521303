#pragma once

#include <string>

#include <QColor>
#include <QString>

class QPalette;

namespace iam::ui {

// Core's plain words use Markdown's inline marks (`code`, **bold**); labels and tooltips show them as
// rich text. The text is escaped first, so user values never become markup.
QString inlineMarkdownToHtml(const QString& text);
QString inlineMarkdownToHtml(const std::string& text);

// The text a user reads for rich text: tags dropped, entities decoded. For tests and tooltips.
QString htmlToPlainText(const QString& html);

// A sentence from core ("`x` is not ..."): the first letter capitalised, a full stop at the end.
QString asSentence(const QString& text);

// Whether the palette on screen is a dark one, for colours that must stay readable on it.
bool isDarkPalette(const QPalette& palette);

// A colour halfway to the background, for soft fills behind text of that colour.
QColor softFill(const QColor& color, const QPalette& palette, qreal strength = 0.16);

} // namespace iam::ui
