#include "ui/learn/LessonText.h"

#include <QPalette>
#include <QRegularExpression>
#include <QTextDocumentFragment>

namespace iam::ui {

QString inlineMarkdownToHtml(const QString& text)
{
    QString escaped = text.toHtmlEscaped();
    static const QRegularExpression code(QStringLiteral("`([^`]+)`"));
    escaped.replace(code, QStringLiteral("<code>\\1</code>"));
    static const QRegularExpression bold(QStringLiteral("\\*\\*([^*]+)\\*\\*"));
    escaped.replace(bold, QStringLiteral("<b>\\1</b>"));
    return escaped;
}

QString inlineMarkdownToHtml(const std::string& text)
{
    return inlineMarkdownToHtml(QString::fromStdString(text));
}

QString htmlToPlainText(const QString& html)
{
    return QTextDocumentFragment::fromHtml(html).toPlainText();
}

QString asSentence(const QString& text)
{
    QString sentence = text.trimmed();
    if (sentence.isEmpty())
        return sentence;
    if (sentence.at(0).isLower())
        sentence[0] = sentence.at(0).toUpper();
    if (!sentence.endsWith(QLatin1Char('.')) && !sentence.endsWith(QLatin1Char('?'))
        && !sentence.endsWith(QLatin1Char('!')))
        sentence += QLatin1Char('.');
    return sentence;
}

bool isDarkPalette(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor softFill(const QColor& color, const QPalette& palette, qreal strength)
{
    const QColor base = palette.color(QPalette::Base);
    const auto mix = [strength](int a, int b) { return static_cast<int>(a * strength + b * (1.0 - strength)); };
    return QColor(mix(color.red(), base.red()), mix(color.green(), base.green()), mix(color.blue(), base.blue()));
}

} // namespace iam::ui
