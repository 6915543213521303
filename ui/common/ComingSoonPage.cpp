#include "ui/common/ComingSoonPage.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

#include "ui/common/HeadingLabel.h"
#include "ui/common/ThemedIcons.h"

namespace iam::ui {

ComingSoonPage::ComingSoonPage(const QString& iconName, const QString& title, const QString& promise, QWidget* parent)
    : QWidget(parent)
    , m_iconName(iconName)
    , m_icon(new QLabel(this))
    , m_card(new QWidget(this))
{
    auto* card = m_card;
    card->setObjectName(QStringLiteral("comingSoonCard"));

    auto* heading = new HeadingLabel(title, 1.9, card);
    heading->setObjectName(QStringLiteral("pageTitle"));
    heading->setAlignment(Qt::AlignHCenter);

    auto* promiseLabel = new QLabel(promise, card);
    promiseLabel->setObjectName(QStringLiteral("pagePromise"));
    promiseLabel->setWordWrap(true);
    promiseLabel->setAlignment(Qt::AlignHCenter);

    auto* status = new QLabel(tr("This page arrives in a later release."), card);
    status->setObjectName(QStringLiteral("comingSoonBadge"));
    status->setAlignment(Qt::AlignHCenter);

    m_icon->setAlignment(Qt::AlignHCenter);

    auto* cardLayout = new QVBoxLayout(card);
    cardLayout->setSpacing(14);
    cardLayout->addWidget(m_icon);
    cardLayout->addWidget(heading);
    cardLayout->addWidget(promiseLabel);
    cardLayout->addSpacing(6);
    cardLayout->addWidget(status, 0, Qt::AlignHCenter);

    // Stretches on both sides centre the card; an alignment flag would shrink it to its narrowest
    // size hint and clip the wrapped text.
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(card, 4);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 40, 48, 40);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);
    updateIcon();
}

void ComingSoonPage::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        updateIcon();
}

void ComingSoonPage::updateIcon()
{
    // A soft mix of text and background, so the picture stays quieter than the words.
    const QColor color = palette().color(QPalette::Text);
    const QColor base = palette().color(QPalette::Window);
    const QColor soft = QColor::fromRgbF(color.redF() * 0.55f + base.redF() * 0.45f,
                                         color.greenF() * 0.55f + base.greenF() * 0.45f,
                                         color.blueF() * 0.55f + base.blueF() * 0.45f);
    // Lines of 60 to 70 characters read best, at any zoom.
    m_card->setMaximumWidth(fontMetrics().averageCharWidth() * 72);
    const int size = qRound(fontMetrics().height() * 3.6);
    m_icon->setPixmap(themedIcon(m_iconName, soft).pixmap(size, size));
}

}  // namespace iam::ui
