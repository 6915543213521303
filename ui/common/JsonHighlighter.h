#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace iam::ui {

// Colours JSON by token (names, strings, numbers, true/false/null) so the shape of a policy is
// visible at a glance. Purely lexical, line by line: what the text means is core's business.
class JsonHighlighter final : public QSyntaxHighlighter {
    Q_OBJECT

public:
    explicit JsonHighlighter(QTextDocument* document);

    // Picks colours that read well on a light or a dark background.
    void setDarkBackground(bool dark);

protected:
    void highlightBlock(const QString& text) override;

private:
    QRegularExpression m_string;
    QRegularExpression m_number;
    QRegularExpression m_literal;
    QTextCharFormat m_nameFormat;
    QTextCharFormat m_stringFormat;
    QTextCharFormat m_numberFormat;
    QTextCharFormat m_literalFormat;
};

}  // namespace iam::ui
