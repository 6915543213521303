#include "core/lint/LintFixes.h"

#include <nlohmann/json.hpp>

#include "core/json/JsonPointer.h"
#include "core/lint/LintContext.h"

namespace iam {
namespace {

bool isJsonWhitespace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// The span of the value at `pointer` when the map has that exact value and it lies inside the text.
std::optional<SourceSpan> exactValueSpan(const LintContext& context, const std::string& pointer)
{
    const SourceMap::Entry* entry = context.sourceMap().find(pointer);
    if (!entry || !entry->value.isKnown() || entry->value.offset + entry->value.length > context.text().size())
        return std::nullopt;
    return entry->value;
}

std::size_t endOf(const SourceSpan& span)
{
    return span.offset + span.length;
}

}  // namespace

std::string jsonQuoted(std::string_view text)
{
    return nlohmann::ordered_json(std::string(text)).dump();
}

std::optional<TextEdit> replaceValueEdit(const LintContext& context, const std::string& pointer, std::string json)
{
    const auto span = exactValueSpan(context, pointer);
    if (!span)
        return std::nullopt;
    return TextEdit {span->offset, span->length, std::move(json)};
}

std::optional<TextEdit> renameKeyEdit(const LintContext& context, const std::string& pointer, std::string_view name)
{
    const SourceMap::Entry* entry = context.sourceMap().find(pointer);
    if (!entry || !entry->key.isKnown() || endOf(entry->key) > context.text().size()
        || context.text()[entry->key.offset] != '"')
        return std::nullopt;
    return TextEdit {entry->key.offset, entry->key.length, jsonQuoted(name)};
}

std::optional<TextEdit> removeEntryEdit(
    const LintContext& context, const std::string& arrayPointer, std::size_t index, std::size_t count)
{
    if (count < 2 || index >= count)
        return std::nullopt;
    const auto entry = exactValueSpan(context, appendPointer(arrayPointer, index));
    if (!entry)
        return std::nullopt;
    // Up to the next entry takes the comma after it; the last entry takes the comma before it.
    if (index + 1 < count) {
        const auto next = exactValueSpan(context, appendPointer(arrayPointer, index + 1));
        if (!next || next->offset < entry->offset)
            return std::nullopt;
        return TextEdit {entry->offset, next->offset - entry->offset, {}};
    }
    const auto previous = exactValueSpan(context, appendPointer(arrayPointer, index - 1));
    if (!previous || endOf(*previous) > endOf(*entry))
        return std::nullopt;
    return TextEdit {endOf(*previous), endOf(*entry) - endOf(*previous), {}};
}

std::optional<TextEdit> addEntryAfterEdit(const LintContext& context, const std::string& elementPointer, bool isList,
    std::size_t index, std::size_t count, std::string_view value)
{
    const std::string_view text = context.text();
    if (!isList) {
        const auto span = exactValueSpan(context, elementPointer);
        if (!span)
            return std::nullopt;
        return TextEdit {span->offset, span->length,
                         "[" + std::string(text.substr(span->offset, span->length)) + ", " + jsonQuoted(value) + "]"};
    }
    if (index >= count)
        return std::nullopt;
    const auto entry = exactValueSpan(context, appendPointer(elementPointer, index));
    if (!entry)
        return std::nullopt;
    // The new entry is separated the way the author separated the others: `, ` on one line, or a
    // comma, a line break and the same indentation.
    std::string separator = ", ";
    if (count >= 2) {
        const std::size_t first = index + 1 < count ? index : index - 1;
        const auto left = exactValueSpan(context, appendPointer(elementPointer, first));
        const auto right = exactValueSpan(context, appendPointer(elementPointer, first + 1));
        if (!left || !right || right->offset < endOf(*left))
            return std::nullopt;
        separator = std::string(text.substr(endOf(*left), right->offset - endOf(*left)));
    } else if (const auto array = exactValueSpan(context, elementPointer); array && text[array->offset] == '[') {
        const std::string_view gap = text.substr(array->offset + 1, entry->offset - array->offset - 1);
        if (gap.find('\n') != std::string_view::npos)
            separator = "," + std::string(gap);
    }
    return TextEdit {endOf(*entry), 0, separator + jsonQuoted(value)};
}

std::optional<TextEdit> insertFirstMemberEdit(
    const LintContext& context, const std::string& objectPointer, std::string_view memberJson)
{
    const std::string_view text = context.text();
    const auto object = exactValueSpan(context, objectPointer);
    if (!object || object->length < 2 || text[object->offset] != '{')
        return std::nullopt;
    std::size_t at = object->offset + 1;
    while (at < endOf(*object) && isJsonWhitespace(text[at]))
        ++at;
    if (text[at] == '}')
        return TextEdit {object->offset + 1, 0, std::string(memberJson)};
    // The whitespace before the first member carries the document's line ending and indentation.
    const std::string_view gap = text.substr(object->offset + 1, at - object->offset - 1);
    const std::string separator = gap.find('\n') != std::string_view::npos ? "," + std::string(gap) : ", ";
    return TextEdit {at, 0, std::string(memberJson) + separator};
}

void attachFix(Diagnostic& diagnostic, std::string title, std::optional<TextEdit> edit)
{
    if (!edit)
        return;
    diagnostic.fixTitle = std::move(title);
    diagnostic.fixEdits = {std::move(*edit)};
}

}  // namespace iam
