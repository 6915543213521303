#include "ui/common/JsonHighlighter.h"

namespace iam::ui {

JsonHighlighter::JsonHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document)
    , m_string(QStringLiteral(R"("(?:[^"\\]|\\.)*"?)"))
    , m_number(QStringLiteral(R"(-?\b\d+(?:\.\d+)?(?:[eE][+-]?\d+)?\b)"))
    , m_literal(QStringLiteral(R"(\b(?:true|false|null)\b)"))
{
    setDarkBackground(false);
}

void JsonHighlighter::setDarkBackground(bool dark)
{
    m_nameFormat.setForeground(dark ? QColor(0xa5, 0xb4, 0xfc) : QColor(0x43, 0x38, 0xca));
    m_stringFormat.setForeground(dark ? QColor(0x86, 0xd9, 0xb0) : QColor(0x06, 0x76, 0x4f));
    m_numberFormat.setForeground(dark ? QColor(0xf5, 0xc2, 0x6b) : QColor(0xa1, 0x4a, 0x0b));
    m_literalFormat = m_numberFormat;
    m_literalFormat.setFontWeight(QFont::DemiBold);
    rehighlight();
}

void JsonHighlighter::highlightBlock(const QString& text)
{
    for (auto it = m_number.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        setFormat(static_cast<int>(match.capturedStart()), static_cast<int>(match.capturedLength()), m_numberFormat);
    }
    for (auto it = m_literal.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        setFormat(static_cast<int>(match.capturedStart()), static_cast<int>(match.capturedLength()), m_literalFormat);
    }
    // Strings last, so digits and words inside them keep the string colour. A string followed by
    // a colon is a member name.
    for (auto it = m_string.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        const auto end = match.capturedEnd();
        qsizetype next = end;
        while (next < text.size() && text.at(next).isSpace())
            ++next;
        const bool isName = next < text.size() && text.at(next) == QLatin1Char(':');
        setFormat(static_cast<int>(match.capturedStart()), static_cast<int>(match.capturedLength()),
                  isName ? m_nameFormat : m_stringFormat);
    }
}

}  // namespace iam::ui
