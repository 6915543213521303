#include "ui/simulate/inputs/ContextDateEditor.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeZone>

namespace iam::ui {

ContextDateEditor::ContextDateEditor(QWidget* parent)
    : QWidget(parent)
    , m_field(new QLineEdit(this))
    , m_now(new QPushButton(tr("Now"), this))
{
    setObjectName(QStringLiteral("contextDateEditor"));
    m_field->setObjectName(QStringLiteral("contextDateField"));
    m_field->setPlaceholderText(tr("2026-01-31T12:00:00Z"));
    m_field->setFrame(false);
    m_now->setObjectName(QStringLiteral("contextDateNowButton"));
    m_now->setToolTip(tr("The current time, in UTC"));
    m_now->setAutoDefault(false);
    // The editor's own focus goes to the text, so typing starts at once.
    setFocusProxy(m_field);
    setAutoFillBackground(true);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_now);

    connect(m_now, &QPushButton::clicked, this, [this] {
        m_field->setText(nowText());
        m_field->setFocus();
        emit editingFinished();
    });
    connect(m_field, &QLineEdit::returnPressed, this, &ContextDateEditor::editingFinished);
}

QString ContextDateEditor::text() const
{
    return m_field->text().trimmed();
}

void ContextDateEditor::setText(const QString& text)
{
    m_field->setText(text);
}

QString ContextDateEditor::nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace iam::ui
