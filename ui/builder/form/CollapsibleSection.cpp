#include "ui/builder/form/CollapsibleSection.h"

#include <QFrame>
#include <QToolButton>
#include <QVBoxLayout>

namespace iam::ui {

CollapsibleSection::CollapsibleSection(const QString& title, QWidget* parent)
    : QWidget(parent)
    , m_title(title)
    , m_toggle(new QToolButton(this))
    , m_layout(new QVBoxLayout(this))
{
    m_toggle->setCheckable(true);
    m_toggle->setChecked(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setArrowType(Qt::DownArrow);
    m_toggle->setAutoRaise(true);
    m_toggle->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    QFont font = m_toggle->font();
    font.setBold(true);
    m_toggle->setFont(font);
    m_toggle->setFocusPolicy(Qt::StrongFocus);
    connect(m_toggle, &QToolButton::toggled, this, &CollapsibleSection::setExpanded);

    auto* line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);

    m_layout->setContentsMargins(0, 4, 0, 4);
    m_layout->setSpacing(4);
    m_layout->addWidget(m_toggle);
    m_layout->addWidget(line);
    updateTitle();
}

void CollapsibleSection::setBody(QWidget* body)
{
    m_body = body;
    body->setParent(this);
    m_layout->addWidget(body);
    body->setVisible(isExpanded());
}

bool CollapsibleSection::isExpanded() const
{
    return m_toggle->isChecked();
}

void CollapsibleSection::setExpanded(bool expanded)
{
    if (m_toggle->isChecked() != expanded)
        m_toggle->setChecked(expanded);
    m_toggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    if (m_body)
        m_body->setVisible(expanded);
    m_toggle->setToolTip(expanded ? tr("Fold this section away") : tr("Show this section"));
}

void CollapsibleSection::setSummary(const QString& summary)
{
    m_summary = summary;
    updateTitle();
}

void CollapsibleSection::updateTitle()
{
    m_toggle->setText(m_summary.isEmpty() ? m_title : tr("%1  ·  %2").arg(m_title, m_summary));
    m_toggle->setAccessibleName(m_title);
}

} // namespace iam::ui
