#include "ui/shell/NavigationList.h"

#include <QEvent>

#include "ui/common/ThemedIcons.h"

namespace iam::ui {

namespace {

constexpr int kPageRole = Qt::UserRole + 1;

}  // namespace

NavigationList::NavigationList(QWidget* parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("navigation"));
    setAccessibleName(tr("Pages"));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
    for (PageId page : kAllPages) {
        auto* item = new QListWidgetItem(this);
        item->setData(kPageRole, static_cast<int>(page));
        item->setToolTip(pageTitle(page));
    }
    updateItems();
    setCurrentRow(0);
    connect(this, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            emit pageSelected(static_cast<PageId>(item(row)->data(kPageRole).toInt()));
    });
}

PageId NavigationList::currentPage() const
{
    const QListWidgetItem* current = currentItem();
    return current ? static_cast<PageId>(current->data(kPageRole).toInt()) : PageId::Learn;
}

void NavigationList::setCurrentPage(PageId page)
{
    setCurrentRow(static_cast<int>(page));
}

QRect NavigationList::pageRect(PageId page) const
{
    return visualItemRect(item(static_cast<int>(page)));
}

void NavigationList::setCompact(bool compact)
{
    if (compact == m_compact)
        return;
    m_compact = compact;
    updateItems();
}

void NavigationList::changeEvent(QEvent* event)
{
    QListWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        updateItems();
}

void NavigationList::updateItems()
{
    const QColor text = palette().color(QPalette::WindowText);
    const QColor accent = palette().color(QPalette::Highlight);
    const int line = fontMetrics().height();
    const int iconSize = m_compact ? qRound(line * 1.8) : qRound(line * 1.25);
    setIconSize(QSize(iconSize, iconSize));
    for (int row = 0; row < count(); ++row) {
        QListWidgetItem* entry = item(row);
        const auto page = static_cast<PageId>(entry->data(kPageRole).toInt());
        entry->setIcon(themedIcon(pageIconName(page), text, accent));
        entry->setText(m_compact ? QString() : pageTitle(page));
        entry->setTextAlignment(m_compact ? Qt::AlignCenter : Qt::AlignLeft | Qt::AlignVCenter);
    }
    // The list is as wide as its widest entry plus the padding of the style sheet.
    int widest = 0;
    for (PageId page : kAllPages)
        widest = qMax(widest, fontMetrics().horizontalAdvance(pageTitle(page)));
    const int width = m_compact ? iconSize + 64 : qMax(190, iconSize + widest + 90);
    setFixedWidth(width);
}

}  // namespace iam::ui
